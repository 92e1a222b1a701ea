#!/usr/bin/env bash
# network(level: COUNTRY) and statementCounts(by: TOPIC) under load, on the benchmark's database: the questions
# that the aggregates of migration V4 answer. Neither has a PostGraphile counterpart, so they are not among
# run.sh's questions; this reuses its database, port and wrk script.
#
#   bench/aggregates.sh [--app DIR] [--load SCALE] [--duration S] [--runs N]
#
# --app: a packaged Parley (default target/quarkus-app), e.g. a copy of an older build to compare with.
# --load SCALE: recreate parley_bench first: the app's migrations, then gen.sql at SCALE.
# Per question: one answer saved, a 15 s warm-up, then N runs (default 3) of wrk at 16 connections.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
DB=parley_bench PORT=8095 URL=http://127.0.0.1:8095/graphql
APP="$ROOT/target/quarkus-app" SCALE="" DURATION=20 RUNS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --app) APP="$2"; shift;;
    --load) SCALE="$2"; shift;;
    --duration) DURATION="$2"; shift;;
    --runs) RUNS="$2"; shift;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
  shift
done
OUT="$BENCH/results/aggregates-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true' EXIT

start() {
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_HTTP_PORT=$PORT PARLEY_DB_SCHEMA=parley timeout 3600 java -Xmx1g -XX:+ExitOnOutOfMemoryError \
    -Dparley.seed.enabled=false -Dparley.limits.rate.enabled=false -jar "$APP/quarkus-run.jar" > "$OUT/$1.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 600); do
    curl -sf -m 2 -H 'Content-Type: application/json' -d '{"query":"{__typename}"}' $URL >/dev/null && return 0
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.5
  done
  echo "Parley did not start: see $OUT/$1.log" >&2; exit 1
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

if [ -n "$SCALE" ]; then
  dropdb --if-exists --force "$DB"; createdb "$DB"
  start migrations; stop
  timeout 3600 psql -d "$DB" -X -q -v ON_ERROR_STOP=1 -v scale="$SCALE" -v schema=parley -f "$BENCH/gen.sql" > "$OUT/data.txt"
fi
start parley
grep -h "Migrating schema\|Successfully applied" "$OUT/parley.log" || true
for q in network statement_counts; do
  python3 -c "import json,sys; print(json.dumps({'query': open(sys.argv[1]).read()}))" \
    "$BENCH/queries/aggregates/$q.graphql" > "$OUT/body_$q.json"
  curl -s -H 'Content-Type: application/json' --data @"$OUT/body_$q.json" $URL > "$OUT/answer_$q.json"
  wrk -t1 -c16 -d15s -s "$BENCH/wrk/post.lua" $URL -- "$OUT/body_$q.json" > /dev/null
  for r in $(seq 1 "$RUNS"); do
    wrk -t1 -c16 -d"${DURATION}s" --latency --timeout 10s -s "$BENCH/wrk/post.lua" $URL -- "$OUT/body_$q.json" \
      > "$OUT/wrk_${q}_$r.txt"
    echo "$q run $r: $(grep -o 'Requests/sec: *[0-9.]*' "$OUT/wrk_${q}_$r.txt" | tr -s ' ')," \
      "$(grep -o 'graphql_errors=[0-9]*' "$OUT/wrk_${q}_$r.txt")," \
      "load average $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$OUT/summary.txt"
  done
done
echo "results: $OUT"
