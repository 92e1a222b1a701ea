#!/usr/bin/env python3
"""Check that each server answers each question with the same data as the raw-SQL floor, and
(optionally) count the SQL statements each server sends per request.

  ./verify.py --server parley=http://127.0.0.1:8095/graphql \
              --server postgraphile=http://127.0.0.1:5678/graphql [--questions abcdef]
              [--pglog /var/log/postgresql/postgresql-15-main.log --count 20] [--out verify.json]

Comparison: the floor's SQL (sql/<letter>_*.sql, Parley's exact JSON) is run through psql with
the same ids; both answers are brought to one normal form (common.canon: connections as lists,
PostGraphile's names as Parley's, IDs as database ids) and must be equal.

Counting: the servers must have been started with `log_statement=all` on their own connections
(run.sh does so for a separate counting start). For each server and question, `--count` requests
are sent one after another and the statements PostgreSQL logged for database --db in the meantime
are counted: queries (SELECT/WITH) and the rest (BEGIN, COMMIT, SET ...). Exits 1 on any
difference or error; a question whose fields a server does not have yet is reported as missing
(a failure only with --strict).
"""
import argparse, json, os, re, subprocess, sys, time
import common
from common import HERE, QUESTIONS, canon, first_diff, question_file, variables

QUERY_DIRS = {"global": "parley", "plain": "postgraphile"}


def sql_answer(args, letter, values):
    sql_file = question_file(args.sql_dir, letter, "sql")
    if not sql_file:
        return None
    sql = re.sub(r"^\\set .*$", "", open(sql_file).read(), flags=re.M)
    for k, v in {"id": values.get("id", 1), "ca": args.ca, "cb": args.cb, "cf": args.cf, "maxid": 1}.items():
        sql = re.sub(rf":{k}\b", str(v), sql)
    env = dict(os.environ, PGOPTIONS=f"-c search_path={args.schema}")
    p = subprocess.run(["psql", "-h", args.pghost, "-p", str(args.pgport), "-U", args.pguser, "-d", args.db,
                        "-X", "-At", "-v", "ON_ERROR_STOP=1"], input=sql, capture_output=True, text=True,
                       timeout=120, env=env)
    if p.returncode != 0:
        common.die(f"[{letter}] psql failed: {p.stderr}")
    return json.loads(p.stdout)


def values_for(args, letter, i=0):
    """db ids for a question; the i-th variant for (a) walks over several officials."""
    return {"a": {"id": 1 + (i * 677) % args.maxid}, "d": {"a": args.ca, "b": args.cb},
            "f": {"id": args.cf}}.get(letter, {})


def ask(url, server, letter, values):
    style = common.id_style(server)
    qfile = question_file(os.path.join(args_g.queries_dir, QUERY_DIRS[style]), letter, "graphql")
    if not qfile:
        return None, "no query"
    body = {"query": open(qfile).read()}
    v = variables(letter, style, values) if values else None
    if v:
        body["variables"] = v
    status, resp = common.post(url, json.dumps(body))
    if status == 0:
        return None, resp.decode()
    try:
        doc = json.loads(resp)
    except ValueError:
        return None, f"HTTP {status}: {resp[:300]!r}"
    if status != 200 or "errors" in doc or "data" not in doc:
        errs = doc.get("errors") or []
        undefined = [e.get("extensions", {}).get("queryPath") for e in errs
                     if e.get("extensions", {}).get("validationErrorType") == "FieldUndefined"]
        if undefined and len(undefined) == len(errs):
            return None, "missing in the API: " + ", ".join(".".join(p or []) for p in undefined)
        return None, f"HTTP {status}: {json.dumps(doc.get('errors', doc))[:400]}"
    return doc, None


def log_size(path):
    return os.path.getsize(path)


def read_from(path, offset):
    with open(path, "rb") as f:
        f.seek(offset)
        return f.read().decode(errors="replace")


STMT = re.compile(r"@(\S+) LOG:  (?:statement|execute [^:]*): (.*)")


def count_statements(text, db):
    queries = other = 0
    for line in text.splitlines():
        m = STMT.search(line)
        if not m or m.group(1) != db:
            continue
        if re.match(r"\s*\(?\s*(select|with|values)\b", m.group(2), re.I):
            queries += 1
        else:
            other += 1
    return queries, other


def main():
    global args_g
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--server", action="append", required=True, metavar="NAME=URL",
                    help="a server to check; names starting with 'postgraphile' take PostGraphile's queries")
    ap.add_argument("--questions", default=common.DEFAULT_QUESTIONS)
    ap.add_argument("--queries-dir", default=os.path.join(HERE, "queries"))
    ap.add_argument("--sql-dir", default=os.path.join(HERE, "sql"))
    ap.add_argument("--db", default="parley_bench")
    ap.add_argument("--schema", default="parley")
    ap.add_argument("--pghost", default="127.0.0.1")
    ap.add_argument("--pgport", type=int, default=5432)
    ap.add_argument("--pguser", default="postgres")
    ap.add_argument("--maxid", type=int, required=True, help="highest official id")
    ap.add_argument("--ca", type=int, default=2)
    ap.add_argument("--cb", type=int, default=3)
    ap.add_argument("--cf", type=int, default=2)
    ap.add_argument("--variants", type=int, default=3, help="officials checked for (a)")
    ap.add_argument("--pglog", help="PostgreSQL log file, to count statements per request")
    ap.add_argument("--count", type=int, default=0, help="requests per question for the statement count")
    ap.add_argument("--out", help="write the findings as JSON here")
    ap.add_argument("--strict", action="store_true", help="a field missing in a server's API is a failure too")
    args = args_g = ap.parse_args()

    servers = [tuple(s.split("=", 1)) for s in args.server]
    for _, url in servers:
        common.assert_loopback(__import__("urllib.parse").parse.urlparse(url).hostname)
    ok = True
    report = {"verify": {}, "statements": {}}
    for letter in args.questions:
        if letter not in QUESTIONS:
            common.die(f"unknown question {letter}")
        report["verify"][letter] = {}
        variants = args.variants if letter == "a" else 1
        wants = [sql_answer(args, letter, values_for(args, letter, i)) for i in range(variants)]
        if wants[0] is None:
            # nothing to compare with: a server must still answer without errors to be measured
            for name, url in servers:
                got, err = ask(url, name, letter, values_for(args, letter))
                verdict = err or "answers (no raw-SQL floor to compare with)"
                report["verify"][letter][name] = verdict
                ok &= err is None or err == "no query" or (not args.strict and err.startswith("missing in the API"))
                print(f"[{letter}] {name}: {verdict}")
            continue
        for name, url in servers:
            verdict = "same"
            for i, want in enumerate(wants):
                got, err = ask(url, name, letter, values_for(args, letter, i))
                if err:
                    verdict = err
                    break
                d = first_diff(canon(got), canon(want))
                if d:
                    verdict = f"DIFFERENT at {d}"
                    break
            report["verify"][letter][name] = verdict
            bad = verdict != "same" and verdict != "no query" and \
                (args.strict or not verdict.startswith("missing in the API"))
            ok &= not bad
            size = len(json.dumps(wants[0], separators=(",", ":")))
            print(f"[{letter}] {name}: {verdict} ({size} bytes as JSON)")

    if args.pglog and args.count:
        for name, url in servers:
            report["statements"][name] = {}
            for letter in args.questions:
                if report["verify"].get(letter, {}).get(name) != "same":
                    continue
                time.sleep(0.5)
                start = log_size(args.pglog)
                for i in range(args.count):
                    ask(url, name, letter, values_for(args, letter, i))
                time.sleep(1.0)    # the logger writes asynchronously
                q, o = count_statements(read_from(args.pglog, start), args.db)
                per = {"queries": round(q / args.count, 2), "other": round(o / args.count, 2)}
                report["statements"][name][letter] = per
                print(f"[{letter}] {name}: {per['queries']} queries + {per['other']} other statements per request")
    if args.out:
        json.dump(report, open(args.out, "w"), indent=1)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
