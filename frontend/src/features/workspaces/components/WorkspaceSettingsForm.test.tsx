import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { WorkspaceSettingsForm } from './WorkspaceSettingsForm';

const id = '0190a7e0-0000-7000-8000-000000000001';
const workspace = {
  id,
  name: '小鹿母婴旗舰店',
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
  createdAt: '2026-01-05T02:00:00Z',
  updatedAt: '2026-01-05T02:00:00Z',
};

function routes(role: string, patch: (req: Request) => Response | Promise<Response>) {
  return mockFetch({
    'GET /api/v1/workspaces': () => json({ items: [{ workspace, role }], nextCursor: null }),
    [`GET /api/v1/workspaces/${id}`]: () => json(workspace, { headers: { ETag: '"v1"' } }),
    [`PATCH /api/v1/workspaces/${id}`]: patch,
  });
}

describe('WorkspaceSettingsForm', () => {
  it('sends only the changed fields with If-Match from the ETag it read', async () => {
    const { requests } = routes('owner', async (req) =>
      json({ ...workspace, ...(await req.json()) }, { headers: { ETag: '"v2"' } }),
    );
    const user = userEvent.setup();
    renderWithProviders(<WorkspaceSettingsForm workspaceId={id} />);

    const name = await screen.findByLabelText('名称');
    await waitFor(() => expect(name).toHaveValue('小鹿母婴旗舰店'));
    await user.clear(name);
    await user.type(name, '小鹿母婴 2 号店');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('设置已保存')).toBeInTheDocument();
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"v1"');
    expect(await patch.json()).toEqual({ name: '小鹿母婴 2 号店' });
  });

  it('says so and reloads when the version is stale (412)', async () => {
    const { requests } = routes('admin', () =>
      problem({ type: 'https://shequn.io/problems/precondition-failed', title: 'Precondition Failed', status: 412 }),
    );
    const user = userEvent.setup();
    renderWithProviders(<WorkspaceSettingsForm workspaceId={id} />);

    const name = await screen.findByLabelText('名称');
    await waitFor(() => expect(name).toHaveValue('小鹿母婴旗舰店'));
    await user.type(name, '!');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('此工作区刚被他人修改，已重新加载，请再试一次。')).toBeInTheDocument();
    await waitFor(() =>
      expect(requests.filter((r) => r.method === 'GET' && r.url.endsWith(id))).toHaveLength(2),
    );
    // and offers to overwrite with the changes made
    expect(await screen.findByTestId('stale-version')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '覆盖' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(2));
    expect(await requests.filter((r) => r.method === 'PATCH')[1].json()).toEqual({ name: '小鹿母婴旗舰店!' });
  });

  it('locks the time zone with the reason once the API says the workspace has events (409)', async () => {
    const { requests } = routes('owner', () =>
      problem({
        type: 'https://shequn.io/problems/conflict',
        title: 'Conflict',
        status: 409,
        detail: 'The time zone cannot change once the workspace has events: its metrics are counted in local days of Asia/Shanghai.',
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<WorkspaceSettingsForm workspaceId={id} />);

    const zone = await screen.findByRole('combobox', { name: '时区' });
    await user.click(zone);
    await user.click(await screen.findByTitle('Asia/Tokyo'));
    await user.click(screen.getByRole('button', { name: '保存' }));

    const locked = await screen.findByTestId('time-zone-locked');
    expect(locked).toHaveTextContent('工作区已有事件，时区不能再修改');
    expect(locked).toHaveTextContent('local days of Asia/Shanghai');
    expect(screen.getByRole('combobox', { name: '时区' })).toBeDisabled();
    expect(await (requests.find((r) => r.method === 'PATCH')!).json()).toEqual({ timeZone: 'Asia/Tokyo' });
  });

  it('is read-only for an operator', async () => {
    const { requests } = routes('operator', () => json(workspace));
    renderWithProviders(<WorkspaceSettingsForm workspaceId={id} />);

    expect(await screen.findByText('只有所有者和管理员可以修改设置。')).toBeInTheDocument();
    expect(screen.getByLabelText('名称')).toBeDisabled();
    expect(screen.queryByRole('button', { name: '保存' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);
  });
});
