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
# Seven figures to a row at this width: a section of n figures takes ceil(n / 7) rows of about
# 285 px, and its heading about 60 px.
height=$(awk '/<section>/ {n=0} /<figure>/ {n++} /<\/section>/ {h += int((n + 6) / 7) * 285 + 60} END {print h + 400}' \
  "$out/sheet/index.html")
/usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
  --force-prefers-reduced-motion --user-data-dir="$out/profile" \
  --force-device-scale-factor=0.5 --window-size=1800,"$height" --screenshot="$png" "file://$out/sheet/index.html" >/dev/null 2>&1
echo "wrote $png ($sections sections)" >&2
