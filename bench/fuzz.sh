#!/usr/bin/env bash
# A fuzz run against the OpenAPI document that `./limber serve` serves, on loopback only: the
# bench-tagged ApiFuzzTest reads the document, makes REQUESTS requests from its schemas (a fifth
# mutated: wrong types, null, values past bounds, unknown members, odd texts), sends them signed in
# with a token (a fifth anonymous), and holds every exchange to the document with the suite's
# validator. Prints operations, requests, statuses, 5xx and disagreements (target/fuzz-results.txt).
# Usage: bench/fuzz.sh [REQUESTS] [SEED]   (LIMBER_FUZZ_WAIT: seconds to wait for the server, 300)
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-3000}"
seed="${2:-25}"
wait_seconds="${LIMBER_FUZZ_WAIT:-300}"
port="${LIMBER_FUZZ_PORT:-18097}"
work="$(mktemp -d)"
server=""
stop_server() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop_server EXIT

if curl -s -o /dev/null "http://127.0.0.1:$port/health"; then
  echo "fuzz: port $port already answers; set LIMBER_FUZZ_PORT to a free port" >&2
  exit 1
fi
# Build the jar (and compile the tests) before the server starts, so the wait below times the
# server's start alone: on a first run `./limber serve` would otherwise build inside that wait.
if [ ! -f target/limber.jar ]; then
  echo "fuzz: building target/limber.jar..." >&2
  ./mvnw -B -ntp -q -o -DskipTests -Dspotless.check.skip=true package
fi
./mvnw -B -ntp -q -o -Dspotless.check.skip=true test-compile
# One short command lets the launcher rebuild a stale jar and write its class-data archive now.
./limber --version >/dev/null

LIMBER_HOME="$work" LIMBER_JAVA_OPTS="-Xmx256m" ./limber serve --port "$port" >"$work/server.log" 2>&1 &
server=$!
started=$SECONDS
# /health answers while the schema is still migrating (the API answers 503 "Starting" then):
# /health/ready says when the server takes requests.
ready() { curl -sf -m 5 -o /dev/null "http://127.0.0.1:$port/health/ready"; }
until ready; do
  if ! kill -0 "$server" 2>/dev/null; then
    echo "fuzz: limber serve exited before answering /health; its log:" >&2
    tail -n 40 "$work/server.log" >&2
    exit 1
  fi
  if [ $((SECONDS - started)) -ge "$wait_seconds" ]; then
    echo "fuzz: http://127.0.0.1:$port not ready (/health/ready) within $wait_seconds s" \
      "(LIMBER_FUZZ_WAIT raises it); the server's log:" >&2
    tail -n 40 "$work/server.log" >&2
    exit 1
  fi
  sleep 0.5
done
echo "server up in $((SECONDS - started)) s on port $port"
curl -s -o "$work/openapi.json" -w 'served document: HTTP %{http_code}, ' \
  "http://127.0.0.1:$port/api/openapi.json" || true
python3 -c 'import json,sys; print("servers", json.load(open(sys.argv[1]))["servers"])' \
  "$work/openapi.json" 2>/dev/null || { echo "not JSON:"; head -c 300 "$work/openapi.json"; echo; }
status=0
./mvnw -B -ntp -q -o test -Dspotless.check.skip=true -Dlimber.excludedGroups= -Dgroups=bench \
  -Dtest=ApiFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dlimber.fuzz.url="http://127.0.0.1:$port" -Dlimber.fuzz.requests="$requests" \
  -Dlimber.fuzz.seed="$seed" || status=$?
cat target/fuzz-results.txt
echo "server log: $(grep -c ' ERROR ' "$work/server.log" || true) errors logged"
exit "$status"
