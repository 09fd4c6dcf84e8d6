#!/usr/bin/env bash
# Fails when a user-visible string of app/, views/ or models/ has no German translation: runs
# lupdate over the sources into a scratch copy of the German .ts and looks for unfinished entries.
set -euo pipefail
lupdate=$1
root=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$root/translations/stampdeck_de.ts" "$scratch/stampdeck_de.ts"
"$lupdate" -silent -no-obsolete -locations none "$root/app" "$root/views" "$root/models" -ts "$scratch/stampdeck_de.ts"
missing=$(grep -c 'type="unfinished"' "$scratch/stampdeck_de.ts" || true)
if [ "$missing" != "0" ]; then
  echo "stampdeck_de.ts lacks $missing translation(s); run 'cmake --build build --target update_translations' and translate:" >&2
  grep -B3 'type="unfinished"' "$scratch/stampdeck_de.ts" | grep '<source>' | sed 's/^ */  /' >&2
  exit 1
fi
total=$(grep -c '<source>' "$scratch/stampdeck_de.ts" || true)
echo "German translation complete: $total strings"
