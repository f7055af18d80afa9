import { expect, test, type Page } from '@playwright/test';
import { DEMO_WORKSPACE, login, workspaceRow } from './support';

// How fast the first screen of the groups list and of a group page shows data on the demo data:
// time from the start of the navigation (a full page load: bundle, session, API calls) to the
// first data row / figure on screen, measured in the page (performance.now() since its time
// origin), median of LOADS loads. Run on purpose only (docs/benchmarks.md, "Console"):
//   SHEQUN_E2E_PERF=1 npx playwright test e2e/console-perf.spec.ts
const LOADS = Number(process.env.SHEQUN_E2E_PERF_LOADS ?? 7);
const BUDGET_MS = 1000;

test.skip(!process.env.SHEQUN_E2E_PERF, 'set SHEQUN_E2E_PERF=1 to measure');

interface Load {
  /** ms from the navigation's start to the data on screen */
  data: number;
  /** ms to the end of the last script the page loaded before that (bundle and page chunk) */
  scripts: number;
  /** start and end of the API call that brought the data (`api`: a path part of it) */
  apiStart: number;
  apiEnd: number;
}

async function timeToData(page: Page, url: string, selector: string, api: string): Promise<Load> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    ({ sel, api }) => {
      const el = document.querySelector(sel);
      if (!el || !/\d/.test(el.textContent ?? '')) return null;
      const now = performance.now();
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const scripts = resources.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'));
      const call = resources.find((r) => new URL(r.name).pathname.match(api));
      return {
        data: now,
        scripts: Math.max(0, ...scripts.map((r) => r.responseEnd)),
        apiStart: call?.startTime ?? -1,
        apiEnd: call?.responseEnd ?? -1,
      };
    },
    { sel: selector, api },
    { polling: 'raf', timeout: 20_000 },
  );
  const load = (await handle.jsonValue()) as Load;
  return { data: Math.round(load.data), scripts: Math.round(load.scripts), apiStart: Math.round(load.apiStart), apiEnd: Math.round(load.apiEnd) };
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

for (const [label, viewport] of [
  ['desktop 1440', { width: 1440, height: 900 }],
  ['phone 390', { width: 390, height: 844 }],
] as const) {
  test(`first data within ${BUDGET_MS} ms: groups list and group page (${label})`, async ({ page }) => {
    test.setTimeout(LOADS * 2 * 25_000 + 60_000);
    await page.setViewportSize(viewport);
    await login(page, 'operator');
    await workspaceRow(page, DEMO_WORKSPACE).getByRole('link', { name: DEMO_WORKSPACE, exact: true }).click();
    await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
    const workspace = page.url();
    await page.goto(`${workspace}/groups?sort=name`);
    const first = page.getByTestId('groups-table').getByRole('link').first();
    await expect(first).toBeVisible();
    const groupUrl = new URL((await first.getAttribute('href'))!, workspace).toString();

    // a data row: a table row with the member count (desktop) or a group card (phone)
    const row = viewport.width >= 992 ? '[data-testid="groups-table"] tr.ant-table-row' : '[data-testid="groups-table"] [role="listitem"]';
    const list: Load[] = [];
    const group: Load[] = [];
    for (let i = 0; i < LOADS; i++) {
      list.push(await timeToData(page, `${workspace}/groups`, row, /\/groups$/.source));
      group.push(await timeToData(page, groupUrl, '[data-testid="metric-members-value"]', /\/metrics\/summary$/.source));
    }
    const summary = (loads: Load[]) => ({
      medianMs: median(loads.map((l) => l.data)),
      medianScriptsMs: median(loads.map((l) => l.scripts)),
      medianApiStartMs: median(loads.map((l) => l.apiStart)),
      medianApiEndMs: median(loads.map((l) => l.apiEnd)),
      all: loads.map((l) => l.data),
    });
    const report = { viewport: label, loads: LOADS, groupsList: summary(list), groupPage: summary(group) };
    console.log(`console-perf ${JSON.stringify(report)}`);
    expect(report.groupsList.medianMs, 'groups list: median ms to the first data row').toBeLessThan(BUDGET_MS);
    expect(report.groupPage.medianMs, 'group page: median ms to the first figure').toBeLessThan(BUDGET_MS);
  });
}
