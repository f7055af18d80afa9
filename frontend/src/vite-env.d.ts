/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_OIDC_AUTHORITY?: string;
  readonly VITE_OIDC_CLIENT_ID?: string;
  readonly VITE_API_BASE_URL?: string;
  readonly VITE_API_GUIDE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

interface Window {
  __SHEQUN_CONFIG__?: {
    oidcAuthority?: string;
    oidcClientId?: string;
    apiBaseUrl?: string;
    apiGuideUrl?: string;
  };
}
