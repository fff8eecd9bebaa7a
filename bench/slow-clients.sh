#!/usr/bin/env bash
# Slow clients (slowloris) against `./limber serve` at -Xmx256m: CONNECTIONS connections from
# ADDRESSES loopback addresses (127.0.0.2 and up) each send the headers of a sign-up with
# Content-Length: 1000, then the body one byte every 20 s, for SECONDS; meanwhile 127.0.0.1 asks
# GET /health every 50 ms on a new connection. Prints how many slow connections the server still
# held at the end, /health p50/p99/max and failures during the attack, and the largest heap in use
# (sampled from /metrics on the management port).
# Usage: bench/slow-clients.sh [SECONDS] [CONNECTIONS] [ADDRESSES]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
connections="${2:-300}"
addresses="${3:-10}"
work="$(mktemp -d)"
port=18098
management=18099
LIMBER_HOME="$work" LIMBER_JAVA_OPTS="-Xmx256m" ./limber serve --port "$port" \
  --management-port "$management" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 600); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
echo "== $connections slow connections from $addresses addresses for ${seconds}s at -Xmx256m"
python3 - "$port" "$management" "$seconds" "$connections" "$addresses" <<'PY'
import socket, sys, threading, time, urllib.request

port, management, seconds, count, addresses = (int(arg) for arg in sys.argv[1:])
head = (b"POST /api/account HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 1000\r\n\r\n{")
slow = []
for index in range(count):
    sock = socket.socket()
    try:
        sock.bind(("127.0.0.%d" % (2 + index % addresses), 0))
        sock.connect(("127.0.0.1", port))
        sock.sendall(head)
        slow.append(sock)
    except OSError:
        sock.close()
deadline = time.monotonic() + seconds
heap = [0]
stop = threading.Event()

def trickle():
    while not stop.wait(20):
        for sock in slow:
            try:
                sock.send(b" ")
            except OSError:
                pass

def sample_heap():
    while not stop.is_set():
        try:
            text = urllib.request.urlopen("http://127.0.0.1:%d/metrics" % management, timeout=5).read().decode()
            used = sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
                       if line.startswith("jvm_memory_used_bytes") and 'area="heap"' in line)
            heap[0] = max(heap[0], used)
        except OSError:
            pass
        stop.wait(1)

for worker in (trickle, sample_heap):
    threading.Thread(target=worker, daemon=True).start()
latencies, failures, reasons = [], 0, {}
while time.monotonic() < deadline:
    started = time.monotonic()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as probe:
            probe.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            answer = probe.recv(64)
        if answer.startswith(b"HTTP/1.1 200"):
            latencies.append((time.monotonic() - started) * 1000)
        else:
            failures += 1
            reasons[answer[:12].decode("latin-1") or "closed"] = reasons.get(answer[:12].decode("latin-1") or "closed", 0) + 1
    except OSError as error:
        failures += 1
        reasons[type(error).__name__] = reasons.get(type(error).__name__, 0) + 1
    time.sleep(0.05)
stop.set()

def held(sock):
    """True while the server has neither answered nor closed the connection."""
    sock.setblocking(False)
    try:
        sock.recv(1)  # an answer (a 408) or the end: either way no longer held
        return False
    except BlockingIOError:
        return True
    except OSError:
        return False

still = sum(1 for sock in slow if held(sock))
latencies.sort()
pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] if latencies else float("nan")
print("slow connections opened %d, still held open and unanswered at the end %d" % (len(slow), still))
print("/health during the attack: %d answered, %d failed; p50 %.1f ms, p99 %.1f ms, max %.1f ms"
      % (len(latencies), failures, pick(0.5), pick(0.99), latencies[-1] if latencies else float("nan")))
if reasons:
    print("failures by kind: %s" % ", ".join("%s %d" % item for item in sorted(reasons.items())))
print("largest heap in use: %.0f MiB" % (heap[0] / 1048576))
PY
echo "load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
