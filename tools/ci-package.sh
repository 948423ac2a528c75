#!/usr/bin/env bash
# CI (issue 12, item 4): the Debian package from the already-built build/ folder, installed with
# apt-get on this machine as a user would, and the installed programs run from /usr/bin:
# `regio regions` and a screenshot of `regioverkenner` under xvfb. Then the package is removed
# again (REGIO_KEEP_PACKAGE=1 keeps it). Needs root or sudo, as packaging/install-deps.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
stamp() { echo "ci-package: $* ($(( $(date +%s) - started )) s)"; }
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo)
fi

build="${BUILD_DIR:-build}"
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target regio regioverkenner
# The files that go into the package, checked before packing.
appstreamcli validate --no-net packaging/nl.regioverkenner.Regioverkenner.metainfo.xml
desktop-file-validate packaging/regioverkenner.desktop
for page in packaging/regio.1 packaging/regioverkenner.1; do
  warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1)
  if [ -n "$warnings" ]; then
    echo "ci-package: $page: $warnings" >&2
    exit 1
  fi
done
rm -f "$build"/regioverkenner_*.deb
(cd "$build" && cpack -G DEB)
deb=$(realpath "$(ls "$build"/regioverkenner_*.deb)")
stamp "built $deb"
dpkg-deb --info "$deb" | sed -n '/Depends/p'
for f in ./usr/bin/regio ./usr/bin/regioverkenner ./usr/share/applications/regioverkenner.desktop \
         ./usr/share/metainfo/nl.regioverkenner.Regioverkenner.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/regioverkenner.svg ./usr/share/man/man1/regio.1 \
         ./usr/share/doc/regioverkenner/README.md; do
  if ! dpkg-deb --contents "$deb" | awk '{print $6}' | grep -qxF "$f"; then
    echo "ci-package: $f is not in the package" >&2
    exit 1
  fi
done

export DEBIAN_FRONTEND=noninteractive
# --reinstall: a package of the same version left by an earlier run must not hide this one.
"${as_root[@]}" apt-get install -y -qq --reinstall "$deb" > "$build/ci-package-apt.log" 2>&1 \
  || { tail -n 40 "$build/ci-package-apt.log"; exit 1; }
stamp "installed"

# Run the installed programs from a folder without the sources, so that nothing is read from the
# build or source tree: the data must come from the embedded resources.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(
  cd "$work"
  /usr/bin/regio regions --level provincie > provincies.csv
  lines=$(wc -l < provincies.csv)
  if [ "$lines" -ne 13 ]; then
    echo "ci-package: regio regions --level provincie gave $lines lines, expected 13 (header + 12)" >&2
    exit 1
  fi
  /usr/bin/regio bodies --format xlsx --out register.xlsx
  test -s register.xlsx
  HOME="$work" xvfb-run -a /usr/bin/regioverkenner --screenshot "$work/x.png" --size 1280x720
  if [ ! -s "$work/x.png" ] || [ "$(head -c 8 "$work/x.png" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
    echo "ci-package: regioverkenner --screenshot wrote no PNG" >&2
    exit 1
  fi
)
stamp "installed programs run"
if [ "${REGIO_KEEP_PACKAGE:-0}" != 1 ]; then
  "${as_root[@]}" apt-get remove -y -qq regioverkenner > /dev/null
fi
stamp "done"
