#!/usr/bin/env bash
# Start-up cost of Limber's one-shot commands against a bare JVM on the same machine.
# Runs each command RUNS times (after one warm-up run), prints every median and its ratio to
# `java -version`, and rewrites the figures block of bench/RESULTS.md.
# Usage: bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-21}"
./limber --version >/dev/null # builds the jar and the class-data archive on first use

median_ms() {
  local samples=()
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    samples+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}

declare -A label=(
  [bare]="java -version"
  [techniques]="limber techniques --json"
  [screen]="limber screen --no-journal --answers bench/answers.json --json"
  [screenjournal]="limber screen --db (H2 file) --answers bench/answers.json --json"
)
load=$(cut -d' ' -f1-3 /proc/loadavg)
bare=$(median_ms java -version)
techniques=$(median_ms ./limber techniques --json)
screen=""
screenjournal=""
if ./limber screen --help >/dev/null 2>&1; then
  screen=$(median_ms ./limber screen --no-journal --answers bench/answers.json --json)
  journal="$(mktemp -d)/journal"
  screenjournal=$(median_ms ./limber screen --db "jdbc:h2:file:$journal" --answers bench/answers.json --json)
fi

report=$(
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores (load average before: $load), $(java -version 2>&1 | head -n 1), ${runs} runs each, medians:"
  echo
  echo "| command | median ms | × bare JVM |"
  echo "|---|---|---|"
  echo "| \`${label[bare]}\` | $bare | 1.00 |"
  echo "| \`${label[techniques]}\` | $techniques | $(awk -v a="$techniques" -v b="$bare" 'BEGIN{printf "%.2f", a/b}') |"
  if [ -n "$screen" ]; then
    echo "| \`${label[screen]}\` | $screen | $(awk -v a="$screen" -v b="$bare" 'BEGIN{printf "%.2f", a/b}') |"
    echo "| \`${label[screenjournal]}\` | $screenjournal | $(awk -v a="$screenjournal" -v b="$bare" 'BEGIN{printf "%.2f", a/b}') |"
  fi
)
echo "$report"
python3 - "$report" <<'PY'
import re, sys
path = "bench/RESULTS.md"
text = open(path).read()
block = "<!-- startup:begin -->\n" + sys.argv[1] + "\n<!-- startup:end -->"
text = re.sub(r"<!-- startup:begin -->.*?<!-- startup:end -->", lambda m: block, text, flags=re.S)
open(path, "w").write(text)
PY
