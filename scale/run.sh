#!/usr/bin/env bash
# Parley scaled out on one machine, everything on 127.0.0.1: a PostgreSQL primary of its own (initdb, port 5441)
# and its streaming replica (pg_basebackup, port 5442), two packaged Parley instances (8181, 8182) that write to the
# primary and answer single-statement reads from the replica (the datasource "reads"), and HAProxy in front (8180).
# It shows, and fails unless: a subscriber on instance B hears a statement recorded through instance A; reads
# through the balancer keep answering while instance A is stopped and started again; subscribers on both instances
# lose no event across a restart of the primary. On the benchmark's data (bench/gen.sql at scale $SCALE_DATA, 1 by
# default) it measures the replica's lag, the requests per second of one instance and of two behind the balancer,
# and what a subscription costs (scale/cost.mjs), and writes them to $SCALE_WORK/results.md.
#   scale/run.sh [--no-build]      (about 4 minutes; needs Java 17 with jcmd, Node.js 20 with npm, PostgreSQL 15's server
#                                   binaries; installs HAProxy, wrk and socat from Debian's packages when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
W=${SCALE_WORK:-/tmp/parley-scale}
PG=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -n | tail -1)/bin
PRIMARY=5441 REPLICA=5442 A=8181 B=8182 LB=8180
DATA_SCALE=${SCALE_DATA:-1}     # the benchmark generator's scale (bench/gen.sql)
COST_SUBSCRIPTIONS=200 COST_EVENTS=20
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
READ='%7Bofficials(first%3A5)%7Bnodes%7Bname%20country%7Bname%7D%20positions%7Btitle%7D%7D%7D%7D'
# The same read as a POST body, for wrk and the benchmark's script that counts answers by status
BODY_QUERY='{ officials(first: 5) { nodes { name country { name } positions { title } } } }'
BUILD=1
[[ "${1:-}" == "--no-build" ]] && BUILD=0
START=$(date +%s)
log() { echo "[$(( $(date +%s) - START ))s] $*"; }

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -f "$W/haproxy.pid" ]] && kill "$(cat "$W/haproxy.pid")" 2>/dev/null || true
  for dir in replica primary; do
    [[ -d "$W/$dir" ]] && runuser -u postgres -- "$PG/pg_ctl" -D "$W/$dir" -m immediate stop >/dev/null 2>&1 || true
  done
}
trap cleanup EXIT

if (( BUILD )); then log "building"; ./mvnw -q package -DskipTests; fi
[[ -f "$JAR" ]] || { echo "$JAR is missing: run ./mvnw package first"; exit 1; }
command -v haproxy >/dev/null || { log "installing HAProxy"; DEBIAN_FRONTEND=noninteractive apt-get install -y haproxy >/dev/null; }
command -v wrk >/dev/null || { log "installing wrk"; DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >/dev/null; }
command -v socat >/dev/null || { log "installing socat"; DEBIAN_FRONTEND=noninteractive apt-get install -y socat >/dev/null; }
[[ -d scale/node_modules ]] || (cd scale && npm ci --no-audit --no-fund --loglevel=error)

log "a primary of its own and its streaming replica in $W"
rm -rf "$W" && mkdir -p "$W" && chown postgres "$W"
printf '{"query": "%s"}' "$BODY_QUERY" >"$W/read.json"
load() { # connections seconds url
  wrk -t2 -c"$1" -d"$2"s -s bench/wrk/status.lua "$3/graphql" -- "$W/read.json"
}
runuser -u postgres -- "$PG/initdb" -D "$W/primary" -A trust -U postgres >"$W/initdb.log"
cat >>"$W/primary/postgresql.conf" <<CONF
port = $PRIMARY
listen_addresses = '127.0.0.1'
unix_socket_directories = '$W'
wal_level = replica
max_wal_senders = 5
CONF
runuser -u postgres -- "$PG/pg_ctl" -D "$W/primary" -l "$W/primary.log" -w start >/dev/null
runuser -u postgres -- "$PG/pg_basebackup" -h 127.0.0.1 -p $PRIMARY -U postgres -D "$W/replica" -R -X stream
echo "port = $REPLICA" >>"$W/replica/postgresql.conf"
runuser -u postgres -- "$PG/pg_ctl" -D "$W/replica" -l "$W/replica.log" -w start >/dev/null
psql() { command psql -h 127.0.0.1 -U postgres -d postgres -Atq "$@"; }
[[ $(psql -p $REPLICA -c "SELECT pg_is_in_recovery()") == t ]] || { echo "the replica is not in recovery"; exit 1; }

start_instance() { # port
  nohup java -Xmx512m -XX:+ExitOnOutOfMemoryError -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$1" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:$PRIMARY/postgres" \
    -Dquarkus.datasource.jdbc.max-size=10 \
    -Dquarkus.datasource.reads.active=true \
    -Dquarkus.datasource.reads.jdbc.url="jdbc:postgresql://127.0.0.1:$REPLICA/postgres" \
    -Dquarkus.datasource.reads.jdbc.max-size=10 \
    -Dparley.limits.rate.enabled=false \
    -Dquarkus.security.users.embedded.users.editor=parley-dev \
    -Dquarkus.security.users.embedded.roles.editor=editor \
    -jar "$JAR" >>"$W/parley-$1.log" 2>&1 &
  pids+=($!)
  echo $! >"$W/parley-$1.pid"
}
await_ready() { # port
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$1/q/health/ready" >/dev/null && return 0
    sleep 0.5
  done
  echo "Parley on $1 did not get ready; its log:"; tail -30 "$W/parley-$1.log"; exit 1
}
log "two Parley instances on $A and $B, on the benchmark's data at scale $DATA_SCALE"
start_instance $A; await_ready $A
# A's start made the schema (Flyway); the benchmark's generator fills it, as bench/run.sh does
psql -p $PRIMARY -v ON_ERROR_STOP=1 -v scale="$DATA_SCALE" -v schema=parley -f bench/gen.sql >"$W/data.txt"
log "$(psql -p $PRIMARY -c "SELECT format('%s officials, %s meetings, %s statements', (SELECT count(*) FROM parley.official), (SELECT count(*) FROM parley.bilateral_meeting), (SELECT count(*) FROM parley.statement))")"
start_instance $B; await_ready $B
for port in $A $B; do curl -sf "http://127.0.0.1:$port/graphql?query=$READ" >/dev/null; done
[[ $(psql -p $REPLICA -c "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'parley-reads'") -ge 2 ]] \
  || { echo "the instances' single-statement reads do not reach the replica"; exit 1; }

cat >"$W/haproxy.cfg" <<CONF
global
  maxconn 2000
  stats socket $W/haproxy.sock mode 600 level admin
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout tunnel 1h
  option redispatch
  retries 3
  retry-on conn-failure empty-response response-timeout 503
frontend parley
  bind 127.0.0.1:$LB
  default_backend instances
backend instances
  balance roundrobin
  option httpchk GET /q/health/ready
  default-server inter 500ms fall 2 rise 2
  server a 127.0.0.1:$A check
  server b 127.0.0.1:$B check
CONF
haproxy -f "$W/haproxy.cfg" -D -p "$W/haproxy.pid"
servers_up() { # how many of the instances HAProxy sends requests to now
  echo 'show stat' | socat stdio "$W/haproxy.sock" | awk -F, '$1 == "instances" && $2 != "BACKEND" && $18 == "UP"' | wc -l
}
await_balanced() { # until HAProxy's health checks find both instances ready
  for _ in $(seq 1 120); do [[ $(servers_up) == 2 ]] && return 0; sleep 0.25; done
  echo "HAProxy does not find both instances ready:"; echo 'show stat' | socat stdio "$W/haproxy.sock"; exit 1
}
await_balanced
log "HAProxy on $LB in front of both"

log "replication lag"
lags=()
for i in 1 2 3 4 5; do
  name="scale lag probe $i $(date +%s%N)"
  t0=$(date +%s%N)
  curl -sf -u editor:parley-dev -H 'Content-Type: application/json' "http://127.0.0.1:$A/graphql" \
    -d "{\"query\":\"mutation { createTopic(input: {name: \\\"$name\\\"}) { topic { id } } }\"}" >/dev/null
  until [[ $(psql -p $REPLICA -c "SELECT count(*) FROM parley.topic WHERE name = '$name'") == 1 ]]; do sleep 0.002; done
  lags+=($(( ($(date +%s%N) - t0) / 1000000 )))
done
replay_lag=$(psql -p $PRIMARY -c "SELECT coalesce(replay_lag::text, '0') FROM pg_stat_replication")
log "a topic written through A was on the replica after ${lags[*]} ms (the mutation's answer included); pg_stat_replication.replay_lag ${replay_lag}"

log "subscribers: across instances and across a restart of the primary"
(cd scale && node check.mjs "http://127.0.0.1:$A" "http://127.0.0.1:$B" "http://127.0.0.1:$LB" \
  "runuser -u postgres -- $PG/pg_ctl -D $W/primary -m fast -w restart -l $W/primary.log >/dev/null") | tee "$W/check.txt"
[[ ${PIPESTATUS[0]} == 0 ]] || exit 1

# The restart of PostgreSQL made both instances unready for a moment (rightly: they could not read); HAProxy takes
# an instance back after two passing checks. The stop and start below begins with both in the balancer.
await_balanced
log "reads through the balancer while instance A is stopped and started again"
load 8 24 "http://127.0.0.1:$LB" >"$W/wrk-restart.txt" &
wrk_pid=$!
sleep 6; kill -TERM "$(cat "$W/parley-$A.pid")"; log "instance A stopped"
sleep 6; start_instance $A; await_ready $A; log "instance A started again"; await_balanced
wait $wrk_pid
non2xx=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$W/wrk-restart.txt" | grep -o '[0-9]*$' || echo 0)
socket=$(grep -o 'Socket errors:.*' "$W/wrk-restart.txt" || echo "Socket errors: none")
served=$(grep -o '[0-9]* requests in' "$W/wrk-restart.txt" | grep -o '^[0-9]*')
log "$served requests during the stop and start, $non2xx answered other than 2xx, $socket ($(grep -o 'statuses.*' "$W/wrk-restart.txt"))"
[[ "$non2xx" == 0 && "$socket" == "Socket errors: none" ]] || { cat "$W/wrk-restart.txt"; exit 1; }

log "requests per second: one instance, then two behind HAProxy (the same read, 20 s each, after 5 s of warm-up)"
rps() { load 16 5 "$1" >/dev/null; load 16 20 "$1" | grep -o 'Requests/sec: *[0-9.]*' | grep -o '[0-9.]*$'; }
one=$(rps "http://127.0.0.1:$A")
two=$(rps "http://127.0.0.1:$LB")
log "one instance: $one requests/s; two behind HAProxy: $two requests/s"

log "what a subscription costs: $COST_SUBSCRIPTIONS of them on instance B, $COST_EVENTS statements recorded through A"
(cd scale && node cost.mjs "http://127.0.0.1:$A" "http://127.0.0.1:$B" "$(cat "$W/parley-$B.pid")" \
  $COST_SUBSCRIPTIONS $COST_EVENTS) | tee "$W/cost.txt"
[[ ${PIPESTATUS[0]} == 0 ]] || exit 1

cat >"$W/results.md" <<MD
# scale/run.sh at $(git -C "$ROOT" rev-parse --short HEAD), $(date -u +%FT%TZ), $(nproc) cores

- data: the benchmark's generator at scale $DATA_SCALE, and the shipped article that instance B's start imported (at the end of the run: $(psql -p $PRIMARY -c "SELECT format('%s officials, %s meetings, %s statements', (SELECT count(*) FROM parley.official), (SELECT count(*) FROM parley.bilateral_meeting), (SELECT count(*) FROM parley.statement))"))

- replica: a topic written through instance A was visible on the replica after ${lags[*]} ms (from sending the
  mutation); pg_stat_replication.replay_lag after them: ${replay_lag}
- $(sed -n 1p "$W/check.txt")
- $(sed -n 3p "$W/check.txt")
- reads through HAProxy while instance A was stopped and started again: $served requests, $non2xx not 2xx, $socket
- $(cat "$W/cost.txt")
- the read \`$BODY_QUERY\` (POST, one SQL statement on the replica), wrk -t2 -c16 20 s: one instance $one requests/s, two behind HAProxy $two requests/s
MD
cat "$W/results.md"
log "done; logs in $W"
