import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_WORKSPACE, login, uniqueName, workspaceRow } from './support';

// The groups pages through the real login, at desktop and phone width; screenshots of the
// groups list and a group page (desktop 1440 and phone 390, zh-CN and en) go to docs/screenshots/.
const docs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
const DEMO_GROUP = '宝妈福利群 1';
const PHONE = { width: 390, height: 844 };

async function openWorkspace(page: Page) {
  await workspaceRow(page, DEMO_WORKSPACE).getByRole('link', { name: DEMO_WORKSPACE, exact: true }).click();
  await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
  return page.url();
}

/** No sideways scrolling: the page is no wider than the phone. */
async function expectNoHorizontalScroll(page: Page) {
  const { width, wide } = await page.evaluate((max) => {
    // what sticks out, for the failure message
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > max + 0.5)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`);
    return { width: document.documentElement.scrollWidth, wide };
  }, PHONE.width);
  expect(width, `document scroll width; sticking out: ${wide.join(', ')}`).toBeLessThanOrEqual(PHONE.width);
}

async function switchToEnglish(page: Page) {
  await page.getByRole('combobox', { name: '语言' }).click();
  await page.locator('.ant-select-item-option', { hasText: 'English' }).click();
  await expect(page.locator('.ant-select-item-option', { hasText: 'English' })).toBeHidden();
}

async function settled(page: Page) {
  await expect(page.locator('.ant-skeleton')).toHaveCount(0);
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await page.waitForTimeout(500);
}

test('an operator creates a group and finds it in the list', async ({ page }) => {
  await login(page, 'operator');
  const workspace = await openWorkspace(page);
  await page.goto(`${workspace}/groups`);
  const name = uniqueName('E2E 社群');

  await page.getByRole('button', { name: '新建社群' }).click();
  const form = page.getByTestId('group-form');
  await form.getByLabel('群名称').fill(name);
  await form.getByLabel('平台群 ID').fill(`e2e-${Date.now()}`);
  await form.getByLabel('群规').fill('不发广告');
  await form.getByRole('button', { name: '创建' }).click();
  await expect(page.getByText(`已创建社群「${name}」`)).toBeVisible();

  await page.getByRole('searchbox', { name: '搜索群名称' }).fill(name);
  await page.getByRole('searchbox', { name: '搜索群名称' }).press('Enter');
  await expect(page).toHaveURL(/[?&]q=/);
  const row = page.getByTestId('groups-table').getByRole('row').filter({ hasText: name });
  await expect(row).toBeVisible();
  await expect(row).toContainText('0 / 350');

  // the filters live in the URL: a reload shows the same list
  await page.reload();
  await expect(page.getByTestId('groups-table').getByRole('row').filter({ hasText: name })).toBeVisible();

  await row.getByRole('link', { name }).click();
  await expect(page.getByTestId('group-name')).toHaveText(name);
  await page.getByRole('tab', { name: '群规与系列' }).click();
  await expect(page.getByTestId('group-texts')).toContainText('不发广告');

  // archived after a confirmation: gone from the default list (and from the screenshots)
  await page.getByTestId('group-header').getByRole('button', { name: '归档' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByText(`已归档「${name}」`)).toBeVisible();
  await page.goto(`${workspace}/groups?q=${encodeURIComponent(name)}`);
  await expect(page.getByTestId('groups-table')).toContainText('没有符合条件的社群');
});

test('an analyst sees the groups without edit controls', async ({ page }) => {
  await login(page, 'analyst');
  const workspace = await openWorkspace(page);
  await page.goto(`${workspace}/groups`);
  await expect(page.getByTestId('groups-table').getByRole('row').filter({ hasText: DEMO_GROUP })).toBeVisible();
  await expect(page.getByTestId('groups-read-only')).toBeVisible();
  await expect(page.getByRole('button', { name: '新建社群' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^编辑/ })).toHaveCount(0);
});

test('at phone width: dashboard, groups and a group page without sideways scrolling', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await login(page, 'operator');
  await openWorkspace(page);
  await expect(page.getByTestId('metric-members-value')).toHaveText(/\d/);
  await settled(page);
  await expectNoHorizontalScroll(page);

  await page.getByTestId('menu-button').click();
  await page.getByRole('menuitem', { name: '社群' }).click();
  const card = page.getByTestId('groups-table').getByRole('listitem').filter({ hasText: DEMO_GROUP });
  await expect(card).toBeVisible();
  await settled(page);
  await expectNoHorizontalScroll(page);

  await card.getByRole('link', { name: DEMO_GROUP }).click();
  await expect(page.getByTestId('group-name')).toHaveText(DEMO_GROUP);
  await expect(page.getByTestId('metric-members-value')).toHaveText(/\d/);
  await settled(page);
  await expectNoHorizontalScroll(page);
  for (const tab of ['成员', '动态', '群规与系列']) {
    await page.getByRole('tab', { name: tab }).click();
    await settled(page);
    await expectNoHorizontalScroll(page);
  }
});

for (const [label, viewport] of [
  ['desktop', { width: 1440, height: 900 }],
  ['phone', PHONE],
] as const) {
  test(`screenshots of the groups list and a group page (${label}, zh-CN and en)`, async ({ page }) => {
    mkdirSync(docs, { recursive: true });
    const suffix = label === 'phone' ? '-phone' : '';
    await page.setViewportSize(viewport);
    await login(page, 'operator');
    const workspace = await openWorkspace(page);

    await page.goto(`${workspace}/groups?sort=name`);
    await expect(page.getByTestId('groups-table').getByText(DEMO_GROUP, { exact: true })).toBeVisible();
    await expect(page.getByTestId('health-score-tag').first()).toBeVisible();
    await settled(page);
    await page.screenshot({ path: join(docs, `groups${suffix}.png`), fullPage: true });

    await page.getByTestId('groups-table').getByRole('link', { name: DEMO_GROUP }).click();
    await expect(page.getByTestId('metric-members-value')).toHaveText(/\d/);
    await expect(page.getByTestId('activity-chart').locator('svg').first()).toBeVisible();
    await settled(page);
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(docs, `group${suffix}.png`), fullPage: true });

    await switchToEnglish(page);
    await expect(page.getByRole('tab', { name: 'Overview' })).toBeVisible();
    await expect(page.getByTestId('activity-chart').locator('svg').first()).toBeVisible();
    await settled(page);
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(docs, `group${suffix}-en.png`), fullPage: true });

    await page.goto(`${workspace}/groups?sort=name`);
    await expect(page.getByTestId('groups-table').getByText(DEMO_GROUP, { exact: true })).toBeVisible();
    await expect(page.getByTestId('health-score-tag').first()).toBeVisible();
    await settled(page);
    await page.screenshot({ path: join(docs, `groups${suffix}-en.png`), fullPage: true });
  });
}
