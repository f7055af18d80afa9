#!/usr/bin/env bash
# Runs the shell examples of docs/api-guide.md as written, in order, in one shell, against a
# running stack with ./run's demo data (API on :8080, Keycloak on :8180), so the guide cannot
# drift from the API.
#
#   scripts/api-guide-examples.sh [guide.md]
#
# Fenced blocks marked ```bash must succeed: every curl in them fails the run on an HTTP
# status >= 400 (2xx, and 304 where the example asks for it). Blocks marked
# ```bash expect-error show an error answer: every curl in them must answer 4xx.
# ```sh blocks (operations that need a user's token) and output blocks are not run.
# The examples run in a temporary directory (they write members.csv, event.json, ...).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GUIDE="$(cd "$(dirname "${1:-$ROOT/docs/api-guide.md}")" && pwd)/$(basename "${1:-$ROOT/docs/api-guide.md}")"
command -v jq >/dev/null || { echo "api-guide-examples: jq is needed (apt-get install jq)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/api-guide.XXXXXX")
trap 'rm -rf "$work"' EXIT

# One script: a header with the curl wrappers, then each block preceded by its mode and line.
{
  cat <<'HEADER'
set -Eeuo pipefail   # -E: the ERR trap below also fires for a failure inside the curl wrapper
GUIDE_MODE=ok; GUIDE_LINE=0
curl() {
  if [ "$GUIDE_MODE" = ok ]; then
    command curl --fail-with-body "$@"
  else
    local out code
    out=$(command curl -w '\n%{http_code}' "$@") || true
    code=${out##*$'\n'}
    printf '%s\n' "${out%$'\n'*}"
    case "$code" in
      4??) ;;
      *) echo "api-guide-examples: the example at line $GUIDE_LINE should answer 4xx, it answered $code" >&2; return 1 ;;
    esac
  fi
}
trap 'echo "api-guide-examples: the example block at docs/api-guide.md line $GUIDE_LINE failed" >&2' ERR
HEADER
  awk '
    /^```bash( expect-error)?[[:space:]]*$/ && !inblock {
      inblock = 1
      mode = ($0 ~ /expect-error/) ? "error" : "ok"
      printf "\nGUIDE_MODE=%s; GUIDE_LINE=%d\necho \"--- docs/api-guide.md line %d (%s)\" >&2\n", mode, NR, NR, mode
      next
    }
    /^```/ && inblock { inblock = 0; next }
    inblock { print }
  ' "$GUIDE"
} >"$work/examples.sh"

blocks=$(grep -c '^GUIDE_MODE=' "$work/examples.sh" || true)
echo "api-guide-examples: running $blocks blocks of $GUIDE" >&2
cd "$work"
bash "$work/examples.sh"
echo
echo "api-guide-examples: all $blocks blocks ran as written" >&2
