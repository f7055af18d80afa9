import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_WORKSPACE, login, workspaceRow } from './support';

// Docs-ready pictures of the alerts page, every settings tab and the dashboard on a phone, in
// both languages, written straight into docs/screenshots/ (linked from the READMEs). The owner
// sees every tab and control. Desktop dashboards are written by screenshots.spec.ts.
const docs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');

const VIEWPORTS = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;
const LANGUAGES = { 'zh-CN': '', en: '-en' } as const;
const TABS = ['workspace', 'people', 'clients', 'thresholds', 'audit'] as const;

async function settled(page: Page) {
  await expect(page.locator('.ant-skeleton')).toHaveCount(0);
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await page.waitForTimeout(300);
}

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const [language, suffix] of Object.entries(LANGUAGES)) {
    test(`screenshots of alerts and settings, ${device}, ${language}`, async ({ page }) => {
      mkdirSync(docs, { recursive: true });
      await page.addInitScript((lng) => window.localStorage.setItem('shequn.language', lng), language);
      await page.setViewportSize(viewport);
      await login(page, 'owner');
      const link = workspaceRow(page, DEMO_WORKSPACE).getByRole('link', { name: DEMO_WORKSPACE, exact: true });
      const id = (await link.getAttribute('href'))!.split('/').pop()!;
      const shot = (name: string) => page.screenshot({ path: join(docs, `${name}-${device}${suffix}.png`), fullPage: true });

      await page.goto(`/w/${id}/alerts?state=all`);
      await expect(page.getByTestId('alerts-browser')).toBeVisible();
      await settled(page);
      await shot('alerts');

      for (const tab of TABS) {
        await page.goto(`/w/${id}/settings${tab === 'workspace' ? '' : `?tab=${tab}`}`);
        await expect(page.getByTestId('settings')).toBeVisible();
        await settled(page);
        await shot(`settings-${tab}`);
      }

      if (device === 'phone') {
        await page.goto(`/w/${id}`);
        await page.getByTestId('dashboard-filters').getByText(language === 'en' ? 'Last 30 days' : '近 30 天', { exact: true }).click();
        await expect(page.getByTestId('metric-members-value')).toHaveText(/\d/);
        await expect(page.getByTestId('activity-chart').locator('svg').first()).toBeVisible();
        await settled(page);
        await page.waitForTimeout(900);
        await shot('dashboard');
      }
    });
  }
}
