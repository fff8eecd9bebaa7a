#!/usr/bin/env bash
# Several instances behind a real load balancer: a throwaway PostgreSQL, three `limber serve`
# (the jar, -Xmx256m each, one database) and HAProxy from Debian checking /health/ready
# (deploy/haproxy.cfg without TLS), a mixed load of USERS signed-in people for SECONDS on loopback
# (check-ins, screenings, plans, journal reads, pages); a third of the way in one instance gets
# SIGKILL, at half way another gets SIGTERM (it drains). Prints errors and p50/p99 before, during
# (first kill to 5 s after the last) and after, and the acknowledged check-ins missing from
# PostgreSQL afterwards.
# Usage: bench/cluster.sh [SECONDS] [USERS]   (installs haproxy and postgresql when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
users="${2:-8}"
source scripts/setup.sh
ensure_postgres
command -v haproxy >/dev/null 2>&1 || apt_install haproxy
[ -f target/limber.jar ] || ./mvnw -B -q -o -DskipTests -Dspotless.check.skip=true package >/dev/null
work="$(mktemp -d)"
chmod 755 "$work"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
pg_port="$(free_port)"; lb_port="$(free_port)"
ports=("$(free_port)" "$(free_port)" "$(free_port)")
pids=("" "" "")
haproxy_pid=""
pg_data="$work/pg/data"
stop_all() {
  for pid in "${pids[@]}" "$haproxy_pid"; do [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true; done
  if [ -d "$pg_data" ]; then
    runuser -u postgres -- "$(postgres_bin)/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap stop_all EXIT

mkdir -p "$work/pg" && chown postgres "$work/pg"
runuser -u postgres -- "$(postgres_bin)/initdb" -D "$pg_data" -U postgres -A trust --no-sync >/dev/null
runuser -u postgres -- "$(postgres_bin)/pg_ctl" -D "$pg_data" -l "$work/pg/log" -w \
  -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
"$(postgres_bin)/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE limber" >/dev/null
db="jdbc:postgresql://127.0.0.1:$pg_port/limber?user=postgres"

start_instance() { # INDEX
  java -Xmx256m -XX:+UseG1GC -jar target/limber.jar serve --port "${ports[$1]}" --db "$db" \
    --trusted-proxy 127.0.0.1/32 >>"$work/limber$1.log" 2>&1 &
  pids[$1]=$!
}
wait_ready() { # INDEX, bounded: 120 s
  for _ in $(seq 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${ports[$1]}/health/ready")" = 200 ] && return
    sleep 0.2
  done
  echo "instance $1 not ready in 120 s"; tail -20 "$work/limber$1.log"; exit 1
}
# The first instance migrates; the others start on the migrated schema.
start_instance 0; wait_ready 0
start_instance 1; start_instance 2; wait_ready 1; wait_ready 2

sed -e '/bind :8443/d' -e "s/bind :8080/bind 127.0.0.1:$lb_port/" \
  -e '/redirect scheme https/d' -e '/X-Forwarded-Proto https/d' -e '/^    log /d' -e '/^global/,/^$/{/log stdout/d}' \
  -e "s/127.0.0.1:8081/127.0.0.1:${ports[0]}/" -e "s/127.0.0.1:8082/127.0.0.1:${ports[1]}/" \
  -e "s/127.0.0.1:8083/127.0.0.1:${ports[2]}/" deploy/haproxy.cfg >"$work/haproxy.cfg"
haproxy -c -q -f "$work/haproxy.cfg"
haproxy -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
haproxy_pid=$!
for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$lb_port/health/ready" && break; sleep 0.1; done

echo "== $users users for ${seconds}s through HAProxy to 3 instances on one PostgreSQL ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
events="$work/events"; : >"$events"
python3 bench/cluster.py load "$lb_port" "$seconds" "$users" "$events" "$work/run.json" &
load_pid=$!
# Everyone signs in first (Argon2id, slow on purpose); the timed run starts after that.
for _ in $(seq 1800); do [ -f "$events.started" ] && break; sleep 0.1; done
[ -f "$events.started" ] || { echo "the load did not start in 180 s"; exit 1; }
started=$(date +%s.%N)
sleep "$(python3 -c "print($seconds/3)")"
kill -KILL "${pids[0]}"
echo "SIGKILL-instance-1 $(python3 -c "print($(date +%s.%N)-$started)")" >>"$events"
sleep "$(python3 -c "print($seconds/6)")"
kill -TERM "${pids[1]}"
echo "SIGTERM-instance-2 $(python3 -c "print($(date +%s.%N)-$started)")" >>"$events"
wait "$load_pid"
"$(postgres_bin)/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d limber -Atc \
  "SELECT note FROM journal_check_in WHERE note IS NOT NULL" >"$work/found"
python3 bench/cluster.py report "$work/run.json" "$work/found"
