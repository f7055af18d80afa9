#!/usr/bin/env bash
# CPU seconds PostgreSQL spends on a COPY of the ingestion benchmark's event rows into copies of
# the event layout (V6 + V10), read from /proc/<pid>/stat of the backend serving the COPY
# (steadier than wall time on a shared machine; still noisy: run the rounds, compare within one run).
#
#   bench/copy-cpu.sh layouts   the 1M-row CSV into three layouts, in turn, ROUNDS (3) times:
#                               with the primary key (pk), without it (nopk), with a BRIN index on
#                               event_id instead (brin)
#   bench/copy-cpu.sh chunks    its first 200,000 rows as one COPY, as 200 COPYs of 1,000 rows
#                               into event, and as 200 COPYs into event_default directly
#   bench/copy-cpu.sh collation the run's 1M event keys (keys.csv) into event_key as V6 made it
#                               (platform ids under the database's collation: C.UTF-8 for the
#                               embedded server), the same under a linguistic collation (en-US-x-icu,
#                               as a database created with an en_US or zh_CN locale compares them),
#                               and as V15 makes it (collate "C"), in turn, ROUNDS times
#
# Needs the data dir of a `bench/ingest.sh 1000000` run (its events.csv and database); starts its
# PostgreSQL if it is not running: SHEQUN_DATA_DIR (/tmp/shequn-bench-ingest-1000000),
# SHEQUN_PG_PORT (54359). Works in schemas x_* of its own, dropped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
export SHEQUN_DATA_DIR="${SHEQUN_DATA_DIR:-/tmp/shequn-bench-ingest-1000000}" SHEQUN_PG_PORT="${SHEQUN_PG_PORT:-54359}"
MODE="${1:-layouts}"
ROUNDS="${ROUNDS:-3}"
csv="$SHEQUN_DATA_DIR/events.csv"
source bench/lib.sh
[ -f "$csv" ] || die "no $csv: run bench/ingest.sh 1000000 first"
port_open "$SHEQUN_PG_PORT" || start_postgres >/dev/null
psql_() { "$PSQL" -X -q "$DB" -v ON_ERROR_STOP=1 "$@"; }

# schema $1 with the event tables of V6 and V10, changed as layout $2 says
layout() {
  psql_ -c "drop schema if exists $1 cascade; create schema $1" >/dev/null 2>&1
  { echo "set search_path = $1, public;"
    cat backend/src/main/resources/db/migration/V6__events.sql backend/src/main/resources/db/migration/V10__event_group_covering.sql
    case $2 in
      nopk) echo "alter table $1.event drop constraint event_pkey;" ;;
      bytes) sed -n '/^alter table event_key/,/;$/p' backend/src/main/resources/db/migration/V15__*.sql ;;
      linguistic) sed -n '/^alter table event_key/,/;$/p' backend/src/main/resources/db/migration/V15__*.sql \
                    | sed 's/collate "C"/collate "en-US-x-icu"/' ;;
      brin) echo "alter table $1.event drop constraint event_pkey;"
            echo "create index on $1.event using brin (event_id) with (pages_per_range = 32);" ;;
    esac; } | psql_ >/dev/null
  psql_ -c checkpoint >/dev/null
}

# CPU seconds of the backend running the psql commands in file $1
cpu() {
  { echo "select pg_backend_pid() as pid \\gset"; echo "\\setenv PGPID :pid"
    echo "\\! awk '{print \$14 + \$15}' /proc/\$PGPID/stat"; cat "$1"
    echo "\\! awk '{print \$14 + \$15}' /proc/\$PGPID/stat"; } \
    | psql_ | awk 'NR == 1 {a = $1} END {printf "%.2f", ($1 - a) / 100}'
}

cmds=$(mktemp)
# ROUNDS rounds of, for each layout variant in turn: a fresh schema x_<variant>, one \copy of
# file $2 into its table $1, its CPU seconds
copy_rounds() {
  local table=$1 file=$2 round v
  shift 2
  for round in $(seq "$ROUNDS"); do
    for v in "$@"; do
      layout "x_$v" "$v"
      echo "\\copy x_$v.$table from '$file' with (format csv)" > "$cmds"
      echo "round $round, $table $v: $(cpu "$cmds") CPU s"
      psql_ -c "drop schema x_$v cascade" >/dev/null 2>&1
    done
  done
}

case $MODE in
  layouts) copy_rounds event "$csv" pk nopk brin ;;
  chunks)
    dir=$(mktemp -d)
    head -200000 "$csv" > "$dir/all.csv"
    (cd "$dir" && split -l 1000 -d -a 3 all.csv c)
    for round in $(seq "$ROUNDS"); do
      layout x_c one
      echo "\\copy x_c.event from '$dir/all.csv' with (format csv)" > "$cmds"
      echo "round $round, one COPY of 200,000: $(cpu "$cmds") CPU s"
      for table in event event_default; do
        layout x_c one
        for f in "$dir"/c*; do echo "\\copy x_c.$table from '$f' with (format csv)"; done > "$cmds"
        echo "round $round, 200 COPYs of 1,000 into $table: $(cpu "$cmds") CPU s"
      done
    done
    psql_ -c "drop schema x_c cascade" >/dev/null 2>&1
    rm -rf "$dir" ;;
  collation) copy_rounds event_key "$SHEQUN_DATA_DIR/keys.csv" dbcollation linguistic bytes ;;
  *) die "mode: layouts | chunks | collation" ;;
esac
rm -f "$cmds"
