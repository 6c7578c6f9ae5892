import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { enrolTotp, launchBrowser, menuSurfaces, submitCredentials } from './support/browser.ts';
import { freshDataDir, runCli, startServer, type RunningServer } from './support/server.ts';

// A production-like first start (no demo data): the administrator created on the command
// line must change the issued password and enrol TOTP before reaching the console.
const issued = 'Issued#2026pw';
const chosen = 'Chosen!2026pw';
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const dataDir = freshDataDir();
  const env = { DATA_DIR: dataDir, DEMO: 'off', ONEWINDOW_ADMIN_PASSWORD: issued };
  await runCli(['create-admin', '--username', 'root', '--name', '管理员甲', '--center-name', '旬邑县政务服务中心', '--region-code', '610429'], env);
  [server, browser] = await Promise.all([startServer(env), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('first sign-in: change the password (policy enforced), enrol TOTP, land in the console', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await submitCredentials(page, server.url, 'root', issued);
  await page.getByTestId('current-password').fill(issued);
  await page.getByTestId('new-password').fill('short');
  await page.getByTestId('confirm-password').fill('short');
  await page.getByTestId('change-password-submit').click();
  await page.getByText('密码强度不足').first().waitFor();
  await page.getByTestId('new-password').fill(chosen);
  await page.getByTestId('confirm-password').fill(chosen);
  await page.getByTestId('change-password-submit').click();
  await enrolTotp(page, chosen);
  expect(await menuSurfaces(page)).toEqual(['console']);
  await expect.poll(() => page.getByTestId('center-name').innerText()).toBe('旬邑县政务服务中心');
  await page.close();
});
