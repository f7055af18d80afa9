import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { accessToken, login, uniqueName } from './support';

// The demo workspace of the demo data (DemoData, scripts/demo-activity.mjs) and one of its
// WeChat customers.
const WS = '0190f0e0-0000-7000-8000-000000000001';
const WECHAT_ID = 'demo-u1';
const docs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');

async function settle(page: Page) {
  await expect(page.locator('.ant-skeleton')).toHaveCount(0);
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
}

test('an operator finds a member by WeChat id and opens the timeline', async ({ page }) => {
  await login(page, 'operator', undefined, `/w/${WS}/members`);
  const search = page.getByRole('searchbox', { name: '搜索' });
  await search.fill(WECHAT_ID);
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?q=${WECHAT_ID}$`));
  const rows = page.getByTestId('member-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(WECHAT_ID);

  await rows.first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/w/${WS}/members/[0-9a-f-]{36}$`));
  await expect(page.getByTestId('member-identities')).toContainText(`微信 ${WECHAT_ID}`);
  await expect(page.getByTestId('timeline-event').first()).toBeVisible();
  // the demo customer joined a group: the oldest pages of the timeline end with it
  await page.getByRole('combobox', { name: '事件类型' }).click();
  await page.getByTitle('入群', { exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/type=joined/);
  await expect(page.getByTestId('timeline-event').first()).toContainText('入群');

  await page.getByRole('tab', { name: '社群记录' }).click();
  await expect(page.getByTestId('member-memberships').locator('tbody tr.ant-table-row').first()).toContainText('宝妈福利群 1');
});

test('an operator builds a segment from a filter and tags all its members', async ({ page }) => {
  await login(page, 'operator', undefined, `/w/${WS}/members`);
  const tags = page.getByRole('combobox', { name: '标签', exact: true });
  await tags.fill('拼团');
  await tags.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/tag=%E6%8B%BC%E5%9B%A2/);
  await expect(page.getByTestId('member-table').locator('tbody tr.ant-table-row').first()).toBeVisible();

  const name = uniqueName('e2e 拼团');
  await page.getByRole('button', { name: '保存为分群' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('segment-filter')).toContainText('标签任一：拼团');
  await dialog.getByLabel('名称').fill(name);
  await dialog.getByRole('button', { name: '保存' }).click();
  const saved = page.locator('.ant-message').getByText(/已保存，当前 [\d,]+ 位成员/);
  await expect(saved).toBeVisible();
  const count = Number((/当前 ([\d,]+) 位/.exec((await saved.textContent()) ?? '')?.[1] ?? '0').replace(/,/g, ''));
  expect(count).toBeGreaterThan(0);
  await expect(page).toHaveURL(/segment=[0-9a-f-]{36}/);

  // the segment is listed with its count and opens its members
  await page.locator('.ant-segmented').getByText('分群', { exact: true }).click();
  const row = page.getByTestId('segment-table').getByRole('row').filter({ hasText: name });
  await expect(row).toContainText(count.toLocaleString('en'));
  await row.getByRole('link', { name }).click();
  await expect(page).toHaveURL(/segment=/);
  await expect(page.getByRole('combobox', { name: '分群' })).toBeVisible();

  const tag = `e2e${Date.now() % 100000000}`;
  await page.getByRole('button', { name: '给筛选结果全部打标签' }).click();
  const bulk = page.getByRole('dialog');
  await expect(bulk.getByTestId('bulk-tag-scope')).toContainText('符合当前筛选条件的全部成员');
  await bulk.getByRole('combobox', { name: '添加标签' }).fill(tag);
  await bulk.getByRole('combobox', { name: '添加标签' }).press('Enter');
  await bulk.getByRole('button', { name: '应用' }).click();
  await expect(page.locator('.ant-message').getByText(`已更新 ${count} 位成员`)).toBeVisible();

  await page.goto(`/w/${WS}/members?tag=${tag}`);
  await expect(page.getByTestId('member-table').locator('tbody tr.ant-table-row').first()).toContainText(tag);
});

test('an operator imports a CSV, follows the job to its end and gets the rows with errors', async ({ page }) => {
  await login(page, 'operator', undefined, `/w/${WS}/imports`);
  const run = Date.now().toString(36);
  const good = Array.from({ length: 40 }, (_, i) => `wechat,e2e-${run}-${i},导入测试${i},13900${String(i).padStart(6, '0')},导入|e2e,gold,${i * 10},offline`);
  const bad = [
    `wechat,e2e-${run}-bad-1,坏手机号,call me,,,,`,
    `wechat,e2e-${run}-bad-2,坏积分,,,,-5,`,
    `myspace,e2e-${run}-bad-3,坏平台,,,,,`,
  ];
  const csv = ['platform,platform_user_id,display_name,phone,tags,tier,points,source_channel', ...good.slice(0, 20), ...bad, ...good.slice(20)].join('\n');
  await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles({
    name: `members-${run}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await expect(page).toHaveURL(/\?import=[0-9a-f-]{36}$/);
  const progress = page.getByTestId('import-progress');
  await expect(progress.getByTestId('import-status')).toHaveText('已完成', { timeout: 60_000 });
  await expect(progress.getByTestId('import-rows')).toHaveText('43 / 43');
  await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  await expect(progress.getByTestId('import-imported')).toHaveText('40');
  await expect(progress.getByTestId('import-failed')).toHaveText('3');
  const errors = page.getByTestId('import-errors');
  await expect(errors.locator('tbody tr.ant-table-row')).toHaveCount(3);
  await expect(errors.locator('tbody tr.ant-table-row').first()).toContainText('22');
  await expect(errors).toContainText('phone');
  await settle(page);
  await page.screenshot({ path: join(docs, 'import.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await errors.getByRole('button', { name: /下载出错行 CSV/ }).click();
  const file = await download;
  const lines = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
  expect(lines[0]).toBe('line,column,message');
  expect(lines).toHaveLength(4);

  // the imported members are there, and the filter exports as CSV
  await page.goto(`/w/${WS}/members?q=e2e-${run}-7`);
  await expect(page.getByTestId('member-table').locator('tbody tr.ant-table-row')).toHaveCount(1);
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出 CSV/ }).click();
  const csvOut = readFileSync(await (await exported).path(), 'utf8');
  expect(csvOut).toContain(`e2e-${run}-7`);
  expect((await exported).suggestedFilename()).toMatch(/^members-\d{4}-\d{2}-\d{2}\.csv$/);
});

test('an analyst sees masked phones and no edit controls', async ({ page }) => {
  await login(page, 'analyst', undefined, `/w/${WS}/members`);
  const rows = page.getByTestId('member-table').locator('tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId('member-table')).toContainText(/1\d\d\*{4}\d{4}/);
  await expect(page.getByTestId('member-table').getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /打标签/ })).toHaveCount(0);

  await rows.nth(1).getByRole('link').click();
  await expect(page.getByTestId('member-phone')).toHaveText(/\*{4}/);
  await expect(page.getByRole('button', { name: '编辑' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '合并重复成员' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '删除个人信息' })).toHaveCount(0);
});

for (const language of ['zh-CN', 'en'] as const) {
  test(`screenshots of the members list and a member page (${language})`, async ({ page }) => {
    mkdirSync(docs, { recursive: true });
    const suffix = language === 'en' ? '-en' : '';
    await page.addInitScript((lng) => window.localStorage.setItem('shequn.language', lng), language);
    await page.setViewportSize({ width: 1440, height: 900 });
    await login(page, 'operator', undefined, `/w/${WS}/members?tag=${encodeURIComponent('福利')}`);
    await expect(page.getByTestId('member-table').locator('tbody tr.ant-table-row').first()).toBeVisible();
    await settle(page);
    await page.screenshot({ path: join(docs, `members${suffix}.png`), fullPage: true });

    await page.goto(`/w/${WS}/members?q=${WECHAT_ID}`);
    await page.getByTestId('member-table').locator('tbody tr.ant-table-row').first().getByRole('link').click();
    await expect(page.getByTestId('timeline-event').first()).toBeVisible();
    await settle(page);
    const memberUrl = page.url();
    await page.screenshot({ path: join(docs, `member${suffix}.png`), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/w/${WS}/members?tag=${encodeURIComponent('福利')}`);
    await expect(page.getByTestId('member-cards').locator('.ant-card').first()).toBeVisible();
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(docs, `members-phone${suffix}.png`) });

    await page.goto(memberUrl);
    await expect(page.getByTestId('timeline-event').first()).toBeVisible();
    await settle(page);
    await page.screenshot({ path: join(docs, `member-phone${suffix}.png`) });
  });
}

test('insights: silent members with the outreach CSV, contributors, retention and lifecycle', async ({ page }) => {
  await login(page, 'operator', undefined, `/w/${WS}/insights?days=3`);
  const silent = page.getByTestId('silent-members');
  await expect(silent.locator('tbody tr.ant-table-row').first()).toBeVisible();
  const download = page.waitForEvent('download');
  await silent.getByRole('button', { name: /导出触达名单 CSV/ }).click();
  const csv = readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, '').split(/\r\n/);
  expect(csv[0]).toBe('member_id,display_name,joined_at,last_active_at,silent_days');
  expect(csv.length).toBeGreaterThan(2);

  await page.getByRole('tab', { name: '活跃贡献者' }).click();
  await expect(page).toHaveURL(/tab=contributors/);
  await expect(page.getByTestId('top-contributors').locator('tbody tr.ant-table-row').first()).toBeVisible();
  await page.getByTestId('top-contributors').getByText('连续打卡', { exact: true }).click();
  await expect(page.getByRole('columnheader', { name: '连续打卡天数' })).toBeVisible();

  await page.getByRole('tab', { name: '留存', exact: true }).click();
  await expect(page.getByTestId('retention-cell').first()).toBeVisible();

  await page.getByRole('tab', { name: '社群生命周期' }).click();
  await expect(page.getByTestId('lifecycle').locator('svg').first()).toBeVisible();
  await expect(page.getByTestId('lifecycle-groups')).toContainText('6 个社群');
});

for (const language of ['zh-CN', 'en'] as const) {
  test(`screenshots of insights and imports (${language})`, async ({ page }) => {
    mkdirSync(docs, { recursive: true });
    const suffix = language === 'en' ? '-en' : '';
    await page.addInitScript((lng) => window.localStorage.setItem('shequn.language', lng), language);
    for (const [width, height, device] of [[1440, 900, ''], [390, 844, '-phone']] as const) {
      await page.setViewportSize({ width, height });
      const path = `/w/${WS}/insights?tab=retention`;
      if (device === '') await login(page, 'operator', undefined, path);
      else await page.goto(path);
      await expect(page.getByTestId('retention-cell').first()).toBeVisible();
      await settle(page);
      if (device) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: join(docs, `insights${device}${suffix}.png`), fullPage: !device });

      await page.goto(`/w/${WS}/insights?tab=lifecycle&compare=${await firstGroupId(page)}`);
      await expect(page.getByTestId('lifecycle').locator('svg').first()).toBeVisible();
      await settle(page);
      await page.waitForTimeout(1200); // the chart's entry animation
      await page.screenshot({ path: join(docs, `insights-lifecycle${device}${suffix}.png`), fullPage: !device });

      await page.goto(`/w/${WS}/imports`);
      await expect(page.getByTestId('import-history').first()).toBeVisible();
      await settle(page);
      await page.screenshot({ path: join(docs, `imports${device}${suffix}.png`), fullPage: !device });
    }
  });
}

/** A group of the demo workspace, read through the API with the page's token. */
async function firstGroupId(page: Page): Promise<string> {
  const token = await accessToken(page);
  const res = await page.request.get(`/api/v1/workspaces/${WS}/groups?limit=1&sort=name`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { items: { id: string }[] }).items[0].id;
}
