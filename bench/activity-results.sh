#!/usr/bin/env bash
# Activity results at 100,000 participant events (issue 20: p95 < 200 ms): one running activity
# in the demo workspace with EVENTS events carrying its id from 20,000 members
# (bench/activity-feed.mjs, through the API), then the HTTP latency of its results (live: every
# call reads the events) and of the first page of its participants (bench/http-bench.mjs,
# scenarios activityResults and activityParticipants).
#
#   bench/activity-results.sh [EVENTS]        default 100000
#
# Own data dir and ports (never ./run's or another bench's): SHEQUN_DATA_DIR
# (/tmp/shequn-bench-activity, fresh each run), SHEQUN_PG_PORT (54379), SHEQUN_BACKEND_PORT (18097).
# Needs Keycloak on :8180 (scripts/keycloak.sh start) and the packaged backend
# (cd backend && ./mvnw -q -DskipTests package). HTTP_BENCH_ARGS adds driver options.
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS="${1:-100000}"
export SHEQUN_DATA_DIR="${SHEQUN_DATA_DIR:-/tmp/shequn-bench-activity}"
export SHEQUN_PG_PORT="${SHEQUN_PG_PORT:-54379}" SHEQUN_BACKEND_PORT="${SHEQUN_BACKEND_PORT:-18097}"
export SHEQUN_DEMO_DATA_ENABLED=true
[ "${BENCH_FRESH:-1}" = 1 ] && rm -rf "$SHEQUN_DATA_DIR"
source bench/lib.sh

require_keycloak
bench_stack

token=$(partner_token)
activity=$(node bench/activity-feed.mjs --base "http://127.0.0.1:$SHEQUN_BACKEND_PORT" --token "$token" --events "$EVENTS" | tail -1)
"$PSQL" -X -At "$DB" -c "select 'events carrying the activity: ' || count(*) from event where activity_id = '$activity'"

bench_header
for scenario in activityResults activityParticipants; do
  token=$(partner_token)
  # shellcheck disable=SC2086
  node bench/http-bench.mjs --base "http://127.0.0.1:$SHEQUN_BACKEND_PORT" --token "$token" --activity "$activity" \
    --requests 500 --warmup 100 --runs 3 --concurrency 2 --scenarios "$scenario" ${HTTP_BENCH_ARGS:-}
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
