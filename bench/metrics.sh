#!/usr/bin/env bash
# Metrics at 10M events (issue 5): the members data set of bench/gen-members.sql (1M members,
# 15k groups, 3M memberships), EVENTS generated events (bench/gen-events.sql, rollups built by
# metric_rebuild(), the SQL twin of the ingestion path's Rollups), then HTTP latency of a
# 90-day group metrics query and of the workspace dashboard.
#
#   bench/metrics.sh [EVENTS]          default 10000000
#
# Own data dir and ports (never ./run's or another bench's): SHEQUN_DATA_DIR
# (/tmp/shequn-bench-metrics), SHEQUN_PG_PORT (54369), SHEQUN_BACKEND_PORT (18095).
# Needs Keycloak on :8180 (scripts/keycloak.sh start) and the packaged backend
# (cd backend && ./mvnw -q -DskipTests package). HTTP_BENCH_ARGS adds driver options.
# BENCH_KEEP=1 leaves PostgreSQL and the backend running.
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS="${1:-10000000}"
MEMBERS=1000000
NGROUPS=15000
MEMBERSHIPS=3000000
export SHEQUN_DATA_DIR="${SHEQUN_DATA_DIR:-/tmp/shequn-bench-metrics}"
export SHEQUN_PG_PORT="${SHEQUN_PG_PORT:-54369}" SHEQUN_BACKEND_PORT="${SHEQUN_BACKEND_PORT:-18095}"
export SHEQUN_DEMO_DATA_ENABLED=true
source bench/lib.sh

require_keycloak
bench_stack

if generate_members "$MEMBERS" "$NGROUPS" "$MEMBERSHIPS"; then
  rm -f "$SHEQUN_DATA_DIR"/generated-events-* # events of other members
fi
marker="$SHEQUN_DATA_DIR/generated-events-$EVENTS"
if [ ! -f "$marker" ]; then
  log "Generating $EVENTS events and building the rollups (bench/gen-events.sql)"
  t0=$(date +%s)
  "$PSQL" -X -q -v events="$EVENTS" -f bench/gen-events.sql "$DB" | tee "$SHEQUN_DATA_DIR/logs/gen-events-$EVENTS.log"
  echo "generated in $(( $(date +%s) - t0 )) s" | tee -a "$SHEQUN_DATA_DIR/logs/gen-events-$EVENTS.log"
  rm -f "$SHEQUN_DATA_DIR"/generated-events-*
  touch "$marker"
fi
"$PSQL" -X -At "$DB" -c "select 'database size: ' || pg_size_pretty(pg_database_size('shequn'))
  || ', events: ' || (select count(*) from event where workspace_id = '0190f0e0-0000-7000-8000-000000000001')"

bench_header
# one driver run per scenario, each with a fresh token (the demo partner's tokens live 300 s,
# less than a few slow scenarios in a row)
for scenario in $(echo "${SCENARIOS:-group,groupSeries,dashboard,dashboardDaily,dashboardWeekly,dashboardMonthly}" | tr , ' '); do
  token=$(partner_token)
  # shellcheck disable=SC2086
  node bench/http-bench.mjs --base "http://127.0.0.1:$SHEQUN_BACKEND_PORT" --token "$token" \
    --members "$MEMBERS" --groups "$NGROUPS" --to 2026-11-27 --days 90 --scenarios "$scenario" ${HTTP_BENCH_ARGS:-}
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
