#!/usr/bin/env bash
# Keycloak for local runs and tests: download, realm import, start, stop.
#
#   scripts/keycloak.sh install   download org.keycloak:keycloak-quarkus-dist zip into .cache/ and unpack it
#   scripts/keycloak.sh start     start on http://localhost:8180 (reuses one already running there)
#   scripts/keycloak.sh stop      stop the Keycloak this script started
#   scripts/keycloak.sh status    is the shequn realm served on :8180?
#   scripts/keycloak.sh run       start in the foreground until Ctrl-C
#
# Environment: KEYCLOAK_JAVA_HOME (a JDK 21+; found under /usr/lib/jvm otherwise),
# KEYCLOAK_PORT (8180), KEYCLOAK_VERSION (26.7.3), KEYCLOAK_RESET=1 (forget users/sessions
# and import the realm again). The realm is imported again by itself when
# deploy/keycloak/realm.json changed since the last import.
# Admin console: http://localhost:8180/admin, admin / admin.
#
# Can also be sourced: functions keycloak_install, keycloak_start, keycloak_stop.

# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_URL="http://localhost:${KEYCLOAK_PORT}"
KEYCLOAK_REALM_FILE="$SHEQUN_ROOT/deploy/keycloak/realm.json"
KEYCLOAK_CACHE="$SHEQUN_CACHE/keycloak"
KEYCLOAK_HOME="$KEYCLOAK_CACHE/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_PID_FILE="$KEYCLOAK_CACHE/keycloak.pid"
KEYCLOAK_LOG="${KEYCLOAK_LOG:-$SHEQUN_ROOT/.data/logs/keycloak.log}"
KEYCLOAK_STARTED_BY_US=0
MAVEN_CENTRAL="${MAVEN_CENTRAL:-https://repo.maven.apache.org/maven2}"

keycloak_realm_ready() {
  curl -fsS -o /dev/null --max-time 3 "$KEYCLOAK_URL/realms/shequn/.well-known/openid-configuration" 2>/dev/null
}

keycloak_install() {
  if [ -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then return 0; fi
  local zip="$KEYCLOAK_CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  local url="$MAVEN_CENTRAL/org/keycloak/keycloak-quarkus-dist/$KEYCLOAK_VERSION/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  mkdir -p "$KEYCLOAK_CACHE"
  if [ ! -f "$zip" ]; then
    log "Downloading Keycloak $KEYCLOAK_VERSION from Maven Central (~170 MB)"
    curl -fSL --retry 3 --progress-bar -o "$zip.part" "$url" || die "Keycloak download failed: $url"
    local want got
    want=$(curl -fsSL --retry 3 "$url.sha1" | awk '{print $1}') || die "could not fetch $url.sha1"
    got=$(sha1sum "$zip.part" | awk '{print $1}')
    [ "$want" = "$got" ] || { rm -f "$zip.part"; die "Keycloak zip checksum mismatch ($got, expected $want)"; }
    mv "$zip.part" "$zip"
  fi
  log "Unpacking Keycloak into ${KEYCLOAK_HOME#"$SHEQUN_ROOT"/}"
  rm -rf "$KEYCLOAK_HOME.tmp" && mkdir -p "$KEYCLOAK_HOME.tmp"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$KEYCLOAK_HOME.tmp"
  else
    (cd "$KEYCLOAK_HOME.tmp" && jar xf "$zip" 2>/dev/null) || python3 -m zipfile -e "$zip" "$KEYCLOAK_HOME.tmp"
  fi
  chmod +x "$KEYCLOAK_HOME.tmp"/keycloak-"$KEYCLOAK_VERSION"/bin/*.sh
  mv "$KEYCLOAK_HOME.tmp/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME"
  rm -rf "$KEYCLOAK_HOME.tmp"
  ok "Keycloak $KEYCLOAK_VERSION installed"
}

keycloak_java_home() {
  find_java_home 21 || die "Keycloak $KEYCLOAK_VERSION needs Java 21 or newer, and none was found
     (looked at \$KEYCLOAK_JAVA_HOME, \$JAVA_HOME, /usr/lib/jvm/*, /opt/java/*, the java on PATH).
     Install one, e.g. 'apt-get install openjdk-21-jdk-headless' or a Temurin 21/25 JDK
     (https://adoptium.net), then run again, or point KEYCLOAK_JAVA_HOME at it."
}

# Copies the realm into data/import; wipes the dev database when the realm file changed,
# so that --import-realm imports the new version (it skips a realm that exists).
keycloak_prepare_realm() {
  local sum old=""
  sum=$(sha256sum "$KEYCLOAK_REALM_FILE" | awk '{print $1}')
  [ -f "$KEYCLOAK_HOME/data/.realm.sha256" ] && old=$(cat "$KEYCLOAK_HOME/data/.realm.sha256")
  if [ "${KEYCLOAK_RESET:-0}" = 1 ] || { [ -n "$old" ] && [ "$old" != "$sum" ]; }; then
    log "Realm file changed (or KEYCLOAK_RESET=1): resetting Keycloak's dev database"
    rm -rf "$KEYCLOAK_HOME/data/h2"
  fi
  mkdir -p "$KEYCLOAK_HOME/data/import"
  rm -f "$KEYCLOAK_HOME/data/import/"*.json
  cp "$KEYCLOAK_REALM_FILE" "$KEYCLOAK_HOME/data/import/shequn-realm.json"
  printf '%s\n' "$sum" >"$KEYCLOAK_HOME/data/.realm.sha256"
}

keycloak_cmd() {
  printf '%s\0' "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
    --http-host 127.0.0.1 --http-port "$KEYCLOAK_PORT" \
    --hostname "$KEYCLOAK_URL" --import-realm
}

# keycloak_launch: starts Keycloak in the background (or notes that one already runs);
# keycloak_wait: waits until it serves the realm. keycloak_start does both.
keycloak_launch() {
  KEYCLOAK_LAUNCHED_PID=""
  if keycloak_realm_ready; then
    ok "Keycloak already running on $KEYCLOAK_URL (reusing it)"
    return 0
  fi
  if port_open "$KEYCLOAK_PORT"; then
    die "port $KEYCLOAK_PORT is in use but does not serve the shequn realm; stop that process first"
  fi
  rm -f "$KEYCLOAK_PID_FILE"
  keycloak_install
  local jh; jh=$(keycloak_java_home) || exit 1
  keycloak_prepare_realm
  mkdir -p "$(dirname "$KEYCLOAK_LOG")"
  log "Starting Keycloak on $KEYCLOAK_URL (Java $(java_major "$jh/bin/java") at $jh; log ${KEYCLOAK_LOG#"$SHEQUN_ROOT"/}); first start takes ~45-90 s"
  : >"$KEYCLOAK_LOG"
  local -a cmd; mapfile -d '' cmd < <(keycloak_cmd)
  JAVA_HOME="$jh" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    setsid "${cmd[@]}" >>"$KEYCLOAK_LOG" 2>&1 </dev/null &
  KEYCLOAK_LAUNCHED_PID=$!
  echo "$KEYCLOAK_LAUNCHED_PID" >"$KEYCLOAK_PID_FILE"
  KEYCLOAK_STARTED_BY_US=1
}

keycloak_wait() {
  local rc=0
  wait_http "$KEYCLOAK_URL/realms/shequn/.well-known/openid-configuration" "${KEYCLOAK_START_TIMEOUT:-240}" "${KEYCLOAK_LAUNCHED_PID:-}" || rc=$?
  if [ "$rc" -ne 0 ]; then
    show_log_tail "$KEYCLOAK_LOG"
    [ "$rc" = 2 ] && die "Keycloak exited during start-up (see $KEYCLOAK_LOG)"
    keycloak_stop
    die "Keycloak did not serve the shequn realm within ${KEYCLOAK_START_TIMEOUT:-240}s (see $KEYCLOAK_LOG)"
  fi
  ok "Keycloak ready: $KEYCLOAK_URL/realms/shequn"
}

keycloak_start() {
  keycloak_launch
  keycloak_wait
}

keycloak_stop() {
  [ -f "$KEYCLOAK_PID_FILE" ] || return 0
  local pid i=0; pid=$(cat "$KEYCLOAK_PID_FILE")
  if [ -n "$pid" ] && kill -0 -- "-$pid" 2>/dev/null; then
    log "Stopping Keycloak (process group $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || true
    while kill -0 -- "-$pid" 2>/dev/null && [ "$i" -lt 120 ]; do sleep 0.25; i=$((i + 1)); done
    kill -0 -- "-$pid" 2>/dev/null && kill -KILL -- "-$pid" 2>/dev/null
  fi
  rm -f "$KEYCLOAK_PID_FILE"
  return 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  case "${1:-start}" in
    install) keycloak_install ;;
    start) keycloak_start ;;
    stop) keycloak_stop ;;
    status) if keycloak_realm_ready; then echo "running: $KEYCLOAK_URL/realms/shequn"; else echo "not running"; exit 1; fi ;;
    run)
      keycloak_start
      trap 'keycloak_stop; exit 0' INT TERM
      echo "Keycloak on $KEYCLOAK_URL (admin/admin). Ctrl-C stops it."
      while true; do sleep 1; done ;;
    *) echo "usage: $0 install|start|stop|status|run" >&2; exit 2 ;;
  esac
fi
