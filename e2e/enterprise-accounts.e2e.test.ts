import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addDays } from '../src/domain/calendar/index.ts';
import { shanghaiDay } from '../src/domain/citizen/index.ts';
import { idCardCheckChar, usccCheckChar } from '../src/domain/identifiers/index.ts';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { startSmsGateway, type SmsGateway } from './support/sms.ts';

// 企业账号 and 委托代理 on a 390×844 phone (issue #19, decision 0044): a citizen registers an
// enterprise and adds a staff member by mobile number; the staff member signs in and finds the
// enterprise among the subjects they may apply for; then the staff member gives the first a
// mandate, which is accepted. Codes are read as the SMS gateway receives them.
let server: RunningServer;
let browser: Browser;
let sms: SmsGateway;

beforeAll(async () => {
  sms = await startSmsGateway();
  [server, browser] = await Promise.all([startServer({ SMS_WEBHOOK_URL: sms.url, SMS_DISPATCH_INTERVAL_MS: '1000', JOBS_POLL_SECONDS: '0.5' }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  sms?.close();
});

const idCard = (first17: string) => first17 + idCardCheckChar(first17);

async function phone(): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
  return [context, await context.newPage()];
}

/** Signs in on the portal with the texted code and binds the real name. */
async function signInAndVerify(page: Page, mobile: string, name: string, idNumber: string) {
  await page.goto(`${server.url}/portal/sign-in?next=/portal/me`);
  await page.getByTestId('citizen-mobile').fill(mobile);
  const before = sms.texts.length;
  await page.getByTestId('citizen-send-code').click();
  const code = await sms.codeTo(mobile, before);
  await page.getByTestId('citizen-code').fill(code);
  await page.getByTestId('citizen-sign-in-submit').click();
  await page.getByTestId('citizen-account').waitFor();
  await page.getByTestId('citizen-name').fill(name);
  await page.getByTestId('citizen-id-number').fill(idNumber);
  await page.getByTestId('citizen-bind').click();
  await expect.poll(() => page.getByTestId('citizen-verified').innerText()).toBe('已实名认证');
}

const subjectsOf = (page: Page) =>
  page.evaluate(async () => ((await (await fetch('/api/v1/portal/me')).json()) as { subjects: { kind: string; name: string; role?: string }[] }).subjects);

test('an enterprise is registered, a staff member added who then sees it as a subject, and a mandate granted and accepted', async () => {
  const uscc17 = '91610400MA6X00001';
  const uscc = uscc17 + usccCheckChar(uscc17);
  const [bossContext, boss] = await phone();
  await signInAndVerify(boss, '13622220001', '韩建国', idCard('61040219750303001'));

  // Register the enterprise (the registrant is its legal representative).
  await boss.getByTestId('citizen-enterprises-link').click();
  await boss.getByTestId('enterprises-page').waitFor();
  await boss.getByTestId('enterprise-uscc-input').fill(uscc);
  await boss.getByTestId('enterprise-name-input').fill('咸阳秦川测试农机有限公司');
  await boss.getByTestId('enterprise-rep-name').fill('韩建国');
  await boss.getByTestId('enterprise-rep-id').fill(idCard('61040219750303001'));
  await boss.getByTestId('enterprise-register').click();
  await boss.getByTestId('enterprise-card').waitFor();
  expect(await boss.getByTestId('enterprise-uscc').innerText()).toBe(uscc);
  expect(await boss.getByTestId('enterprise-my-role').innerText()).toBe('管理员');

  // Add a staff member by a number that has no account yet.
  await boss.getByTestId('staff-mobile').fill('136 2222 0002');
  await boss.getByTestId('staff-add').click();
  await expect.poll(() => boss.getByTestId('enterprise-staff-row').count()).toBe(2);
  expect(await boss.getByTestId('enterprise-staff').innerText()).toContain('136****0002');
  expect(await boss.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The staff member signs in and finds the enterprise: as a subject to apply for, and on its page.
  const [staffContext, staff] = await phone();
  await signInAndVerify(staff, '13622220002', '马秀兰', idCard('61040219880808002'));
  expect(await staff.getByTestId('citizen-enterprises-link').innerText()).toContain('1 家企业');
  expect(await subjectsOf(staff)).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'enterprise', name: '咸阳秦川测试农机有限公司', role: 'handler' })]));
  await staff.getByTestId('citizen-enterprises-link').click();
  await staff.getByTestId('enterprise-card').waitFor();
  expect(await staff.getByTestId('enterprise-my-role').innerText()).toBe('经办人');
  expect(await staff.getByTestId('staff-add').count()).toBe(0); // a handler manages no staff

  // The staff member gives the first a mandate to act for her, for every item.
  await staff.goto(`${server.url}/portal/me/mandates`);
  await staff.getByTestId('mandates-page').waitFor();
  await staff.getByTestId('mandate-agent-mobile').fill('13622220001');
  await staff.getByTestId('mandate-valid-until').fill(addDays(shanghaiDay(new Date()), 90));
  await staff.getByTestId('mandate-grant').click();
  await expect.poll(() => staff.getByTestId('mandates-granted').innerText()).toContain('待接受');

  // The agent accepts it; the principal becomes one of the subjects the agent may apply for.
  await boss.goto(`${server.url}/portal/me/mandates`);
  await boss.getByTestId('mandates-received').getByTestId('mandate-accept').click();
  await expect.poll(() => boss.getByTestId('mandates-received').getByTestId('mandate-state').innerText()).toBe('有效');
  expect(await subjectsOf(boss)).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'mandate', name: '马*兰' }), expect.objectContaining({ kind: 'enterprise', role: 'admin' })]));
  await staff.reload();
  await expect.poll(() => staff.getByTestId('mandates-granted').getByTestId('mandate-state').innerText()).toBe('有效');

  // WCAG 2.1 AA on the signed-in pages, with their lists filled, in both text sizes (the
  // portal-a11y suite sees them signed out).
  const failures: string[] = [];
  for (const large of [false, true]) {
    await boss.evaluate((on) => localStorage.setItem('ow.portal.largeText', on ? '1' : '0'), large);
    for (const path of ['/portal/me', '/portal/me/enterprises', '/portal/me/mandates']) {
      await boss.goto(`${server.url}${path}`);
      await boss.getByTestId('portal').waitFor();
      await boss.waitForLoadState('networkidle');
      expect(await boss.getByTestId('portal').getAttribute('data-large-text')).toBe(large ? 'on' : 'off');
      for (const v of await seriousViolations(boss)) failures.push(`${path}${large ? ' [大字]' : ''}: ${v}`);
    }
  }
  expect(failures).toEqual([]);
  await bossContext.close();
  await staffContext.close();
});
