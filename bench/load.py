#!/usr/bin/env python3
"""Parley under load, as an attacker or a bad day would have it (127.0.0.1 only, every phase bounded in time).

  worst     the costliest query the default limits accept, on each path, alone and 8 at once: time, answer
            size and the server's resident memory.
  overload  wrk with many connections on a heavy read, while a probe sends `{ __typename }` every 50 ms and reads
            /q/health/ready: the answers by status (503 line full, 429 rate), the probe's p50/p99, and how long
            after the load a heavy read answers again.
  outage    readers and writers while PostgreSQL is stopped for a while and started again: every write
            acknowledged is in the database, none that was answered with an error is, and the server answers
            again afterwards.
  soak      minutes of reads with 5 % writes: errors, latency and the server's resident memory over time.

Run by bench/load.sh, which builds, loads the data and starts Parley; see bench/README.md."""
import argparse
import base64
import http.client
import json
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time

HEAVY = """{ meetings(first: 100, orderBy: HELD_ON_DESC) { nodes { id heldOn location forum { name }
  participants { official { name country { name } } } statements { text kind speaker { name } } } } }"""
READS = [
    "{ meetings(first: 50, orderBy: HELD_ON_DESC) { nodes { id heldOn location forum { name } "
    "participants { official { name country { name } } } } } }",
    "{ officials(first: 20, orderBy: ID_ASC) { nodes { id name statements(first: 10) { id text kind saidOn "
    "articles { headline } } } } }",
    "{ countries(first: 10) { nodes { code name officials { name } } } }",
    "{ __typename }",
]


class Client:
    """One keep-alive HTTP connection to Parley."""

    def __init__(self, port, auth=None, timeout=15):
        self.port, self.auth, self.timeout = port, auth, timeout
        self.conn = None

    def post(self, query, variables=None):
        """(status, parsed body or None, seconds); status 0 when the connection failed or timed out."""
        body = json.dumps({"query": query, "variables": variables or {}})
        headers = {"Content-Type": "application/json"}
        if self.auth:
            headers["Authorization"] = "Basic " + base64.b64encode(self.auth.encode()).decode()
        start = time.monotonic()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            self.conn.request("POST", "/graphql", body, headers)
            response = self.conn.getresponse()
            raw = response.read()
            try:
                parsed = json.loads(raw)
            except ValueError:
                parsed = None
            return response.status, parsed, time.monotonic() - start
        except (OSError, http.client.HTTPException):
            self.close()
            return 0, None, time.monotonic() - start

    def get(self, path):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            conn.request("GET", path)
            status = conn.getresponse().status
            conn.close()
            return status
        except (OSError, http.client.HTTPException):
            return 0

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def pct(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


class Probe(threading.Thread):
    """Sends `{ __typename }` every 50 ms and reads readiness every second, until stopped."""

    def __init__(self, port):
        super().__init__(daemon=True)
        self.client = Client(port, timeout=10)
        self.port = port
        self.latencies, self.failures, self.ready = [], 0, {}
        self.slow_at = []   # seconds since the start of each answer over 100 ms
        self.steady = []    # latencies after the first 5 s, while the flood's connections are being opened
        self.stopping = threading.Event()

    def run(self):
        last_ready = 0
        started = time.monotonic()
        while not self.stopping.is_set():
            sent = time.monotonic() - started
            status, body, seconds = self.client.post("{ __typename }")
            if status == 200 and body and body.get("data", {}).get("__typename") == "Query":
                self.latencies.append(seconds)
                if seconds > 0.1:
                    self.slow_at.append(round(sent, 1))
                if sent >= 5:
                    self.steady.append(seconds)
            else:
                self.failures += 1
            if time.monotonic() - last_ready >= 1:
                last_ready = time.monotonic()
                code = self.client.get("/q/health/ready")
                self.ready[code] = self.ready.get(code, 0) + 1
            self.stopping.wait(0.05)

    def report(self):
        return (f"`{{ __typename }}` every 50 ms: {len(self.latencies)} answered, {self.failures} failed; "
                f"p50 {ms(pct(self.latencies, 50))}, p99 {ms(pct(self.latencies, 99))}, "
                f"max {ms(max(self.latencies) if self.latencies else float('nan'))}; after the first 5 s: "
                f"p50 {ms(pct(self.steady, 50))}, p99 {ms(pct(self.steady, 99))}; "
                f"readiness answers {dict(sorted(self.ready.items()))}; answers over 100 ms sent at "
                f"{self.slow_at[:20]} s")


def wrk(args, body_file, connections, seconds):
    cmd = ["timeout", str(seconds + 60), "wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s",
           "--latency", "-s", os.path.join(args.bench, "wrk", "status.lua"),
           f"http://127.0.0.1:{args.port}/graphql", "--", body_file]
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    statuses = re.search(r"statuses (.*)", out)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"50%\s+(\S+)", out)
    p99 = re.search(r"99%\s+(\S+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return (f"{statuses.group(1) if statuses else 'no answers'}; {rps.group(1) if rps else '?'} answers/s; "
            f"latency p50 {p50.group(1) if p50 else '?'}, p99 {p99.group(1) if p99 else '?'}"
            + (f"; socket errors: {errors.group(1)}" if errors else ""))


def overload(args, out):
    body_file = os.path.join(args.work, "heavy.json")
    with open(body_file, "w") as f:
        json.dump({"query": HEAVY}, f)
    client = Client(args.port)
    status, body, seconds = client.post(HEAVY)
    size = len(json.dumps(body)) if body else 0
    out(f"heavy read: HTTP {status}, {size} bytes, {ms(seconds)} alone")
    probe = Probe(args.port)
    probe.start()
    out(f"wrk, {args.connections} connections, {args.overload_seconds} s: "
        + wrk(args, body_file, args.connections, args.overload_seconds))
    probe.stopping.set()
    probe.join()
    out(probe.report())
    start = time.monotonic()
    while time.monotonic() - start < 60:
        status, _, seconds = Client(args.port).post(HEAVY)
        if status == 200:
            break
        time.sleep(0.1)
    out(f"after the load: a heavy read answered HTTP {status} {ms(time.monotonic() - start)} after the load ended "
        f"(itself {ms(seconds)})")


def outage(args, out):
    prefix = f"load-{int(time.time())}-"
    results, lock = [], threading.Lock()
    stopping = threading.Event()

    def writer(n):
        client = Client(args.port, auth=args.editor, timeout=30)
        i = 0
        while not stopping.is_set():
            name = f"{prefix}{n}-{i}"
            i += 1
            status, body, _ = client.post(
                "mutation($input: TopicInput!) { createTopic(input: $input) { topic { id name } } }",
                {"input": {"name": name}})
            if status == 0:
                outcome = "unknown"
            elif body and body.get("data") and body["data"].get("createTopic"):
                outcome = "acknowledged"
            else:
                code = ((body or {}).get("errors") or [{}])[0].get("extensions", {}).get("code", f"HTTP {status}")
                outcome = f"error {code}"
            with lock:
                results.append((name, outcome, status))
            time.sleep(0.02)

    def reader():
        client = Client(args.port)
        while not stopping.is_set():
            status, _, _ = client.post(random.choice(READS))
            with lock:
                reads[status] = reads.get(status, 0) + 1

    reads = {}
    threads = [threading.Thread(target=writer, args=(n,), daemon=True) for n in range(4)]
    threads += [threading.Thread(target=reader, daemon=True) for _ in range(8)]
    for t in threads:
        t.start()
    time.sleep(10)
    cluster = os.listdir("/etc/postgresql")[0]
    out(f"stopping PostgreSQL for {args.outage_seconds} s")
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "stop", "-m", "fast"], check=True)
    time.sleep(args.outage_seconds)
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "start"], check=True)
    restarted = time.monotonic()
    out("PostgreSQL started again")
    recovered = None
    probe = Client(args.port)
    while time.monotonic() - restarted < 60:
        status, body, _ = probe.post(READS[0])
        if status == 200 and body and not body.get("errors"):
            recovered = time.monotonic() - restarted
            break
        time.sleep(0.1)
    time.sleep(10)
    stopping.set()
    for t in threads:
        t.join(40)
    rows = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", args.db, "-XAtc",
                           f"select name from {args.schema}.topic where name like '{prefix}%'"],
                          capture_output=True, text=True, check=True).stdout.split()
    stored = set(rows)
    outcomes = {}
    for _, outcome, _ in results:
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    missing = [n for n, o, _ in results if o == "acknowledged" and n not in stored]
    errored_but_stored = [n for n, o, _ in results if o.startswith("error") and n in stored]
    unknown_stored = sum(1 for n, o, _ in results if o == "unknown" and n in stored)
    out(f"writes: {dict(sorted(outcomes.items()))}; acknowledged but missing: {len(missing)}; "
        f"answered with an error but stored: {len(errored_but_stored)}; no answer, stored: {unknown_stored}")
    out(f"reads by HTTP status: {dict(sorted(reads.items()))}")
    out("reads answered again " + (f"{recovered:.1f} s after PostgreSQL started" if recovered is not None
                                    else "NOT within 60 s"))
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", args.db, "-XAqc",
                    f"delete from {args.schema}.topic where name like '{prefix}%'"], check=True)
    return not missing and not errored_but_stored and recovered is not None


WORST = "{ " + " ".join(
    f"a{i}: officials(first: 100, orderBy: ID_ASC) {{ nodes {{ name statements(first: 100) {{ id text kind saidOn "
    f"speaker {{ name }} }} }} }}" for i in range(9)) + " }"


def hwm_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            return int(re.search(r"VmHWM:\s+(\d+)", f.read()).group(1)) // 1024
    except (OSError, AttributeError):
        return -1


def worst(args, out):
    """The costliest query the default limits accept (9 aliases of 100 officials x 100 statements: 90,900
    nodes, just under 100,000), on each path, one at a time and then 8 at once."""
    out("query: 9 aliases of `officials(first: 100) { nodes { name statements(first: 100) { id text kind saidOn "
        "speaker { name } } } }` (depth 5, 90,900 nodes by the count of the limits)")
    for path in ("single-statement", "resolvers"):
        client = Client(args.port, timeout=60)
        headers_path = {} if path == "single-statement" else {"X-Parley-Execution": "resolvers"}
        before = rss_mb(args.pid)
        conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)
        start = time.monotonic()
        conn.request("POST", "/graphql", json.dumps({"query": WORST}),
                     {"Content-Type": "application/json", **headers_path})
        response = conn.getresponse()
        raw = response.read()
        seconds = time.monotonic() - start
        body = json.loads(raw)
        code = ((body.get("errors") or [{}])[0].get("extensions", {}) or {}).get("code")
        out(f"{path}: HTTP {response.status}, {len(raw):,} bytes, {ms(seconds)}"
            + (f", error {code}" if code else "")
            + f"; RSS {before} MB before, {rss_mb(args.pid)} MB after, peak so far {hwm_mb(args.pid)} MB")
        conn.close()
        client.close()
        results = []

        def one():
            c = http.client.HTTPConnection("127.0.0.1", args.port, timeout=120)
            t = time.monotonic()
            c.request("POST", "/graphql", json.dumps({"query": WORST}),
                      {"Content-Type": "application/json", **headers_path})
            r = c.getresponse()
            r.read()
            results.append((r.status, time.monotonic() - t))

        threads = [threading.Thread(target=one) for _ in range(8)]
        start = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        out(f"{path}, 8 at once: statuses {sorted(s for s, _ in results)}, all done in "
            f"{ms(time.monotonic() - start)}; RSS {rss_mb(args.pid)} MB after, peak so far {hwm_mb(args.pid)} MB")


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1)) // 1024
    except (OSError, AttributeError):
        return -1


def soak(args, out):
    prefix = f"soak-{int(time.time())}-"
    stopping = threading.Event()
    lock = threading.Lock()
    stats = {"latencies": [], "statuses": {}, "errors": 0, "codes": {}}

    def worker(n):
        reader, writer = Client(args.port), Client(args.port, auth=args.editor)
        i = 0
        while not stopping.is_set():
            if random.random() < 0.05:
                i += 1
                status, body, seconds = writer.post(
                    "mutation($input: TopicInput!) { createTopic(input: $input) { topic { id } } }",
                    {"input": {"name": f"{prefix}{n}-{i}"}})
            else:
                status, body, seconds = reader.post(random.choice(READS))
            with lock:
                stats["latencies"].append(seconds)
                stats["statuses"][status] = stats["statuses"].get(status, 0) + 1
                if status != 200 or not body or body.get("errors"):
                    stats["errors"] += 1
                    error = ((body or {}).get("errors") or [{}])[0]
                    code = error.get("extensions", {}).get("code") or error.get("extensions", {}).get(
                        "classification") or f"HTTP {status}"
                    stats["codes"][code] = stats["codes"].get(code, 0) + 1

    threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(8)]
    for t in threads:
        t.start()
    samples = [rss_mb(args.pid)]
    end = time.monotonic() + args.soak_minutes * 60
    while time.monotonic() < end:
        time.sleep(min(30, max(0, end - time.monotonic())))
        samples.append(rss_mb(args.pid))
    stopping.set()
    for t in threads:
        t.join(30)
    lat = stats["latencies"]
    out(f"{args.soak_minutes} min, 8 clients, 5 % writes: {len(lat)} requests, {stats['errors']} errors "
        f"{dict(sorted(stats['codes'].items()))}, "
        f"statuses {dict(sorted(stats['statuses'].items()))}; p50 {ms(pct(lat, 50))}, p99 {ms(pct(lat, 99))}; "
        f"RSS {samples[0]} MB at the start, {samples[-1]} MB at the end (min {min(samples)}, max {max(samples)})")
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", args.db, "-XAqc",
                    f"delete from {args.schema}.topic where name like '{prefix}%'"], check=True)
    return stats["errors"] == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--pid", type=int, required=True, help="Parley's JVM, for its resident memory")
    ap.add_argument("--db", required=True)
    ap.add_argument("--schema", default="parley")
    ap.add_argument("--editor", required=True, help="user:password of an editor")
    ap.add_argument("--work", required=True)
    ap.add_argument("--bench", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--phase", required=True, choices=["worst", "overload", "outage", "soak"])
    ap.add_argument("--connections", type=int, default=2000)
    ap.add_argument("--overload-seconds", type=int, default=30)
    ap.add_argument("--outage-seconds", type=int, default=20)
    ap.add_argument("--soak-minutes", type=float, default=10)
    args = ap.parse_args()

    def out(line):
        print(f"- {line}", flush=True)

    ok = {"worst": worst, "overload": overload, "outage": outage, "soak": soak}[args.phase](args, out)
    sys.exit(0 if ok is not False else 1)


if __name__ == "__main__":
    main()
