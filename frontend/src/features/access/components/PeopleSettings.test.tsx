import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { base, invitation, operator, owner, WS } from './fixtures.test-data';
import { PeopleSettings } from './PeopleSettings';

const noContent = () => new Response(null, { status: 204 });

function renderPeople(canManage = true, isOwner = true) {
  return renderWithProviders(<PeopleSettings workspaceId={WS} timeZone="Asia/Shanghai" canManage={canManage} isOwner={isOwner} />);
}

describe('PeopleSettings', { timeout: 90_000 }, () => {
  it('lists people with their roles and pending invitations, in the workspace time zone', async () => {
    const { requests } = mockFetch({
      [`GET ${base}/access`]: () => json({ items: [owner, operator], nextCursor: null }),
      [`GET ${base}/invitations`]: () => json({ items: [invitation], nextCursor: null }),
    });
    renderPeople();

    const row = (await screen.findByText('小王')).closest('tr')!;
    expect(row).toHaveTextContent('operator@shequn.demo');
    expect(row).toHaveTextContent('从未');
    expect(new URL(requests.find((r) => r.url.includes('/access'))!.url).searchParams.get('type')).toBe('user');
    const invitations = screen.getByTestId('workspace-invitations');
    // 16:30 UTC is 00:30 the next day in Shanghai
    expect(await within(invitations).findByText('newcomer@shequn.demo')).toBeInTheDocument();
    expect(invitations).toHaveTextContent('2026年12月1日 00:30');
    expect(new URL(requests.find((r) => r.url.includes('/invitations'))!.url).searchParams.get('status')).toBe('pending');
  });

  it('invites by email with a role, with a fresh Idempotency-Key', async () => {
    let invited = false;
    const { requests } = mockFetch({
      [`GET ${base}/access`]: () => json({ items: [owner], nextCursor: null }),
      [`GET ${base}/invitations`]: () => json({ items: invited ? [{ ...invitation, email: 'xiaomei@example.com', role: 'analyst' }] : [], nextCursor: null }),
      [`POST ${base}/invitations`]: async (req) => {
        invited = true;
        const body = (await req.json()) as { email: string; role: string };
        return json({ ...invitation, ...body }, { status: 201 });
      },
    });
    const user = userEvent.setup({ delay: null });
    renderPeople();

    const form = await screen.findByTestId('invite-form');
    await user.type(within(form).getByLabelText('邮箱'), 'xiaomei@example.com');
    await user.click(within(form).getByRole('combobox', { name: '角色' }));
    await user.click(await screen.findByTitle('分析师'));
    await user.click(within(form).getByRole('button', { name: '发送邀请' }));

    expect(await screen.findByText('已邀请 xiaomei@example.com')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ email: 'xiaomei@example.com', role: 'analyst' });
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await within(screen.getByTestId('workspace-invitations')).findByText('xiaomei@example.com')).toBeInTheDocument();
  });

  it('shows the 409 of a second invitation to the same email', async () => {
    mockFetch({
      [`GET ${base}/access`]: () => json({ items: [owner], nextCursor: null }),
      [`GET ${base}/invitations`]: () => json({ items: [invitation], nextCursor: null }),
      [`POST ${base}/invitations`]: () =>
        problem({ type: 'https://shequn.io/problems/conflict', title: 'Conflict', status: 409, detail: 'newcomer@shequn.demo already has a pending invitation' }),
    });
    const user = userEvent.setup({ delay: null });
    renderPeople();
    const form = await screen.findByTestId('invite-form');
    await user.type(within(form).getByLabelText('邮箱'), 'newcomer@shequn.demo');
    await user.click(within(form).getByRole('button', { name: '发送邀请' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('already has a pending invitation');
  });

  it('changes a role with If-Match from the entry it reads first', async () => {
    let role = 'operator';
    const { requests } = mockFetch({
      [`GET ${base}/access`]: () => json({ items: [owner, { ...operator, role }], nextCursor: null }),
      [`GET ${base}/invitations`]: () => json({ items: [], nextCursor: null }),
      [`GET ${base}/access/${operator.id}`]: () => json({ ...operator, role }, { headers: { ETag: '"a1"' } }),
      [`PATCH ${base}/access/${operator.id}`]: async (req) => {
        role = ((await req.json()) as { role: string }).role;
        return json({ ...operator, role }, { headers: { ETag: '"a2"' } });
      },
    });
    const user = userEvent.setup({ delay: null });
    renderPeople();

    await user.click(await screen.findByRole('combobox', { name: '修改 小王 的角色' }));
    await user.click(await screen.findByTitle('管理员'));
    expect(await screen.findByText('已将 小王 的角色改为「管理员」')).toBeInTheDocument();
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"a1"');
    expect(await patch.json()).toEqual({ role: 'admin' });
  });

  it('offers reload or overwrite when the role changed since the list was read', async () => {
    const { requests } = mockFetch({
      [`GET ${base}/access`]: () => json({ items: [owner, operator], nextCursor: null }),
      [`GET ${base}/invitations`]: () => json({ items: [], nextCursor: null }),
      // someone made them an analyst meanwhile
      [`GET ${base}/access/${operator.id}`]: () => json({ ...operator, role: 'analyst' }, { headers: { ETag: '"a5"' } }),
      [`PATCH ${base}/access/${operator.id}`]: () => json({ ...operator, role: 'admin' }, { headers: { ETag: '"a6"' } }),
    });
    const user = userEvent.setup({ delay: null });
    renderPeople();

    await user.click(await screen.findByRole('combobox', { name: '修改 小王 的角色' }));
    await user.click(await screen.findByTitle('管理员'));
    const stale = await screen.findByTestId('stale-version');
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);
    await user.click(within(stale).getByRole('button', { name: '覆盖' }));
    expect(await screen.findByText('已将 小王 的角色改为「管理员」')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PATCH')!.headers.get('If-Match')).toBe('"a5"');
  });

  it('removes a person and revokes an invitation with If-Match', async () => {
    const { requests } = mockFetch({
      [`GET ${base}/access`]: () => json({ items: [owner, operator], nextCursor: null }),
      [`GET ${base}/invitations`]: () => json({ items: [invitation], nextCursor: null }),
      [`GET ${base}/access/${operator.id}`]: () => json(operator, { headers: { ETag: '"a1"' } }),
      [`DELETE ${base}/access/${operator.id}`]: noContent,
      [`GET ${base}/invitations/${invitation.id}`]: () => json(invitation, { headers: { ETag: '"i1"' } }),
      [`DELETE ${base}/invitations/${invitation.id}`]: noContent,
    });
    const user = userEvent.setup({ delay: null });
    renderPeople();

    await user.click(await screen.findByRole('button', { name: '移除 小王' }));
    await user.click((await screen.findAllByRole('button', { name: /确\s?定/ })).at(-1)!);
    expect(await screen.findByText('已移除 小王')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: '撤销 newcomer@shequn.demo' }));
    const confirms = await screen.findAllByRole('button', { name: /确\s?定/ });
    await user.click(confirms.at(-1)!);
    expect(await screen.findByText('已撤销对 newcomer@shequn.demo 的邀请')).toBeInTheDocument();
    const deletes = requests.filter((r) => r.method === 'DELETE');
    expect(deletes.map((r) => r.headers.get('If-Match'))).toEqual(['"a1"', '"i1"']);
  });

  it('an admin cannot touch an owner; a read-only role sees no controls and no invitations', async () => {
    const { requests } = mockFetch({
      [`GET ${base}/access`]: () => json({ items: [owner, operator], nextCursor: null }),
      [`GET ${base}/invitations`]: () => json({ items: [invitation], nextCursor: null }),
    });
    const { unmount } = renderPeople(true, false);
    const ownerRow = (await screen.findByText('林店长')).closest('tr')!;
    expect(within(ownerRow).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(ownerRow).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('只有所有者可以授予、修改或移除所有者角色。')).toBeInTheDocument();
    unmount();

    requests.length = 0;
    renderPeople(false, false);
    expect(await screen.findByText('小王')).toBeInTheDocument();
    expect(screen.getByText('只有所有者和管理员可以邀请成员、修改角色。')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByTestId('invite-form')).not.toBeInTheDocument();
    await waitFor(() => expect(requests.some((r) => r.url.includes('/invitations'))).toBe(false));
  });
});
