import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { alert, GROUP_1, WS } from './fixtures.test-data';
import { OpenAlerts } from './OpenAlerts';

const base = `/api/v1/workspaces/${WS}`;
const names = new Map([[GROUP_1, '宝妈福利群 1']]);

describe('OpenAlerts', () => {
  it('lists open alerts with group, value vs threshold, and resolves one', async () => {
    let resolved = false;
    const over = { ...alert, id: '0190a7e0-0000-7000-8000-0000000000f2', kind: 'over_capacity', metric: null, value: 351, threshold: 350 };
    const { requests } = mockFetch({
      [`GET ${base}/alerts`]: () => json({ items: resolved ? [over] : [alert, over], nextCursor: null }),
      [`POST ${base}/alerts/${alert.id}/resolve`]: () => {
        resolved = true;
        return json({ ...alert, state: 'resolved', resolvedAt: '2026-11-23T01:00:00Z' });
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<OpenAlerts workspaceId={WS} groupNames={names} currency="CNY" canResolve />);

    const row = (await screen.findByText('平均首次响应时间')).closest('tr')!;
    expect(row).toHaveTextContent('宝妈福利群 1');
    expect(row).toHaveTextContent('102.1秒 / 30秒');
    const capacity = screen.getByText('超出容量').closest('tr')!;
    expect(capacity).toHaveTextContent('351 / 350');
    expect(new URL(requests[0].url).searchParams.get('state')).toBe('open');

    await user.click(within(row).getByRole('button', { name: '标记已处理' }));
    await user.click(await screen.findByRole('button', { name: '确定' }));
    expect(await screen.findByText('告警已标记为已处理')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('平均首次响应时间')).not.toBeInTheDocument());
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('has no resolve button for an analyst (read-only)', async () => {
    const { requests } = mockFetch({ [`GET ${base}/alerts`]: () => json({ items: [alert], nextCursor: null }) });
    renderWithProviders(<OpenAlerts workspaceId={WS} groupNames={names} currency="CNY" canResolve={false} />);

    expect(await screen.findByText('平均首次响应时间')).toBeInTheDocument();
    expect(screen.getByText('分析师只能查看告警。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '标记已处理' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('says when there is no open alert, and shows a problem', async () => {
    mockFetch({ [`GET ${base}/alerts`]: () => json({ items: [], nextCursor: null }) });
    const { unmount } = renderWithProviders(<OpenAlerts workspaceId={WS} groupNames={names} currency="CNY" canResolve />);
    expect(await screen.findByText('没有待处理的告警')).toBeInTheDocument();
    unmount();

    mockFetch({ [`GET ${base}/alerts`]: () => problem({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'database down' }) });
    renderWithProviders(<OpenAlerts workspaceId={WS} groupNames={names} currency="CNY" canResolve />);
    const box = await screen.findByRole('alert');
    expect(box).toHaveTextContent('无法加载告警');
    expect(box).toHaveTextContent('database down');
  });
});
