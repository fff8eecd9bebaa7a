#!/usr/bin/env bash
# HTTP throughput on loopback: POST /api/screenings against GET /health on the same server in the
# same run, with wrk (2 threads, 64 connections). The server is `./limber serve` itself, with the
# launcher's server flags and LIMBER_JAVA_OPTS=-Xmx256m, on a throwaway H2 file.
# Aim: screening at >= 60% of health's requests per second, with p99 under 25 ms.
# Usage: bench/http.sh [SECONDS]   (installs wrk from Debian's packages when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
command -v wrk >/dev/null 2>&1 || { source scripts/setup.sh; apt_install wrk; }
./limber --version >/dev/null # builds the jar when the sources changed
work="$(mktemp -d)"
port=18093
LIMBER_JAVA_OPTS="-Xmx256m ${BENCH_JAVA_OPTS:-}" ./limber serve --port "$port" \
  --db "jdbc:h2:file:$work/limber" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.2; done
body="$(tr -d '\n' < bench/answers.json)"
cat >"$work/screen.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[$body]]
LUA
run() { wrk -t2 -c64 -d"${seconds}s" --latency "$@"; }
# Warm both routes so the JIT has compiled them before anything is measured.
wrk -t2 -c64 -d5s "http://127.0.0.1:$port/health" >/dev/null
wrk -t2 -c64 -d5s -s "$work/screen.lua" "http://127.0.0.1:$port/api/screenings" >/dev/null
echo "== GET /health"; health="$(run "http://127.0.0.1:$port/health")"; echo "$health"
echo "== POST /api/screenings"
screen="$(run -s "$work/screen.lua" "http://127.0.0.1:$port/api/screenings")"; echo "$screen"
rps() { awk '/Requests\/sec/ {print $2}' <<<"$1"; }
p99() { awk '$1 == "99%" {print $2}' <<<"$1"; }
awk -v h="$(rps "$health")" -v s="$(rps "$screen")" -v hp="$(p99 "$health")" -v sp="$(p99 "$screen")" \
  'BEGIN {printf "health %.0f req/s (p99 %s), screenings %.0f req/s (p99 %s), ratio %.0f%%\n", h, hp, s, sp, 100*s/h}'
echo "load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores; server flags: $(tr '\0' ' ' </proc/"$server"/cmdline 2>/dev/null | cut -c1-200)"
