import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { enrolTotp, launchBrowser, submitCredentials } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// What a new user hit (issue #15, words and layout): the audit log in words, an honest
// workbench, the prefix column on one line, the calendar's year view, the window's buttons.
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

async function signedIn(username: string, width = 1440, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
  contexts.push(context);
  const page = await context.newPage();
  await submitCredentials(page, server.url, username);
  return page;
}

/** Distinct rows (by top edge) the elements of a locator sit on. */
const rowsOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))).size);

describe('words', () => {
  test('the audit log shows actions and objects in Chinese, with the staff member’s name', async () => {
    const manager = await signedIn('manager');
    await manager.getByTestId('center-name').waitFor();
    const staff = (await (await manager.request.get(`${server.url}/api/v1/staff?pageSize=100`)).json()) as { items: { id: string; name: string }[] };
    const shen = staff.items.find((s) => s.name === '沈娟')!;
    expect((await manager.request.get(`${server.url}/api/v1/staff/${shen.id}`)).status()).toBe(200);

    const auditor = await signedIn('auditor');
    await enrolTotp(auditor);
    await auditor.getByTestId('center-name').waitFor();
    await auditor.goto(`${server.url}/supervision/audit`);
    const actions = auditor.getByTestId('audit-action');
    await actions.first().waitFor();
    const texts = await actions.allInnerTexts();
    expect(texts).toContain('登录');
    expect(texts.join()).not.toContain('auth.sign-in');
    expect(await auditor.getByTestId('audit-object').allInnerTexts()).toContain('工作人员：沈娟');
    await auditor.screenshot({ path: '/tmp/audit-words.png' });
  });

  test('我的工作台 is an overview for a clerk and does not point an approver to a menu it lacks', async () => {
    const clerk = await signedIn('clerk');
    await clerk.getByTestId('center-name').waitFor();
    // Through the menu, as a clerk would: 我的工作台 opens the overview, not 窗口叫号 again.
    await clerk.locator('[data-menu-key="workbench.home"]').click();
    await clerk.waitForURL(/\/workbench\/home$/);
    await expect.poll(() => clerk.getByTestId('workbench-window').innerText()).toContain('1 号窗口');
    expect(await clerk.getByTestId('workbench-done-today').innerText()).toMatch(/今日已办结\s*0/);
    await clerk.screenshot({ path: '/tmp/workbench-home.png' });
    await clerk.getByTestId('workbench-open-queue').click();
    await clerk.waitForURL(/\/workbench\/queue$/);

    const approver = await signedIn('approver');
    await approver.getByTestId('center-name').waitFor();
    // An approver lands on 待办任务, the back office's inbox (issue #17).
    await approver.goto(`${server.url}/workbench`);
    await approver.waitForURL(/\/workbench\/inbox$/);
    await approver.getByTestId('task-inbox').waitFor();
    await approver.locator('[data-menu-key="workbench.home"]').click();
    await approver.waitForURL(/\/workbench\/home$/);
    const now = await approver.getByTestId('workbench-now').innerText();
    expect(now).toContain('正在建设');
    expect(now).not.toContain('可在“窗口叫号”中使用');
    expect(await approver.getByTestId('workbench-window').count()).toBe(0);
  });
});

describe('layout', () => {
  test('票号前缀 stays on one line in the hall categories table', async () => {
    const page = await signedIn('manager');
    await page.getByTestId('center-name').waitFor();
    await page.goto(`${server.url}/console/hall`);
    const header = page.getByTestId('category-prefix-header');
    await header.waitFor();
    const lineHeight = await header.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 22);
    const textHeight = await header.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().height;
    });
    expect(textHeight).toBeLessThan(lineHeight * 1.5);
    await page.screenshot({ path: '/tmp/hall-categories.png' });
  });

  test('the calendar’s year view names each month once and marks its holidays', async () => {
    const page = await signedIn('manager');
    await page.getByTestId('center-name').waitFor();
    await page.goto(`${server.url}/console/calendar`);
    await page.locator('.ant-picker-calendar-mode-switch').getByText('年', { exact: true }).click();
    const october = page.locator('.ant-picker-cell').filter({ hasText: /^10月/ }).first();
    await october.getByTestId('calendar-month-mark').waitFor();
    const text = await october.innerText();
    expect(text.match(/10月/g)).toHaveLength(1);
    expect(text).toContain('国庆');
    await page.screenshot({ path: '/tmp/calendar-year.png', fullPage: true });
  });

  test('the window’s eight buttons sit on two rows, 挂起 beside 转移', async () => {
    const page = await signedIn('clerk');
    await page.getByTestId('center-name').waitFor();
    await page.goto(`${server.url}/workbench/queue`);
    await page.getByTestId('queue-park').waitFor();
    expect(await rowsOf(page, '[data-testid=queue-actions] > button')).toBe(2);
    const top = (id: string) => page.getByTestId(id).evaluate((e) => Math.round(e.getBoundingClientRect().top));
    expect(await top('queue-park')).toBe(await top('queue-transfer'));
    await page.screenshot({ path: '/tmp/workbench-buttons.png' });
  });
});
