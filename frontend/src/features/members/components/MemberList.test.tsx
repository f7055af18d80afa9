import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { phoneViewport } from '@/test/viewport';
import { BASE, emptyCatalog, GROUP_1, GROUPS, member, WS } from './fixtures.test-data';
import { MemberList } from './MemberList';

function Location() {
  const { search } = useLocation();
  return <output data-testid="location">{decodeURIComponent(search)}</output>;
}

function renderList(route: string, canEdit = true) {
  return renderWithProviders(
    <>
      <MemberList
        workspaceId={WS}
        timeZone="Asia/Shanghai"
        canEdit={canEdit}
        groups={GROUPS}
        memberHref={(id) => `/w/${WS}/members/${id}`}
      />
      <Location />
    </>,
    { route },
  );
}

const listRequests = (requests: Request[]) =>
  requests.filter((r) => r.method === 'GET' && new URL(r.url).pathname === `${BASE}/members`).map((r) => new URL(r.url).searchParams);

describe('MemberList', () => {
  it('reads the filter from the URL, asks the API with it and shows the members', async () => {
    const { requests } = mockFetch({
      [`GET ${BASE}/members`]: () => json({ items: [member(1), member(2, { displayName: null, staff: true })], nextCursor: null }),
      [`GET ${BASE}/tags`]: () => json(emptyCatalog),
    });
    renderList(`/?tag=宝妈&tag=VIP&tagMode=all&groupId=${GROUP_1}&silentDays=7&channel=referral`);

    const row = (await screen.findByText('王妈妈1')).closest('tr')!;
    expect(row).toHaveTextContent('微信 demo-u1');
    expect(row).toHaveTextContent('13800138000');
    // times in the workspace time zone (12:05Z is 20:05 in Shanghai)
    expect(row).toHaveTextContent('20:05');
    expect(screen.getByText('（未命名）')).toBeInTheDocument();
    expect(screen.getByTestId('member-filter-summary')).toHaveTextContent('「宝妈福利群 1」当前的成员');
    const q = listRequests(requests)[0];
    expect(q.getAll('tag')).toEqual(['宝妈', 'VIP']);
    expect(q.get('tagMode')).toBe('all');
    expect(q.get('groupId')).toBe(GROUP_1);
    expect(q.get('silentDays')).toBe('7');
    expect(q.get('channel')).toBe('referral');
    expect(q.get('limit')).toBe('50');
  });

  it('puts a search and the next page cursor in the URL', async () => {
    const { requests } = mockFetch({
      [`GET ${BASE}/members`]: (r) => {
        const cursor = new URL(r.url).searchParams.get('cursor');
        return json(cursor ? { items: [member(3)], nextCursor: null } : { items: [member(1)], nextCursor: 'c-2' });
      },
      [`GET ${BASE}/tags`]: () => json(emptyCatalog),
    });
    const user = userEvent.setup();
    renderList('/');
    await screen.findByText('王妈妈1');

    await user.type(screen.getByRole('searchbox', { name: '搜索' }), 'demo-u1{Enter}');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('?q=demo-u1'));
    await waitFor(() => expect(listRequests(requests).at(-1)!.get('q')).toBe('demo-u1'));


    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('王妈妈3')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('?q=demo-u1&cursor=c-2');
    expect(listRequests(requests).at(-1)!.get('cursor')).toBe('c-2');
    expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: '第一页' }));
    expect(await screen.findByText('王妈妈1')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('?q=demo-u1');
  });

  it('applies the silent days on Enter and clears every filter', async () => {
    mockFetch({
      [`GET ${BASE}/members`]: () => json({ items: [member(1)], nextCursor: null }),
      [`GET ${BASE}/tags`]: () => json(emptyCatalog),
    });
    const user = userEvent.setup();
    renderList('/?q=demo-u1');
    await screen.findByText('王妈妈1');
    await user.type(screen.getByRole('spinbutton', { name: '沉默天数 ≥' }), '30{Enter}');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('?q=demo-u1&silentDays=30'));
    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(screen.getByTestId('location')).toBeEmptyDOMElement());
  });

  it('tags the selected members in one request', async () => {
    const { requests } = mockFetch({
      [`GET ${BASE}/members`]: () => json({ items: [member(1), member(2), member(3)], nextCursor: null }),
      [`GET ${BASE}/tags`]: () => json(emptyCatalog),
      [`POST ${BASE}/members/bulk-tag`]: () => json({ matched: 2 }),
    });
    const user = userEvent.setup();
    renderList('/');
    await screen.findByText('王妈妈1');

    await user.click(screen.getByRole('checkbox', { name: '王妈妈1' }));
    await user.click(screen.getByRole('checkbox', { name: '王妈妈3' }));
    await user.click(screen.getByRole('button', { name: '给选中的 2 位成员打标签' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('bulk-tag-scope')).toHaveTextContent('选中的 2 位成员');
    await user.type(within(dialog).getByRole('combobox', { name: '添加标签' }), '高意向{Enter}');
    await user.click(within(dialog).getByRole('button', { name: '应用' }));

    expect(await screen.findByText('已更新 2 位成员')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ memberIds: [member(1).id, member(3).id], add: ['高意向'] });
  });

  it('tags everyone the filter matches, and shows a refusal', async () => {
    const { requests } = mockFetch({
      [`GET ${BASE}/members`]: () => json({ items: [member(1)], nextCursor: 'more' }),
      [`GET ${BASE}/tags`]: () => json(emptyCatalog),
      [`POST ${BASE}/members/bulk-tag`]: () =>
        problem({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'a member would have more than 20 tags' }),
    });
    const user = userEvent.setup();
    renderList(`/?tag=宝妈&silentDays=7`);
    await screen.findByText('王妈妈1');

    await user.click(screen.getByRole('button', { name: '给筛选结果全部打标签' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('bulk-tag-scope')).toHaveTextContent('符合当前筛选条件的全部成员');
    await user.type(within(dialog).getByRole('combobox', { name: '移除标签' }), '宝妈{Enter}');
    await user.click(within(dialog).getByRole('button', { name: '应用' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('a member would have more than 20 tags');
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ filter: { tags: ['宝妈'], silentDays: 7 }, remove: ['宝妈'] });
  });

  it('offers no selection or tagging to an analyst, who sees masked phones', async () => {
    mockFetch({
      [`GET ${BASE}/members`]: () => json({ items: [member(1, { phone: '138****8000' })], nextCursor: null }),
      [`GET ${BASE}/tags`]: () => json(emptyCatalog),
    });
    renderList('/', false);
    const row = (await screen.findByText('王妈妈1')).closest('tr')!;
    expect(row).toHaveTextContent('138****8000');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /打标签/ })).not.toBeInTheDocument();
  });

  it('shows the problem when the list cannot load', async () => {
    mockFetch({
      [`GET ${BASE}/members`]: () =>
        problem({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'silentDays must be at most 3650' }),
      [`GET ${BASE}/tags`]: () => json(emptyCatalog),
    });
    renderList('/');
    const box = await screen.findByRole('alert');
    expect(box).toHaveTextContent('无法加载成员');
    expect(box).toHaveTextContent('silentDays must be at most 3650');
  });

  it('becomes a list of cards on a phone', async () => {
    phoneViewport();
    mockFetch({
      [`GET ${BASE}/members`]: () => json({ items: [member(1)], nextCursor: null }),
      [`GET ${BASE}/tags`]: () => json(emptyCatalog),
    });
    renderList('/');
    const cards = await screen.findByTestId('member-cards');
    expect(await within(cards).findByText('王妈妈1')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    // the conditions fold behind a button, the search stays
    expect(screen.getByRole('searchbox', { name: '搜索' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: '标签' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: /筛选（0）/ }));
    expect(screen.getByRole('combobox', { name: '标签' })).toBeInTheDocument();
  });
});
