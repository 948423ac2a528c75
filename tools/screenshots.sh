#!/usr/bin/env bash
# Screenshots of every view at the three sizes the product is used at: a 1280×720 beamer (also in
# presentation mode), a 1366×768 laptop and a 1920×1080 screen, rendered offscreen by the built
# app (regioverkenner --screenshot). Usage: tools/screenshots.sh [OUTDIR] [REGION]
# (defaults: screenshots/ and GM0160 Hardenberg). Needs a build in build/.
set -euo pipefail
out=${1:-screenshots}
region=${2:-GM0160}
app=${REGIO_APP:-build/app/regioverkenner}
[ -x "$app" ] || { echo "screenshots: no executable at $app (build first)"; exit 2; }
mkdir -p "$out"
for size in 1280x720 1366x768 1920x1080; do
  for tab in kaart driehoek verwantschap; do
    "$app" --screenshot "$out/$size-$tab.png" --size "$size" --select "$region" --tab "$tab" 2>/dev/null
    echo "$out/$size-$tab.png"
  done
done
for tab in kaart driehoek verwantschap; do
  "$app" --screenshot "$out/1280x720-presentatie-$tab.png" --size 1280x720 --select "$region" --tab "$tab" --presentation 2>/dev/null
  echo "$out/1280x720-presentatie-$tab.png"
done
