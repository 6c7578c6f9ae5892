import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { addDays } from '../src/domain/calendar/index.ts';
import { shanghaiDay } from '../src/domain/citizen/index.ts';
import { idCardCheckChar, usccCheckChar } from '../src/domain/identifiers/index.ts';
import { pageProblems } from './support/axe.ts';
import { openMyCase, signInAndBind } from './support/my-cases.ts';
import { PDF, PNG, phoneJourney, pickItem, submitApplication, upload } from './support/online.ts';

// Issue #19, done when: "an enterprise account applies through one of its staff; an agent applies
// for a person" — on 390×844 phones, every step through the portal's own screens (decision 0044):
// 1. an enterprise's admin registers it and adds a 经办人; the handler, on another phone, applies
//    for the enterprise (picked in the wizard's 为谁申请); the window's 网上预审 accepts; the case's
//    applicant is the enterprise (USCC) with the handler as agent; the admin's and the handler's
//    我的办件 list it, a third person's does not;
// 2. a person grants a mandate (委托代理) to another account, which accepts it and applies for the
//    person; the case is the principal's with the agent and the mandate named, and the principal
//    follows it in 我的办件.
// Sign-in codes are read as the SMS gateway receives them from the outbox.
const journey = phoneJourney();
let item: { id: string; name: string };
beforeAll(async () => {
  item = await pickItem(journey.server.url);
});

const idCard = (first17: string) => first17 + idCardCheckChar(first17);

/** A phone signed in with the texted code and real-name bound, on its account page. */
async function person(mobile: string, name: string, idNumber: string): Promise<Page> {
  const page = await journey.phone();
  await signInAndBind(page, journey.server.url, journey.sms, { mobile, name, idNumber });
  return page;
}

/**
 * The page at the smallest phone (360×640) in both text sizes, reloaded each time (the page comes
 * back where it was: the wizard on its first step, a case page on its case); then as before.
 */
async function smallestPhoneProblems(page: Page, ready: string, where: string): Promise<string[]> {
  const failures: string[] = [];
  await page.setViewportSize({ width: 360, height: 640 });
  for (const large of [false, true]) {
    await page.evaluate((on) => localStorage.setItem('ow.portal.largeText', on ? '1' : '0'), large);
    await page.reload();
    await page.getByTestId(ready).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('portal').getAttribute('data-large-text')).toBe(large ? 'on' : 'off');
    failures.push(...(await pageProblems(page, `${where}${large ? ' [大字]' : ''}`)));
  }
  await page.evaluate(() => localStorage.setItem('ow.portal.largeText', '0'));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.getByTestId(ready).waitFor();
  return failures;
}

/** From the item's guide, 在线申请: the wizard on its first step; answers the application's id. */
async function startApplying(page: Page): Promise<string> {
  await page.goto(`${journey.server.url}/portal/items/${item.id}`);
  await page.getByTestId('guide-apply').first().click();
  await page.getByTestId('apply-wizard').waitFor();
  return /\/portal\/apply\/([0-9a-f-]{36})/.exec(page.url())![1]!;
}

/**
 * Through the wizard from its first step: 为谁申请 → the subject named, the two materials
 * uploaded, the review naming the applicant, submitted.
 */
async function applyFor(page: Page, subject: 'enterprise' | 'mandate', applicantShown: string): Promise<void> {
  await expect.poll(() => page.getByTestId('apply-wizard').getAttribute('data-step')).toBe('subject');
  // 本人 is chosen to begin with; the other subject is offered by name.
  const choice = page.getByTestId(`apply-subject-${subject}`);
  expect(await page.getByTestId('apply-subject').innerText()).toContain(applicantShown);
  await choice.click();
  await expect.poll(() => choice.isChecked()).toBe(true);
  await page.getByTestId('apply-next').click(); // saves the subject, → 填写表单
  await expect.poll(() => page.getByTestId('apply-wizard').getAttribute('data-step')).toBe('forms');
  await page.getByTestId('apply-next').click(); // → 上传材料
  await expect.poll(() => page.getByTestId('apply-wizard').getAttribute('data-step')).toBe('materials');
  await upload(page, 0, { name: 'licence.png', mimeType: 'image/png', buffer: PNG });
  await upload(page, 1, { name: 'statement.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.getByTestId('apply-next').click(); // → 领取方式
  await page.getByTestId('apply-delivery').waitFor();
  await page.getByTestId('apply-delivery-electronic').click();
  await page.getByTestId('apply-next').click(); // → 确认提交
  await page.getByTestId('apply-review').waitFor();
  expect(await page.getByTestId('apply-review').innerText()).toContain(applicantShown);
  await submitApplication(page);
}

/**
 * The window clerk's 网上预审 of the application: the applicant as the clerk sees it, accepted;
 * then the case page, its applicant's ID and the agent shown in full (显示, an audited read).
 * Answers the case's number and id and the applicant card's text.
 */
async function acceptAtWindow(clerk: Page, applicationId: string, applicantShown: string) {
  await clerk.goto(`${journey.server.url}/workbench/online-reviews`);
  await clerk.locator(`a[href="/workbench/online-reviews/${applicationId}"]`).first().click();
  await clerk.getByTestId('online-review').waitFor();
  await expect.poll(() => clerk.getByTestId('online-review').getAttribute('data-status')).toBe('submitted');
  expect(await clerk.getByTestId('online-review').innerText()).toContain(applicantShown);
  await clerk.getByTestId('online-accept').click();
  await clerk.getByTestId('online-accept-confirm').click();
  const number = (await clerk.getByTestId('online-accepted-number').first().innerText()).trim();
  await clerk.getByTestId('online-accepted-case').first().click();
  await expect.poll(() => clerk.url()).toMatch(/\/workbench\/cases\/[0-9a-f-]{36}/);
  const caseId = /\/workbench\/cases\/([0-9a-f-]{36})/.exec(clerk.url())![1]!;
  await clerk.getByTestId('case-reveal').click();
  await expect.poll(() => clerk.getByTestId('case-reveal').count()).toBe(0);
  // The innermost card holding the applicant's ID: the applicant card.
  const card = clerk.locator('.ant-card', { has: clerk.getByTestId('case-applicant-id') }).last();
  return { number, caseId, applicantId: await clerk.getByTestId('case-applicant-id').innerText(), card: await card.innerText() };
}

/** 我的办件 of the page's account: whether the case with this number is listed (waiting for the list to load). */
async function listsCase(page: Page, number: string): Promise<boolean> {
  await page.goto(`${journey.server.url}/portal/me`);
  await page.getByTestId('citizen-my-cases').click();
  await page.getByTestId('my-cases').waitFor();
  await page.getByTestId('my-case-item').first().or(page.getByText('暂无办件')).waitFor();
  return (await page.locator(`[data-testid="my-case-item"][data-number="${number}"]`).count()) === 1;
}

test('an enterprise applies through its 经办人: the case is the enterprise’s, its admin and the handler follow it, nobody else', { timeout: 300_000 }, async () => {
  const uscc17 = '91610400MA6X00021';
  const uscc = uscc17 + usccCheckChar(uscc17);
  const enterprise = '咸阳渭城测试农业科技有限公司';
  const admin = await person('13622230001', '韩建国', idCard('61040219750303011'));

  // The admin registers the enterprise as its legal representative, and adds a 经办人 by mobile.
  await admin.getByTestId('citizen-enterprises-link').click();
  await admin.getByTestId('enterprises-page').waitFor();
  await admin.getByTestId('enterprise-uscc-input').fill(uscc);
  await admin.getByTestId('enterprise-name-input').fill(enterprise);
  await admin.getByTestId('enterprise-rep-name').fill('韩建国');
  await admin.getByTestId('enterprise-rep-id').fill(idCard('61040219750303011'));
  await admin.getByTestId('enterprise-register').click();
  await admin.getByTestId('enterprise-card').waitFor();
  expect(await admin.getByTestId('enterprise-uscc').innerText()).toBe(uscc);
  expect(await admin.getByTestId('staff-role').innerText()).toContain('经办人'); // the role offered first
  await admin.getByTestId('staff-mobile').fill('136 2223 0002');
  await admin.getByTestId('staff-add').click();
  const handlerRow = admin.getByTestId('enterprise-staff-row').filter({ hasText: '136****0002' });
  await expect.poll(() => handlerRow.count()).toBe(1);
  expect(await handlerRow.innerText()).toContain('经办人');

  // The handler signs in on their own phone and applies for the enterprise.
  const handler = await person('13622230002', '马秀兰', idCard('61040219880808012'));
  const applicationId = await startApplying(handler);
  // 为谁申请 at the smallest phone, in both text sizes, with the enterprise offered.
  const failures = await smallestPhoneProblems(handler, 'apply-subject', '/portal/apply (为谁申请)');
  await applyFor(handler, 'enterprise', enterprise);

  // The window's pre-review accepts: the enterprise by its USCC is the applicant, the handler its agent.
  const clerk = await journey.desks.signIn('clerk');
  const accepted = await acceptAtWindow(clerk, applicationId, enterprise);
  expect(accepted.applicantId).toBe(uscc);
  expect(accepted.card).toContain(enterprise);
  expect(accepted.card).toContain('韩建国'); // the legal representative
  expect(accepted.card).toMatch(/代理人[\s\S]*马秀兰[\s\S]*经办人/);

  // 我的办件: the handler's (the case they applied for) names the enterprise; the admin's too.
  expect(await listsCase(handler, accepted.number)).toBe(true);
  await openMyCase(handler, accepted.number);
  expect(await handler.getByTestId('my-case-applicant').innerText()).toBe(enterprise);
  failures.push(...(await smallestPhoneProblems(handler, 'my-case', '/portal/cases/:id')));
  expect(await listsCase(admin, accepted.number)).toBe(true);

  // Another person's account: not listed, and the case's address answers not found.
  const other = await person('13622230003', '周立伟', idCard('61040219900101013'));
  expect(await listsCase(other, accepted.number)).toBe(false);
  await other.goto(`${journey.server.url}/portal/cases/${accepted.caseId}`);
  await other.locator('.ant-alert-error').waitFor();
  expect(await other.getByTestId('my-case').count()).toBe(0);
  expect(failures).toEqual([]);
});

test('an agent applies for a person under a mandate given and accepted on the portal: the case is the principal’s', { timeout: 300_000 }, async () => {
  const principalId = idCard('61042919450505021');
  const principal = await person('13622230011', '赵桂芳', principalId);

  // The principal grants a mandate for every item to the agent's mobile.
  await principal.getByTestId('citizen-mandates-link').click();
  await principal.getByTestId('mandates-page').waitFor();
  await principal.getByTestId('mandate-agent-mobile').fill('13622230012');
  await principal.getByTestId('mandate-valid-until').fill(addDays(shanghaiDay(new Date()), 180));
  await principal.getByTestId('mandate-grant').click();
  await expect.poll(() => principal.getByTestId('mandates-granted').getByTestId('mandate-state').innerText()).toBe('待接受');

  // The agent signs in, accepts it on the mandates page, and applies for the principal.
  const agent = await person('13622230012', '赵建军', idCard('61042919800909022'));
  await agent.getByTestId('citizen-mandates-link').click();
  await agent.getByTestId('mandates-page').waitFor();
  await agent.getByTestId('mandates-received').getByTestId('mandate-accept').click();
  await expect.poll(() => agent.getByTestId('mandates-received').getByTestId('mandate-state').innerText()).toBe('有效');
  const applicationId = await startApplying(agent);
  await applyFor(agent, 'mandate', '赵*芳');

  // The window accepts: the principal is the applicant, the agent named with the mandate's text.
  const clerk = await journey.desks.signIn('clerk');
  const accepted = await acceptAtWindow(clerk, applicationId, '赵*芳');
  expect(accepted.applicantId).toBe(principalId);
  expect(accepted.card).toContain('赵桂芳');
  expect(accepted.card).toMatch(/代理人[\s\S]*赵建军[\s\S]*本人委托代理人代为办理/);

  // The principal follows it in 我的办件, in their own name; the agent sees the case they applied for.
  expect(await listsCase(principal, accepted.number)).toBe(true);
  await openMyCase(principal, accepted.number);
  expect(await principal.getByTestId('my-case-applicant').innerText()).toBe('赵桂芳');
  expect(await listsCase(agent, accepted.number)).toBe(true);
});
