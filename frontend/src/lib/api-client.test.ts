import { User } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/test/fetch-mock';
import { api, createApiClient, unwrap } from './api-client';
import { userManager } from './auth';
import { ApiError } from './problem';

const page = { items: [], nextCursor: null };

describe('api client', () => {
  it('adds the bearer token to every request', async () => {
    const { requests } = mockFetch({ 'GET /api/v1/workspaces': () => json(page) });
    const client = createApiClient({ baseUrl: 'http://console.test', getAccessToken: () => 'token-123' });

    const result = await client.GET('/api/v1/workspaces', { params: { query: { limit: 10 } } });

    expect(result.data).toEqual(page);
    expect(requests).toHaveLength(1);
    expect(requests[0].url).toBe('http://console.test/api/v1/workspaces?limit=10');
    expect(requests[0].headers.get('Authorization')).toBe('Bearer token-123');
  });

  it('sends no Authorization header without a token', async () => {
    const { requests } = mockFetch({ 'GET /api/v1/me/invitations': () => json({ items: [] }) });
    const client = createApiClient({ baseUrl: 'http://console.test', getAccessToken: async () => undefined });

    await client.GET('/api/v1/me/invitations');

    expect(requests[0].headers.has('Authorization')).toBe(false);
  });

  it("the app's client takes the signed-in user's access token, on the console's origin", async () => {
    await userManager.storeUser(
      new User({
        access_token: 'user-access-token',
        token_type: 'Bearer',
        profile: { sub: 'u1', iss: 'http://kc.test/realms/shequn', aud: 'shequn-console', exp: 0, iat: 0 },
        expires_at: Math.floor(Date.now() / 1000) + 300,
      }),
    );
    const { requests } = mockFetch({ 'GET /api/v1/workspaces': () => json(page) });

    await api.GET('/api/v1/workspaces');

    expect(requests[0].url).toBe(`${window.location.origin}/api/v1/workspaces`);
    expect(requests[0].headers.get('Authorization')).toBe('Bearer user-access-token');
  });

  it('reports 401 to onUnauthorized and unwrap throws the problem', async () => {
    mockFetch({
      'GET /api/v1/me': () =>
        new Response(JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401 }), {
          status: 401,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    });
    let unauthorized = 0;
    const client = createApiClient({
      baseUrl: 'http://console.test',
      getAccessToken: () => 'expired',
      onUnauthorized: () => unauthorized++,
    });

    const result = await client.GET('/api/v1/me');

    expect(unauthorized).toBe(1);
    expect(() => unwrap(result)).toThrow(ApiError);
    try {
      unwrap(result);
    } catch (e) {
      expect((e as ApiError).status).toBe(401);
      expect((e as ApiError).problem?.title).toBe('Unauthorized');
    }
  });
});
