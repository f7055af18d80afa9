/**
 * Console settings. Order of precedence: the runtime file /config.js (window.__SHEQUN_CONFIG__,
 * rewritten by the docker image), then the VITE_* variables given at build time, then the
 * defaults for the local run.
 */
export interface AppConfig {
  /** OIDC issuer (Keycloak realm URL). */
  oidcAuthority: string;
  /** Public OIDC client of the console (authorization code + PKCE). */
  oidcClientId: string;
  /** Origin the API is called on; the console's own origin by default (paths start with /api). */
  apiBaseUrl: string;
  /** Where partner developers read how to push events (linked from the empty dashboard). */
  apiGuideUrl: string;
}

const DEFAULTS = {
  oidcAuthority: 'http://localhost:8180/realms/shequn',
  oidcClientId: 'shequn-console',
  // the backend's Swagger UI of the local run, at the events operations
  apiGuideUrl: 'http://localhost:8080/q/swagger-ui/#/events',
};

function pick(...values: (string | undefined)[]): string | undefined {
  return values.find((v) => typeof v === 'string' && v.trim() !== '')?.trim();
}

export function loadConfig(): AppConfig {
  const runtime = (typeof window !== 'undefined' && window.__SHEQUN_CONFIG__) || {};
  const env = import.meta.env;
  const origin = typeof window !== 'undefined' ? window.location.origin : 'http://localhost:5173';
  return {
    oidcAuthority: pick(runtime.oidcAuthority, env.VITE_OIDC_AUTHORITY) ?? DEFAULTS.oidcAuthority,
    oidcClientId: pick(runtime.oidcClientId, env.VITE_OIDC_CLIENT_ID) ?? DEFAULTS.oidcClientId,
    apiBaseUrl: (pick(runtime.apiBaseUrl, env.VITE_API_BASE_URL) ?? origin).replace(/\/+$/, ''),
    apiGuideUrl: pick(runtime.apiGuideUrl, env.VITE_API_GUIDE_URL) ?? DEFAULTS.apiGuideUrl,
  };
}

export const config: AppConfig = loadConfig();
