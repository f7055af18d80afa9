#!/usr/bin/env bash
# CSV member import (issue 4): a deterministic CSV of ROWS members (default 100000), each joining
# one of ROWS/333 groups by platform_group_id, every 10th invited by the member on the line before;
# uploaded to POST /member-imports, polled until the job ends; prints the seconds from upload to
# the end of the job. Then the same file again (the idempotent re-import: every row matches).
#
#   bench/import-100k.sh [ROWS]
#
# Uses its own, fresh data dir and ports, never ./run's: SHEQUN_DATA_DIR (/tmp/shequn-bench-import),
# SHEQUN_PG_PORT (54359), SHEQUN_BACKEND_PORT (18091). Needs Keycloak serving the realm on :8180
# (scripts/keycloak.sh start) and the packaged backend (cd backend && ./mvnw -q -DskipTests package).
# Stops what it started at the end; BENCH_KEEP=1 leaves PostgreSQL and the backend running.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-100000}"
NGROUPS=$(( (ROWS + 332) / 333 ))
export SHEQUN_DATA_DIR="${SHEQUN_DATA_DIR:-/tmp/shequn-bench-import}"
export SHEQUN_PG_PORT="${SHEQUN_PG_PORT:-54359}" SHEQUN_BACKEND_PORT="${SHEQUN_BACKEND_PORT:-18091}"
export SHEQUN_DEMO_DATA_ENABLED=true
source bench/lib.sh
API="http://127.0.0.1:$SHEQUN_BACKEND_PORT/api/v1/workspaces/0190f0e0-0000-7000-8000-000000000001"

require_keycloak
bg_running postgres && die "a PostgreSQL of $SHEQUN_DATA_DIR is running; stop it first"
bg_running backend && die "a backend of $SHEQUN_DATA_DIR is running; stop it first"
rm -rf "$SHEQUN_DATA_DIR/postgres"
mkdir -p "$SHEQUN_DATA_DIR/logs"
bench_stack

csv="$SHEQUN_DATA_DIR/members-$ROWS.csv"
awk -v rows="$ROWS" -v groups="$NGROUPS" 'BEGIN {
  printf "\xef\xbb\xbfplatform,platform_user_id,display_name,phone,tags,tier,points,source_channel,notes,platform_group_id,group_role,invited_by_platform_user_id\r\n";
  split("package_card store_service phone_invitation referral offline partner_exchange content other", ch, " ");
  split("vip|宝妈 新客 vip 宝妈|母婴|周末活跃 复购", tg, " ");
  for (i = 1; i <= rows; i++) {
    inv = (i % 10 == 0) ? sprintf("bench-%06d", i - 1) : "";
    printf "wechat,bench-%06d,会员%06d,138%08d,%s,%s,%d,%s,\"备注 %d, 第二段\",bench-g-%04d,%s,%s\r\n",
      i, i, i, tg[i % 5 + 1], (i % 7 == 0 ? "gold" : ""), i % 1000, ch[i % 8 + 1], i, i % groups,
      (i % 100 == 0 ? "opinion_leader" : "member"), inv;
  }
}' > "$csv"
echo "file: $csv, $ROWS rows, $(du -h "$csv" | cut -f1), sha256 $(sha256sum "$csv" | cut -c1-16)..."

token=$(partner_token)
auth=(-H "Authorization: Bearer $token")
for ((g = 0; g < NGROUPS; g++)); do
  curl -fsS -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Bench $g\",\"platform\":\"wechat\",\"platformGroupId\":\"bench-g-$(printf %04d "$g")\"}" "$API/groups"
done
echo "created $NGROUPS groups; date: $(date -u +%FT%TZ); load average: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"

run_import() {
  local t0 t1 id status body
  t0=$(date +%s.%N)
  body=$(curl -fsS "${auth[@]}" -H 'Content-Type: text/csv' --data-binary "@$csv" "$API/member-imports")
  id=$(echo "$body" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
  while :; do
    body=$(curl -fsS "${auth[@]}" "$API/member-imports/$id")
    status=$(echo "$body" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')
    case "$status" in succeeded|failed) break ;; esac
    sleep 0.2
  done
  t1=$(date +%s.%N)
  echo "$1: $(echo "$t1 - $t0" | bc | xargs printf '%.1f') s  $body"
  # the figures only count if the job did what it should
  local expect="\"status\":\"succeeded\".*\"rowsDone\":$ROWS,\"rowsImported\":$2,\"rowsUpdated\":$3,\"rowsFailed\":0"
  echo "$body" | grep -q "$expect" || die "unexpected job result (expected $2 imported, $3 updated, 0 failed)"
}
current_memberships() {
  "$PSQL" -X -At "$DB" \
    -c "select count(*) || ' current memberships, ' || count(distinct member_id) || ' members' from membership where left_at is null"
}
run_import "import of $ROWS new rows" "$ROWS" 0
echo "after the import: $(current_memberships)"
run_import "same file again (every row matches)" 0 "$ROWS"
echo "after the re-import: $(current_memberships)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
