import { expect, test } from '@playwright/test';
import { DEMO_WORKSPACE, login, workspaceRow } from './support';

// Needs the demo activity (groups, ~500 customers, 30 days of events) loaded by
// scripts/demo-activity.mjs into the demo workspace.
test('the demo operator sees the headline figures and the group ranking of the demo workspace', async ({ page }) => {
  await login(page, 'operator');
  await workspaceRow(page, DEMO_WORKSPACE).getByRole('link', { name: DEMO_WORKSPACE, exact: true }).click();
  await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);

  const dashboard = page.getByTestId('dashboard');
  await expect(dashboard.getByText('运营概览')).toBeVisible();
  await expect(page.getByTestId('range-hint')).toContainText('Asia/Shanghai');
  await page.getByTestId('dashboard-filters').getByText('近 30 天', { exact: true }).click();

  await expect(page.getByTestId('headline-cards')).toBeVisible();
  // counts of the demo month: plain numbers, never "—"
  for (const id of ['newMembers', 'members', 'active']) {
    await expect(page.getByTestId(`metric-${id}-value`), id).toHaveText(/^[\d,]+$/);
  }
  await expect(page.getByTestId('metric-active-value')).not.toHaveText('0');
  // ratios, money and durations are figures with their unit
  await expect(page.getByTestId('metric-conversion-value')).toHaveText(/^[\d.]+%$/);
  await expect(page.getByTestId('metric-gmv-value')).toHaveText(/^¥[\d,]+\.\d{2}$/);
  await expect(page.getByTestId('metric-messagesPerMember-value')).toHaveText(/\d/);
  // figures with a threshold say healthy or not in words
  await expect(page.getByTestId('metric-active')).toContainText(/健康|未达标/);
  await expect(page.getByTestId('activity-chart').locator('svg').first()).toBeVisible();

  // the ranking lists the demo groups with their figure
  const ranking = page.getByTestId('group-ranking');
  const rows = ranking.locator('tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(1);
  expect(await rows.count()).toBeLessThanOrEqual(10);
  await expect(rows.first().locator('td').nth(0)).toHaveText('1');
  await expect(rows.first().locator('td').nth(2)).toHaveText(/[\d.]+%|—/);

  // a group's health check in the drawer
  await rows.first().getByRole('button', { name: /^查看健康度/ }).click();
  const drawer = page.getByTestId('group-health');
  await expect(drawer.getByTestId('health-score')).toHaveText(/^\d+$|—/);
  await expect(drawer).toContainText('日均活跃占比');
  await expect(drawer).toContainText(/通过|未通过|不计入/);

  // alerts: a list, possibly empty
  await expect(page.getByTestId('open-alerts')).toContainText('待处理告警');
});
