import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/test/fetch-mock';
import { renderWithProviders } from '@/test/render';
import { PendingInvitations } from './PendingInvitations';

const invitation = {
  id: '0190a7e0-0000-7000-8000-0000000000aa',
  workspaceId: '0190a7e0-0000-7000-8000-000000000001',
  workspaceName: '小鹿母婴旗舰店',
  role: 'operator',
  createdAt: '2026-01-05T02:00:00Z',
};

describe('PendingInvitations', () => {
  it('accepts an invitation and refreshes the list', async () => {
    let accepted = false;
    const { requests } = mockFetch({
      'GET /api/v1/me/invitations': () => json({ items: accepted ? [] : [invitation] }),
      [`POST /api/v1/me/invitations/${invitation.id}/accept`]: () => {
        accepted = true;
        return json({
          workspace: {
            id: invitation.workspaceId,
            name: invitation.workspaceName,
            timeZone: 'Asia/Shanghai',
            currency: 'CNY',
            createdAt: '2026-01-01T00:00:00Z',
            updatedAt: '2026-01-01T00:00:00Z',
          },
          role: 'operator',
        });
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<PendingInvitations />);

    expect(await screen.findByText('小鹿母婴旗舰店')).toBeInTheDocument();
    expect(screen.getByText('邀请你以「运营」身份加入')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '接受 小鹿母婴旗舰店' }));

    expect(await screen.findByText('已加入「小鹿母婴旗舰店」')).toBeInTheDocument();
    expect(await screen.findByText('没有待接受的邀请。')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    await waitFor(() => expect(requests.filter((r) => r.method === 'GET')).toHaveLength(2));
  });
});
