#!/usr/bin/env python3
"""The benchmark's load runs: for every question, the raw-SQL floor with pgbench, then each GraphQL
server with wrk, each as a warm-up run and a measured run at the same concurrency; per run
requests/s, p50/p90/p99 latency, errors, the CPU split over the measured run (server / PostgreSQL /
load generator / anything else) and the server's resident memory. Writes results.json and
results.md (the table) into --out.

  ./bench.py --out results/<stamp> --maxid 2000 \
      --server parley=http://127.0.0.1:8095/graphql@<jvm pid> \
      --server postgraphile-1=http://127.0.0.1:5678/graphql@<node pid> \
      --server postgraphile-2w=http://127.0.0.1:5679/graphql@<primary pid> \
      [--statements verify.json] [--questions abcdef] [--duration 20 --warmup 5]

Machine discipline (the machine is shared): before each run it waits (bounded) for an idle
machine, and a measured run during which other processes used more than --max-other % of a core
is redone (bounded by --retries and --max-total). Only 127.0.0.1 is ever targeted; every child
process has a timeout.
"""
import argparse, glob, json, os, re, resource, shutil, subprocess, sys, time
import common
from common import HERE, QUESTIONS, die, question_file

TICK = os.sysconf("SC_CLK_TCK")
PGDATA = "/var/lib/postgresql/15/main"
SETTLE_S = 1.0   # pause after each load-generator run (see CpuSplit)


class RunFailed(Exception):
    pass


def cpu_stat():
    """Aggregate /proc/stat ticks: busy (user+nice+system+irq+softirq), irq+softirq, steal, idle."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    user, nice, system, idle, iowait, irq, softirq, steal = (v + [0] * 8)[:8]
    return {"busy": user + nice + system + irq + softirq, "irq": irq + softirq, "steal": steal,
            "idle": idle + iowait}


def proc_times(pid):
    """(own utime+stime, reaped children's cutime+cstime) in ticks, or (0, 0) if gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            s = f.read()
    except OSError:
        return 0, 0
    fields = s[s.rindex(")") + 2:].split()
    # fields[0] is state (field 3); utime is field 14 -> index 11
    return int(fields[11]) + int(fields[12]), int(fields[13]) + int(fields[14])


def postmaster_pid(pgdata):
    try:
        with open(os.path.join(pgdata, "postmaster.pid")) as f:
            return int(f.readline())
    except OSError:
        return None


def pg_cpu(pm, dbname):
    """CPU ticks of the PostgreSQL cluster: (ours, foreign).  ours = postmaster + background
    processes + backends of `dbname` + reaped (exited) children; foreign = live backends of
    other databases (e.g. someone else's tests sharing the cluster)."""
    if not pm:
        return 0, 0
    own, reaped = proc_times(pm)
    ours, foreign = own + reaped, 0
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    s = f.read()
                fields = s[s.rindex(")") + 2:].split()
                if int(fields[1]) != pm:  # ppid
                    continue
                with open(f"/proc/{d}/cmdline", "rb") as f:
                    title = f.read().decode(errors="replace")
            except OSError:
                continue
            ticks = int(fields[11]) + int(fields[12])
            # backend titles look like "postgres: 15/main: user db 127.0.0.1(port) state"
            m = re.match(r"postgres: [^:]+: (\S+) (\S+) (\S+\(\d+\)|\[local\])", title)
            if m and m.group(2) != dbname:
                foreign += ticks
            else:
                ours += ticks
    return ours, foreign


def server_cpu(pids):
    """CPU ticks of the server pids plus their direct children (e.g. Node cluster workers)."""
    if not pids:
        return 0
    total = sum(sum(proc_times(p)) for p in pids)
    for d in os.listdir("/proc"):
        if d.isdigit() and int(d) not in pids:
            try:
                with open(f"/proc/{d}/stat") as f:
                    s = f.read()
            except OSError:
                continue
            fields = s[s.rindex(")") + 2:].split()
            if int(fields[1]) in pids:
                total += int(fields[11]) + int(fields[12])
    return total


class CpuSplit:
    def __init__(self, pm, server_pids, dbname="parley_bench"):
        self.pm, self.server_pids, self.db = pm, server_pids, dbname

    def __enter__(self):
        self.pm = postmaster_pid(PGDATA) or self.pm   # re-read: the cluster may have been restarted
        self.t0 = time.monotonic()
        self.st0 = cpu_stat()
        self.pg0 = pg_cpu(self.pm, self.db)
        self.srv0 = server_cpu(self.server_pids)
        self.ch0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        return self

    def __exit__(self, *exc):
        wall = time.monotonic() - self.t0
        # let PostgreSQL reap the backends of the finished client, so their CPU lands in the
        # postmaster's cutime (zombies may report 0 in /proc/PID/stat)
        time.sleep(SETTLE_S)
        st1 = cpu_stat()
        ch1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        pct = lambda ticks: round(100.0 * ticks / TICK / wall, 1)  # % of one core
        busy = pct(st1["busy"] - self.st0["busy"])
        irq = pct(st1["irq"] - self.st0["irq"])
        steal = pct(st1["steal"] - self.st0["steal"])
        pg1 = pg_cpu(self.pm, self.db)
        pg, pg_foreign = pct(pg1[0] - self.pg0[0]), pct(pg1[1] - self.pg0[1])
        srv = pct(server_cpu(self.server_pids) - self.srv0)
        lg = round(100.0 * ((ch1.ru_utime + ch1.ru_stime) - (self.ch0.ru_utime + self.ch0.ru_stime)) / wall, 1)
        ncpu = os.cpu_count()
        self.result = {
            "wall_s": round(wall, 2), "cores": ncpu,
            "busy_pct": busy, "server_pct": srv, "postgres_pct": pg, "loadgen_pct": lg,
            "postgres_other_db_pct": pg_foreign,
            "irq_pct": irq, "steal_pct": steal,
            # irq/softirq ticks are also charged to the interrupted process's stime, so they are
            # reported for information only and not subtracted again here.
            "other_pct": round(max(0.0, busy - srv - pg - lg), 1),
            "idle_pct": round(max(0.0, 100.0 * ncpu - busy - steal), 1),
        }
        return False


def busy_now(seconds=2.0, exclude_pids=()):
    """% of one core busy over `seconds`, not counting the given (idle-ish) server pids."""
    b0, s0 = cpu_stat()["busy"], server_cpu(exclude_pids)
    time.sleep(seconds)
    b1, s1 = cpu_stat()["busy"], server_cpu(exclude_pids)
    return round(100.0 * ((b1 - b0) - (s1 - s0)) / TICK / seconds, 1)


def wait_idle(args, server_pids):
    """Wait (bounded by --wait-idle seconds) until the machine is quiet; return last busy %."""
    t_end = time.monotonic() + args.wait_idle
    while True:
        b = busy_now(args.idle_sample, server_pids)
        if b <= args.idle_threshold or time.monotonic() >= t_end:
            return b
        print(f"   waiting for idle machine: {b}% of one core busy", file=sys.stderr)
        time.sleep(3)


def run(cmd, timeout, env=None):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    return p.returncode, p.stdout, p.stderr



def rss_mb(pids):
    """Resident memory (MB) of the server pids and their direct children (Node cluster workers)."""
    total = 0
    procs = set(pids)
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    s = f.read()
                if int(s[s.rindex(")") + 2:].split()[1]) in pids:
                    procs.add(int(d))
            except OSError:
                pass
    for p in procs:
        try:
            with open(f"/proc/{p}/status") as f:
                total += int(re.search(r"VmRSS:\s+(\d+) kB", f.read()).group(1))
        except (OSError, AttributeError):
            pass
    return round(total / 1024)


# ---------------------------------------------------------------- bodies
def graphql_body(path, letter, server, args):
    """The request body; (a) carries the placeholder "__ID__" that post.lua replaces per request."""
    body = {"query": open(path).read()}
    style = common.id_style(server)
    if letter == "a":
        body["variables"] = {"id": "__ID__"}
    elif letter == "d":
        body["variables"] = common.variables("d", style, {"a": args.ca, "b": args.cb})
    elif letter == "f":
        body["variables"] = common.variables("f", style, {"id": args.cf})
    return json.dumps(body)


# ---------------------------------------------------------------- load generators
def wrk_run(args, url, body_file, letter, server, duration, pm, server_pids):
    cmd = ["wrk", f"-t{args.threads}", f"-c{args.concurrency}", f"-d{duration}s", "--latency",
           "--timeout", "10s", "-s", os.path.join(HERE, "wrk", "post.lua"), url, "--", body_file]
    if letter == "a":
        cmd.append(str(args.maxid))
        if common.id_style(server) == "global":
            cmd.append(common.ID_VARS["a"]["id"])
    with CpuSplit(pm, server_pids) as cs:
        rc, out, err = run(cmd, timeout=duration + 30)
    if rc != 0:
        raise RunFailed(f"wrk failed rc={rc}: {(err or out)[-1500:]}")
    kv = dict(re.findall(r"(\w+)=([\d.]+)", " ".join(l for l in out.splitlines() if l.startswith("RESULT"))))
    if "requests" not in kv:
        raise RunFailed(f"wrk gave no result: {(err or out)[-1500:]}")
    n, dur = int(kv["requests"]), int(kv["duration_us"]) / 1e6
    if int(kv["responses"]) == 0:   # nothing came back at all: that is an error too, not a clean run
        kv["socket_errors"] = str(max(1, int(kv["socket_errors"])))
    return {
        "rps": round(n / dur, 1), "requests": n,
        "p50_ms": int(kv["p50_us"]) / 1000, "p90_ms": int(kv["p90_us"]) / 1000,
        "p99_ms": int(kv["p99_us"]) / 1000, "max_ms": int(kv["max_us"]) / 1000,
        "errors": int(kv["graphql_errors"]) + int(kv["socket_errors"]),
        "graphql_errors": int(kv["graphql_errors"]), "socket_errors": int(kv["socket_errors"]),
        "avg_body_bytes": round(int(kv["body_bytes"]) / max(1, int(kv["responses"]))),
        "cpu": cs.result, "raw_output": out,
    }


def pgbench_run(args, sql_file, letter, duration, pm, logdir=None):
    cmd = ["pgbench", "-n", "-M", "prepared", "-c", str(args.concurrency), "-j", str(args.threads),
           "-T", str(duration), "-f", sql_file, "-D", f"maxid={args.maxid}", "-D", f"ca={args.ca}",
           "-D", f"cb={args.cb}", "-D", f"cf={args.cf}",
           "-h", args.pghost, "-p", str(args.pgport), "-U", args.pguser, args.db]
    if logdir:
        prefix = os.path.join(logdir, f"pgbench_{letter}")
        for f in glob.glob(prefix + ".*"):
            os.remove(f)
        cmd[1:1] = ["-l", f"--log-prefix={prefix}"]
    env = dict(os.environ, PGOPTIONS=f"-c search_path={args.schema}")
    with CpuSplit(pm, []) as cs:
        rc, out, err = run(cmd, timeout=duration + 30, env=env)
    if rc != 0:
        raise RunFailed(f"pgbench failed rc={rc}: {err[-1500:]}")
    if not logdir:
        return None
    tps = float(re.search(r"tps = ([\d.]+) \(without initial connection time\)", out).group(1))
    failed = re.search(r"number of failed transactions: (\d+)", out)
    lat = []
    for f in glob.glob(prefix + ".*"):
        with open(f) as fh:
            lat.extend(int(l.split()[2]) for l in fh if l.strip())
        os.remove(f)
    lat.sort()
    pc = lambda p: lat[min(len(lat) - 1, int(p / 100.0 * len(lat)))] / 1000.0
    return {
        "rps": round(tps, 1), "requests": len(lat), "p50_ms": pc(50), "p90_ms": pc(90),
        "p99_ms": pc(99), "max_ms": lat[-1] / 1000.0,
        "errors": int(failed.group(1)) if failed else 0, "graphql_errors": None,
        "socket_errors": 0, "avg_body_bytes": None, "cpu": cs.result, "raw_output": out,
    }


# ---------------------------------------------------------------- main
def main():
    global PGDATA
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--server", action="append", default=[], metavar="NAME=URL@PID[,PID]",
                    help="a GraphQL server; names starting with 'postgraphile' take PostGraphile's queries "
                         "and IDs, any other name Parley's")
    ap.add_argument("--queries-dir", default=os.path.join(HERE, "queries"))
    ap.add_argument("--sql-dir", default=os.path.join(HERE, "sql"))
    ap.add_argument("--questions", default=common.DEFAULT_QUESTIONS)
    ap.add_argument("--verified", help="verify.py --out file: statements per request; a server is loaded "
                                           "only with the questions it answered right there")
    ap.add_argument("--duration", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=5, help="seconds of load before each measured run")
    ap.add_argument("--prewarm", type=int, default=15,
                    help="seconds of load per question and server before the first measured run (0: none)")
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--threads", type=int, default=1, help="wrk -t / pgbench -j")
    ap.add_argument("--no-sql", action="store_true", help="skip the pgbench raw-SQL floor")
    ap.add_argument("--maxid", type=int, required=True, help="highest official id, for (a)")
    ap.add_argument("--ca", type=int, default=2, help="country A for (d)")
    ap.add_argument("--cb", type=int, default=3, help="country B for (d)")
    ap.add_argument("--cf", type=int, default=2, help="country of (f)")
    ap.add_argument("--pghost", default="127.0.0.1")
    ap.add_argument("--pgport", type=int, default=5432)
    ap.add_argument("--pguser", default="postgres")
    ap.add_argument("--db", default="parley_bench")
    ap.add_argument("--schema", default="parley")
    ap.add_argument("--pgdata", default=PGDATA)
    ap.add_argument("--out", required=True, help="directory for results.json, results.md and raw outputs")
    ap.add_argument("--title", default="", help="first line of results.md (e.g. the command)")
    ap.add_argument("--idle-threshold", type=float, default=15.0,
                    help="%% of one core; before each run wait until the machine is at most this busy")
    ap.add_argument("--wait-idle", type=int, default=60, help="max seconds to wait for idle before a run")
    ap.add_argument("--idle-sample", type=float, default=2.0, help="seconds over which idleness is measured")
    ap.add_argument("--max-other", type=float, default=15.0,
                    help="%% of one core used by other processes above which a measured run is redone")
    ap.add_argument("--retries", type=int, default=2, help="max redo count per measurement")
    ap.add_argument("--max-total", type=int, default=1800,
                    help="seconds; after this no more redos (each run is still bounded)")
    ap.add_argument("--render", metavar="RESULTS_JSON", help="only (re)write results.md of an earlier run")
    if "--render" in sys.argv:
        path = sys.argv[sys.argv.index("--render") + 1]
        d = json.load(open(path))
        text = table(d["meta"], d["results"])
        open(os.path.join(os.path.dirname(path), "results.md"), "w").write(text)
        print(text)
        return
    args = ap.parse_args()

    common.assert_loopback(args.pghost)
    servers = []
    for s in args.server:
        name, rest = s.split("=", 1)
        url, _, pids = rest.partition("@")
        common.assert_loopback(__import__("urllib.parse").parse.urlparse(url).hostname)
        servers.append((name, url, [int(p) for p in pids.split(",") if p.strip()]))
    all_pids = [p for _, _, ps in servers for p in ps]
    for tool in (["pgbench"] if not args.no_sql else []) + (["wrk"] if servers else []):
        if not shutil.which(tool):
            die(f"{tool} not found")
    verified = json.load(open(args.verified)) if args.verified else None
    statements = verified["statements"] if verified else {}

    PGDATA = args.pgdata
    pm = postmaster_pid(args.pgdata)
    os.makedirs(args.out, exist_ok=True)
    meta = {
        "title": args.title, "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "cores": os.cpu_count(), "uname": os.uname().release, "concurrency": args.concurrency,
        "duration_s": args.duration, "warmup_s": args.warmup, "prewarm_s": args.prewarm, "threads": args.threads,
        "maxid": args.maxid, "ca": args.ca, "cb": args.cb, "cf": args.cf,
        "idle_check_busy_pct": busy_now(2.0, all_pids), "servers": [s[0] for s in servers],
    }
    if meta["idle_check_busy_pct"] > args.idle_threshold:
        print(f"WARNING: machine not idle before the run: {meta['idle_check_busy_pct']}% of one core busy",
              file=sys.stderr)
    deadline = time.monotonic() + args.max_total

    def measure(name, warm, timed):
        """warm-up + measured run; redo (bounded) if other processes stole CPU during it."""
        for attempt in range(1, args.retries + 2):
            busy = wait_idle(args, all_pids)
            try:
                warm()
                r = timed()
            except (RunFailed, subprocess.TimeoutExpired) as e:
                if attempt > args.retries or time.monotonic() > deadline:
                    die(f"{name}: {e}")
                print(f"   {name}: run failed ({str(e)[:300]}); retrying in 10 s", file=sys.stderr)
                time.sleep(10)
                continue
            r["attempt"], r["busy_before_pct"] = attempt, busy
            r["contended"] = r["cpu"]["other_pct"] > args.max_other
            if not r["contended"] or attempt > args.retries or time.monotonic() > deadline:
                return r
            print(f"   {name}: {r['cpu']['other_pct']}% of a core used by other processes; redoing",
                  file=sys.stderr)

    # Warm every server on every question before the first measurement: a JVM compiles its hot paths during the
    # first minute under load, so a question measured early would otherwise be measured on a colder server.
    if args.prewarm > 0:
        for name, url, pids in servers:
            qdir = os.path.join(args.queries_dir, "postgraphile" if common.id_style(name) == "plain" else "parley")
            for letter in args.questions:
                gq = question_file(qdir, letter, "graphql")
                if not gq or letter not in QUESTIONS:
                    continue
                body_file = os.path.join(args.out, f"body_{name}_{letter}.json")
                open(body_file, "w").write(graphql_body(gq, letter, name, args))
                try:
                    wrk_run(args, url, body_file, letter, name, args.prewarm, pm, pids)
                except (RunFailed, subprocess.TimeoutExpired) as e:
                    print(f"[{letter}] {name}: warm-up failed ({str(e)[:200]})", file=sys.stderr)
        print(f"warmed up: every server on every question for {args.prewarm} s", file=sys.stderr)

    results = []
    for letter in args.questions:
        if letter not in QUESTIONS:
            die(f"unknown question {letter}")
        sql_file = question_file(args.sql_dir, letter, "sql")
        if not sql_file:
            print(f"[{letter}] {QUESTIONS[letter]}: no raw-SQL floor", file=sys.stderr)
        elif not args.no_sql:
            r = measure(f"[{letter}] raw-sql",
                        lambda: pgbench_run(args, sql_file, letter, args.warmup, pm),
                        lambda: pgbench_run(args, sql_file, letter, args.duration, pm, logdir=args.out))
            r.update(target="raw-sql", query=letter)
            open(os.path.join(args.out, f"raw-sql_{letter}.txt"), "w").write(r.pop("raw_output"))
            results.append(r)
            print(f"[{letter}] raw-sql: {r['rps']} rps p50 {r['p50_ms']} ms p99 {r['p99_ms']} ms "
                  f"err {r['errors']}", file=sys.stderr)
        for name, url, pids in servers:
            qdir = os.path.join(args.queries_dir, "postgraphile" if common.id_style(name) == "plain" else "parley")
            gq = question_file(qdir, letter, "graphql")
            verdict = verified["verify"].get(letter, {}).get(name, "not verified") if verified else "same"
            if not gq or not (verdict == "same" or verdict.startswith("answers")):
                print(f"[{letter}] {name}: skipped ({verdict if gq else 'no query'})", file=sys.stderr)
                results.append({"target": name, "query": letter, "skipped": verdict if gq else "no query"})
                continue
            body = graphql_body(gq, letter, name, args)
            body_file = os.path.join(args.out, f"body_{name}_{letter}.json")
            open(body_file, "w").write(body)
            smoke = body.replace('"__ID__"', json.dumps(common.encode_id(common.id_style(name), "Official", 1)))
            status, resp = common.post(url, smoke, timeout=10)
            if status != 200 or b'"errors"' in resp or b'"data"' not in resp:
                # a broken server is a finding, not a reason to lose the other rows
                print(f"[{letter}] {name}: smoke check failed: {status} {resp[:500]!r}", file=sys.stderr)
                results.append({"target": name, "query": letter, "errors": 1,
                                "skipped": f"failed before load: {resp[:200].decode(errors='replace')}"})
                continue
            r = measure(f"[{letter}] {name}",
                        lambda: wrk_run(args, url, body_file, letter, name, args.warmup, pm, pids),
                        lambda: wrk_run(args, url, body_file, letter, name, args.duration, pm, pids))
            r.update(target=name, query=letter, rss_mb=rss_mb(pids),
                     statements=statements.get(name, {}).get(letter))
            open(os.path.join(args.out, f"{name}_{letter}.txt"), "w").write(r.pop("raw_output"))
            results.append(r)
            print(f"[{letter}] {name}: {r['rps']} rps p50 {r['p50_ms']} ms p99 {r['p99_ms']} ms "
                  f"err {r['errors']} rss {r['rss_mb']} MB", file=sys.stderr)

    meta["finished"] = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    json.dump({"meta": meta, "results": results}, open(os.path.join(args.out, "results.json"), "w"), indent=1)
    text = table(meta, results)
    open(os.path.join(args.out, "results.md"), "w").write(text)
    print(text)
    errors = sum(r.get("errors", 0) for r in results)
    sys.exit(1 if errors else 0)


def fmt_int(x):
    return f"{x:,.0f}"


def table(meta, results):
    lines = []
    if meta.get("title"):
        lines += [meta["title"], ""]
    lines += [f"{meta['started']} to {meta['finished']}; {meta['cores']} cores shared by server, PostgreSQL "
              f"and load generator; concurrency {meta['concurrency']}, "
            f"{meta.get('prewarm_s', 0)} s of every question on every server first, then {meta['warmup_s']} s warm-up, "
              f"{meta['duration_s']} s measured; wrk/pgbench with {meta['threads']} thread(s); "
              f"busy before start: {meta['idle_check_busy_pct']}% of one core.",
              "",
              "| question | target | req/s | p50 ms | p99 ms | errors | x best PostGraphile | x raw SQL | "
              "SQL stmts/req | RSS MB | server CPU ms/req | PG CPU ms/req | other CPU % |",
              "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for letter in dict.fromkeys(r["query"] for r in results):
        rows = [r for r in results if r["query"] == letter]
        raw = next((r for r in rows if r["target"] == "raw-sql"), None)
        pg = [r for r in rows if r["target"].startswith("postgraphile") and not r.get("skipped")]
        best_pg = max(pg, key=lambda r: r["rps"]) if pg else None
        for r in rows:
            if r.get("skipped"):
                lines.append(f"| {letter} {QUESTIONS[letter]} | {r['target']} | not run: {r['skipped'][:120]} "
                             "| | | | | | | | | | |")
                continue
            c = r["cpu"]
            vs_pg = f"{r['rps'] / best_pg['rps']:.2f}" if best_pg and best_pg["rps"] and r is not best_pg and r["target"] != "raw-sql" \
                else ("best" if r is best_pg and len(pg) > 1 else "")
            vs_raw = f"{r['rps'] / raw['rps']:.2f}" if raw and raw["rps"] and r is not raw else ""
            st = r.get("statements")
            stmts = f"{st['queries']:g} (+{st['other']:g})" if st else ("-" if r["target"] == "raw-sql" else "")
            per_req = lambda pct: f"{10 * pct / r['rps']:.2f}" if r["rps"] else "-"
            srv = "-" if r["target"] == "raw-sql" else per_req(c["server_pct"])
            mark = " (CONTENDED)" if r.get("contended") else ""
            lines.append(
                f"| {letter} {QUESTIONS[letter]} | {r['target']}{mark} | {fmt_int(r['rps'])} | {r['p50_ms']:.2f} | "
                f"{r['p99_ms']:.2f} | {r['errors']} | {vs_pg} | {vs_raw} | {stmts} | "
                f"{r.get('rss_mb', '-')} | {srv} | {per_req(c['postgres_pct'])} | {c['other_pct']} |")
    lines += ["",
              "x best PostGraphile: req/s divided by that of the faster PostGraphile configuration in the same run; "
              "x raw SQL: divided by the raw-SQL floor (pgbench, one statement that returns the whole answer). "
              "SQL stmts/req: queries (+ other statements such as BEGIN/COMMIT) that PostgreSQL logged per request "
              "in a separate counting start (log_statement=all). RSS: resident memory after the measured run "
              "(all workers). CPU ms/req: CPU time per request of the server / of PostgreSQL. "
              "other CPU %: CPU used by anything else during the run, in % of one core; CONTENDED = above "
              "--max-other even after the redos."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
