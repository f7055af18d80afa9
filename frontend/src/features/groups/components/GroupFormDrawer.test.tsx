import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { base, group, GROUP_1, WS } from './fixtures.test-data';
import { GroupFormDrawer } from './GroupFormDrawer';

const stale = () =>
  problem({ type: 'https://shequn.io/problems/precondition-failed', title: 'Precondition Failed', status: 412 });

function routes(patch: (req: Request, n: number) => Response | Promise<Response>) {
  let version = 1;
  let patches = 0;
  const mock = mockFetch({
    [`GET ${base}/series`]: () => json({ items: [], nextCursor: null }),
    [`GET ${base}/groups/${GROUP_1}`]: () =>
      json(group(GROUP_1, version === 1 ? '宝妈福利群 1' : '宝妈福利群 1（他人改过）'), { headers: { ETag: `"v${version}"` } }),
    [`PATCH ${base}/groups/${GROUP_1}`]: (req) => patch(req, ++patches),
  });
  return { ...mock, bump: () => (version += 1) };
}

async function openAndRename(user: ReturnType<typeof userEvent.setup>, name: string) {
  const field = await screen.findByLabelText('群名称');
  await waitFor(() => expect(field).toHaveValue('宝妈福利群 1'));
  await user.clear(field);
  await user.type(field, name);
  await user.click(screen.getByRole('button', { name: '保存' }));
}

describe('GroupFormDrawer', () => {
  it('creates a group with a fresh Idempotency-Key and only the fields entered', async () => {
    const { requests } = mockFetch({
      [`GET ${base}/series`]: () => json({ items: [], nextCursor: null }),
      [`POST ${base}/groups`]: async (req) => json(group(GROUP_1, ((await req.json()) as { name: string }).name), { status: 201 }),
    });
    const user = userEvent.setup();
    renderWithProviders(<GroupFormDrawer workspaceId={WS} open onClose={() => {}} />);
    await user.type(await screen.findByLabelText('群名称'), '新群');
    await user.click(screen.getByRole('button', { name: '创建' }));
    expect(await screen.findByText('已创建社群「新群」')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toEqual({ name: '新群', platform: 'wechat', purpose: 'deals', entryThreshold: 'none', status: 'active', tags: [] });
  });

  it('sends only the changed fields with If-Match', async () => {
    const { requests } = routes(async (req) => json(group(GROUP_1, ((await req.json()) as { name: string }).name), { headers: { ETag: '"v2"' } }));
    const user = userEvent.setup();
    renderWithProviders(<GroupFormDrawer workspaceId={WS} groupId={GROUP_1} open onClose={() => {}} />);
    await openAndRename(user, '宝妈福利群 一');
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"v1"');
    expect(await patch.json()).toEqual({ name: '宝妈福利群 一' });
  });

  it('on a stale version (412) overwrites with the new ETag when asked', async () => {
    const mock = routes((_req, n) => (n === 1 ? stale() : json(group(GROUP_1, '宝妈福利群 一'), { headers: { ETag: '"v3"' } })));
    const user = userEvent.setup();
    renderWithProviders(<GroupFormDrawer workspaceId={WS} groupId={GROUP_1} open onClose={() => {}} />);
    await openAndRename(user, '宝妈福利群 一');

    expect(await screen.findByText('此社群刚被他人修改。')).toBeInTheDocument();
    mock.bump(); // someone else saved version 2
    await user.click(screen.getByRole('button', { name: '覆盖' }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    const patches = mock.requests.filter((r) => r.method === 'PATCH');
    expect(patches).toHaveLength(2);
    expect(patches[1]!.headers.get('If-Match')).toBe('"v2"');
    expect(await patches[1]!.json()).toEqual({ name: '宝妈福利群 一' });
  });

  it('on a stale version (412) reloads the other version when asked, dropping the edit', async () => {
    const mock = routes(() => stale());
    const user = userEvent.setup();
    renderWithProviders(<GroupFormDrawer workspaceId={WS} groupId={GROUP_1} open onClose={() => {}} />);
    await openAndRename(user, '我的名字');
    expect(await screen.findByText('此社群刚被他人修改。')).toBeInTheDocument();
    mock.bump();
    await user.click(screen.getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(screen.getByLabelText('群名称')).toHaveValue('宝妈福利群 1（他人改过）'));
    expect(screen.queryByText('此社群刚被他人修改。')).not.toBeInTheDocument();
    expect(mock.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });
});
