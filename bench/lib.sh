# shellcheck shell=bash
# Shared by the bench scripts. A script sets its data dir and ports first (SHEQUN_DATA_DIR,
# SHEQUN_PG_PORT, SHEQUN_BACKEND_PORT), then, from the repository root:
#
#   source bench/lib.sh
#
# which brings scripts/stack.sh (start_postgres, start_backend, stop_bg, die, log, ...) and sets
#   KC    Keycloak's base URL (KEYCLOAK_PORT, default 8180)
#   DB    the bench's database, as a libpq URL for psql
#   PSQL  the psql client: on PATH, else beside the embedded PostgreSQL's binaries

export SHEQUN_ROOT="$PWD"
# shellcheck source=../scripts/stack.sh
source scripts/stack.sh
KC="http://localhost:${KEYCLOAK_PORT:-8180}"
DB="postgresql://postgres:postgres@127.0.0.1:${SHEQUN_PG_PORT:-54329}/shequn"
PSQL="${PSQL:-$(command -v psql || ls /tmp/embedded-pg/*/bin/psql 2>/dev/null | head -1 || true)}"
[ -n "$PSQL" ] || die "no psql client: install one (apt-get install postgresql-client) or set PSQL"

# Dies unless Keycloak serves the project's realm.
require_keycloak() {
  curl -fsS -o /dev/null --max-time 3 "$KC/realms/shequn/.well-known/openid-configuration" \
    || die "Keycloak does not serve the realm on $KC: scripts/keycloak.sh start"
}

# A client-credentials token of the demo partner (they live 5 minutes: take one per run).
partner_token() {
  local token
  token=$(curl -fsS -d grant_type=client_credentials -d client_id=shequn-partner-demo -d client_secret=partner-demo-secret \
    "$KC/realms/shequn/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || die "no token from Keycloak"
  echo "$token"
}

# PostgreSQL and the backend of the data dir: those running are used, the others started (their
# ports must be free). What was started here stops on exit, unless BENCH_KEEP=1; $1 (optional)
# is more to undo on exit.
BENCH_STARTED=""
bench_stack() {
  if [ "${BENCH_KEEP:-0}" = 1 ]; then
    trap "${1:-:}" EXIT
  else
    trap "bench_stop; ${1:-}" EXIT
  fi
  if ! bg_running postgres; then
    port_open "$SHEQUN_PG_PORT" && die "port $SHEQUN_PG_PORT is in use"
    BENCH_STARTED="$BENCH_STARTED postgres"
    start_postgres
  fi
  if ! bg_running backend; then
    port_open "$SHEQUN_BACKEND_PORT" && die "port $SHEQUN_BACKEND_PORT is in use"
    BENCH_STARTED="$BENCH_STARTED backend"
    start_backend
  fi
}

bench_stop() {
  case " $BENCH_STARTED " in *" backend "*) stop_bg backend 30 ;; esac
  case " $BENCH_STARTED " in *" postgres "*) stop_postgres ;; esac
}

# bench/gen-members.sql at a size (members, groups, memberships), once per data dir (a marker
# file remembers it). Succeeds when it generated, fails when the data was there already (and
# stops the script when the generation fails).
generate_members() {
  local marker="$SHEQUN_DATA_DIR/generated-members-$1-$2-$3" t0
  [ ! -f "$marker" ] || return 1
  log "Generating $1 members, $2 groups, $3 memberships (bench/gen-members.sql)"
  t0=$(date +%s)
  "$PSQL" -X -q -v members="$1" -v groups="$2" -v memberships="$3" \
    -f bench/gen-members.sql "$DB" | tee "$SHEQUN_DATA_DIR/logs/gen-members.log" || die "bench/gen-members.sql failed"
  echo "generated in $(( $(date +%s) - t0 )) s" | tee -a "$SHEQUN_DATA_DIR/logs/gen-members.log"
  touch "$marker"
}

# The run's context, first line of every bench output.
bench_header() {
  echo "date: $(date -u +%FT%TZ); load average: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
}
