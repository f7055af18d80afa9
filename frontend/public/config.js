// Runtime configuration of the Shequn console, read before the app starts.
// Every key is optional; a missing key falls back to the VITE_* value given at build time,
// then to the local default. The docker image rewrites this file from environment variables.
//   oidcAuthority  e.g. "https://sso.example.com/realms/shequn"
//   oidcClientId   e.g. "shequn-console"
//   apiBaseUrl     origin of the API when it is not the console's own origin (CORS needed)
window.__SHEQUN_CONFIG__ = window.__SHEQUN_CONFIG__ || {};
