import { expect, test } from '@playwright/test';
import { accessToken, DEMO_WORKSPACE, expectWorkspaceListed, login, uniqueName, workspaceRow } from './support';

// The demo data invites newcomer@shequn.demo to the demo workspace as operator. On a stack
// whose data survived an earlier run that invitation may already be accepted, so the owner
// also invites newcomer to a fresh workspace: there is always one invitation to accept.
test.describe.serial('newcomer accepts invitations', () => {
  let freshWorkspace = '';

  test('the owner creates a workspace and invites newcomer as operator', async ({ page }) => {
    freshWorkspace = uniqueName('E2E 邀请');
    await login(page, 'owner');
    await page.getByLabel('名称').fill(freshWorkspace);
    await page.getByRole('button', { name: '创建', exact: true }).click();
    const link = workspaceRow(page, freshWorkspace).getByRole('link', { name: freshWorkspace, exact: true });
    await expect(link).toBeVisible();
    const workspaceId = (await link.getAttribute('href'))!.split('/').pop()!;

    const response = await page.request.post(`/api/v1/workspaces/${workspaceId}/invitations`, {
      headers: { Authorization: `Bearer ${await accessToken(page)}` },
      data: { email: 'newcomer@shequn.demo', role: 'operator' },
    });
    expect(response.status(), await response.text()).toBe(201);
  });

  test('newcomer sees the pending invitations, accepts them and sees the workspaces', async ({ page }) => {
    expect(freshWorkspace).not.toBe('');
    await login(page, 'newcomer');

    const invitations = page.getByTestId('pending-invitations');
    await expect(invitations).toContainText(freshWorkspace);
    const demoPending = await invitations.getByText(DEMO_WORKSPACE).count();

    // accept every pending invitation, the demo workspace's included
    const acceptButtons = invitations.getByRole('button', { name: /^接受 / });
    for (let n = await acceptButtons.count(); n > 0; n = await acceptButtons.count()) {
      await acceptButtons.first().click();
      await expect(acceptButtons).toHaveCount(n - 1);
    }
    await expect(invitations).toContainText('没有待接受的邀请。');

    await expectWorkspaceListed(page, freshWorkspace, '运营');
    await expectWorkspaceListed(page, DEMO_WORKSPACE, '运营');
    test.info().annotations.push({
      type: 'demo invitation',
      description: demoPending ? 'accepted in this run' : 'already accepted before this run',
    });
  });
});
