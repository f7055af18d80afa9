#!/usr/bin/env bash
# Backend start time and memory in JVM mode (issue: backend spine).
#
#   bench/startup.sh [RUNS]      default 5 runs
#
# Starts a throw-away embedded PostgreSQL, then starts the packaged backend
# (backend/target/quarkus-app/quarkus-run.jar, build it first) once to migrate the schema
# (reported, not counted), then RUNS more times against the migrated database. For each run:
#   - wall time from `java -jar` to the first 200 of /q/health/ready (what a load balancer sees),
#   - Quarkus's own "started in" figure,
#   - resident memory (VmRSS of the java process) right after ready and after a fixed load:
#     1,000 GET /q/health/ready + 1,000 GET /api/v1/workspaces without a token (401, through the
#     problem+json mappers), and, when Keycloak serves the realm on :8180, 2,000 GET
#     /api/v1/workspaces with a real client-credentials token (JWT check, access table, JSON);
#     8 concurrent connections (curl --parallel). Status codes are counted and printed.
# Prints every run and the medians. Defaults as in production (no demo data, JVM defaults).
# Ports: PostgreSQL $BENCH_PG_PORT (54339), backend $BENCH_BACKEND_PORT (18080); both must be free.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
BACKEND_PORT="${BENCH_BACKEND_PORT:-18080}"
DATA=$(mktemp -d /tmp/shequn-bench-startup-XXXXXX)
export SHEQUN_DATA_DIR="$DATA" SHEQUN_PG_PORT="${BENCH_PG_PORT:-54339}"
source bench/lib.sh

pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  stop_postgres
  if [ "${BENCH_KEEP_LOGS:-0}" = 1 ]; then echo "logs kept in $DATA/logs" >&2; else rm -rf "$DATA"; fi
}
trap cleanup EXIT

# A busy port would make us time (and load) someone else's server.
for p in "$SHEQUN_PG_PORT" "$BACKEND_PORT"; do
  port_open "$p" && die "port $p is in use; set BENCH_PG_PORT / BENCH_BACKEND_PORT"
done
[ -f "$BACKEND_JAR" ] || die "no $BACKEND_JAR: cd backend && ./mvnw -q -DskipTests package"
start_postgres

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%d\n", (a[NR/2]+a[NR/2+1])/2}'; }

token=""
if curl -fsS -o /dev/null --max-time 3 "$KC/realms/shequn/.well-known/openid-configuration" 2>/dev/null; then
  KEYCLOAK_STATE="reachable on $KC"
else
  KEYCLOAK_STATE="NOT reachable on $KC (only unauthenticated load)"
fi

# load PID: runs the fixed load, prints the status code counts
load() {
  local base="http://127.0.0.1:$BACKEND_PORT" codes
  codes=$( { for _ in $(seq 1 1000); do printf 'url = "%s"\noutput = "/dev/null"\nurl = "%s"\noutput = "/dev/null"\n' "$base/api/v1/workspaces" "$base/q/health/ready"; done \
      | curl -sS --no-progress-meter -w '%{http_code}\n' --parallel --parallel-max 8 -K - 2>/dev/null || true
    case "$KEYCLOAK_STATE" in reachable*)
      # a fresh token per run (they live 5 minutes)
      token=$(partner_token 2>/dev/null || true)
      for _ in $(seq 1 2000); do printf 'url = "%s"\noutput = "/dev/null"\n' "$base/api/v1/workspaces"; done \
        | curl -sS --no-progress-meter -w '%{http_code}\n' -H "Authorization: Bearer $token" --parallel --parallel-max 8 -K - 2>/dev/null || true ;;
    esac; } | sort | uniq -c | awk '{printf "%s%s x%s", (NR>1?", ":""), $2, $1}')
  [ -n "$codes" ] || codes="no answers"
  printf '%s' "$codes"
}

# start_once LOGFILE: starts the backend, waits for ready; sets pid, ready, started
start_once() {
  local logf="$1" t0 t1 i=0 s
  port_open "$BACKEND_PORT" && die "port $BACKEND_PORT is in use before start"
  t0=$(date +%s%N)
  QUARKUS_HTTP_PORT="$BACKEND_PORT" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$SHEQUN_PG_PORT/shequn" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  QUARKUS_OIDC_AUTH_SERVER_URL="$KC/realms/shequn" \
  SHEQUN_DEMO_DATA_ENABLED=false \
    setsid java -jar "$BACKEND_JAR" >"$logf" 2>&1 </dev/null &
  pid=$!
  until curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$BACKEND_PORT/q/health/ready" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { tail -40 "$logf"; die "backend exited"; }
    [ "$i" -lt 2400 ] || { tail -40 "$logf"; die "backend not ready in 120 s"; }
    sleep 0.05; i=$((i + 1))
  done
  t1=$(date +%s%N)
  ready=$(( (t1 - t0) / 1000000 ))
  # setsid execs java in place (we are not a group leader); make sure we measure java
  [ "$(cat "/proc/$pid/comm")" = java ] || die "pid $pid is $(cat "/proc/$pid/comm"), not java"
  # the "started in" line may be logged just after the HTTP server answers
  i=0
  until s=$(grep -o 'started in [0-9.]*s' "$logf" | head -1) && [ -n "$s" ]; do
    [ "$i" -lt 100 ] || die "no 'started in' line in $logf"
    sleep 0.05; i=$((i + 1))
  done
  started=$(echo "$s" | awk '{sub(/s$/, "", $3); printf "%d", $3 * 1000}')
}

stop_once() {
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
}

mkdir -p "$DATA/logs"
start_once "$DATA/logs/backend-0.log"
printf 'run 0 (empty database, Flyway migrates the schema; not counted): ready after %d ms (Quarkus: started in %d ms), RSS %d MB\n' \
  "$ready" "$started" "$(rss_mb "$pid")"
stop_once

ready_ms=(); started_ms=(); rss_start=(); rss_load=()
for i in $(seq 1 "$RUNS"); do
  start_once "$DATA/logs/backend-$i.log"
  ready_ms+=("$ready"); started_ms+=("$started")
  rss_start+=("$(rss_mb "$pid")")
  codes=$(load)
  rss_load+=("$(rss_mb "$pid")")
  stop_once
  printf 'run %d: ready after %5d ms (Quarkus: started in %5d ms), RSS %4d MB at start, %4d MB after the load [%s]\n' \
    "$i" "${ready_ms[-1]}" "${started_ms[-1]}" "${rss_start[-1]}" "${rss_load[-1]}" "$codes"
done
printf '\nmedians over %d runs: ready %d ms, Quarkus "started in" %d ms, RSS at start %d MB, RSS after the load %d MB\n' "$RUNS" \
  "$(printf '%s\n' "${ready_ms[@]}" | median)" "$(printf '%s\n' "${started_ms[@]}" | median)" \
  "$(printf '%s\n' "${rss_start[@]}" | median)" "$(printf '%s\n' "${rss_load[@]}" | median)"
printf 'date: %s; java: %s; cores: %s; memory: %s MB; load average before/after: %s; Keycloak %s\n' \
  "$(date -u +%FT%TZ)" "$(java -version 2>&1 | head -1)" "$(nproc)" "$(free -m | awk '/Mem:/ {print $2}')" \
  "$LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg)" "$KEYCLOAK_STATE"
