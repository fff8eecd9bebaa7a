#!/usr/bin/env bash
# Draws every technique with `limber illustrations` and photographs the contact sheet (every still
# beside its step, and each animation standing still under reduced motion) with headless Chromium
# into docs/illustrations.png. Usage: scripts/contact-sheet.sh [OUTPUT.png]
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$home"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
ensure_chromium
png="$(readlink -f "${1:-docs/illustrations.png}")"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
./limber illustrations --out "$out/sheet" >&2
sections=$(grep -c '<section>' "$out/sheet/index.html")
rows=$(grep -o '<figure>' "$out/sheet/index.html" | wc -l)
# Seven figures to a row at this width; each row of figures is about 265 px tall.
height=$(( (rows / 7 + sections) * 265 + 200 ))
/usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
  --force-prefers-reduced-motion --user-data-dir="$out/profile" \
  --window-size=1800,"$height" --screenshot="$png" "file://$out/sheet/index.html" >/dev/null 2>&1
echo "wrote $png ($sections sections)" >&2
