import { vi } from 'vitest';

export type Handler = (request: Request) => Response | Promise<Response>;

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers ?? {}) },
  });
}

export function problem(body: Record<string, unknown>): Response {
  return new Response(JSON.stringify(body), {
    status: Number(body.status ?? 400),
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/**
 * Replaces the global fetch (the edge of the app: openapi-fetch calls it with a Request) with
 * routes "METHOD /path" -> handler. Every request is recorded; an unknown route answers 404.
 */
export function mockFetch(routes: Record<string, Handler>) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request.clone());
    const url = new URL(request.url);
    const handler = routes[`${request.method} ${url.pathname}`];
    if (!handler) return problem({ type: 'about:blank', title: 'Not Found', status: 404 });
    return handler(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, requests };
}
