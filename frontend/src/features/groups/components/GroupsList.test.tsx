import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { phoneViewport } from '@/test/viewport';
import { base, group, GROUP_1, GROUP_2, health, WS } from './fixtures.test-data';
import { GroupsList } from './GroupsList';

function Location() {
  const { search } = useLocation();
  return <output data-testid="location">{search}</output>;
}

function routes() {
  return mockFetch({
    [`GET ${base}/groups`]: (req) => {
      const q = new URL(req.url).searchParams;
      const items = [
        group(GROUP_1, '宝妈福利群 1', { memberCount: 180 }),
        group(GROUP_2, 'VIP 会员群', { memberCount: 351, platform: 'wecom', purpose: 'vip', tags: ['VIP'] }),
      ].filter((g) => !q.get('platform') || g.platform === q.get('platform'));
      return json({ items, nextCursor: q.get('cursor') ? null : 'c2' });
    },
    [`GET ${base}/series`]: () => json({ items: [], nextCursor: null }),
    [`GET ${base}/groups/${GROUP_1}/health`]: () => json(health(GROUP_1, 86)),
    [`GET ${base}/groups/${GROUP_2}/health`]: () => json(health(GROUP_2, 42)),
    [`GET ${base}/metrics/group-ranking`]: (req) =>
      json({
        metric: new URL(req.url).searchParams.get('metric'),
        order: 'desc',
        from: '2026-11-01',
        to: '2026-11-30',
        items: [{ rank: 1, groupId: GROUP_2, name: 'VIP 会员群', value: 0.5, membersAtEnd: 60 }],
        nextCursor: null,
      }),
  });
}

function renderList(route = `/w/${WS}/groups`, canEdit = true) {
  return renderWithProviders(
    <>
      <GroupsList workspaceId={WS} timeZone="Asia/Shanghai" currency="CNY" canEdit={canEdit} groupHref={(id) => `/w/${WS}/groups/${id}`} />
      <Location />
    </>,
    { route },
  );
}

const params = (requests: Request[], path: string) =>
  requests.filter((r) => new URL(r.url).pathname === `${base}${path}`).map((r) => new URL(r.url).searchParams);

describe('GroupsList', () => {
  it('lists groups with capacity band and health score, linked to their pages', async () => {
    routes();
    renderList();
    const table = await screen.findByTestId('groups-table');
    const row = (await within(table).findByText('宝妈福利群 1')).closest('tr')!;
    expect(within(row).getByRole('link', { name: '宝妈福利群 1' })).toHaveAttribute('href', `/w/${WS}/groups/${GROUP_1}`);
    expect(row).toHaveTextContent('180 / 350');
    expect(row.querySelector('[data-capacity]')).toHaveAttribute('data-capacity', 'best');
    expect(await within(row).findByLabelText('健康分 86')).toBeInTheDocument();
    const vip = within(table).getByText('VIP 会员群').closest('tr')!;
    expect(vip.querySelector('[data-capacity]')).toHaveAttribute('data-capacity', 'full');
    expect(vip).toHaveTextContent('已满');
    expect(within(vip).getByRole('button', { name: '编辑 VIP 会员群' })).toBeInTheDocument();
  });

  it('reads its filters from the URL, writes changes back and asks the API with them', async () => {
    const { requests } = routes();
    const user = userEvent.setup();
    renderList(`/w/${WS}/groups?platform=wecom&sort=name&q=VIP`);

    await screen.findByText('VIP 会员群');
    expect(screen.queryByText('宝妈福利群 1')).not.toBeInTheDocument();
    const first = params(requests, '/groups')[0]!;
    expect(first.get('platform')).toBe('wecom');
    expect(first.get('sort')).toBe('name');
    expect(first.get('q')).toBe('VIP');
    expect(screen.getByRole('searchbox', { name: '搜索群名称' })).toHaveValue('VIP');

    // next page: the cursor goes into the URL and to the API
    await user.click(screen.getByTestId('next-page'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('cursor=c2'));
    await waitFor(() => expect(params(requests, '/groups').at(-1)?.get('cursor')).toBe('c2'));

    // a new filter starts again from the first page
    await user.click(screen.getByRole('combobox', { name: '用途' }));
    await user.click(await screen.findByTitle('大客户群'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('purpose=vip'));
    expect(screen.getByTestId('location')).not.toHaveTextContent('cursor=');
    await waitFor(() => expect(params(requests, '/groups').at(-1)?.get('purpose')).toBe('vip'));
    expect(params(requests, '/groups').at(-1)?.has('cursor')).toBe(false);
  });

  it('sorts by a figure through the group ranking', async () => {
    const { requests } = routes();
    renderList(`/w/${WS}/groups?rank=activeShare`);
    expect(await screen.findByText('50%')).toBeInTheDocument();
    const ranking = params(requests, '/metrics/group-ranking')[0]!;
    expect(ranking.get('metric')).toBe('activeShare');
    expect(ranking.get('limit')).toBe('20');
    expect(params(requests, '/groups')).toHaveLength(0);
  });

  it('shows no edit controls to an analyst', async () => {
    routes();
    renderList(undefined, false);
    await screen.findByText('宝妈福利群 1');
    expect(screen.getByTestId('groups-read-only')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新建社群/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /编辑/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /归档/ })).not.toBeInTheDocument();
  });

  it('shows one card per group at phone width', async () => {
    phoneViewport();
    routes();
    renderList();
    const list = await screen.findByTestId('groups-table');
    await within(list).findByText('宝妈福利群 1');
    expect(list.querySelector('table')).toBeNull();
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    // the filters other than the search are folded behind a button
    expect(screen.queryByRole('combobox', { name: '平台' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByTestId('toggle-filters'));
    expect(screen.getByRole('combobox', { name: '平台' })).toBeInTheDocument();
  });
});
