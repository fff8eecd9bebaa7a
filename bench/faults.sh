#!/usr/bin/env bash
# Fault run: `limber serve` at -Xmx256m is killed with SIGKILL while CLIENTS clients post
# check-ins, ROUNDS times, on an H2 file and on PostgreSQL; after each kill the server restarts and
# every check-in it acknowledged (201) must be found. Prints acknowledged, found and lost per round.
# Usage: bench/faults.sh [ROUNDS] [CLIENTS] [SECONDS_BEFORE_KILL]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-6}"
clients="${2:-8}"
before_kill="${3:-3}"
source scripts/setup.sh
ensure_postgres
./mvnw -B -q -o -DskipTests -Dspotless.check.skip=true package >/dev/null
work="$(mktemp -d)"
chmod 755 "$work"
port=18094
server=""
pg_data="$work/pg/data"
stop_all() {
  [ -n "$server" ] && kill -9 "$server" 2>/dev/null || true
  if [ -d "$pg_data" ]; then
    runuser -u postgres -- "$(postgres_bin)/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap stop_all EXIT

start_server() {
  java -Xmx256m -jar target/limber.jar serve --port "$port" --db "$1" \
    --trusted-proxy 127.0.0.1/32 >>"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 150); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && return; sleep 0.2; done
  echo "the server did not start"; tail -20 "$work/server.log"; exit 1
}

run_database() {
  local name="$1" url="$2"
  echo "== $name: $rounds rounds, $clients clients, SIGKILL after ${before_kill}s"
  start_server "$url"
  local bearer
  bearer="$(python3 bench/hardening.py token "$port" "faults-$name@example.org")"
  local total_lost=0
  for round in $(seq "$rounds"); do
    local acknowledged="$work/$name-$round.txt"
    : >"$acknowledged"
    python3 bench/hardening.py write "$port" "$bearer" "$name-r$round" "$clients" "$acknowledged" &
    local writers=$!
    sleep "$before_kill"
    kill -9 "$server"
    wait "$server" 2>/dev/null || true
    wait "$writers"
    start_server "$url"
    printf 'round %d: ' "$round"
    if ! python3 bench/hardening.py count "$port" "$bearer" "$acknowledged"; then
      total_lost=$((total_lost + 1))
    fi
  done
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
  echo "$name: rounds with a lost acknowledged check-in: $total_lost of $rounds"
}

run_database h2 "jdbc:h2:file:$work/limber"

mkdir -p "$work/pg" && chown postgres "$work/pg"
runuser -u postgres -- "$(postgres_bin)/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 >/dev/null
pg_port=18095
runuser -u postgres -- "$(postgres_bin)/pg_ctl" -D "$pg_data" -l "$work/pg/log" -w \
  -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
runuser -u postgres -- "$(postgres_bin)/createdb" -h 127.0.0.1 -p "$pg_port" limber
run_database postgresql "jdbc:postgresql://127.0.0.1:$pg_port/limber?user=postgres"
echo "load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
