import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { idCardCheckChar } from '../src/domain/identifiers/index.ts';
import { launchBrowser } from './support/browser.ts';
import { codeTextedTo, startSmsGateway, type SmsGateway } from './support/citizen.ts';
import { startServer, type RunningServer } from './support/server.ts';

// A citizen on a 390×844 phone signs in to the online hall with the code texted to them (read
// as the SMS gateway receives it: the server's SMS webhook points at this test), binds the real
// name, and finds the account verified; a wrong code is told as wrong.
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

test('a citizen signs in with the texted code on a phone, binds the real name and sees the account verified', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/portal`);
  await page.getByTestId('portal-mine').click();
  // Not signed in: /portal/me sends to the sign-in page.
  await page.getByTestId('citizen-sign-in').waitFor();
  const mobile = '13612345678';
  await page.getByTestId('citizen-mobile').fill('136 1234 5678');
  const before = gateway.texts.length;
  await page.getByTestId('citizen-send-code').click();
  await expect.poll(() => page.getByTestId('citizen-code-sent').innerText()).toContain('136****5678');
  expect(await page.getByTestId('citizen-send-code').innerText()).toMatch(/秒后可重新获取/);
  const code = await codeTextedTo(gateway, mobile, before);

  // A wrong code first: refused, with the reason in Chinese.
  await page.getByTestId('citizen-code').fill(code === '000000' ? '111111' : '000000');
  await page.getByTestId('citizen-sign-in-submit').click();
  await expect.poll(() => page.getByTestId('citizen-error').innerText()).toContain('验证码不正确');

  await page.getByTestId('citizen-code').fill(code);
  await page.getByTestId('citizen-sign-in-submit').click();
  await page.getByTestId('citizen-account').waitFor();
  expect(await page.getByTestId('citizen-account-mobile').innerText()).toBe('136****5678');
  expect(await page.getByTestId('citizen-verified').innerText()).toBe('未实名认证');

  // A wrong ID number is refused by GB 11643; the right one binds.
  await page.getByTestId('citizen-name').fill('张秀英');
  await page.getByTestId('citizen-id-number').fill('610429196505050020');
  await page.getByTestId('citizen-bind').click();
  await expect.poll(() => page.getByTestId('citizen-bind-error').innerText()).toContain('居民身份证号码不正确');
  const first17 = '61042919650505002';
  await page.getByTestId('citizen-id-number').fill(first17 + idCardCheckChar(first17));
  await page.getByTestId('citizen-bind').click();
  await expect.poll(() => page.getByTestId('citizen-verified').innerText()).toBe('已实名认证');
  expect(await page.getByTestId('citizen-account').innerText()).toContain('张*英');
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The session holds across a reload; signing out ends it.
  await page.reload();
  await page.getByTestId('citizen-account').waitFor();
  await page.getByTestId('citizen-sign-out').click();
  await page.getByTestId('citizen-sign-in').waitFor();
  await context.close();
});
