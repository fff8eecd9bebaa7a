#!/usr/bin/env bash
# The journal on real databases, measured with JMH (JournalBenchmark) on H2 and on a throwaway
# PostgreSQL (needs its binaries: bash scripts/test installs them): insights over three years of
# daily use (1,100 check-ins, 1,000 sessions), aim < 50 ms warm; export and import of 10,000
# entries, aim < 2 s. Prints JMH's table and rewrites the journal block of bench/RESULTS.md.
# Usage: bench/journal.sh [JMH options instead of the defaults -f 1 -wi 3 -w 2s -i 5 -r 2s]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
export LIMBER_POSTGRES_BIN="${LIMBER_POSTGRES_BIN:-$(postgres_bin)}"
./mvnw -B -q -ntp test-compile -Dspotless.check.skip=true
classpath=$(./mvnw -B -q -ntp org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
mkdir -p bench/out
if [ "$#" -eq 0 ]; then set -- -f 1 -wi 3 -w 2s -i 5 -r 2s; fi
java -cp "target/test-classes:target/classes:${classpath}" org.openjdk.jmh.Main \
  'dev.limber.store.JournalBenchmark' -rf json -rff bench/out/journal.json "$@" | tee bench/out/journal.txt

table=$(grep -E '^(Benchmark +\(|JournalBenchmark)' bench/out/journal.txt)
report=$(
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores (load $(cut -d' ' -f1-3 /proc/loadavg) when done),"
  echo "$(java -version 2>&1 | head -n 1), JMH $*; average ms per operation, lower is better:"
  echo
  echo '```'
  echo "$table"
  echo '```'
)
if grep -q '<!-- journal:begin -->' bench/RESULTS.md; then
  awk -v report="$report" '
    /<!-- journal:begin -->/ {print; print report; skip=1; next}
    /<!-- journal:end -->/ {skip=0}
    !skip {print}
  ' bench/RESULTS.md >bench/RESULTS.md.new && mv bench/RESULTS.md.new bench/RESULTS.md
fi
