import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router';
import { json, mockFetch, type Handler } from './fetch-mock';
import { renderWithProviders } from './render';

/** The workspace every page test runs in. */
export const TEST_WORKSPACE_ID = '0190a7e0-0000-7000-8000-000000000001';
export const testWorkspace = {
  id: TEST_WORKSPACE_ID,
  name: '小鹿母婴旗舰店',
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
  operatorsSeeAssignedGroupsOnly: false,
  createdAt: '2026-01-05T02:00:00Z',
  updatedAt: '2026-01-05T02:00:00Z',
};
/** The API path of the test workspace: `${base}/groups`, ... */
export const base = `/api/v1/workspaces/${TEST_WORKSPACE_ID}`;

/**
 * Mocks fetch for a page of the test workspace: "my workspaces" (with the caller's role) and
 * the workspace itself are answered, plus the page's own routes.
 */
export function mockWorkspaceFetch(role: string, routes: Record<string, Handler> = {}) {
  return mockFetch({
    'GET /api/v1/workspaces': () => json({ items: [{ workspace: testWorkspace, role }], nextCursor: null }),
    [`GET ${base}`]: () => json(testWorkspace, { headers: { ETag: '"w1"' } }),
    ...routes,
  });
}

/** Renders a page at its route pattern (`/w/:workspaceId/...`), opened at `url`. */
export function renderPage(pattern: string, page: ReactElement, url: string) {
  return renderWithProviders(
    <Routes>
      <Route path={pattern} element={page} />
    </Routes>,
    { route: url },
  );
}
