import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_WORKSPACE, login, workspaceRow } from './support';

// Docs-ready pictures of the console (git-ignored; copied into docs/ by hand), and the
// dashboard's, written straight into docs/screenshots/ (they need the demo activity).
const dir = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const docs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');

test('screenshots of the workspace list and the workspace layout', async ({ page }) => {
  mkdirSync(dir, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await login(page, 'operator');
  await expect(workspaceRow(page, DEMO_WORKSPACE)).toBeVisible();
  await expect(page.getByTestId('pending-invitations')).not.toContainText('加载中');
  await page.screenshot({ path: join(dir, 'workspaces.png'), fullPage: true });

  await workspaceRow(page, DEMO_WORKSPACE).getByRole('link', { name: DEMO_WORKSPACE, exact: true }).click();
  await page.getByRole('menu').getByText('设置', { exact: true }).click();
  await expect(page.getByTestId('workspace-details')).toContainText(DEMO_WORKSPACE);
  await page.screenshot({ path: join(dir, 'workspace-layout.png'), fullPage: true });

  await page.getByRole('combobox', { name: '语言' }).click();
  await page.locator('.ant-select-item-option', { hasText: 'English' }).click();
  await expect(page.getByText('Workspace settings')).toBeVisible();
  await expect(page.locator('.ant-select-item-option', { hasText: 'English' })).toBeHidden();
  await page.screenshot({ path: join(dir, 'workspace-layout-en.png'), fullPage: true });
});

test('screenshots of the dashboard, in Chinese and in English', async ({ page }) => {
  mkdirSync(docs, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await login(page, 'operator');
  await workspaceRow(page, DEMO_WORKSPACE).getByRole('link', { name: DEMO_WORKSPACE, exact: true }).click();
  await page.getByTestId('dashboard-filters').getByText('近 30 天', { exact: true }).click();
  await expectDashboardLoaded(page);
  await page.screenshot({ path: join(docs, 'dashboard.png'), fullPage: true });

  await page.getByRole('combobox', { name: '语言' }).click();
  await page.locator('.ant-select-item-option', { hasText: 'English' }).click();
  await expect(page.getByText('Operations overview')).toBeVisible();
  await expect(page.locator('.ant-select-item-option', { hasText: 'English' })).toBeHidden();
  await expectDashboardLoaded(page);
  await page.screenshot({ path: join(docs, 'dashboard-en.png'), fullPage: true });
});

async function expectDashboardLoaded(page: Page) {
  await expect(page.getByTestId('metric-members-value')).toHaveText(/\d/);
  await expect(page.getByTestId('activity-chart').locator('svg').first()).toBeVisible();
  await expect(page.getByTestId('group-ranking').locator('tbody tr.ant-table-row').first()).toBeVisible();
  await expect(page.locator('.ant-skeleton')).toHaveCount(0);
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  // let the chart finish its entry animation
  await page.waitForTimeout(1200);
}
