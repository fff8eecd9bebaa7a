#!/usr/bin/env bash
# Start-up cost of Limber's one-shot commands through ./limber against a bare JVM on the same
# machine. Every round runs each command once, in turn (interleaved, so a busy neighbour slows all
# of them alike); prints each median and its ratio to `java -version`, and rewrites the figures
# block of bench/RESULTS.md. The journal commands use the default journal in a throwaway
# LIMBER_HOME (an H2 file, already migrated by the warm-up round, as most runs find it).
# Usage: bench/startup.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-21}"
./limber --version >/dev/null # builds the jar and the class-data archive on first use
LIMBER_HOME="$(mktemp -d)"
export LIMBER_HOME
unset LIMBER_DB_URL
trap 'rm -rf "$LIMBER_HOME"' EXIT

names=(bare techniques screen-no-journal screen checkin history plan)
declare -A label=(
  [bare]="java -version"
  [techniques]="limber techniques --json"
  [screen-no-journal]="limber screen --no-journal --answers bench/answers.json --json"
  [screen]="limber screen --answers bench/answers.json --json"
  [checkin]="limber checkin --pain 2"
  [history]="limber history"
  [plan]="limber plan --answers bench/answers.json"
)
declare -A aim=(
  [bare]="" [techniques]="2" [screen-no-journal]="2" [screen]="3" [checkin]="3" [history]="3" [plan]="3"
)
command_of() {
  case "$1" in
    bare) java -version ;;
    techniques) ./limber techniques --json ;;
    screen-no-journal) ./limber screen --no-journal --answers bench/answers.json --json ;;
    screen) ./limber screen --answers bench/answers.json --json ;;
    checkin) ./limber checkin --pain 2 ;;
    history) ./limber history ;;
    plan) ./limber plan --answers bench/answers.json ;;
  esac
}

declare -A samples cpu
load=$(cut -d' ' -f1-3 /proc/loadavg)
for name in "${names[@]}"; do command_of "$name" >/dev/null 2>&1; done # warm-up round
# CPU time (user + system, all threads) beside the wall clock: on a shared machine it is the steadier
# of the two, since a busy neighbour delays a start without making it do more work.
for _ in $(seq "$rounds"); do
  for name in "${names[@]}"; do
    before=$(awk '{print $16 + $17}' /proc/$$/stat)
    start=$(date +%s%N)
    command_of "$name" >/dev/null 2>&1
    end=$(date +%s%N)
    after=$(awk '{print $16 + $17}' /proc/$$/stat)
    samples[$name]+="$(((end - start) / 1000)) "
    cpu[$name]+="$(((after - before) * 1000000 / $(getconf CLK_TCK))) "
  done
done
median_ms() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'; }

bare=$(median_ms "${samples[bare]}")
report=$(
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores (load average before: $load, after: $(cut -d' ' -f1-3 /proc/loadavg)),"
  echo "$(java -version 2>&1 | head -n 1), ${rounds} interleaved rounds, medians:"
  echo
  echo "| command | median ms | × bare JVM | aim | median CPU ms | CPU × bare JVM |"
  echo "|---|---|---|---|---|---|"
  bare_cpu=$(median_ms "${cpu[bare]}")
  for name in "${names[@]}"; do
    ms=$(median_ms "${samples[$name]}")
    ratio=$(awk -v a="$ms" -v b="$bare" 'BEGIN{printf "%.2f", a/b}')
    cpu_median=$(median_ms "${cpu[$name]}")
    cpu_ratio=$(awk -v a="$cpu_median" -v b="$bare_cpu" 'BEGIN{printf "%.2f", a/b}')
    echo "| \`${label[$name]}\` | $ms | $ratio | ${aim[$name]:+≤ ${aim[$name]}×} | $cpu_median | $cpu_ratio |"
  done
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
