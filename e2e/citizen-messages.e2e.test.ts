import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { sendTestMessage, signInCitizenIn, startSmsGateway, type SmsGateway } from './support/citizen.ts';
import { startServer, type RunningServer } from './support/server.ts';

// A signed-in citizen on a 390×844 phone (issue #19, decision 0046): messages sent to their
// mobile arrive in 我的消息 with the unread count on the header's bell; opening one reads it;
// in 通知设置 they give an e-mail address and turn off SMS for case news (the sign-in code
// stays SMS), and the next case message goes by e-mail and to the inbox only.
let server: RunningServer;
let browser: Browser;
let gateway: SmsGateway;

beforeAll(async () => {
  gateway = await startSmsGateway();
  [server, browser] = await Promise.all([startServer(gateway.env), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await gateway?.close();
});

test('the inbox with its unread badge, and the channels chosen per kind of message', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  // A channel's checkbox (antd puts the test id on the input or on its wrapper, by version).
  const box = (id: string) => page.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const mobile = '13700000801';
  await signInCitizenIn(context, server.url, gateway, mobile);
  expect(await sendTestMessage(server.url, mobile, 'case.accepted')).toEqual(['sms', 'inbox']);
  expect(await sendTestMessage(server.url, mobile, 'delivery.mailed')).toEqual(['sms', 'inbox']);

  await page.goto(`${server.url}/portal`);
  await expect.poll(() => page.getByTestId('portal-unread').innerText()).toContain('2');
  await page.getByTestId('portal-messages').click();
  await page.getByTestId('citizen-messages').waitFor();
  await expect.poll(() => page.getByTestId('inbox-unread').innerText()).toBe('2 条未读');
  const items = page.getByTestId('inbox-item');
  expect(await items.count()).toBe(2);
  // Newest first: the mailing; opening it reads it, and the badge follows.
  await items.first().locator('summary').click();
  await expect.poll(() => items.first().getByTestId('inbox-body').innerText()).toContain('运单号');
  await expect.poll(() => items.first().getAttribute('data-read')).toBe('yes');
  await expect.poll(() => page.getByTestId('inbox-unread').innerText()).toBe('1 条未读');
  await expect.poll(() => page.getByTestId('portal-unread').innerText()).toContain('1');

  // 通知设置: the sign-in code is fixed to SMS; e-mail needs an address first.
  await page.getByTestId('to-notification-settings').click();
  await page.getByTestId('citizen-notification-settings').waitFor();
  expect(await page.getByTestId('notify-mobile').innerText()).toBe('137****0801');
  const codeSms = box('notify-security-sms');
  expect([await codeSms.isChecked(), await codeSms.isDisabled()]).toEqual([true, true]);
  expect(await box('notify-case-email').isDisabled()).toBe(true);
  await page.getByTestId('notify-email').fill('citizen801@example.com');
  await box('notify-case-email').check();
  await box('notify-case-sms').uncheck();
  await page.getByTestId('notify-save').click();
  await page.getByTestId('notify-saved').waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The next case message: by e-mail and to the inbox, not by SMS; other kinds keep their SMS (and no e-mail: not ticked for them).
  expect(await sendTestMessage(server.url, mobile, 'case.accepted')).toEqual(['email', 'inbox']);
  expect(await sendTestMessage(server.url, mobile, 'ticket.called')).toEqual(['sms', 'inbox']);
  await page.reload();
  await page.getByTestId('notify-saved').or(page.getByTestId('citizen-notification-settings')).first().waitFor();
  expect(await box('notify-case-sms').isChecked()).toBe(false);
  expect(await page.getByTestId('notify-email').inputValue()).toBe('citizen801@example.com');

  await page.goto(`${server.url}/portal/me/messages`);
  await expect.poll(() => page.getByTestId('inbox-unread').innerText()).toBe('3 条未读');
  await page.getByTestId('inbox-read-all').click();
  await expect.poll(() => page.getByTestId('inbox-unread').innerText()).toBe('没有未读消息');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
}, 120_000);
