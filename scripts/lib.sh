# shellcheck shell=bash
# Shared helpers for ./run, ./test and scripts/*.sh. Source it; do not execute it.
#
# Background services run in their own process group (setsid), so stopping one stops
# everything it forked (kc.sh -> java, zonky launcher -> postgres, npm -> vite).
# Their pid files live in "$SHEQUN_DATA_DIR/pids".

SHEQUN_ROOT="${SHEQUN_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
SHEQUN_CACHE="${SHEQUN_CACHE:-$SHEQUN_ROOT/.cache}"
SHEQUN_DATA_DIR="${SHEQUN_DATA_DIR:-$SHEQUN_ROOT/.data}"

if [ -t 1 ]; then
  _c_b=$'\e[1m'; _c_g=$'\e[32m'; _c_r=$'\e[31m'; _c_y=$'\e[33m'; _c_0=$'\e[0m'
else
  _c_b=''; _c_g=''; _c_r=''; _c_y=''; _c_0=''
fi

log()  { printf '%s==>%s %s\n' "$_c_b" "$_c_0" "$*" >&2; }
ok()   { printf '%s  ok%s %s\n' "$_c_g" "$_c_0" "$*" >&2; }
warn() { printf '%swarn%s %s\n' "$_c_y" "$_c_0" "$*" >&2; }
die()  { printf '%sfail%s %s\n' "$_c_r" "$_c_0" "$*" >&2; exit 1; }

# Major version of a java binary ("17", "21", "25"), empty if it does not run.
java_major() {
  local v
  v=$("$1" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}') || return 0
  v=${v#1.}
  printf '%s' "${v%%[.+-]*}"
}

# Prints a JAVA_HOME with Java >= $1 (default 21) or returns 1.
# Candidates: $KEYCLOAK_JAVA_HOME, $JAVA_HOME, /usr/lib/jvm/*, /opt/java/*, the java on PATH.
find_java_home() {
  local min="${1:-21}" c m
  local candidates=()
  [ -n "${KEYCLOAK_JAVA_HOME:-}" ] && candidates+=("$KEYCLOAK_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for c in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$c" ] && candidates+=("$c")
  done
  if command -v java >/dev/null 2>&1; then
    c=$(readlink -f "$(command -v java)"); candidates+=("${c%/bin/java}")
  fi
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] || continue
    m=$(java_major "$c/bin/java")
    if [ -n "$m" ] && [ "$m" -ge "$min" ] 2>/dev/null; then
      printf '%s' "$c"; return 0
    fi
  done
  return 1
}

# wait_http URL TIMEOUT_SECONDS [PID]: waits for a 2xx answer; fails early if PID dies.
wait_http() {
  local url="$1" timeout="${2:-60}" pid="${3:-}" i=0
  while [ "$i" -lt "$timeout" ]; do
    if curl -fsS -o /dev/null --max-time 3 "$url" 2>/dev/null; then return 0; fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 2; fi
    sleep 1; i=$((i + 1))
  done
  return 1
}

# port_open PORT: true if something listens on 127.0.0.1:PORT.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid_file() { printf '%s/pids/%s.pid' "$SHEQUN_DATA_DIR" "$1"; }

# start_bg NAME LOGFILE CMD...: starts CMD in a new process group, records its pid.
start_bg() {
  local name="$1" logf="$2"; shift 2
  mkdir -p "$SHEQUN_DATA_DIR/pids" "$(dirname "$logf")"
  : >"$logf"
  setsid "$@" >>"$logf" 2>&1 </dev/null &
  echo $! >"$(pid_file "$name")"
  printf '%s' $!
}

bg_pid() { local f; f=$(pid_file "$1"); [ -f "$f" ] && cat "$f"; }

bg_running() {
  local pid; pid=$(bg_pid "$1") || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# stop_bg NAME [GRACE_SECONDS]: TERM to the process group, KILL after the grace period.
stop_bg() {
  local name="$1" grace="${2:-20}" pid i=0
  pid=$(bg_pid "$name") || return 0
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null || kill -0 -- "-$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    while kill -0 -- "-$pid" 2>/dev/null && [ "$i" -lt $((grace * 4)) ]; do
      sleep 0.25; i=$((i + 1))
    done
    if kill -0 -- "-$pid" 2>/dev/null; then
      warn "$name did not stop in ${grace}s, killing it"
      kill -KILL -- "-$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$(pid_file "$name")"
}

# tail of a log for error messages
show_log_tail() { [ -f "$1" ] && { echo "---- last lines of $1 ----" >&2; tail -n "${2:-40}" "$1" >&2; echo "----" >&2; }; }
