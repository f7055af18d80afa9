import { expect, test, type Page } from '@playwright/test';
import { accessToken, DEMO_WORKSPACE, login, uniqueName, workspaceRow } from './support';

// Settings and alerts through the real login: invitations accepted by the invited person,
// thresholds that change the dashboard's badges, alerts resolved with a note, and the
// analyst who sees all of it without a single edit control.

async function openWorkspace(page: Page, name: string): Promise<string> {
  const link = workspaceRow(page, name).getByRole('link', { name, exact: true });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/')[2];
}

/** Creates a workspace from "My workspaces" and opens it from the list. */
async function createWorkspace(page: Page, name: string): Promise<string> {
  await page.getByLabel('名称').fill(name);
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(page.getByText(`已创建工作区「${name}」`)).toBeVisible();
  return openWorkspace(page, name);
}

test.describe.serial('an owner invites a colleague, who accepts', () => {
  let workspace = '';

  test('the owner invites newcomer@shequn.demo as analyst from Settings › People and roles', async ({ page }) => {
    workspace = uniqueName('E2E 设置');
    await login(page, 'owner');
    const id = await createWorkspace(page, workspace);
    await page.goto(`/w/${id}/settings?tab=people`);

    const form = page.getByTestId('invite-form');
    await form.getByLabel('邮箱').fill('newcomer@shequn.demo');
    await form.getByRole('combobox', { name: '角色' }).click();
    await page.locator('.ant-select-item-option', { hasText: '分析师' }).click();
    await form.getByRole('button', { name: '发送邀请' }).click();
    await expect(page.getByText('已邀请 newcomer@shequn.demo')).toBeVisible();
    const pending = page.getByTestId('workspace-invitations');
    await expect(pending.getByRole('row').filter({ hasText: 'newcomer@shequn.demo' })).toContainText('分析师');

    // inviting the same email again: the API's 409, shown as it says
    await form.getByLabel('邮箱').fill('newcomer@shequn.demo');
    await form.getByRole('button', { name: '发送邀请' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '邀请失败' })).toBeVisible();
  });

  test('newcomer accepts it and reads the settings as an analyst', async ({ page }) => {
    expect(workspace).not.toBe('');
    await login(page, 'newcomer');
    const invitations = page.getByTestId('pending-invitations');
    const item = invitations.getByRole('listitem').filter({ hasText: workspace });
    await expect(item).toBeVisible();
    await item.getByRole('button', { name: /^接\s?受/ }).click();
    await expect(workspaceRow(page, workspace)).toContainText('分析师');

    const id = await openWorkspace(page, workspace);
    await page.goto(`/w/${id}/settings?tab=people`);
    const people = page.getByTestId('people-settings');
    await expect(people.getByRole('row').filter({ hasText: 'newcomer@shequn.demo' })).toContainText('分析师');
    await expect(people.getByRole('button')).toHaveCount(0);
  });
});

test('an owner changes a threshold and the dashboard badge follows; the default comes back', async ({ page }) => {
  await login(page, 'owner');
  const id = await openWorkspace(page, DEMO_WORKSPACE);
  await page.getByTestId('dashboard-filters').getByText('近 30 天', { exact: true }).click();
  const card = page.getByTestId('metric-conversion');
  await expect(card.locator('[data-health]')).toBeVisible();
  const before = await card.locator('[data-health]').getAttribute('data-health');
  // a conversion rate above 0 is healthy against 0 % and unhealthy against 100 %
  const target = before === 'healthy' ? '100' : '0';

  try {
    await page.goto(`/w/${id}/settings?tab=thresholds`);
    const input = page.getByRole('spinbutton', { name: '转化率' });
    await expect(input).toHaveValue(/\d/);
    await input.fill(target);
    await page.getByRole('button', { name: '保存阈值' }).click();
    await expect(page.getByText('阈值已保存')).toBeVisible();

    await page.goto(`/w/${id}`);
    await page.getByTestId('dashboard-filters').getByText('近 30 天', { exact: true }).click();
    await expect(card.locator('[data-health]')).toHaveAttribute('data-health', before === 'healthy' ? 'unhealthy' : 'healthy');
    await expect(card).toContainText(`${target}%`);
  } finally {
    // leave the demo workspace on its seed thresholds for the other tests
    await page.goto(`/w/${id}/settings?tab=thresholds`);
    await page.getByRole('button', { name: '全部恢复默认' }).click();
    await page.getByRole('button', { name: '保存阈值' }).click();
    await expect(page.getByText(/阈值已保存|没有需要保存的修改/)).toBeVisible();
  }
});

test('an owner resolves an over-capacity alert with a note; the note shows under Resolved', async ({ page }) => {
  await login(page, 'owner');
  const id = await createWorkspace(page, uniqueName('E2E 告警'));
  // a group of at most 2 members that 3 joins push over its limit: the API raises the alert
  const token = await accessToken(page);
  const headers = { Authorization: `Bearer ${token}` };
  const group = await page.request.post(`/api/v1/workspaces/${id}/groups`, {
    headers,
    data: { name: '小群 E2E', platform: 'wechat', hardLimit: 2 },
  });
  expect(group.status(), await group.text()).toBe(201);
  const groupId = ((await group.json()) as { id: string }).id;
  const now = Date.now();
  const batch = await page.request.post(`/api/v1/workspaces/${id}/events:batch`, {
    headers,
    data: {
      items: [1, 2, 3].map((n) => ({
        type: 'joined',
        platformEventId: `e2e-join-${now}-${n}`,
        occurredAt: new Date(now - (4 - n) * 60_000).toISOString(),
        group: { id: groupId },
        member: { platform: 'wechat', platformUserId: `e2e-user-${now}-${n}` },
      })),
    },
  });
  expect(batch.ok(), await batch.text()).toBe(true);

  await page.goto(`/w/${id}/alerts`);
  const row = page.getByTestId('alerts-browser').getByRole('row').filter({ hasText: '超出容量' });
  await expect(row).toContainText('小群 E2E');
  await expect(row).toContainText('3 / 2');
  await row.getByRole('button', { name: '标记已处理' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: '处理说明' }).fill('已开 2 号群分流');
  await dialog.getByRole('button', { name: '标记已处理' }).click();
  await expect(page.getByText('告警已标记为已处理')).toBeVisible();
  await expect(page.getByTestId('alerts-browser')).toContainText('没有待处理的告警');

  await page.getByTestId('alert-filters').getByText('已处理', { exact: true }).click();
  await expect(page).toHaveURL(/state=resolved/);
  const resolved = page.getByTestId('alerts-browser').getByRole('row').filter({ hasText: '超出容量' });
  await expect(resolved.getByTestId('alert-note')).toHaveText('已开 2 号群分流');
  await expect(resolved).toContainText(/由 .+ 处理/);

  // the audit log names who did it
  await page.goto(`/w/${id}/settings?tab=audit`);
  await expect(page.getByTestId('audit-log').getByRole('row').filter({ hasText: 'alert.resolved' })).toContainText('已开 2 号群分流');
});

test('the analyst reads settings and alerts without any edit control', async ({ page }) => {
  await login(page, 'analyst');
  const id = await openWorkspace(page, DEMO_WORKSPACE);

  await page.goto(`/w/${id}/alerts`);
  await expect(page.getByTestId('alerts-browser')).toContainText('你的角色只能查看告警，不能处理。');
  await expect(page.getByRole('button', { name: '标记已处理' })).toHaveCount(0);

  await page.goto(`/w/${id}/settings`);
  const settings = page.getByTestId('settings');
  await expect(settings.getByTestId('workspace-details')).toContainText(DEMO_WORKSPACE);
  await expect(settings.getByRole('tab', { name: '操作日志' })).toHaveCount(0);
  for (const tab of ['工作区', '成员与角色', '合作伙伴客户端', '健康阈值']) {
    await settings.getByRole('tab', { name: tab }).click();
    await expect(settings.locator('.ant-skeleton, .ant-spin-spinning')).toHaveCount(0);
    await expect(settings.getByRole('button')).toHaveCount(0);
    await expect(settings.locator('input, textarea')).toHaveCount(0);
  }
});
