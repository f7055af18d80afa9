import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { json, mockFetch } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { AlertsBrowser } from './AlertsBrowser';
import { alert, GROUP_2, groups, overCapacity, resolvedAlert, WS } from './fixtures.test-data';

const base = `/api/v1/workspaces/${WS}`;

function Location() {
  const { search } = useLocation();
  return <div data-testid="location">{search}</div>;
}

function renderBrowser(search = '', canResolve = true) {
  return renderWithProviders(
    <Routes>
      <Route
        path="/w/:workspaceId/alerts"
        element={
          <>
            <AlertsBrowser
              workspaceId={WS}
              timeZone="Asia/Shanghai"
              currency="CNY"
              canResolve={canResolve}
              groups={groups}
              actorName={(actor) => (actor === 'user:sub-operator' ? '小王' : undefined)}
            />
            <Location />
          </>
        }
      />
    </Routes>,
    { route: `/w/${WS}/alerts${search}` },
  );
}

const query = (r: Request) => new URL(r.url).searchParams;

describe('AlertsBrowser (the alerts page)', () => {
  it('starts with the open alerts; filters by state, kind and group through the URL', async () => {
    const { requests } = mockFetch({
      [`GET ${base}/alerts`]: (req) => {
        const q = query(req);
        if (q.get('state') === 'resolved') return json({ items: [resolvedAlert], nextCursor: null });
        if (q.get('kind') === 'over_capacity') return json({ items: [overCapacity], nextCursor: null });
        return json({ items: [alert, overCapacity], nextCursor: null });
      },
    });
    const user = userEvent.setup({ delay: null });
    renderBrowser();

    expect(await screen.findByText('平均首次响应时间')).toBeInTheDocument();
    expect(query(requests[0]).get('state')).toBe('open');
    expect(screen.getByText('超出容量').closest('tr')).toHaveTextContent('宝妈福利群 2');

    await user.click(screen.getByText('已处理', { selector: '.ant-segmented-item-label' }));
    const resolvedRow = (await screen.findByText('优惠券核销率')).closest('tr')!;
    expect(screen.getByTestId('location')).toHaveTextContent('?state=resolved');
    // who resolved it (by name), when (workspace zone), and the note
    expect(resolvedRow).toHaveTextContent('2026年11月23日 10:30 由 小王 处理');
    expect(within(resolvedRow).getByTestId('alert-note')).toHaveTextContent('补发了优惠券提醒');
    expect(resolvedRow).toHaveTextContent('25% / 40%');
    expect(within(resolvedRow).queryByRole('button', { name: '标记已处理' })).not.toBeInTheDocument();

    await user.click(screen.getByText('全部', { selector: '.ant-segmented-item-label' }));
    await waitFor(() => expect(query(requests.at(-1)!).has('state')).toBe(false));

    await user.click(screen.getByRole('combobox', { name: '类型' }));
    await user.click(await screen.findByTitle('超出容量'));
    await waitFor(() => expect(query(requests.at(-1)!).get('kind')).toBe('over_capacity'));
    expect(screen.getByTestId('location')).toHaveTextContent('state=all');
    expect(screen.getByTestId('location')).toHaveTextContent('kind=over_capacity');

    await user.click(screen.getByRole('combobox', { name: '社群' }));
    await user.click(await screen.findByTitle('宝妈福利群 2'));
    await waitFor(() => expect(query(requests.at(-1)!).get('groupId')).toBe(GROUP_2));

    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(screen.getByTestId('location')).toBeEmptyDOMElement());
  });

  it('reads the filters from the URL and pages with the cursor', async () => {
    const { requests } = mockFetch({
      [`GET ${base}/alerts`]: (req) =>
        query(req).get('cursor') === 'c2'
          ? json({ items: [overCapacity], nextCursor: null })
          : json({ items: [alert], nextCursor: 'c2' }),
    });
    const user = userEvent.setup({ delay: null });
    renderBrowser(`?state=resolved&group=${GROUP_2}`);

    await screen.findByText('平均首次响应时间');
    expect(query(requests[0]).get('state')).toBe('resolved');
    expect(query(requests[0]).get('groupId')).toBe(GROUP_2);
    expect(query(requests[0]).get('limit')).toBe('20');

    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('超出容量')).toBeInTheDocument();
    expect(query(requests.at(-1)!).get('cursor')).toBe('c2');
    expect(query(requests.at(-1)!).get('state')).toBe('resolved');
    expect(screen.getByTestId('location')).toHaveTextContent('cursor=c2');
    expect(screen.queryByRole('button', { name: '下一页' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '回到第一页' }));
    await waitFor(() => expect(screen.getByTestId('location')).not.toHaveTextContent('cursor'));
  });

  it('resolves with a note, and offers no resolve to a read-only role', async () => {
    const { requests } = mockFetch({
      [`GET ${base}/alerts`]: () => json({ items: [alert], nextCursor: null }),
      [`POST ${base}/alerts/${alert.id}/resolve`]: () => json({ ...alert, state: 'resolved', resolvedAt: '2026-11-23T01:00:00Z' }),
    });
    const user = userEvent.setup({ delay: null });
    const { unmount } = renderBrowser();
    await user.click(await screen.findByRole('button', { name: '标记已处理' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('社群：宝妈福利群 1');
    await user.type(within(dialog).getByRole('textbox', { name: '处理说明' }), '  拉了新群分流 ');
    await user.click(within(dialog).getByRole('button', { name: '标记已处理' }));
    await screen.findByText('告警已标记为已处理');
    expect(await requests.find((r) => r.method === 'POST')!.json()).toEqual({ note: '拉了新群分流' });
    unmount();

    renderBrowser('', false);
    expect(await screen.findByText('平均首次响应时间')).toBeInTheDocument();
    expect(screen.getByText('你的角色只能查看告警，不能处理。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '标记已处理' })).not.toBeInTheDocument();
  });

  it('speaks English, and says when no alert matches', async () => {
    await i18n.changeLanguage('en');
    mockFetch({ [`GET ${base}/alerts`]: () => json({ items: [], nextCursor: null }) });
    renderBrowser('?kind=size');
    expect(await screen.findByText('No alerts match these filters')).toBeInTheDocument();
    expect(screen.getByText('Raised (Asia/Shanghai)')).toBeInTheDocument();
  });
});
