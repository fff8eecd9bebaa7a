"""Drives the hardening fault runs of bench/faults.sh and bench/flood.sh against a running server.

Plain Python 3 standard library: threads and http.client on loopback.
"""
import http.client
import json
import sys
import threading
import time

PASSWORD = "correct horse battery staple"


def request(port, method, path, body=None, headers=None, timeout=30):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        payload = None if body is None else json.dumps(body).encode()
        all_headers = {"Content-Type": "application/json"} if payload is not None else {}
        all_headers.update(headers or {})
        connection.request(method, path, payload, all_headers)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()
    finally:
        connection.close()


def token(port, email, address="198.51.100.250"):
    """Signs up and in (through the trusted proxy header) and answers a Bearer header."""
    forwarded = {"X-Forwarded-For": address}
    request(port, "POST", "/api/account", {"email": email, "password": PASSWORD}, forwarded)
    status, headers, body = request(
        port, "POST", "/api/login", {"email": email, "password": PASSWORD}, forwarded)
    if status != 200:
        raise SystemExit("sign-in failed: %s %s" % (status, body))
    cookie = headers["Set-Cookie"].split(";")[0]
    csrf = json.loads(body)["csrfToken"]
    status, _, body = request(port, "POST", "/api/tokens", {"name": "bench"},
                              {"Cookie": cookie, "X-CSRF-Token": csrf})
    return {"Authorization": "Bearer " + json.loads(body)["token"]}


def write_checkins(port, bearer, label, clients, acknowledged_file):
    """Posts check-ins from `clients` threads until the server stops answering; records the
    notes of those answered 201 (acknowledged), one a line."""
    lock = threading.Lock()
    acknowledged = open(acknowledged_file, "a")

    def client(number):
        sent = 0
        while True:
            note = "%s-c%d-%d" % (label, number, sent)
            sent += 1
            try:
                status, _, _ = request(port, "POST", "/api/check-ins",
                                       {"pain": sent % 11, "note": note}, bearer, timeout=5)
            except OSError:
                return
            if status == 201:
                with lock:
                    acknowledged.write(note + "\n")
                    acknowledged.flush()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    acknowledged.close()


def count_found(port, bearer, acknowledged_file):
    status, _, body = request(port, "GET", "/api/check-ins?days=1", None, bearer, timeout=120)
    if status != 200:
        raise SystemExit("reading check-ins failed: %s %s" % (status, body))
    found = {entry.get("note") for entry in json.loads(body)}
    acknowledged = [line.strip() for line in open(acknowledged_file) if line.strip()]
    lost = [note for note in acknowledged if note not in found]
    print("acknowledged %d, found %d of them, lost %d; rows %d"
          % (len(acknowledged), len(acknowledged) - len(lost), len(lost), len(found)))
    return len(lost)


def flood(port, management_port, seconds, flooders):
    """Parallel sign-ups from many addresses while one person reads; answers statuses, the
    reader's latency percentiles and the largest heap seen on the management port."""
    reader = token(port, "reader@example.org")
    stop = time.monotonic() + seconds
    statuses = {}
    latencies = []
    heap = [0]
    lock = threading.Lock()

    def flooder(number):
        sent = 0
        while time.monotonic() < stop:
            sent += 1
            address = "10.%d.%d.%d" % (number, sent // 250, sent % 250)
            try:
                status, _, _ = request(port, "POST", "/api/account",
                                       {"email": "f%d-%d@example.org" % (number, sent),
                                        "password": PASSWORD},
                                       {"X-Forwarded-For": address})
            except OSError:
                status = "error"
            with lock:
                statuses[status] = statuses.get(status, 0) + 1

    def read():
        while time.monotonic() < stop:
            started = time.monotonic()
            status, _, _ = request(port, "GET", "/api/check-ins", None, reader)
            with lock:
                latencies.append((time.monotonic() - started) * 1000)
                statuses["read %s" % status] = statuses.get("read %s" % status, 0) + 1

    def sample_heap():
        while time.monotonic() < stop:
            _, _, body = request(management_port, "GET", "/metrics")
            used = sum(float(line.rsplit(" ", 1)[1]) for line in body.splitlines()
                       if line.startswith("jvm_memory_used_bytes") and 'area="heap"' in line)
            heap[0] = max(heap[0], used)
            time.sleep(0.2)

    threads = [threading.Thread(target=flooder, args=(n,)) for n in range(flooders)]
    threads += [threading.Thread(target=read), threading.Thread(target=sample_heap)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies.sort()

    def percentile(p):
        return latencies[min(len(latencies) - 1, int(len(latencies) * p))]

    print("answers: %s" % dict(sorted(statuses.items(), key=str)))
    print("reader GET /api/check-ins: %d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms"
          % (len(latencies), percentile(0.50), percentile(0.99), latencies[-1]))
    print("largest heap in use: %.0f MiB of 256" % (heap[0] / 1024 / 1024))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "token":
        print(json.dumps(token(int(sys.argv[2]), sys.argv[3])))
    elif command == "write":
        write_checkins(int(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4], int(sys.argv[5]),
                       sys.argv[6])
    elif command == "count":
        sys.exit(1 if count_found(int(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4]) else 0)
    elif command == "flood":
        flood(int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]))
