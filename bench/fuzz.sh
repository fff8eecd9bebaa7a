#!/usr/bin/env bash
# A fuzz run against the OpenAPI document that `./limber serve` serves, on loopback only: the
# bench-tagged ApiFuzzTest reads the document, makes REQUESTS requests from its schemas (a fifth
# mutated: wrong types, null, values past bounds, unknown members, odd texts), sends them signed in
# with a token (a fifth anonymous), and holds every exchange to the document with the suite's
# validator. Prints operations, requests, statuses, 5xx and disagreements (target/fuzz-results.txt).
# Usage: bench/fuzz.sh [REQUESTS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-5000}"
seed="${2:-25}"
work="$(mktemp -d)"
port=18097
LIMBER_HOME="$work" LIMBER_JAVA_OPTS="-Xmx256m" ./limber serve --port "$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 600); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$port/api/openapi.json" | python3 -c \
  'import json,sys; print("served document: servers", json.load(sys.stdin)["servers"])'
./mvnw -B -ntp -q -o test -Dspotless.check.skip=true -Dlimber.excludedGroups= -Dgroups=bench \
  -Dtest=ApiFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dlimber.fuzz.url="http://127.0.0.1:$port" -Dlimber.fuzz.requests="$requests" \
  -Dlimber.fuzz.seed="$seed" || status=$?
cat target/fuzz-results.txt
echo "server log: $(grep -c ' ERROR ' "$work/server.log" || true) errors logged"
exit "${status:-0}"
