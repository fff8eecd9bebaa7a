#!/usr/bin/env bash
# One view of a clinician's desk measured with JMH (DeskBenchmark) for 10, 100 and 500 people with
# about 90 days of journal each, on H2 and on a throwaway PostgreSQL (needs its binaries: bash
# scripts/test installs them). Prints JMH's table and rewrites the desk block of bench/RESULTS.md.
# Usage: bench/desk.sh [JMH options instead of the defaults -f 1 -wi 3 -w 2s -i 5 -r 2s]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
export LIMBER_POSTGRES_BIN="${LIMBER_POSTGRES_BIN:-$(postgres_bin)}"
./mvnw -B -q -ntp -o test-compile -Dspotless.check.skip=true
classpath=$(./mvnw -B -q -ntp -o dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
mkdir -p bench/out
if [ "$#" -eq 0 ]; then set -- -f 1 -wi 3 -w 2s -i 5 -r 2s; fi
java -cp "target/test-classes:target/classes:${classpath}" org.openjdk.jmh.Main \
  'dev.limber.app.DeskBenchmark' -rf json -rff bench/out/desk.json "$@" | tee bench/out/desk.txt

table=$(grep -E '^(Benchmark +\(|DeskBenchmark)' bench/out/desk.txt)
report=$(
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores (load $(cut -d' ' -f1-3 /proc/loadavg) when done),"
  echo "$(java -version 2>&1 | head -n 1), JMH $*; average ms per operation, lower is better:"
  echo
  echo '```'
  echo "$table"
  echo '```'
)
if grep -q '<!-- desk:begin -->' bench/RESULTS.md; then
  awk -v report="$report" '
    /<!-- desk:begin -->/ {print; print report; skip=1; next}
    /<!-- desk:end -->/ {skip=0}
    !skip {print}
  ' bench/RESULTS.md >bench/RESULTS.md.new && mv bench/RESULTS.md.new bench/RESULTS.md
fi
