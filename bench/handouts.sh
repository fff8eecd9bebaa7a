#!/usr/bin/env bash
# A served PDF handout (HandoutBenchmark, aim under 300 ms warm) and one calendar feed fetch
# (CalendarFeedBenchmark, aim under 10 ms warm), measured with JMH.
# Prints JMH's table and rewrites the handouts block of bench/RESULTS.md.
# Usage: bench/handouts.sh [JMH options instead of the defaults -f 1 -wi 5 -w 1s -i 5 -r 1s]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp test-compile -Dspotless.check.skip=true
classpath=$(./mvnw -B -q -ntp org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
mkdir -p bench/out
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "$#" -eq 0 ]; then set -- -f 1 -wi 5 -w 1s -i 5 -r 1s; fi
java -cp "target/test-classes:target/classes:${classpath}" org.openjdk.jmh.Main \
  'dev.limber.render.(pdf.HandoutBenchmark|ical.CalendarFeedBenchmark)' -rf json -rff bench/out/handouts.json "$@" \
  | tee bench/out/handouts.txt

table=$(grep -E '^(Benchmark +Mode|[a-z.]*(HandoutBenchmark|CalendarFeedBenchmark)\.)' bench/out/handouts.txt)
report=$(
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $(java -version 2>&1 | head -n 1), JMH $*,"
  echo "load average before the run ${load_before} (other builds share the machine),"
  echo "JMH average time, ms/op; lower is better (clearRoutineOnA4: screen, plan, draw and print a 6-minute routine as PDF/UA with its QR code; feedWithTodaysRoutine: one fetch of a subscribed feed, six weekly events with VTIMEZONE):"
  echo
  echo '```'
  echo "$table"
  echo '```'
)
if grep -q '<!-- handouts:begin -->' bench/RESULTS.md; then
  awk -v report="$report" '
    /<!-- handouts:begin -->/ {print; print report; skip=1; next}
    /<!-- handouts:end -->/ {skip=0}
    !skip {print}
  ' bench/RESULTS.md >bench/RESULTS.md.new && mv bench/RESULTS.md.new bench/RESULTS.md
fi
