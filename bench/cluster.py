"""Mixed load through a load balancer for bench/cluster.sh; standard library only.

  python3 bench/cluster.py load PORT SECONDS USERS EVENTS_FILE OUT_JSON
      USERS virtual people sign up and in, then loop for SECONDS: check-ins (writes, each with a
      unique note), screenings, plans, journal reads and page views. EVENTS_FILE holds lines
      "NAME SECONDS_FROM_START" (kills) written by the shell as they happen; each request is
      tagged before, during (from the first kill to 5 s after the last) or after. Writes
      per-phase errors and p50/p99 latency, and every acknowledged check-in note, to OUT_JSON.
  python3 bench/cluster.py report OUT_JSON FOUND_NOTES_FILE
      prints the figures as Markdown and the acknowledged writes lost.
"""
import http.client
import json
import os
import random
import sys
import threading
import time

ANSWERS = json.load(open(os.path.join(os.path.dirname(__file__), "answers.json")))


class Client:
    def __init__(self, port):
        self.port = port
        self.connection = None
        self.cookie = None
        self.csrf = None

    def request(self, method, path, body=None):
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if self.cookie:
            headers["Cookie"] = self.cookie
        if self.csrf and method != "GET":
            headers["X-CSRF-Token"] = self.csrf
        data = None if body is None else json.dumps(body)
        try:
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            self.connection.request(method, path, data, headers)
            response = self.connection.getresponse()
            payload = response.read()
            return response.status, payload, response.getheader("Set-Cookie")
        except (OSError, http.client.HTTPException):
            if self.connection is not None:
                self.connection.close()
            self.connection = None
            return 0, b"", None


def load(port, seconds, users, events_file, out_file):
    started = time.monotonic()
    ready = threading.Barrier(users)
    records = []  # (seconds from start, kind, status, latency ms)
    acknowledged = []
    signed_in = []
    lock = threading.Lock()

    def person(number):
        client = Client(port)
        email = "cluster-%d-%d@example.org" % (os.getpid(), number)
        credentials = {"email": email, "password": "correct horse battery"}
        # Argon2id is slow on purpose and a busy pool answers 503: retry for up to a minute.
        for _ in range(300):
            status, _, _ = client.request("POST", "/api/account", credentials)
            if status == 202:
                break
            time.sleep(0.2)
        for _ in range(300):
            status, body, cookie = client.request("POST", "/api/login", credentials)
            if status == 200:
                client.cookie = cookie.split(";")[0]
                client.csrf = json.loads(body)["csrfToken"]
                break
            time.sleep(0.2)
        with lock:
            signed_in.append(client.cookie is not None)
        # The timed run starts when everyone has signed in (or given up); the shell times its
        # kills from the file written here.
        if ready.wait() == 0:
            nonlocal started
            started = time.monotonic()
            open(events_file + ".started", "w").close()
        else:
            time.sleep(0.01)
        if client.cookie is None:
            return
        sequence = 0
        rng = random.Random(number)
        while time.monotonic() - started < seconds:
            choice = rng.random()
            sequence += 1
            if choice < 0.35:
                kind = "check-in"
                note = "n-%d-%d-%d" % (os.getpid(), number, sequence)
                body = {"pain": rng.randint(0, 6), "note": note}
                at = time.monotonic()
                status, _, _ = client.request("POST", "/api/check-ins", body)
                if status == 201:
                    with lock:
                        acknowledged.append(note)
            elif choice < 0.50:
                kind, at = "screening", time.monotonic()
                status, _, _ = client.request("POST", "/api/screenings", ANSWERS)
            elif choice < 0.65:
                kind, at = "plan", time.monotonic()
                status, _, _ = client.request(
                    "POST", "/api/plans", {"answers": ANSWERS, "preferences": {"minutes": 5}})
            elif choice < 0.85:
                kind, at = "journal", time.monotonic()
                status, _, _ = client.request("GET", "/api/journal")
            else:
                kind, at = "page", time.monotonic()
                status, _, _ = client.request("GET", "/journal")
            ended = time.monotonic()
            # Filed by when the answer came: a request cut off by a kill counts in "during".
            with lock:
                records.append((ended - started, kind, status, (ended - at) * 1000))

    threads = [threading.Thread(target=person, args=(n,)) for n in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    events = []
    if os.path.exists(events_file):
        for line in open(events_file):
            name, at = line.split()
            events.append((name, float(at)))
    json.dump({"records": records, "acknowledged": acknowledged, "events": events,
               "signedIn": sum(signed_in),
               "seconds": seconds, "users": users}, open(out_file, "w"))


def percentile(values, share):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(out_file, found_file):
    run = json.load(open(out_file))
    kill_times = [at for _, at in run["events"]]
    first, last = (min(kill_times), max(kill_times) + 5) if kill_times else (1e9, 1e9)

    def phase(at):
        return "before" if at < first else ("during" if at <= last else "after")

    print("| phase | requests | errors | error rate | p50 ms | p99 ms |")
    print("|---|---|---|---|---|---|")
    for name in ("before", "during", "after"):
        rows = [r for r in run["records"] if phase(r[0]) == name]
        # Every request here should succeed (2xx); 0 is a connection that failed or got no answer.
        errors = [r for r in rows if not 200 <= r[2] < 300]
        latencies = [r[3] for r in rows if 200 <= r[2] < 300]
        rate = 100.0 * len(errors) / len(rows) if rows else 0.0
        print("| %s | %d | %d | %.2f %% | %.1f | %.1f |" % (
            name, len(rows), len(errors), rate, percentile(latencies, 0.5),
            percentile(latencies, 0.99)))
    statuses = {}
    for r in run["records"]:
        statuses[r[2]] = statuses.get(r[2], 0) + 1
    print()
    print("Statuses: " + ", ".join("%s×%d" % (k if k else "no answer", v)
                                   for k, v in sorted(statuses.items())))
    print("Kills: " + ", ".join("%s at %.1f s" % tuple(event) for event in run["events"]))
    print("People signed in: %d of %d" % (run["signedIn"], run["users"]))
    found = set(line.strip() for line in open(found_file))
    lost = [note for note in run["acknowledged"] if note not in found]
    print("Acknowledged check-ins: %d; found afterwards in PostgreSQL: %d; lost: %d" % (
        len(run["acknowledged"]), len(run["acknowledged"]) - len(lost), len(lost)))
    return 1 if lost else 0


if __name__ == "__main__":
    if sys.argv[1] == "load":
        load(int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6])
    elif sys.argv[1] == "report":
        sys.exit(report(sys.argv[2], sys.argv[3]))
    else:
        sys.exit("usage: cluster.py load|report ...")
