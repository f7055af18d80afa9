import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'shequn123';
export const DEMO_WORKSPACE = '小鹿母婴旗舰店';

/**
 * Opens the console, which sends an anonymous visitor to the real Keycloak login page, signs
 * in there and waits for the console's header (the page asked for, "My workspaces" by default).
 */
export async function login(page: Page, username: string, password = DEMO_PASSWORD, path = '/') {
  await page.goto(path);
  await page.waitForURL(/\/protocol\/openid-connect\/auth\b/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  // back on the console once we leave Keycloak's origin and the ?code is consumed
  const keycloak = new URL(page.url()).origin;
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.origin !== keycloak && !url.searchParams.has('code'), {
    waitUntil: 'commit',
  });
  await expect(page.getByTestId('user-name')).toBeVisible();
  if (path === '/') await expect(page.getByTestId('workspace-list')).toBeVisible();
}

/** The table row of a workspace in "My workspaces". */
export function workspaceRow(page: Page, name: string) {
  return page.getByTestId('workspace-list').getByRole('row').filter({ hasText: name });
}

export async function expectWorkspaceListed(page: Page, name: string, roleLabel: string) {
  const row = workspaceRow(page, name);
  await expect(row).toBeVisible();
  await expect(row).toContainText(roleLabel);
}

/** The signed-in user's access token, as the console keeps it (sessionStorage, oidc-client-ts). */
export async function accessToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i)!;
      if (key.startsWith('oidc.user:')) return (JSON.parse(sessionStorage.getItem(key)!) as { access_token: string }).access_token;
    }
    return null;
  });
  expect(token, 'access token in sessionStorage').toBeTruthy();
  return token!;
}

export function uniqueName(prefix: string): string {
  return `${prefix} ${new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14)}-${Math.floor(Math.random() * 1000)}`;
}
