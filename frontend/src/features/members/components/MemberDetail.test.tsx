import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { BASE, emptyCatalog, event, GROUP_2, GROUPS, member, membership, WS } from './fixtures.test-data';
import { MemberDetail } from './MemberDetail';

const M = member(1, { invitedByMemberId: member(9).id, tags: ['宝妈', 'VIP'] });
const INVITEE = member(5);

function Location() {
  const { search } = useLocation();
  return <output data-testid="location">{decodeURIComponent(search)}</output>;
}

function routes(extra: Record<string, (r: Request) => Response | Promise<Response>> = {}) {
  return mockFetch({
    [`GET ${BASE}/members/${M.id}`]: () => json(M, { headers: { ETag: '"v1"' } }),
    [`GET ${BASE}/members/${member(9).id}`]: () => json(member(9, { displayName: '李邀请人' })),
    [`GET ${BASE}/members/${M.id}/events`]: (r) => {
      const types = new URL(r.url).searchParams.getAll('type');
      const all = [
        event(1, { type: 'order_placed', amount: 12800, currency: 'CNY' }),
        event(2, { type: 'message', groupId: GROUP_2 }),
        event(3, { type: 'joined', occurredAt: '2026-11-20T02:00:00Z' }),
      ];
      return json({ items: types.length ? all.filter((e) => types.includes(e.type)) : all, nextCursor: null });
    },
    [`GET ${BASE}/members/${M.id}/memberships`]: () =>
      json({
        items: [
          membership(),
          membership({ id: '0190a7e0-0000-7000-8000-0000000000c2', groupId: GROUP_2, leftAt: '2026-11-21T04:00:00Z', leftReason: 'removed' }),
        ],
        nextCursor: null,
      }),
    [`GET ${BASE}/members/${M.id}/invitees`]: () =>
      json({ memberId: M.id, depth: 3, truncated: false, invitees: [{ id: INVITEE.id, displayName: '张朵朵', createdAt: INVITEE.createdAt, invitees: [] }] }),
    [`GET ${BASE}/tags`]: () => json(emptyCatalog),
    ...extra,
  });
}

function renderDetail(route = '/', { canEdit = true, canErase = true } = {}) {
  return renderWithProviders(
    <>
      <MemberDetail
        workspaceId={WS}
        memberId={M.id}
        timeZone="Asia/Shanghai"
        groups={GROUPS}
        canEdit={canEdit}
        canErase={canErase}
        memberHref={(id) => `/w/${WS}/members/${id}`}
      />
      <Location />
    </>,
    { route },
  );
}

describe('MemberDetail', () => {
  it('shows the profile and the timeline with group names, amounts and local times', async () => {
    routes();
    renderDetail();
    const profile = await screen.findByTestId('member-profile');
    expect(profile).toHaveTextContent('王妈妈1');
    expect(within(profile).getByTestId('member-identities')).toHaveTextContent('微信 demo-u1');
    expect(within(profile).getByTestId('member-phone')).toHaveTextContent('13800138000');
    const timeline = await screen.findAllByTestId('timeline-event');
    expect(timeline).toHaveLength(3);
    expect(timeline[0]).toHaveTextContent('下单 宝妈福利群 1 ¥128.00');
    expect(timeline[1]).toHaveTextContent('发言 VIP 会员群');
    expect(screen.getAllByText('2026年11月22日 20:05', { exact: false }).length).toBeGreaterThan(0);
  });

  it('filters the timeline by event type, in the URL', async () => {
    const { requests } = routes();
    const user = userEvent.setup();
    renderDetail('/?type=joined');
    await waitFor(() => expect(screen.getAllByTestId('timeline-event')).toHaveLength(1));
    expect(screen.getByTestId('timeline-event')).toHaveTextContent('入群');
    const eventsRequest = requests.find((r) => r.url.includes('/events'))!;
    expect(new URL(eventsRequest.url).searchParams.getAll('type')).toEqual(['joined']);

    await user.click(screen.getByRole('combobox', { name: '事件类型' }));
    await user.click(await screen.findByTitle('发言'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('?type=joined&type=message'));
    await waitFor(() => expect(screen.getAllByTestId('timeline-event')).toHaveLength(2));
  });

  it('shows group history, referrals and orders in their tabs', async () => {
    routes();
    const user = userEvent.setup();
    renderDetail();
    await screen.findByTestId('member-profile');

    await user.click(screen.getByRole('tab', { name: '社群记录' }));
    const history = await screen.findByTestId('member-memberships');
    expect((await within(history).findByText('VIP 会员群')).closest('tr')).toHaveTextContent('被移出');
    expect(within(history).getByText('宝妈福利群 1').closest('tr')).toHaveTextContent('在群');
    expect(screen.getByTestId('location')).toHaveTextContent('?tab=memberships');

    await user.click(screen.getByRole('tab', { name: '邀请关系' }));
    const tree = await screen.findByTestId('referral-tree');
    expect(await within(tree).findByText('李邀请人')).toBeInTheDocument();
    expect(within(tree).getByText('张朵朵').closest('a')).toHaveAttribute('href', `/w/${WS}/members/${INVITEE.id}`);

    await user.click(screen.getByRole('tab', { name: '订单' }));
    expect(await screen.findByTestId('member-orders-total')).toHaveTextContent('已显示 1 笔订单 · ¥128.00');
  });

  it('erases only after the name is typed', async () => {
    let erased = false;
    const { requests } = routes({
      [`POST ${BASE}/members/${M.id}/erase`]: () => {
        erased = true;
        return json({ ...M, displayName: null, identities: [], phone: null, tags: [] });
      },
    });
    const user = userEvent.setup();
    renderDetail();
    await user.click(await screen.findByRole('button', { name: '删除个人信息' }));
    const dialog = await screen.findByRole('dialog');
    const ok = within(dialog).getByRole('button', { name: '永久删除' });
    expect(ok).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: '确认文字' }), '王妈妈');
    expect(ok).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: '确认文字' }), '1');
    expect(ok).toBeEnabled();
    await user.click(ok);
    expect(await screen.findByText('个人信息已删除')).toBeInTheDocument();
    expect(erased).toBe(true);
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('saves an edit with If-Match and, on 412, reloads the other version', async () => {
    let version = 1;
    const { requests } = routes({
      [`GET ${BASE}/members/${M.id}`]: () =>
        json(version === 1 ? M : { ...M, notes: '她改的' }, { headers: { ETag: `"v${version}"` } }),
      [`PATCH ${BASE}/members/${M.id}`]: () => {
        version = 2;
        return problem({ type: 'about:blank', title: 'Precondition Failed', status: 412 });
      },
    });
    const user = userEvent.setup();
    renderDetail();
    await user.click(await screen.findByRole('button', { name: '编辑' }));
    const drawer = await screen.findByRole('dialog');
    await user.clear(within(drawer).getByLabelText('等级'));
    await user.type(within(drawer).getByLabelText('等级'), 'gold');
    await user.click(within(drawer).getByRole('button', { name: '保存' }));

    expect(await within(drawer).findByText(/刚才有人修改了这位成员/)).toBeInTheDocument();
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"v1"');
    expect(await patch.json()).toEqual({ tier: 'gold' });

    await user.click(within(drawer).getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(within(drawer).getByLabelText('备注')).toHaveValue('她改的'));
    expect(within(drawer).getByLabelText('等级')).toHaveValue('regular');
  });

  it('gives an analyst no edit, merge or erase controls', async () => {
    routes();
    renderDetail('/', { canEdit: false, canErase: false });
    await screen.findByTestId('member-profile');
    expect(screen.queryByRole('button', { name: '编辑' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '合并重复成员' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '删除个人信息' })).not.toBeInTheDocument();
  });

  it('previews both records side by side before merging', async () => {
    const other = member(7, { displayName: '王妈妈（小号）', identities: [{ platform: 'qq', platformUserId: 'qq-77' }] });
    const { requests } = routes({
      [`GET ${BASE}/members`]: () => json({ items: [other], nextCursor: null }),
      [`GET ${BASE}/members/${other.id}`]: () => json(other),
      [`GET ${BASE}/members/${other.id}/memberships`]: () => json({ items: [membership({ memberId: other.id })], nextCursor: null }),
      [`GET ${BASE}/members/${other.id}/invitees`]: () => json({ memberId: other.id, depth: 1, truncated: false, invitees: [] }),
      [`POST ${BASE}/members/${M.id}/merge`]: () => json(M),
    });
    const user = userEvent.setup();
    renderDetail();
    await user.click(await screen.findByRole('button', { name: '合并重复成员' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: '确认合并' })).toBeDisabled();
    await user.type(within(dialog).getByRole('searchbox', { name: '查找要合并的成员' }), 'qq-77{Enter}');
    await user.click(await within(dialog).findByRole('button', { name: '选择' }));

    const preview = await within(dialog).findByTestId('merge-preview');
    expect(preview).toHaveTextContent('保留（当前成员）');
    expect(preview).toHaveTextContent('QQ qq-77');
    expect(within(dialog).getByText(/1 个平台身份、全部社群记录和邀请关系将转到「王妈妈1」/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '确认合并' }));
    expect(await screen.findByText('已合并')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ memberId: other.id });
  });
});
