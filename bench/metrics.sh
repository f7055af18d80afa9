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
export SHEQUN_ROOT="$PWD"
EVENTS="${1:-10000000}"
MEMBERS=1000000
NGROUPS=15000
MEMBERSHIPS=3000000
export SHEQUN_DATA_DIR="${SHEQUN_DATA_DIR:-/tmp/shequn-bench-metrics}"
export SHEQUN_PG_PORT="${SHEQUN_PG_PORT:-54369}" SHEQUN_BACKEND_PORT="${SHEQUN_BACKEND_PORT:-18095}"
export SHEQUN_DEMO_DATA_ENABLED=true
# shellcheck source=../scripts/stack.sh
source scripts/stack.sh
KC="http://localhost:${KEYCLOAK_PORT:-8180}"
DB="postgresql://postgres:postgres@127.0.0.1:$SHEQUN_PG_PORT/shequn"

curl -fsS -o /dev/null --max-time 3 "$KC/realms/shequn/.well-known/openid-configuration" \
  || die "Keycloak does not serve the realm on $KC: scripts/keycloak.sh start"
if ! bg_running postgres; then
  port_open "$SHEQUN_PG_PORT" && die "port $SHEQUN_PG_PORT is in use"
  started_pg=1
  start_postgres
fi
if ! bg_running backend; then
  port_open "$SHEQUN_BACKEND_PORT" && die "port $SHEQUN_BACKEND_PORT is in use"
  started_backend=1
  start_backend
fi
if [ "${BENCH_KEEP:-0}" != 1 ]; then
  trap '[ -n "${started_backend:-}" ] && stop_bg backend 30; [ -n "${started_pg:-}" ] && stop_postgres' EXIT
fi

marker="$SHEQUN_DATA_DIR/generated-members-$MEMBERS"
if [ ! -f "$marker" ]; then
  log "Generating $MEMBERS members, $NGROUPS groups, $MEMBERSHIPS memberships (bench/gen-members.sql)"
  t0=$(date +%s)
  /usr/bin/psql -X -q -v members="$MEMBERS" -v groups="$NGROUPS" -v memberships="$MEMBERSHIPS" \
    -f bench/gen-members.sql "$DB" | tee "$SHEQUN_DATA_DIR/logs/gen-members.log"
  echo "generated in $(( $(date +%s) - t0 )) s" | tee -a "$SHEQUN_DATA_DIR/logs/gen-members.log"
  rm -f "$SHEQUN_DATA_DIR"/generated-events-*
  touch "$marker"
fi
marker="$SHEQUN_DATA_DIR/generated-events-$EVENTS"
if [ ! -f "$marker" ]; then
  log "Generating $EVENTS events and building the rollups (bench/gen-events.sql)"
  t0=$(date +%s)
  /usr/bin/psql -X -q -v events="$EVENTS" -f bench/gen-events.sql "$DB" | tee "$SHEQUN_DATA_DIR/logs/gen-events-$EVENTS.log"
  echo "generated in $(( $(date +%s) - t0 )) s" | tee -a "$SHEQUN_DATA_DIR/logs/gen-events-$EVENTS.log"
  rm -f "$SHEQUN_DATA_DIR"/generated-events-*
  touch "$marker"
fi
/usr/bin/psql -X -At "$DB" -c "select 'database size: ' || pg_size_pretty(pg_database_size('shequn'))
  || ', events: ' || (select count(*) from event where workspace_id = '0190f0e0-0000-7000-8000-000000000001')"

echo "date: $(date -u +%FT%TZ); load average: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
# one driver run per scenario, each with a fresh token (the demo partner's tokens live 300 s,
# less than a few slow scenarios in a row)
for scenario in $(echo "${SCENARIOS:-group,groupSeries,dashboard,dashboardDaily,dashboardWeekly,dashboardMonthly}" | tr , ' '); do
  token=$(curl -fsS -d grant_type=client_credentials -d client_id=shequn-partner-demo -d client_secret=partner-demo-secret \
    "$KC/realms/shequn/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || die "no token from Keycloak"
  # shellcheck disable=SC2086
  node bench/http-bench.mjs --base "http://127.0.0.1:$SHEQUN_BACKEND_PORT" --token "$token" \
    --members "$MEMBERS" --groups "$NGROUPS" --to 2026-11-27 --days 90 --scenarios "$scenario" ${HTTP_BENCH_ARGS:-}
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
