#!/usr/bin/env bash
# Backend start time and memory in JVM mode (issue: backend spine).
#
#   bench/startup.sh [RUNS]      default 5 runs
#
# Starts a throw-away embedded PostgreSQL, then starts the packaged backend RUNS times
# against it (schema already migrated after the first run). For each run it records:
#   - wall time from `java -jar` to the first 200 of /q/health/ready (what a load balancer sees),
#   - Quarkus's own "started in" figure,
#   - resident memory (VmRSS) right after start and after 2,000 API requests (401s and
#     health checks: the HTTP, security and JSON paths, no tokens needed).
# Prints every run and the medians. Ports: PostgreSQL 54339, backend 18080.
set -euo pipefail
cd "$(dirname "$0")/.."
export SHEQUN_ROOT="$PWD"
RUNS="${1:-5}"
DATA=$(mktemp -d /tmp/shequn-bench-XXXXXX)
export SHEQUN_DATA_DIR="$DATA" SHEQUN_PG_PORT=54339
# shellcheck source=../scripts/stack.sh
source scripts/stack.sh
trap 'stop_bg backend 10; stack_stop; rm -rf "$DATA"' EXIT

[ -f "$BACKEND_JAR" ] || build_backend
start_postgres

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

ready_ms=(); started_ms=(); rss_start=(); rss_load=()
for i in $(seq 1 "$RUNS"); do
  logf="$DATA/backend-$i.log"
  t0=$(date +%s%N)
  QUARKUS_HTTP_PORT=18080 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$SHEQUN_PG_PORT/shequn" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  QUARKUS_OIDC_AUTH_SERVER_URL="http://localhost:8180/realms/shequn" \
    setsid java -jar "$BACKEND_JAR" >"$logf" 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null http://127.0.0.1:18080/q/health/ready 2>/dev/null; do
    kill -0 "$pid" || { tail -40 "$logf"; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  ready_ms+=($(( (t1 - t0) / 1000000 )))
  started_ms+=($(grep -o 'started in [0-9.]*s' "$logf" | head -1 | tr -dc '0-9' | sed 's/^0*//'))
  rss_start+=($(rss_mb "$pid"))
  for _ in $(seq 1 1000); do echo "url = \"http://127.0.0.1:18080/api/v1/workspaces\""; echo "url = \"http://127.0.0.1:18080/q/health/ready\""; done \
    | curl -s -o /dev/null --parallel --parallel-max 8 -K - >/dev/null 2>&1 || true
  rss_load+=($(rss_mb "$pid"))
  kill -TERM -- "-$pid" 2>/dev/null || kill "$pid"; wait "$pid" 2>/dev/null || true
  printf 'run %d: ready after %5d ms (Quarkus: started in %s ms), RSS %4d MB at start, %4d MB after 2,000 requests\n' \
    "$i" "${ready_ms[-1]}" "${started_ms[-1]}" "${rss_start[-1]}" "${rss_load[-1]}"
done
printf '\nmedians over %d runs: ready %d ms, RSS at start %d MB, RSS after 2,000 requests %d MB\n' "$RUNS" \
  "$(printf '%s\n' "${ready_ms[@]}" | median)" "$(printf '%s\n' "${rss_start[@]}" | median)" "$(printf '%s\n' "${rss_load[@]}" | median)"
printf 'java: %s; cores: %s\n' "$(java -version 2>&1 | head -1)" "$(nproc)"
