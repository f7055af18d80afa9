import { UserManager, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';
import { config } from './config';

/** Where to go back after the login round trip (kept in the OIDC state). */
export interface SigninState {
  returnTo?: string;
}

export function oidcSettings(): UserManagerSettings {
  const origin = window.location.origin;
  return {
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    // Public client: authorization code + PKCE (S256), no secret.
    response_type: 'code',
    scope: 'openid profile email',
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    // Renew the access token before it expires; with a refresh token (Keycloak issues one)
    // this is a refresh_token grant, no iframe.
    automaticSilentRenew: true,
    monitorSession: false,
    loadUserInfo: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  };
}

/** One UserManager for the app: the API client reads the access token from it. */
export const userManager = new UserManager(oidcSettings());

export async function getAccessToken(): Promise<string | undefined> {
  const user = await userManager.getUser();
  if (!user || user.expired) return undefined;
  return user.access_token;
}
