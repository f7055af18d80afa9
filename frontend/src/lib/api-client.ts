import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/schema';
import { getAccessToken } from './auth';
import { config } from './config';
import { ApiError, isProblem } from './problem';

export interface ApiClientOptions {
  baseUrl: string;
  getAccessToken: () => Promise<string | undefined> | string | undefined;
  /** Called when the API answers 401 (token missing, expired or revoked). */
  onUnauthorized?: () => void;
}

/** Adds `Authorization: Bearer <access token>` to every request when a user is signed in. */
export function authMiddleware(
  getToken: ApiClientOptions['getAccessToken'],
  onUnauthorized?: () => void,
): Middleware {
  return {
    async onRequest({ request }) {
      const token = await getToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) onUnauthorized?.();
      return undefined;
    },
  };
}

export function createApiClient(options: ApiClientOptions) {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    // Resolve fetch at call time so tests (and polyfills) can replace it.
    fetch: (request: Request) => globalThis.fetch(request),
  });
  client.use(authMiddleware(options.getAccessToken, options.onUnauthorized));
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The app's client: same origin (paths start with /api), token from the OIDC user. */
export const api: ApiClient = createApiClient({
  baseUrl: config.apiBaseUrl,
  getAccessToken,
});

/**
 * Turns an openapi-fetch result into its data, or throws an ApiError with the problem body.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const problem = isProblem(result.error) ? result.error : undefined;
    throw new ApiError(result.response.status, problem);
  }
  return result.data as T;
}
