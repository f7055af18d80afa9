#!/usr/bin/env bash
# Two backend processes on one database, both running the activity scheduler: every scheduled
# activity must start and end once, on time. (ActivitySchedulerTest checks the same with
# concurrent schedulers in one process; this is the real thing.)
#
#   scripts/activity-scheduler-two-processes.sh [ACTIVITIES]      default 300
#
# Starts a throw-away embedded PostgreSQL (port $SHEQUN_PG_PORT, 54389) and the packaged backend
# twice (ports 18098 and 18099; build it first: cd backend && ./mvnw -q -DskipTests package),
# inserts ACTIVITIES scheduled activities in the demo workspace whose starts fall over the next
# 5-20 s and ends 5-15 s after, waits for them, then reports from the audit log: activities
# ended, moves per activity (must be exactly one start and one end), moves per process, and how
# late the moves were (audit time - planned time). Stops everything it started. Exit 1 on a
# double or missing move.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-300}"
export SHEQUN_DATA_DIR="${SHEQUN_DATA_DIR:-$(mktemp -d /tmp/shequn-two-schedulers-XXXXXX)}"
export SHEQUN_PG_PORT="${SHEQUN_PG_PORT:-54389}" SHEQUN_DEMO_DATA_ENABLED=true
source bench/lib.sh   # stack functions, DB and PSQL
[ -f "$BACKEND_JAR" ] || die "build the backend first: cd backend && ./mvnw -q -DskipTests package"

cleanup() {
  stop_bg backend-a 30 || true
  stop_bg backend-b 30 || true
  stop_postgres || true
}
trap cleanup EXIT
start_postgres
backend() {
  local name="$1" port="$2" pid
  pid=$(QUARKUS_HTTP_PORT="$port" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$SHEQUN_PG_PORT/shequn" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    QUARKUS_OIDC_AUTH_SERVER_URL="http://localhost:${KEYCLOAK_PORT:-8180}/realms/shequn" SHEQUN_DEMO_DATA_ENABLED=true \
    start_bg "$name" "$SHEQUN_DATA_DIR/logs/$name.log" java -Xmx256m -jar "$BACKEND_JAR")
  wait_http "http://127.0.0.1:$port/q/health/ready" 120 "$pid" || die "$name did not start (see $SHEQUN_DATA_DIR/logs/$name.log)"
  ok "$name ready on :$port (pid $pid)"
}
backend backend-a 18098   # migrates the schema and loads the demo workspace
backend backend-b 18099

log "Inserting $N scheduled activities (starts over the next 5-20 s, each 5-15 s long)"
"$PSQL" -X -q "$DB" <<SQL
insert into activity (workspace_id, activity_id, title, type, status, commercial, goal, currency, target_group_ids,
                      start_at, end_at, promotion, settings, created_at, updated_at)
select '0190f0e0-0000-7000-8000-000000000001', gen_random_uuid(), 'two schedulers ' || i, 'other', 'scheduled', false,
       '{}', 'CNY', '{}', s, s + make_interval(secs => 5 + (i % 11)), '{"pushes":[]}', '{"type":"other"}', now(), now()
from generate_series(1, $N) i, lateral (select now() + make_interval(secs => 5 + (i % 16))) t(s);
SQL
sleep 40

"$PSQL" -X -q -At "$DB" <<'SQL' | tee "$SHEQUN_DATA_DIR/report.txt"
create temp view a as select * from activity where title like 'two schedulers %';
create temp view m as select l.entity_id, l.action, l.occurred_at, l.details->>'replica' as replica
  from audit_log l join a on a.activity_id = l.entity_id where l.actor = 'system:scheduler';
select 'activities: ' || (select count(*) from a)
    || ', ended: ' || (select count(*) from a where status = 'ended')
    || ', started more than once: ' || (select count(*) from (select entity_id from m where action = 'activity.running' group by 1 having count(*) > 1) x)
    || ', ended more than once: ' || (select count(*) from (select entity_id from m where action = 'activity.ended' group by 1 having count(*) > 1) x)
    || ', never started: ' || (select count(*) from a where not exists (select 1 from m where m.entity_id = a.activity_id and action = 'activity.running'));
select 'moves by ' || replica || ': ' || count(*) from m group by replica order by replica;
select 'lateness of the moves (audit time - planned time): median '
    || round(percentile_cont(0.5) within group (order by ms)::numeric) || ' ms, p95 '
    || round(percentile_cont(0.95) within group (order by ms)::numeric) || ' ms, max ' || round(max(ms)::numeric) || ' ms'
from (select extract(epoch from (m.occurred_at - case m.action when 'activity.running' then a.start_at else a.end_at end)) * 1000 as ms
      from m join a on a.activity_id = m.entity_id) x;
SQL
grep -q "ended: $N, started more than once: 0, ended more than once: 0, never started: 0" "$SHEQUN_DATA_DIR/report.txt" \
  || die "not every activity moved exactly once (report above)"
ok "every activity started and ended exactly once"
