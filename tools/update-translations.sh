#!/usr/bin/env bash
# Keeps the translation files in step with the sources and reports what is not translated yet.
#
#   tools/update-translations.sh            lupdate over core/, ui/ and app/ into
#                                           resources/translations/*.ts, then list every English
#                                           message that still needs a translation (exit 1 if any)
#   tools/update-translations.sh --check    the same on temporary copies: the .ts files in the
#                                           tree stay untouched (CTest: i18n/english_complete)
#
# Translate the listed messages with Qt Linguist (linguist resources/translations/regioverkenner_en.ts)
# or in an editor: fill <translation>, drop type="unfinished". Needs qt6-l10n-tools and xmllint.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="${LUPDATE:-}"
if [ -z "$lupdate" ]; then
  for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then lupdate="$candidate"; break; fi
  done
fi
[ -n "$lupdate" ] || { echo "update-translations: lupdate niet gevonden (Debian: qt6-l10n-tools)" >&2; exit 2; }
command -v xmllint >/dev/null || { echo "update-translations: xmllint niet gevonden (Debian: libxml2-utils)" >&2; exit 2; }

check=0
[ "${1:-}" = "--check" ] && check=1
tsdir="$root/resources/translations"
if [ $check -eq 1 ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  cp "$tsdir"/regioverkenner_*.ts "$work"/
  tsdir="$work"
fi

cd "$root"
# -I: the sources include "ui/…", "cli/…" and core headers without their folder; lupdate needs the
# headers to know that a class lives in namespace regio::ui (the context tr() uses at run time).
common=(-I . -I core -I app -extensions cpp,h -locations none -no-obsolete -silent)
"$lupdate" "${common[@]}" -source-language nl -target-language nl core ui app -ts "$tsdir/regioverkenner_nl.ts"
"$lupdate" "${common[@]}" -source-language nl -target-language en core ui app -ts "$tsdir/regioverkenner_en.ts"

en="$tsdir/regioverkenner_en.ts"
open='//message[(translation/@type="unfinished") or (not(translation/@type) and not(translation/numerusform) and normalize-space(translation)="")]'
total=$(xmllint --xpath 'count(//message)' "$en")
count=$(xmllint --xpath "count($open)" "$en")
if [ "$count" -eq 0 ]; then
  echo "update-translations: alle $total Engelse vertalingen zijn compleet"
  exit 0
fi
echo "update-translations: $count van $total teksten zonder Engelse vertaling:"
shown=$(( count < 200 ? count : 200 ))
for i in $(seq 1 "$shown"); do
  context=$(xmllint --xpath "string(($open)[$i]/../name)" "$en")
  source=$(xmllint --xpath "string(($open)[$i]/source)" "$en")
  printf '  [%s] %s\n' "$context" "$source"
done
[ "$shown" -lt "$count" ] && echo "  … en nog $(( count - shown ))"
exit 1
