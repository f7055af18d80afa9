#!/usr/bin/env bash
# Members at scale (issue 4): generated data, then HTTP latency of the member list (tag + group
# filter) and of find-by-identity.
#
#   bench/members.sh [MEMBERS]          default 1000000; groups = MEMBERS * 15 / 1000, memberships = MEMBERS * 3
#
# Uses its own data dir and ports, so it never touches ./run (54329/8080/5173):
#   SHEQUN_DATA_DIR (/tmp/shequn-bench-MEMBERS), SHEQUN_PG_PORT (54349), SHEQUN_BACKEND_PORT (18090).
# Needs Keycloak serving the realm on :8180 (scripts/keycloak.sh start) and the packaged backend
# (cd backend && ./mvnw -q -DskipTests package). Steps:
#   1. embedded PostgreSQL 17; the backend with the demo data (migrates, creates the demo workspace
#      and the partner client's access);
#   2. bench/gen-members.sql at that size, once per data dir (a marker file remembers it);
#   3. a client-credentials token of shequn-partner-demo, then bench/http-bench.mjs
#      (HTTP_BENCH_ARGS adds options, e.g. "--runs 5 --requests 2000 --concurrency 4").
# Stops what it started at the end; BENCH_KEEP=1 leaves PostgreSQL and the backend running.
set -euo pipefail
cd "$(dirname "$0")/.."
MEMBERS="${1:-1000000}"
NGROUPS=$((MEMBERS * 15 / 1000))
MEMBERSHIPS=$((MEMBERS * 3))
export SHEQUN_DATA_DIR="${SHEQUN_DATA_DIR:-/tmp/shequn-bench-$MEMBERS}"
export SHEQUN_PG_PORT="${SHEQUN_PG_PORT:-54349}" SHEQUN_BACKEND_PORT="${SHEQUN_BACKEND_PORT:-18090}"
export SHEQUN_DEMO_DATA_ENABLED=true
source bench/lib.sh

require_keycloak
bench_stack

generate_members "$MEMBERS" "$NGROUPS" "$MEMBERSHIPS" || true
"$PSQL" -X -At "$DB" -c "select 'database size: ' || pg_size_pretty(pg_database_size('shequn'))
  || ', migrations: ' || string_agg(version, ',' order by installed_rank) from flyway_schema_history"

token=$(partner_token)
bench_header
# shellcheck disable=SC2086
node bench/http-bench.mjs --base "http://127.0.0.1:$SHEQUN_BACKEND_PORT" --token "$token" \
  --members "$MEMBERS" --groups "$NGROUPS" ${HTTP_BENCH_ARGS:-}
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
