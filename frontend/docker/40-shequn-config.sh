#!/bin/sh
# Writes the console's runtime configuration (/config.js, read by index.html before the app)
# from the environment, so one image serves any deployment:
#   SHEQUN_OIDC_AUTHORITY  OIDC issuer, e.g. https://sso.example.com/realms/shequn
#   SHEQUN_OIDC_CLIENT_ID  public console client (default shequn-console)
#   SHEQUN_API_BASE_URL    API origin when it is not the console's own (default: same origin, /api)
#   SHEQUN_API_GUIDE_URL   the partner API guide (events), linked from an empty dashboard
set -eu
target=/usr/share/nginx/html/config.js

json_string() {
  # a JSON string literal: escape backslashes and double quotes
  printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"
}

entries=""
add() {
  [ -n "$2" ] || return 0
  entries="${entries:+$entries, }$1: $(json_string "$2")"
}
add oidcAuthority "${SHEQUN_OIDC_AUTHORITY:-}"
add oidcClientId "${SHEQUN_OIDC_CLIENT_ID:-}"
add apiBaseUrl "${SHEQUN_API_BASE_URL:-}"
add apiGuideUrl "${SHEQUN_API_GUIDE_URL:-}"

printf '// Written at container start by /docker-entrypoint.d/40-shequn-config.sh\nwindow.__SHEQUN_CONFIG__ = {%s};\n' "$entries" > "$target"
echo "shequn: wrote $target"
