#!/usr/bin/env bash
# Parley under load: the worst query the limits accept, overload (one client flooding; then many clients,
# as behind a proxy), a PostgreSQL outage under load, and a soak. Builds, loads the benchmark's data into a
# database of its own, starts the packaged Parley as the README runs it, and stops what it started.
# 127.0.0.1 only; every phase is bounded.
#
#   bench/load.sh                          # scale 0.3, 2,000 connections, 20 s outage, 10 min soak (~15 min)
#   bench/load.sh --soak-minutes 0         # without the soak
#   bench/load.sh --skip-data --no-build --phases overload
#
# Options: --scale S, --skip-data, --no-build, --connections N, --outage-seconds S, --soak-minutes M,
#   --phases LIST (comma-separated: worst,overload,outage,soak). Environment: PARLEY_JAVA_OPTS
#   (default -Xmx1g -XX:+ExitOnOutOfMemoryError). Stops PostgreSQL for the outage: run it on a machine of its own.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
DB=parley_load SCHEMA=parley PORT=8096
WORK="${BENCH_WORK:-/tmp/parley-load}"
JAVA_OPTS="${PARLEY_JAVA_OPTS:--Xmx1g -XX:+ExitOnOutOfMemoryError}"
SCALE=0.3 SKIP_DATA="" NO_BUILD="" CONNECTIONS=2000 OUTAGE=20 SOAK=10 PHASES=worst,overload,outage,soak
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE="$2"; shift;;
    --skip-data) SKIP_DATA=1;;
    --no-build) NO_BUILD=1;;
    --connections) CONNECTIONS="$2"; shift;;
    --outage-seconds) OUTAGE="$2"; shift;;
    --soak-minutes) SOAK="$2"; shift;;
    --phases) PHASES="$2"; shift;;
    -h|--help) sed -n '2,13p' "$0"; exit 0;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
  shift
done
mkdir -p "$WORK"
T0=$(date +%s)
log() { echo "[$(( $(date +%s) - T0 ))s] $*" >&2; }
command -v wrk >/dev/null || timeout 300 apt-get install -y -q wrk >/dev/null
ulimit -n 65536 2>/dev/null || true

PARLEY_PID=""
stop_parley() {
  [ -n "$PARLEY_PID" ] || return 0
  kill "$PARLEY_PID" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$PARLEY_PID" 2>/dev/null || break; sleep 0.25; done
  kill -9 "$PARLEY_PID" 2>/dev/null || true
  PARLEY_PID=""
}
trap stop_parley EXIT

start_parley() {   # extra -D options...
  stop_parley
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_HTTP_PORT=$PORT PARLEY_SEED_ENABLED=false \
  QUARKUS_SECURITY_USERS_EMBEDDED_USERS_LOADER=load-test QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_LOADER=editor \
    timeout 7200 java $JAVA_OPTS "$@" -jar "$ROOT/target/quarkus-app/quarkus-run.jar" > "$WORK/parley.log" 2>&1 &
  PARLEY_PID=$!
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' \
      "http://127.0.0.1:$PORT/graphql" && break
    kill -0 "$PARLEY_PID" 2>/dev/null || { tail -20 "$WORK/parley.log" >&2; exit 1; }
    sleep 0.5
  done
  JVM=$(pgrep -P "$PARLEY_PID" java || echo "$PARLEY_PID")
}

phase() {   # name, then options for load.py
  local name="$1"; shift
  timeout 3600 "$BENCH/load.py" --port $PORT --pid "$JVM" --db $DB --schema $SCHEMA --editor loader:load-test \
    --work "$WORK" --phase "$name" "$@"
}

if [ -z "$NO_BUILD" ]; then
  log "building Parley"
  (cd "$ROOT" && timeout 900 ./mvnw -B -q package -DskipTests)
fi
if [ -z "$SKIP_DATA" ]; then
  log "recreating database $DB at scale $SCALE"
  dropdb --if-exists --force "$DB"
  createdb "$DB"
  start_parley     # Flyway creates the schema
  timeout 600 psql -d "$DB" -X -q -v ON_ERROR_STOP=1 -v scale="$SCALE" -v schema=$SCHEMA -f "$BENCH/gen.sql" >/dev/null
else   # the data already loaded decides the scale: gen.sql records it with the data
  if ! SCALE=$(psql -d "$DB" -XAtq -v ON_ERROR_STOP=1 \
                 -c "SELECT scale FROM bench_meta.generated WHERE schema_name = '$SCHEMA'" 2>&1) || [ -z "$SCALE" ]; then
    echo "--skip-data: $DB records no scale for schema $SCHEMA${SCALE:+ ($SCALE)}: run without --skip-data" >&2
    exit 1
  fi
fi

echo "# bench/load.sh at scale $SCALE, commit $(git -C "$ROOT" rev-parse --short HEAD), java $JAVA_OPTS"
RC=0
if [[ ",$PHASES," == *",worst,"* ]]; then
  log "the worst accepted query"
  start_parley -Dparley.limits.rate.enabled=false
  echo "## The costliest query the default limits accept"
  phase worst || RC=1
fi
if [[ ",$PHASES," == *",overload,"* ]]; then
  log "overload, as shipped (rate limits on): one client floods"
  start_parley
  echo "## Overload from one client, rate limits on"
  phase overload --connections "$CONNECTIONS" || RC=1
  log "overload, rate limits off: as many clients behind one proxy address"
  start_parley -Dparley.limits.rate.enabled=false
  echo "## Overload, rate limits off (only the line bounds it)"
  phase overload --connections "$CONNECTIONS" || RC=1
fi
if [[ ",$PHASES," == *",outage,"* ]]; then
  log "PostgreSQL outage under load"
  start_parley -Dparley.limits.rate.enabled=false
  echo "## PostgreSQL stopped for $OUTAGE s under load (8 readers, 4 writers)"
  phase outage --outage-seconds "$OUTAGE" || RC=1
fi
if [[ ",$PHASES," == *",soak,"* ]] && [ "$SOAK" != 0 ]; then
  log "soak, $SOAK min"
  start_parley -Dparley.limits.rate.enabled=false
  echo "## Soak"
  phase soak --soak-minutes "$SOAK" || RC=1
fi
log "done"
exit $RC
