#!/usr/bin/env bash
# Installs every Debian 12 package Regioverkenner needs to build, run and test, non-interactively.
# Safe to run again: apt-get skips what is already there.
set -euo pipefail

packages=(
  # build
  g++ cmake ninja-build pkgconf
  # libraries
  qt6-base-dev qt6-charts-dev qt6-svg-dev libboost-dev libboost-graph-dev libgl-dev
  # GDAL/OGR: boundary files in any vector format (GeoPackage) and XLSX/ODS import; the
  # runtime library libgdal32 (with gdal-data and proj-data) comes with it and is what the
  # .deb depends on (dpkg-shlibdeps)
  libgdal-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
  # Qt's own Dutch texts ("Annuleren", the file dialog)
  qt6-translations-l10n
  # tests: doctest, PDF text and rendering checks, fonts for offscreen rendering
  doctest-dev poppler-utils fonts-dejavu-core libxml2-utils
  # XLSX export (core/io/table.cpp); zlib for the tests that read the XLSX back
  libxlsxwriter-dev zlib1g-dev
  # the Debian package (cpack -G DEB with dpkg-shlibdeps) and checks of its files:
  # AppStream metadata, desktop entry, man pages (tools/ci-package.sh, packaging/CMakeLists.txt)
  dpkg-dev file appstream desktop-file-utils groff-base
  # run the GUI without a display (screenshots, CI)
  xvfb xauth
  # fuzz targets and the sanitizer run of CI (tools/ci-hardening.sh): clang with libFuzzer
  clang libclang-rt-14-dev
)

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: alle pakketten zijn al geïnstalleerd"
  exit 0
fi

echo "install-deps: installeren: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq "${missing[@]}"
