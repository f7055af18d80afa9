#!/usr/bin/env bash
# The local stack used by ./run and ./test: embedded PostgreSQL, backend, console.
# (Keycloak is scripts/keycloak.sh.) Source it for the functions, or call it:
#
#   scripts/stack.sh install                     node modules, backend jar, console build, DevPostgres launcher
#   scripts/stack.sh start [--data-dir DIR]      PostgreSQL + backend + console in the background
#   scripts/stack.sh stop  [--data-dir DIR]      stop what start started
#   scripts/stack.sh postgres [--data-dir DIR]   only the embedded PostgreSQL, in the foreground
#
# Every service runs in its own process group; pids in DIR/pids, logs in DIR/logs,
# database files in DIR/postgres (DIR defaults to .data, kept across restarts).
#
# Environment: SHEQUN_PG_PORT (54329), SHEQUN_BACKEND_PORT (8080), SHEQUN_CONSOLE_PORT (5173),
# SHEQUN_DEMO_DATA_ENABLED (true), KEYCLOAK_PORT (8180), BACKEND_JAVA_OPTS.

# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

SHEQUN_PG_PORT="${SHEQUN_PG_PORT:-54329}"
SHEQUN_BACKEND_PORT="${SHEQUN_BACKEND_PORT:-8080}"
SHEQUN_CONSOLE_PORT="${SHEQUN_CONSOLE_PORT:-5173}"
SHEQUN_DEMO_DATA_ENABLED="${SHEQUN_DEMO_DATA_ENABLED:-true}"
BACKEND_DIR="$SHEQUN_ROOT/backend"
FRONTEND_DIR="$SHEQUN_ROOT/frontend"
BACKEND_JAR="$BACKEND_DIR/target/quarkus-app/quarkus-run.jar"
MVNW="$BACKEND_DIR/mvnw"
DEVTOOLS_DIR="$SHEQUN_CACHE/devtools"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# ---------------------------------------------------------------- installs

# True if any file under the given paths is newer than $1 (or $1 is missing).
newer_than() {
  local target="$1"; shift
  [ -e "$target" ] || return 0
  local p
  for p in "$@"; do
    [ -e "$p" ] || continue
    if [ -n "$(find "$p" -newer "$target" -type f \
        -not -path '*/node_modules/*' -not -path '*/dist/*' -not -path '*/target/*' -print -quit 2>/dev/null)" ]; then
      return 0
    fi
  done
  return 1
}

install_node_modules() {
  local dir="${1:-$FRONTEND_DIR}"
  [ -f "$dir/package.json" ] || die "$dir/package.json is missing"
  if [ ! -d "$dir/node_modules" ] || newer_than "$dir/node_modules/.package-lock.json" "$dir/package-lock.json" "$dir/package.json"; then
    log "Installing node modules in ${dir#"$SHEQUN_ROOT"/} (npm ci)"
    if [ -f "$dir/package-lock.json" ]; then
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in $dir"
    else
      (cd "$dir" && npm install --no-audit --no-fund --loglevel=error) || die "npm install failed in $dir"
    fi
  fi
}

build_backend() {
  if [ "${1:-}" = force ] || newer_than "$BACKEND_JAR" "$BACKEND_DIR/src/main" "$BACKEND_DIR/pom.xml"; then
    log "Building the backend (mvnw package, tests skipped)"
    "$MVNW" -q -B -f "$BACKEND_DIR/pom.xml" -DskipTests package || die "backend build failed"
  fi
  [ -f "$BACKEND_JAR" ] || die "backend build did not produce $BACKEND_JAR"
}

build_console() {
  install_node_modules "$FRONTEND_DIR"
  if [ "${1:-}" = force ] || newer_than "$FRONTEND_DIR/dist/index.html" \
      "$FRONTEND_DIR/src" "$FRONTEND_DIR/public" "$FRONTEND_DIR/index.html" "$FRONTEND_DIR/package-lock.json" \
      "$FRONTEND_DIR"/vite.config.* "$SHEQUN_ROOT/openapi.yaml"; then
    log "Building the console (npm run build)"
    (cd "$FRONTEND_DIR" && npm run build --silent) || die "console build failed"
  fi
  [ -f "$FRONTEND_DIR/dist/index.html" ] || die "console build did not produce frontend/dist/index.html"
}

# Compiles the DevPostgres launcher on its own (javac against the backend's test classpath),
# so it does not depend on the backend's code compiling.
build_devpostgres() {
  local src="$BACKEND_DIR/src/test/java/io/shequn/devtools/DevPostgres.java"
  local cp_file="$DEVTOOLS_DIR/test.classpath" classes="$DEVTOOLS_DIR/classes"
  mkdir -p "$DEVTOOLS_DIR"
  if newer_than "$cp_file" "$BACKEND_DIR/pom.xml"; then
    log "Resolving the embedded PostgreSQL classpath (mvnw dependency:build-classpath)"
    "$MVNW" -q -B -f "$BACKEND_DIR/pom.xml" dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file.tmp" >/dev/null || die "could not resolve the backend's test classpath"
    mv "$cp_file.tmp" "$cp_file"
  fi
  if newer_than "$classes/io/shequn/devtools/DevPostgres.class" "$src" "$cp_file"; then
    rm -rf "$classes" && mkdir -p "$classes"
    javac --release 17 -nowarn -d "$classes" -cp "$(cat "$cp_file")" "$src" || die "could not compile $src"
  fi
}

stack_install() {
  install_node_modules "$FRONTEND_DIR"
  build_devpostgres
  build_backend
  build_console
}

# ---------------------------------------------------------------- services

stack_check_ports() {
  local p name busy=0 n
  for n in postgres backend console; do
    if bg_running "$n"; then
      die "$n from an earlier start is still running (pid $(bg_pid "$n"), data dir $SHEQUN_DATA_DIR): is ./run already running? Ctrl-C it, or: scripts/stack.sh stop"
    fi
  done
  for p in "$SHEQUN_PG_PORT:PostgreSQL" "$SHEQUN_BACKEND_PORT:backend" "$SHEQUN_CONSOLE_PORT:console"; do
    name=${p#*:}; p=${p%%:*}
    if port_open "$p"; then warn "port $p ($name) is already in use"; busy=1; fi
  done
  [ "$busy" = 0 ] || die "stop the other Shequn stack first (is ./run already running? Ctrl-C it, or: scripts/stack.sh stop)"
}

start_postgres() {
  build_devpostgres
  local logf="$SHEQUN_DATA_DIR/logs/postgres.log" pid i=0
  mkdir -p "$SHEQUN_DATA_DIR/postgres"
  log "Starting PostgreSQL 17 on 127.0.0.1:$SHEQUN_PG_PORT (data ${SHEQUN_DATA_DIR#"$SHEQUN_ROOT"/}/postgres)"
  pid=$(start_bg postgres "$logf" java -Xmx128m -cp "$DEVTOOLS_DIR/classes:$(cat "$DEVTOOLS_DIR/test.classpath")" \
    io.shequn.devtools.DevPostgres --port "$SHEQUN_PG_PORT" --data-dir "$SHEQUN_DATA_DIR/postgres" --database shequn)
  STACK_STARTED="${STACK_STARTED:-} postgres"
  until grep -q '^DevPostgres ready: ' "$logf" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then show_log_tail "$logf"; die "PostgreSQL did not start (see $logf)"; fi
    [ "$i" -lt 480 ] || { show_log_tail "$logf"; stop_bg postgres; die "PostgreSQL did not start within 120 s"; }
    sleep 0.25; i=$((i + 1))
  done
  ok "PostgreSQL ready: jdbc:postgresql://127.0.0.1:$SHEQUN_PG_PORT/shequn"
}

start_backend() {
  [ -f "$BACKEND_JAR" ] || build_backend
  local logf="$SHEQUN_DATA_DIR/logs/backend.log" pid rc=0
  log "Starting the backend on http://localhost:$SHEQUN_BACKEND_PORT"
  # shellcheck disable=SC2086
  pid=$(cd "$SHEQUN_ROOT" && \
    QUARKUS_HTTP_PORT="$SHEQUN_BACKEND_PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$SHEQUN_PG_PORT/shequn" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    QUARKUS_OIDC_AUTH_SERVER_URL="http://localhost:${KEYCLOAK_PORT:-8180}/realms/shequn" \
    SHEQUN_DEMO_DATA_ENABLED="$SHEQUN_DEMO_DATA_ENABLED" \
    start_bg backend "$logf" java ${BACKEND_JAVA_OPTS:-} -jar "$BACKEND_JAR")
  STACK_STARTED="${STACK_STARTED:-} backend"
  wait_http "http://127.0.0.1:$SHEQUN_BACKEND_PORT/q/health/ready" "${BACKEND_START_TIMEOUT:-120}" "$pid" || rc=$?
  if [ "$rc" -ne 0 ]; then show_log_tail "$logf" 60; stop_bg backend; die "backend not ready (see $logf)"; fi
  ok "Backend ready: http://localhost:$SHEQUN_BACKEND_PORT/api/v1"
}

# Groups, customers and 30 days of their activity in the demo workspace, pushed through the API
# like a partner bot (scripts/demo-activity.mjs; it does nothing when the workspace has groups).
load_demo_activity() {
  [ "$SHEQUN_DEMO_DATA_ENABLED" = true ] || return 0
  log "Loading the demo activity (first start only)"
  node "$SHEQUN_ROOT/scripts/demo-activity.mjs" --api "http://127.0.0.1:$SHEQUN_BACKEND_PORT" \
    --keycloak "http://localhost:${KEYCLOAK_PORT:-8180}" \
    || warn "the demo activity could not be loaded (see above); the product runs without it"
}

start_console() {
  [ -f "$FRONTEND_DIR/dist/index.html" ] || build_console
  local logf="$SHEQUN_DATA_DIR/logs/console.log" pid rc=0
  log "Starting the console on http://localhost:$SHEQUN_CONSOLE_PORT (vite preview)"
  # package.json's preview script fixes port 5173 (the realm's redirect URIs); override only when asked
  local -a extra=()
  [ "$SHEQUN_CONSOLE_PORT" = 5173 ] || extra=(-- --port "$SHEQUN_CONSOLE_PORT")
  pid=$(cd "$FRONTEND_DIR" && SHEQUN_API_PROXY_TARGET="http://127.0.0.1:$SHEQUN_BACKEND_PORT" start_bg console "$logf" npm run preview "${extra[@]}")
  STACK_STARTED="${STACK_STARTED:-} console"
  wait_http "http://localhost:$SHEQUN_CONSOLE_PORT/" 60 "$pid" || rc=$?
  if [ "$rc" -ne 0 ]; then show_log_tail "$logf"; stop_bg console; die "console not ready (see $logf)"; fi
  ok "Console ready: http://localhost:$SHEQUN_CONSOLE_PORT"
}

stack_start() {
  stack_check_ports
  start_postgres
  start_backend
  load_demo_activity
  start_console
}

# stack_stop: stops the services recorded in the data dir's pid files (scripts/stack.sh stop,
# ./test's throw-away stack). stack_stop_started: only those this shell started (./run), so a
# second ./run that fails early never stops the first one's services.
stack_stop_started() {
  case " ${STACK_STARTED:-} " in *" console "*) stop_bg console 10 ;; esac
  case " ${STACK_STARTED:-} " in *" backend "*) stop_bg backend 30 ;; esac
  case " ${STACK_STARTED:-} " in *" postgres "*) stop_postgres ;; esac
  return 0
}

stack_stop() {
  stop_bg console 10
  stop_bg backend 30
  stop_postgres
}

stop_postgres() {
  stop_bg postgres 40
  # a postmaster whose launcher was killed hard (no DevPostgres runs on this data dir any more):
  # fast shutdown (SIGINT)
  local pm="$SHEQUN_DATA_DIR/postgres/postmaster.pid" pid i=0
  if [ -f "$pm" ] && ! pgrep -f "DevPostgres .*--data-dir $SHEQUN_DATA_DIR/postgres( |\$)" >/dev/null; then
    pid=$(head -n1 "$pm")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      warn "stopping an orphaned PostgreSQL (pid $pid)"
      kill -INT "$pid" 2>/dev/null || true
      while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 80 ]; do sleep 0.25; i=$((i + 1)); done
    fi
  fi
  return 0
}

# Names of stack services that were started and have died.
stack_dead() {
  local n
  for n in postgres backend console; do
    if [ -f "$(pid_file "$n")" ] && ! bg_running "$n"; then printf '%s ' "$n"; fi
  done
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  cmd="${1:-}"; shift || true
  while [ $# -gt 0 ]; do
    case "$1" in
      --data-dir) SHEQUN_DATA_DIR="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
      *) die "unknown option $1" ;;
    esac
  done
  case "$cmd" in
    install) stack_install ;;
    start) stack_start ;;
    stop) stack_stop ;;
    postgres)
      trap 'stop_bg postgres; exit 0' INT TERM
      start_postgres
      echo "Ctrl-C stops PostgreSQL."
      while bg_running postgres; do sleep 1; done ;;
    *) echo "usage: $0 install|start|stop|postgres [--data-dir DIR]" >&2; exit 2 ;;
  esac
fi
