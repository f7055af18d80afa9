import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { DashboardPage } from './DashboardPage';

vi.mock('echarts-for-react/esm/core', () => ({ default: () => <div data-testid="chart" /> }));

const id = '0190a7e0-0000-7000-8000-000000000001';
const groupId = '0190a7e0-0000-7000-8000-0000000000a1';
const base = `/api/v1/workspaces/${id}`;
const workspace = {
  id,
  name: '小鹿母婴旗舰店',
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
  createdAt: '2026-01-05T02:00:00Z',
  updatedAt: '2026-01-05T02:00:00Z',
};
const alert = {
  id: '0190a7e0-0000-7000-8000-0000000000f1',
  groupId,
  kind: 'over_capacity',
  state: 'open',
  raisedAt: '2026-11-22T16:00:00Z',
  metric: null,
  value: 351,
  threshold: 350,
  detail: null,
  resolvedAt: null,
};

function routes(role: string) {
  return mockFetch({
    'GET /api/v1/workspaces': () => json({ items: [{ workspace, role }], nextCursor: null }),
    [`GET ${base}`]: () => json(workspace, { headers: { ETag: '"v1"' } }),
    [`GET ${base}/alerts`]: () => json({ items: [alert], nextCursor: null }),
    [`GET ${base}/groups`]: () => json({ items: [], nextCursor: null }),
  });
}

function renderPage() {
  return renderWithProviders(
    <Routes>
      <Route path="/w/:workspaceId" element={<DashboardPage />} />
    </Routes>,
    { route: `/w/${id}` },
  );
}

describe('DashboardPage', () => {
  it('lets an operator resolve alerts', async () => {
    routes('operator');
    renderPage();
    expect(await screen.findByText('超出容量', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: '标记已处理' })).toBeInTheDocument();
  });

  it('hides "resolve" from an analyst, and asks in the workspace time zone', async () => {
    const { requests } = routes('analyst');
    renderPage();
    expect(await screen.findByText('超出容量', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(await screen.findByText('你的角色只能查看告警，不能处理。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '标记已处理' })).not.toBeInTheDocument();
    expect(screen.getByTestId('range-hint')).toHaveTextContent('Asia/Shanghai');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });
});
