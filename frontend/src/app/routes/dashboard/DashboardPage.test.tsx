import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json } from '@/test/fetch-mock';
import { base, mockWorkspaceFetch, renderPage, TEST_WORKSPACE_ID } from '@/test/workspace-page';
import { DashboardPage } from './DashboardPage';

vi.mock('echarts-for-react/esm/core', () => ({ default: () => <div data-testid="chart" /> }));

const groupId = '0190a7e0-0000-7000-8000-0000000000a1';
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
  return mockWorkspaceFetch(role, {
    [`GET ${base}/alerts`]: () => json({ items: [alert], nextCursor: null }),
    [`GET ${base}/groups`]: () => json({ items: [], nextCursor: null }),
  });
}

const renderDashboard = () => renderPage('/w/:workspaceId', <DashboardPage />, `/w/${TEST_WORKSPACE_ID}`);

describe('DashboardPage', () => {
  it('lets an operator resolve alerts', async () => {
    routes('operator');
    renderDashboard();
    expect(await screen.findByText('超出容量', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: '标记已处理' })).toBeInTheDocument();
  });

  it('hides "resolve" from an analyst, and asks in the workspace time zone', async () => {
    const { requests } = routes('analyst');
    renderDashboard();
    expect(await screen.findByText('超出容量', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(await screen.findByText('你的角色只能查看告警，不能处理。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '标记已处理' })).not.toBeInTheDocument();
    expect(screen.getByTestId('range-hint')).toHaveTextContent('Asia/Shanghai');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });
});
