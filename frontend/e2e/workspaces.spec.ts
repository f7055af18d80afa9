import { expect, test } from '@playwright/test';
import { accessToken, DEMO_WORKSPACE, expectWorkspaceListed, login, uniqueName, workspaceRow } from './support';

test('the demo operator logs in through Keycloak and sees the demo workspace with the operator role', async ({ page }) => {
  await login(page, 'operator');

  await expect(page.getByText('我的工作区')).toBeVisible();
  await expectWorkspaceListed(page, DEMO_WORKSPACE, '运营');
  await expect(page.getByTestId('user-name')).not.toBeEmpty();
});

test('an anonymous visitor of a deep link comes back to it after login', async ({ page }) => {
  await login(page, 'operator', undefined, '/w/00000000-0000-7000-8000-000000000000/settings');
  await expect(page).toHaveURL(/\/w\/00000000-0000-7000-8000-000000000000\/settings$/);
  // not one of operator's workspaces: 404, shown as "not found or no access"
  await expect(page.getByText('工作区不存在，或你无权访问。')).toBeVisible();
});

test('the owner creates a workspace and sees it listed as owner', async ({ page }) => {
  const name = uniqueName('E2E 新店');
  await login(page, 'owner');

  await page.getByLabel('名称').fill(name);
  await page.getByRole('button', { name: '创建', exact: true }).click();

  await expect(page.getByText(`已创建工作区「${name}」`)).toBeVisible();
  await expectWorkspaceListed(page, name, '所有者');
  await expect(workspaceRow(page, name)).toContainText('Asia/Shanghai');
  await expect(workspaceRow(page, name)).toContainText('CNY');

  // still there after a reload (it is stored, not only in the page)
  await page.reload();
  await expectWorkspaceListed(page, name, '所有者');
});

test('the server answers an invalid name with a problem+json pointing at /name (what the form maps)', async ({ page }) => {
  await login(page, 'owner');
  const token = await accessToken(page);
  // the browser form stops an empty name itself; ask the server directly for the problem shape
  const response = await page.request.post('/api/v1/workspaces', {
    headers: { Authorization: `Bearer ${token}` },
    data: { name: '' },
  });
  expect(response.status()).toBe(400);
  expect(response.headers()['content-type']).toContain('application/problem+json');
  const body = await response.json();
  expect(body.errors?.some((e: { pointer?: string }) => e.pointer === '/name')).toBe(true);
});

test('the language switch turns the console into English and remembers it', async ({ page }) => {
  await login(page, 'operator');
  await expect(page.getByText('我的工作区')).toBeVisible();

  await page.getByRole('combobox', { name: '语言' }).click();
  await page.locator('.ant-select-item-option', { hasText: 'English' }).click();

  await expect(page.getByText('My workspaces')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await expectWorkspaceListed(page, DEMO_WORKSPACE, 'Operator');
  await expect(page.getByText('我的工作区')).toHaveCount(0);

  await page.reload();
  await expect(page.getByText('My workspaces')).toBeVisible();
});

test('the workspace layout has the side menu; the dashboard first; groups open their list, pages to come say so', async ({ page }) => {
  await login(page, 'operator');
  await workspaceRow(page, DEMO_WORKSPACE).getByRole('link', { name: DEMO_WORKSPACE, exact: true }).click();

  await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(page.getByTestId('range-hint')).toContainText('Asia/Shanghai');
  await expect(page.getByTestId('workspace-switcher')).toContainText(DEMO_WORKSPACE);

  const menu = page.getByRole('menu');
  for (const label of ['概览', '社群', '成员', '活动', '设置']) {
    await expect(menu.getByText(label, { exact: true })).toBeVisible();
  }
  await menu.getByText('社群', { exact: true }).click();
  await expect(page).toHaveURL(/\/groups$/);
  await expect(page.getByText('即将推出')).toHaveCount(0);
  await menu.getByText('活动', { exact: true }).click();
  await expect(page).toHaveURL(/\/activities$/);
  await expect(page.getByText('即将推出')).toBeVisible();

  await menu.getByText('设置', { exact: true }).click();
  const details = page.getByTestId('workspace-details');
  await expect(details).toContainText(DEMO_WORKSPACE);
  await expect(details).toContainText('Asia/Shanghai');
  await expect(details).toContainText('CNY');
});

test('logout ends the session and leads back to the login page', async ({ page }) => {
  await login(page, 'operator');
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL(/\/protocol\/openid-connect\/auth\b/);
  await expect(page.locator('#username')).toBeVisible();
});
