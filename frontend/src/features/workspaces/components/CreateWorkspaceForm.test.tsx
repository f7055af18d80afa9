import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('CreateWorkspaceForm', () => {
  it('shows the field error of a 400 problem response on the field', async () => {
    const { requests } = mockFetch({
      'POST /api/v1/workspaces': () =>
        problem({
          type: 'https://shequn.io/problems/validation',
          title: 'Request is not valid',
          status: 400,
          detail: '1 field is not valid.',
          errors: [{ pointer: '/name', detail: 'name is already used by another workspace' }],
        }),
    });
    const user = userEvent.setup();
    renderWithProviders(<CreateWorkspaceForm />);

    await user.type(screen.getByLabelText('名称'), '小鹿母婴旗舰店');
    await user.click(screen.getByRole('button', { name: '创建' }));

    expect(await screen.findByText('name is already used by another workspace')).toBeInTheDocument();
    // the message sits on the name field
    expect(screen.getByLabelText('名称')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert', { name: /创建失败/ })).not.toBeInTheDocument();

    expect(requests).toHaveLength(1);
    expect(await requests[0].json()).toEqual({ name: '小鹿母婴旗舰店', timeZone: 'Asia/Shanghai', currency: 'CNY' });
    expect(requests[0].headers.get('Content-Type')).toContain('application/json');
    expect(requests[0].headers.get('Idempotency-Key')).toMatch(UUID);
  });

  it('shows a problem without field pointers above the form', async () => {
    mockFetch({
      'POST /api/v1/workspaces': () =>
        problem({ type: 'https://shequn.io/problems/forbidden', title: 'Forbidden', status: 403, detail: 'Users only.' }),
    });
    const user = userEvent.setup();
    renderWithProviders(<CreateWorkspaceForm />);

    await user.type(screen.getByLabelText('名称'), 'Shop');
    await user.click(screen.getByRole('button', { name: '创建' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('创建失败');
    expect(alert).toHaveTextContent('Users only.');
  });

  it('creates the workspace with a fresh Idempotency-Key per submit', async () => {
    let n = 0;
    const { requests } = mockFetch({
      'POST /api/v1/workspaces': async (req) => {
        const body = await req.json();
        n++;
        return json(
          {
            workspace: {
              id: `0190a7e0-0000-7000-8000-00000000000${n}`,
              name: body.name,
              timeZone: body.timeZone,
              currency: body.currency,
              createdAt: '2026-01-05T02:00:00Z',
              updatedAt: '2026-01-05T02:00:00Z',
            },
            role: 'owner',
          },
          { status: 201 },
        );
      },
    });
    const created: string[] = [];
    const user = userEvent.setup();
    renderWithProviders(<CreateWorkspaceForm onCreated={(c) => created.push(c.workspace.name)} />);

    await user.type(screen.getByLabelText('名称'), '  First shop ');
    await user.click(screen.getByRole('button', { name: '创建' }));
    await waitFor(() => expect(created).toEqual(['First shop']));
    expect(await screen.findByText('已创建工作区「First shop」')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('名称')).toHaveValue(''));

    await user.type(screen.getByLabelText('名称'), 'Second shop');
    await user.click(screen.getByRole('button', { name: '创建' }));
    await waitFor(() => expect(created).toEqual(['First shop', 'Second shop']));

    const keys = requests.map((r) => r.headers.get('Idempotency-Key'));
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toMatch(UUID);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('checks the name before sending', async () => {
    const { requests } = mockFetch({});
    const user = userEvent.setup();
    renderWithProviders(<CreateWorkspaceForm />);
    await user.click(screen.getByRole('button', { name: '创建' }));
    expect(await screen.findByText('请输入名称')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });
});
