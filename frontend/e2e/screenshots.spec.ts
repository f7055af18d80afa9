import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { DEMO_WORKSPACE, login, workspaceRow } from './support';

// Docs-ready pictures of the console (git-ignored; copied into docs/ by hand).
const dir = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');

test('screenshots of the workspace list and the workspace layout', async ({ page }) => {
  mkdirSync(dir, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await login(page, 'operator');
  await expect(workspaceRow(page, DEMO_WORKSPACE)).toBeVisible();
  await expect(page.getByTestId('pending-invitations')).not.toContainText('加载中');
  await page.screenshot({ path: join(dir, 'workspaces.png'), fullPage: true });

  await workspaceRow(page, DEMO_WORKSPACE).getByRole('link', { name: DEMO_WORKSPACE, exact: true }).click();
  await expect(page.getByTestId('workspace-details')).toContainText(DEMO_WORKSPACE);
  await page.screenshot({ path: join(dir, 'workspace-layout.png'), fullPage: true });

  await page.getByRole('combobox', { name: '语言' }).click();
  await page.locator('.ant-select-item-option', { hasText: 'English' }).click();
  await expect(page.getByText('Workspace overview')).toBeVisible();
  await expect(page.locator('.ant-select-item-option', { hasText: 'English' })).toBeHidden();
  await page.screenshot({ path: join(dir, 'workspace-layout-en.png'), fullPage: true });
});
