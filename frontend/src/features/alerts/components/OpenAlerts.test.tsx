import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { alert, groups, overCapacity, WS } from './fixtures.test-data';
import { OpenAlerts } from './OpenAlerts';

const base = `/api/v1/workspaces/${WS}`;
const names = new Map(groups.map((g) => [g.id, g.name]));

describe('OpenAlerts (the dashboard panel)', () => {
  it('lists open alerts with group, time in the workspace zone, value vs threshold, and resolves one with a note', async () => {
    let resolved = false;
    const { requests } = mockFetch({
      [`GET ${base}/alerts`]: () => json({ items: resolved ? [overCapacity] : [alert, overCapacity], nextCursor: null }),
      [`POST ${base}/alerts/${alert.id}/resolve`]: () => {
        resolved = true;
        return json({ ...alert, state: 'resolved', resolvedAt: '2026-11-23T01:00:00Z', resolvedBy: 'user:x', resolutionNote: '已私聊' });
      },
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<OpenAlerts workspaceId={WS} groupNames={names} currency="CNY" timeZone="Asia/Shanghai" canResolve />);

    const row = (await screen.findByText('平均首次响应时间')).closest('tr')!;
    expect(row).toHaveTextContent('宝妈福利群 1');
    expect(row).toHaveTextContent('102.1秒 / 30秒');
    // 16:00 UTC is 00:00 the next day in Shanghai; the column says which zone
    expect(row).toHaveTextContent('2026年11月23日 00:00');
    expect(screen.getAllByText('触发时间（Asia/Shanghai）')[0]).toBeInTheDocument();
    expect(screen.getByText('超出容量').closest('tr')).toHaveTextContent('351 / 350');
    expect(new URL(requests[0].url).searchParams.get('state')).toBe('open');

    await user.click(within(row).getByRole('button', { name: '标记已处理' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: '处理说明' }), '已私聊');
    await user.click(within(dialog).getByRole('button', { name: '标记已处理' }));
    expect(await screen.findByText('告警已标记为已处理')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('open-alerts').querySelectorAll('tr.ant-table-row')).toHaveLength(1));
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(await posts[0].json()).toEqual({ note: '已私聊' });
  });

  it('shows a refused resolve in the dialog and keeps it open', async () => {
    mockFetch({
      [`GET ${base}/alerts`]: () => json({ items: [alert], nextCursor: null }),
      [`POST ${base}/alerts/${alert.id}/resolve`]: () =>
        problem({ type: 'https://shequn.io/problems/forbidden', title: 'Forbidden', status: 403, detail: 'your role cannot resolve alerts' }),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<OpenAlerts workspaceId={WS} groupNames={names} currency="CNY" timeZone="Asia/Shanghai" canResolve />);

    await user.click(await screen.findByRole('button', { name: '标记已处理' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '标记已处理' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('your role cannot resolve alerts');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('has no resolve button for a read-only role', async () => {
    const { requests } = mockFetch({ [`GET ${base}/alerts`]: () => json({ items: [alert], nextCursor: null }) });
    renderWithProviders(
      <OpenAlerts workspaceId={WS} groupNames={names} currency="CNY" timeZone="Asia/Shanghai" canResolve={false} />,
    );

    expect(await screen.findByText('平均首次响应时间')).toBeInTheDocument();
    expect(screen.getByText('你的角色只能查看告警，不能处理。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '标记已处理' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('says when there is no open alert, and shows a problem', async () => {
    mockFetch({ [`GET ${base}/alerts`]: () => json({ items: [], nextCursor: null }) });
    const { unmount } = renderWithProviders(
      <OpenAlerts workspaceId={WS} groupNames={names} currency="CNY" timeZone="Asia/Shanghai" canResolve />,
    );
    expect(await screen.findByText('没有待处理的告警')).toBeInTheDocument();
    unmount();

    mockFetch({
      [`GET ${base}/alerts`]: () => problem({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'database down' }),
    });
    renderWithProviders(<OpenAlerts workspaceId={WS} groupNames={names} currency="CNY" timeZone="Asia/Shanghai" canResolve />);
    const box = await screen.findByRole('alert');
    expect(box).toHaveTextContent('无法加载告警');
    expect(box).toHaveTextContent('database down');
  });
});
