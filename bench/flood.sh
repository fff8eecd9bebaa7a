#!/usr/bin/env bash
# Hashing flood: `limber serve` at -Xmx256m with real Argon2id, FLOODERS threads signing up as fast
# as they can from distinct addresses (through a trusted proxy) for SECONDS, while one signed-in
# person reads their check-ins. Prints the answers by status, the reader's p50/p99 and the largest
# heap in use (sampled from /metrics on the management port).
# Usage: bench/flood.sh [SECONDS] [FLOODERS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
flooders="${2:-32}"
./mvnw -B -q -o -DskipTests -Dspotless.check.skip=true package >/dev/null
work="$(mktemp -d)"
port=18096
management=18097
java -Xmx256m -jar target/limber.jar serve --port "$port" --management-port "$management" \
  --db "jdbc:h2:file:$work/limber" --trusted-proxy 127.0.0.1/32 >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 150); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.2; done
echo "== $flooders flooders for ${seconds}s at -Xmx256m"
python3 bench/hardening.py flood "$port" "$management" "$seconds" "$flooders"
grep -c "OutOfMemoryError" "$work/server.log" | sed 's/^/OutOfMemoryError lines in the log: /' || true
echo "load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
