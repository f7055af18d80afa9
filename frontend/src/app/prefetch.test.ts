import { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/test/fetch-mock';
import { prefetchGroup, prefetchGroups } from './prefetch';

vi.mock('@/lib/auth', () => ({ getAccessToken: () => Promise.resolve('token') }));

const ws = '0190a7e0-0000-7000-8000-000000000001';
const groupId = '0190a7e0-0000-7000-8000-0000000000a1';
const base = `/api/v1/workspaces/${ws}`;
const workspace = { id: ws, name: 'w', timeZone: 'America/Los_Angeles', currency: 'CNY', createdAt: '2026-01-05T02:00:00Z', updatedAt: '2026-01-05T02:00:00Z' };

const args = (url: string, params: Record<string, string>) =>
  ({ request: new Request(`http://localhost${url}`), params, context: undefined }) as unknown as LoaderFunctionArgs;

describe('route prefetch', () => {
  it("starts the group page's group and, once the time zone is known, its summary", async () => {
    const { requests } = mockFetch({
      [`GET ${base}`]: () => json(workspace),
      [`GET ${base}/groups/${groupId}`]: () => json({ id: groupId }),
      [`GET ${base}/metrics/summary`]: () => json({}),
    });
    expect(prefetchGroup(new QueryClient())(args(`/w/${ws}/groups/${groupId}?period=last30`, { workspaceId: ws, groupId }))).toBeNull();
    await vi.waitFor(() => expect(requests.some((r) => r.url.includes('/metrics/summary'))).toBe(true));
    const summary = new URL(requests.find((r) => r.url.includes('/metrics/summary'))!.url).searchParams;
    expect(summary.get('groupId')).toBe(groupId);
    // 30 local days of the workspace's zone
    expect((Date.parse(summary.get('to')!) - Date.parse(summary.get('from')!)) / 86_400_000).toBe(29);
    expect(requests.some((r) => new URL(r.url).pathname === `${base}/groups/${groupId}`)).toBe(true);
  });

  it('starts the groups list with the filters of the URL', async () => {
    const { requests } = mockFetch({
      [`GET ${base}`]: () => json(workspace),
      [`GET ${base}/groups`]: () => json({ items: [], nextCursor: null }),
    });
    prefetchGroups(new QueryClient())(args(`/w/${ws}/groups?platform=qq&sort=name`, { workspaceId: ws }));
    await vi.waitFor(() => expect(requests.some((r) => new URL(r.url).pathname === `${base}/groups`)).toBe(true));
    const list = new URL(requests.find((r) => new URL(r.url).pathname === `${base}/groups`)!.url).searchParams;
    expect(list.get('platform')).toBe('qq');
    expect(list.get('sort')).toBe('name');
  });
});
