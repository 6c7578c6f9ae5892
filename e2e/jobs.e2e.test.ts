import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { enrolTotp, launchBrowser, menuEntries, submitCredentials } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// The system administrator's 后台任务 page: every job with its schedule, and a run started
// from the page that the server's job runner then works.
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ JOBS_POLL_SECONDS: '0.5' }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** antd may space CJK characters of a button label; the icon adds its own name in front. */
const label = (text: string) => new RegExp([...text].join('\\s*'));

test('the system administrator sees the jobs and runs the end-of-day close now', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await submitCredentials(page, server.url, 'sysadmin');
  await enrolTotp(page);
  await page.getByTestId('center-name').waitFor();
  expect(await menuEntries(page)).toContain('console.jobs');

  await page.goto(`${server.url}/console/jobs`);
  const row = (name: string) => page.locator('tr.ant-table-row', { hasText: name });
  await row('queue-day-sweep').waitFor();
  await expect.poll(() => row('queue-day-sweep').innerText()).toContain('日终自动关闭');
  expect(await row('queue-day-sweep').innerText()).toContain('定时 */10 * * * *');
  expect(await row('notification-sms-dispatch').innerText()).toContain('每 15 秒');
  expect(await row('appointment-no-show-sweep').innerText()).toContain('预约爽约标记');
  expect(await row('audit-sealer').innerText()).toContain('（各实例）');
  // The end-of-day close runs on its cron every ten minutes, so a fresh server started just
  // before a ten-minute mark may already show a run: whatever the row says now…
  const before = await row('queue-day-sweep').innerText();
  expect(before).toMatch(/尚未运行|成功|运行中|排队/);

  // …the administrator runs it now: queued, worked by the runner, shown as succeeded with a
  // last run newer than before.
  await row('queue-day-sweep').getByRole('button', { name: label('立即运行') }).click();
  // (If the cron's own run is still waiting, the click says so and adds none: that run counts.)
  await page.getByText('已排队：「日终自动关闭（前一日未办结的号）」将很快运行').or(page.getByText('「日终自动关闭（前一日未办结的号）」已有一次运行在排队，未重复加入')).waitFor();
  await expect.poll(() => row('queue-day-sweep').innerText(), { timeout: 20_000 }).toContain('成功');
  await expect.poll(() => row('queue-day-sweep').innerText(), { timeout: 20_000 }).not.toBe(before);
  expect(await row('queue-day-sweep').innerText()).not.toContain('尚未运行');
  await context.close();
});

test('a hall manager has no jobs page', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await submitCredentials(page, server.url, 'manager');
  await page.getByTestId('center-name').waitFor();
  expect(await menuEntries(page)).not.toContain('console.jobs');
  const res = await page.request.get(`${server.url}/api/v1/system/jobs`);
  expect(res.status()).toBe(403);
  await context.close();
});
