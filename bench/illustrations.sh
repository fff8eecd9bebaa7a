#!/usr/bin/env bash
# Every still and animation of the catalog, measured with JMH (IllustrationBenchmark): aim under 100 ms warm.
# Prints JMH's table and rewrites the illustrations block of bench/RESULTS.md.
# Usage: bench/illustrations.sh [JMH options instead of the defaults -f 2 -wi 5 -w 1s -i 5 -r 1s]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp test-compile -Dspotless.check.skip=true
classpath=$(./mvnw -B -q -ntp org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
mkdir -p bench/out
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "$#" -eq 0 ]; then set -- -f 2 -wi 5 -w 1s -i 5 -r 1s; fi
java -cp "target/test-classes:target/classes:${classpath}" org.openjdk.jmh.Main \
  'dev.limber.render.svg.IllustrationBenchmark' -rf json -rff bench/out/illustrations.json "$@" | tee bench/out/illustrations.txt

table=$(grep -E '^(Benchmark +Mode|IllustrationBenchmark)' bench/out/illustrations.txt)
report=$(
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $(java -version 2>&1 | head -n 1), JMH $*,"
  echo "load average before the run ${load_before} (other builds share the machine),"
  echo "JMH average time, ms/op; lower is better (allStillsAndAnimations: every drawing of the catalog; loadCatalogWithDrawings: reading and checking the catalog with all 19 drawings):"
  echo
  echo '```'
  echo "$table"
  echo '```'
)
if grep -q '<!-- illustrations:begin -->' bench/RESULTS.md; then
  awk -v report="$report" '
    /<!-- illustrations:begin -->/ {print; print report; skip=1; next}
    /<!-- illustrations:end -->/ {skip=0}
    !skip {print}
  ' bench/RESULTS.md >bench/RESULTS.md.new && mv bench/RESULTS.md.new bench/RESULTS.md
fi
