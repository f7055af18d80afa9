#!/usr/bin/env bash
# Event ingestion (issue 5): a raw PostgreSQL COPY of N generated event rows into the same table
# layout, then the same N events through the HTTP API (POST .../events:batch, batches of 1,000,
# CLIENTS requests in flight), in the same run on the same PostgreSQL; events/s of both, their
# ratio, and the backend's peak RSS (sampled every second) during the HTTP run.
#
#   bench/ingest.sh [N]      default 1000000; CLIENTS (4), NGROUPS (1500), USERS (200000),
#                            ORDER (live | backfill: see bench/ingest-client.mjs), WARMUP (500000)
#
# WARMUP events (other platform event ids, USERS/4 other people, the same groups: the timed run's
# people are all new to the server, and the identity cache stays under its bound) go through the API first,
# untimed, and are folded into the rollups before the timed run starts: a fresh JVM compiles the
# ingestion path for its first ~700,000 events (the JIT compiler threads took 22 s of the
# backend's 58 s of CPU in a 1M run after a 50,000-event warm-up; 100,000-event rounds on one JVM
# spent 5.9, 2.4, 3.7, 2.7, 1.7, 1.4, 0.8, 0.5 s compiling), which a server that runs for days
# pays once. What is left of it in the timed run is printed ("JIT compiler ... of it").
#
# Uses its own data dir and ports, so it never touches ./run (54329/8080/5173):
#   SHEQUN_DATA_DIR (/tmp/shequn-bench-ingest-N, wiped at start: every run starts empty),
#   SHEQUN_PG_PORT (54359), SHEQUN_BACKEND_PORT (18091). The backend runs with
#   BACKEND_JAVA_OPTS (default -Xmx512m: the heap is capped so that RSS stays under 1 GB).
# HUGE_PAGES=1 (needs root) reserves 2 MB pages for PostgreSQL's shared buffers for the run
# (vm.nr_hugepages, put back afterwards); PostgreSQL's huge_pages=try takes them. The output
# says whether PostgreSQL runs on them (huge_pages_status).
# Needs Keycloak serving the realm on :8180 (scripts/keycloak.sh start) and the packaged backend
# (cd backend && ./mvnw -q -DskipTests package). Steps:
#   1. embedded PostgreSQL 17, the backend with the demo data (workspace + partner client);
#   2. NGROUPS wechat groups bench-g-<k> in the demo workspace (SQL);
#   3. raw COPY: schema raw with the event tables of V6 and V10 (partitioned by month, primary
#      key, the two indexes, event_key), rows written to a CSV file first (untimed), then timed:
#      \copy raw.event (N rows) and \copy raw.event_key (the same N keys);
#   4. HTTP: bench/ingest-client.mjs http (members are created by the events, as in production).
# Raw output: bench/results/ingest-N-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000000}"
CLIENTS="${CLIENTS:-4}"
NGROUPS="${NGROUPS:-1500}"
USERS="${USERS:-200000}"
ORDER="${ORDER:-live}"
WARMUP="${WARMUP:-500000}"
export SHEQUN_DATA_DIR="${SHEQUN_DATA_DIR:-/tmp/shequn-bench-ingest-$N}"
export SHEQUN_PG_PORT="${SHEQUN_PG_PORT:-54359}" SHEQUN_BACKEND_PORT="${SHEQUN_BACKEND_PORT:-18091}"
export SHEQUN_DEMO_DATA_ENABLED=true
export BACKEND_JAVA_OPTS="${BACKEND_JAVA_OPTS:--Xmx512m}"
# PROFILE=1: a JFR recording of the backend and pg_stat_statements' top statements, in the output
PROFILE="${PROFILE:-0}"
if [ "$PROFILE" = 1 ]; then
  export SHEQUN_PG_PRELOAD=pg_stat_statements
  BACKEND_JAVA_OPTS="$BACKEND_JAVA_OPTS -XX:StartFlightRecording=settings=profile,jdk.ExecutionSample#period=2ms,dumponexit=true,filename=${SHEQUN_DATA_DIR:-/tmp/shequn-bench-ingest-$N}/backend.jfr"
fi
WS=0190f0e0-0000-7000-8000-000000000001
source bench/lib.sh
mkdir -p bench/results
OUT="bench/results/ingest-$ORDER-$N-$(date -u +%Y%m%dT%H%M%SZ).txt"

require_keycloak
port_open "$SHEQUN_PG_PORT" && die "port $SHEQUN_PG_PORT is in use"
port_open "$SHEQUN_BACKEND_PORT" && die "port $SHEQUN_BACKEND_PORT is in use"
rm -rf "$SHEQUN_DATA_DIR"
mkdir -p "$SHEQUN_DATA_DIR/logs"
hugepages_before=$(cat /proc/sys/vm/nr_hugepages)
if [ "${HUGE_PAGES:-0}" = 1 ]; then
  # the shared buffers (2 GB, SHEQUN_PG_SHARED_BUFFERS) and PostgreSQL's other shared memory
  echo 1150 > /proc/sys/vm/nr_hugepages || die "HUGE_PAGES=1 needs root (vm.nr_hugepages)"
fi
bench_stack 'echo "$hugepages_before" > /proc/sys/vm/nr_hugepages 2>/dev/null || true'
backend_pid=$(cat "$(pid_file backend)")

{
echo "date: $(date -u +%FT%TZ); commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (+ uncommitted changes)'); cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "N=$N ORDER=$ORDER WARMUP=$WARMUP ANALYZE_FIRST=${ANALYZE_FIRST:-1} CLIENTS=$CLIENTS NGROUPS=$NGROUPS USERS=$USERS BACKEND_JAVA_OPTS=$BACKEND_JAVA_OPTS"
echo "PostgreSQL on huge pages: $("$PSQL" -X -Atq "$DB" -c 'show huge_pages_status')"

"$PSQL" -X -q "$DB" -v ON_ERROR_STOP=1 <<SQL
insert into chat_group (workspace_id, group_id, name, platform, platform_group_id, purpose, entry_threshold, status,
                        hard_limit, target_size, created_at, updated_at)
select '$WS', gen_random_uuid(), 'bench ' || k, 'wechat', 'bench-g-' || k, 'deals', 'none', 'active', 10000, 200, now(), now()
from generate_series(0, $NGROUPS - 1) k;
analyze chat_group;
create schema raw;
SQL
# the same layout: V6 and V10 (the covering group index) applied to schema raw
{ echo "set search_path = raw, public;"; cat backend/src/main/resources/db/migration/V6__events.sql \
    backend/src/main/resources/db/migration/V10__event_group_covering.sql; } \
  | "$PSQL" -X -q "$DB" -v ON_ERROR_STOP=1 >/dev/null

csv="$SHEQUN_DATA_DIR/events.csv"
node bench/ingest-client.mjs csv --n "$N" --order "$ORDER" --groups "$NGROUPS" --users "$USERS" --ws "$WS" --out "$csv"
# event_key rows of the same events (a 32-byte payload hash, as the API stores)
cut -d, -f1,8,9,2,3 "$csv" | awk -F, '{h = $2; gsub("-", "", h); print $1","$4","$5","$2","$3",\\x"h h}' > "$SHEQUN_DATA_DIR/keys.csv"
"$PSQL" -X -q "$DB" -c "checkpoint" >/dev/null
t0=$(date +%s.%N)
"$PSQL" -X -q "$DB" -v ON_ERROR_STOP=1 -c "\\copy raw.event from '$csv' with (format csv)"
t1=$(date +%s.%N)
"$PSQL" -X -q "$DB" -v ON_ERROR_STOP=1 -c "\\copy raw.event_key from '$SHEQUN_DATA_DIR/keys.csv' with (format csv)"
t2=$(date +%s.%N)
copy_s=$(echo "$t1 - $t0" | bc -l)
keys_s=$(echo "$t2 - $t1" | bc -l)
copy_rate=$(echo "$N / $copy_s" | bc)
both_rate=$(echo "$N / ($copy_s + $keys_s)" | bc)
printf 'raw COPY into event: %d rows in %.1f s = %d rows/s; + event_key: %.1f s more = %d rows/s for both\n' \
  "$N" "$copy_s" "$copy_rate" "$keys_s" "$both_rate"
# measured: out of the way, so its pages do not take the shared buffers the product's tables need
"$PSQL" -X -q "$DB" -c "drop schema raw cascade" >/dev/null
"$PSQL" -X -q "$DB" -c "checkpoint" >/dev/null

# CPU seconds (user + system) of a process and its children, living and exited: where the time
# of the HTTP run goes (backend JVM, PostgreSQL's postmaster with its backends, the client)
cpu_ticks() {
  local pid=$1 t=0 kid
  [ -r "/proc/$pid/stat" ] || { echo 0; return; }
  t=$(awk '{sub(/^.*\) /, ""); print $12 + $13 + $14 + $15}' "/proc/$pid/stat")
  for kid in $(cat "/proc/$pid/task/"*/children 2>/dev/null); do t=$((t + $(cpu_ticks "$kid"))); done
  echo "$t"
}
# CPU ticks (user + system) of one process or thread, from its stat file
own_ticks() {
  awk '{sub(/^.*\) /, ""); print $12 + $13}' "$1/stat" 2>/dev/null
}
# CPU ticks of the backend's JIT compiler threads: compilation still going on during the timed run
jit_ticks() {
  local t=0 task
  for task in /proc/"$1"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in C1\ Compiler*|C2\ Compiler*) t=$((t + $(own_ticks "$task"))) ;; esac
  done
  echo "$t"
}
wait_rollups() {
  until [ "$("$PSQL" -X -At "$DB" -c "select count(*) from rollup_queue")" = 0 ]; do sleep 0.2; done
}
if [ "$WARMUP" -gt 0 ]; then
  node bench/ingest-client.mjs http --n "$WARMUP" --prefix bench-w- --people bench-wu- --order "$ORDER" --groups "$NGROUPS" --users "$((USERS / 4))" \
    --ws "$WS" --base "http://127.0.0.1:$SHEQUN_BACKEND_PORT" --kc "$KC" --clients "$CLIENTS" 2> "$SHEQUN_DATA_DIR/logs/warmup.log" \
    | head -1 | sed 's/^/warm-up (untimed): /'
  wait_rollups
fi
# The timed run starts where a server that has been running stands:
# - with planner statistics on every table. A fresh database has none until autovacuum first
#   analyzes it, a minute or more after it was created; without them the probes of the ingestion
#   path (a joined event's stays in its group, say) can take plans that scan whole groups, and
#   whether that first ANALYZE fell before or inside the timed run changed PostgreSQL's CPU per
#   event by half (docs/benchmarks.md, section 3);
# - writing its WAL into segments recycled at checkpoints (min_wal_size keeps them): a fresh
#   cluster creates and zero-fills every segment, 7 % of PostgreSQL's CPU samples in a timed run.
#   ANALYZE_FIRST=0 leaves the statistics to autovacuum, as on a database created a minute ago.
[ "${ANALYZE_FIRST:-1}" = 0 ] || "$PSQL" -X -q "$DB" -c "analyze" >/dev/null
"$PSQL" -X -q "$DB" -c "checkpoint" >/dev/null
wal_files() { ls "$SHEQUN_DATA_DIR/postgres/pg_wal" | grep -c '^[0-9A-F]\{24\}$'; }
wal_files0=$(wal_files)
autovacuum_runs() {
  "$PSQL" -X -At "$DB" -c "select coalesce(sum(autovacuum_count), 0) from pg_stat_user_tables"
}
autovacuum0=$(autovacuum_runs)
pg_pid=$(head -1 "$SHEQUN_DATA_DIR/postgres/postmaster.pid")
hz=$(getconf CLK_TCK)
if [ "$PROFILE" = 1 ]; then
  "$PSQL" -X -q "$DB" -c "create extension if not exists pg_stat_statements" -c "select pg_stat_statements_reset()" >/dev/null
fi
cpu_backend0=$(cpu_ticks "$backend_pid"); cpu_pg0=$(cpu_ticks "$pg_pid"); jit0=$(jit_ticks "$backend_pid")
"$PSQL" -X -q "$DB" -c "select pg_stat_reset_shared('wal')" >/dev/null

rss_log="$SHEQUN_DATA_DIR/logs/rss.log"
( while kill -0 "$backend_pid" 2>/dev/null; do ps -o rss= -p "$backend_pid" >> "$rss_log" || true; sleep 1; done ) &
sampler=$!
# autovacuum's share of PostgreSQL's CPU: its workers' CPU ticks, sampled every half second (what a
# worker spends after its last sample is missed, so this is a lower bound)
av_log="$SHEQUN_DATA_DIR/logs/autovacuum-cpu.log"
: > "$av_log"
( while kill -0 "$backend_pid" 2>/dev/null; do
    for p in $(pgrep -f '^postgres: autovacuum worker' || true); do
      ticks=$(own_ticks "/proc/$p") && [ -n "$ticks" ] && echo "$p $ticks" >> "$av_log"
    done
    sleep 0.5
  done ) &
av_sampler=$!
http_out=$(/usr/bin/time -f '%U %S' -o "$SHEQUN_DATA_DIR/logs/client.cpu" node bench/ingest-client.mjs http --n "$N" --order "$ORDER" --groups "$NGROUPS" --users "$USERS" --ws "$WS" \
  --base "http://127.0.0.1:$SHEQUN_BACKEND_PORT" --kc "$KC" --clients "$CLIENTS" 2> "$SHEQUN_DATA_DIR/logs/client.log")
# the metric rollups are folded in behind the acknowledgements (docs/metrics.md, Freshness): wait
# until the queue is empty, and count that time too
c0=$(date +%s.%N)
wait_rollups
catchup_s=$(echo "$(date +%s.%N) - $c0" | bc -l)
kill "$sampler" "$av_sampler" 2>/dev/null || true
cpu_backend=$(( $(cpu_ticks "$backend_pid") - cpu_backend0 )); cpu_pg=$(( $(cpu_ticks "$pg_pid") - cpu_pg0 ))
jit=$(( $(jit_ticks "$backend_pid") - jit0 ))
awk -v b="$cpu_backend" -v p="$cpu_pg" -v j="$jit" -v hz="$hz" -v n="$N" '{c = $1 + $2}
  END {printf "CPU during the HTTP run and the catch-up: backend %.1f s (JIT compiler %.1f s of it), PostgreSQL %.1f s, client %.1f s = %.0f / %.0f / %.0f us per event\n",
       b/hz, j/hz, p/hz, c, b/hz/n*1e6, p/hz/n*1e6, c/n*1e6}' "$SHEQUN_DATA_DIR/logs/client.cpu"
echo "$http_out" | head -2
http_s=$(echo "$http_out" | tail -1 | sed -n 's/.*"seconds":\([0-9.]*\).*/\1/p')
printf 'rollups caught up %.1f s after the last acknowledgement: %d events/s with every metric fresh\n' \
  "$catchup_s" "$(echo "$N / ($http_s + $catchup_s)" | bc)"
http_rate=$(echo "$N / ($http_s + $catchup_s)" | bc)
printf 'ratio HTTP / raw COPY into event: %.2f; HTTP / COPY into event + event_key: %.2f\n' \
  "$(echo "$http_rate / $copy_rate" | bc -l)" "$(echo "$http_rate / $both_rate" | bc -l)"
sort -n "$rss_log" | tail -1 | awk '{printf "backend peak RSS during the HTTP run: %d MB (sampled every second)\n", $1/1024}'
"$PSQL" -X -At "$DB" -c "select 'stored: ' || (select count(*) from event) || ' events, ' || (select count(*) from member)
  || ' members, ' || (select count(*) from membership) || ' memberships; database ' || pg_size_pretty(pg_database_size('shequn'))"
# WAL written during the HTTP run and the catch-up: records, full-page images (the first change
# of a page after a checkpoint logs the whole page) and bytes, per event
"$PSQL" -X -At "$DB" -c "select format('WAL per event: %s records, %s full-page images, %s bytes (%s MB in all)',
  round(wal_records::numeric / $N, 1), round(wal_fpi::numeric / $N, 2), round(wal_bytes / $N), round(wal_bytes / 1048576)) from pg_stat_wal"
# work of the run that a short run may or may not catch: autovacuum (its CPU counts in PostgreSQL's)
# and WAL segments created (zero-filled) rather than recycled
echo "autovacuum runs during the HTTP run: $(( $(autovacuum_runs) - autovacuum0 )) ($(awk -v hz="$hz" '{if ($2 > m[$1]) m[$1] = $2}
  END {for (p in m) t += m[p]; printf "at least %.1f s of PostgreSQL'"'"'s CPU", t / hz}' "$av_log")); WAL segments created: $(( $(wal_files) - wal_files0 ))"
# updates that had to add index entries (not HOT): each costs an insertion into every index of the table
"$PSQL" -X -At "$DB" -c "select 'updates (HOT share): ' || string_agg(relname || ' ' || n_tup_upd || ' (' || round(100.0 * n_tup_hot_upd / n_tup_upd) || ' %)', ', ' order by n_tup_upd desc)
  from pg_stat_user_tables where n_tup_upd > 1000"
if [ "$PROFILE" = 1 ]; then
  "$PSQL" -X "$DB" -c "select round(total_exec_time::numeric / 1000, 1) as total_s, calls, round((total_exec_time / greatest(calls, 1))::numeric, 2) as ms_per_call,
      rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as query from pg_stat_statements order by total_exec_time desc limit 20"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "$OUT"
