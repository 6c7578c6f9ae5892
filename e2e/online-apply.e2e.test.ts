import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { idCardCheckChar } from '../src/domain/identifiers/index.ts';
import { assessFee, bytesOf, payAndChooseMail } from './support/my-cases.ts';
import { PDF, PNG, confirmPop, phoneJourney, pickItem, submitApplication, upload } from './support/online.ts';
import { pdfText } from '../src/server/modules/case/notices/pdf-text.ts';

// 网上申报 on a 390×844 phone (issue #19): a citizen signs in with the texted code (read as the
// SMS gateway receives it from the outbox), binds the real name, applies for an item with two
// uploads, saves the draft on one phone and finishes it on another (the first phone, saving
// late, is told and shown the other's draft); the window clerk's 网上预审 asks for a one-time
// correction; the citizen corrects and resubmits; the clerk accepts and the window assesses the
// item's fee; the citizen sees the case number, its due date and the acceptance notice in 我的办件,
// pays the fee through the (demo) payment platform and chooses mail for the result.
const journey = phoneJourney();
const phone = journey.phone;

/** Signs in on the sign-in page the portal sent the phone to, with the code the gateway got. */
async function signIn(page: Page, mobile: string) {
  await page.getByTestId('citizen-sign-in').waitFor();
  await page.getByTestId('citizen-mobile').fill(mobile);
  const before = journey.sms.texts.length;
  await page.getByTestId('citizen-send-code').click();
  await page.getByTestId('citizen-code').fill(await journey.sms.codeTo(mobile, before));
  await page.getByTestId('citizen-sign-in-submit').click();
}

test('apply on a phone, continue on another, correct once at the window’s request, be accepted, pay and choose mail', async () => {
  const item = await pickItem(journey.server.url, { charged: true });
  const mobile = '13712345670';

  // --- phone A: from the guide's 在线申请 to sign-in, real-name binding, and the wizard ---
  const a = await phone();
  await a.goto(`${journey.server.url}/portal/items/${item.id}`);
  await a.getByTestId('guide-apply').first().click();
  await signIn(a, mobile);
  // Not verified yet: the wizard asks for the real name first.
  await a.getByTestId('apply-must-verify').waitFor();
  await a.getByTestId('apply-go-verify').click();
  await a.getByTestId('citizen-name').fill('王秀兰');
  const first17 = '61042919700303002';
  await a.getByTestId('citizen-id-number').fill(first17 + idCardCheckChar(first17));
  await a.getByTestId('citizen-bind').click();
  await expect.poll(() => a.getByTestId('citizen-verified').innerText()).toBe('已实名认证');
  await a.goto(`${journey.server.url}/portal/items/${item.id}`);
  await a.getByTestId('guide-apply').first().click();
  await a.getByTestId('apply-wizard').waitFor();
  const applicationId = /\/portal\/apply\/([0-9a-f-]{36})/.exec(a.url())![1]!;
  expect(await a.getByTestId('apply-subject').innerText()).toContain('本人申请');
  await a.getByTestId('apply-next').click(); // → 填写表单
  await expect.poll(() => a.getByTestId('apply-wizard').getAttribute('data-step')).toBe('forms');
  await a.getByTestId('apply-next').click(); // → 上传材料
  await expect.poll(() => a.getByTestId('apply-wizard').getAttribute('data-step')).toBe('materials');
  expect(await a.getByTestId('apply-material').count()).toBeGreaterThanOrEqual(2);
  // Going on without the required materials is refused on the phone, naming them.
  await a.getByTestId('apply-next').click();
  await a.getByTestId('apply-problems').waitFor();
  await upload(a, 0, { name: 'id-card.png', mimeType: 'image/png', buffer: PNG });
  await upload(a, 1, { name: 'statement.pdf', mimeType: 'application/pdf', buffer: PDF });
  expect(await a.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await a.getByTestId('apply-next').click(); // → 领取方式
  await a.getByTestId('apply-delivery').waitFor();
  await a.getByTestId('apply-delivery-electronic').click();
  await a.getByTestId('apply-save').click(); // 保存草稿
  await expect.poll(() => a.getByTestId('apply-saved').innerText()).toContain('草稿已保存');

  // --- phone B: the same account on another device finishes the draft ---
  const b = await phone();
  await b.goto(`${journey.server.url}/portal/applications`);
  await signIn(b, mobile);
  await b.getByTestId('my-applications').waitFor();
  await b.getByTestId('application-row').first().click();
  await b.getByTestId('apply-wizard').waitFor();
  expect(b.url()).toContain(applicationId);
  await b.getByTestId('apply-next').click();
  await b.getByTestId('apply-next').click();
  await expect.poll(() => b.getByTestId('apply-wizard').getAttribute('data-step')).toBe('materials');
  // Phone A's two uploads are here, and its delivery choice.
  expect(await b.getByTestId('apply-file').count()).toBe(2);
  await b.getByTestId('apply-next').click(); // → 领取方式
  await b.getByTestId('apply-delivery').waitFor();
  expect(await b.getByTestId('apply-delivery-electronic').isChecked()).toBe(true);
  await b.getByTestId('apply-delivery-mail').click();
  await b.getByTestId('apply-address').fill('陕西省咸阳市旬邑县城关街道东大街 8 号');
  await b.getByTestId('apply-next').click(); // saves the draft (a new version), → 确认提交
  await b.getByTestId('apply-review').waitFor();

  // Phone A saves late: the other device saved first; A is told and shown B's draft.
  await a.getByTestId('apply-delivery-window').click();
  await a.getByTestId('apply-save').click();
  await a.getByTestId('apply-stale').waitFor();
  await expect.poll(() => a.getByTestId('apply-delivery-mail').isChecked()).toBe(true);

  // B submits.
  await submitApplication(b);
  const reviewDue = await b.getByTestId('application-review-due').innerText();
  expect(reviewDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  // --- the window clerk's 网上预审: a one-time correction of the first material ---
  const clerk = await journey.desks.signIn('clerk');
  await clerk.goto(`${journey.server.url}/workbench/online-reviews`);
  await expect.poll(() => clerk.getByTestId('online-waiting').innerText()).toMatch(/待预审 [1-9]/);
  await clerk.locator(`a[href="/workbench/online-reviews/${applicationId}"]`).first().click();
  await clerk.getByTestId('online-review').waitFor();
  expect(await clerk.getByTestId('online-review-file').count()).toBe(2);
  await clerk.getByTestId('online-correction-open').click();
  await clerk.getByTestId('online-correction-pick').first().click();
  await clerk.getByTestId('online-correction-reason').first().fill('照片模糊，请重新拍摄身份证正反面');
  await clerk.getByTestId('online-correction-note').fill('其余材料齐全');
  await clerk.getByTestId('online-correction-send').click();
  await expect.poll(() => clerk.getByTestId('online-review').getAttribute('data-status')).toBe('correction_requested');

  // --- the citizen corrects on phone B and resubmits ---
  await b.goto(`${journey.server.url}/portal/applications`);
  await b.locator('[data-testid=application-row][data-status=correction_requested]').first().click();
  await b.getByTestId('application-correction').waitFor();
  expect(await b.getByTestId('application-correction-list').innerText()).toContain('照片模糊');
  expect(await b.getByTestId('application-correction-note').innerText()).toContain('其余材料齐全');
  const corrected = b.locator('[data-testid=apply-material]:has([data-testid=apply-material-correction])').first();
  await corrected.getByTestId('apply-file-remove').click();
  await confirmPop(b);
  await expect.poll(() => corrected.getByTestId('apply-file').count(), { timeout: 20_000 }).toBe(0);
  await corrected.locator('input[type=file]:not([capture])').setInputFiles({ name: 'id-card-clear.png', mimeType: 'image/png', buffer: PNG });
  await expect.poll(() => corrected.getByTestId('apply-file').count(), { timeout: 20_000 }).toBe(1);
  await b.getByTestId('application-resubmit').click();
  await confirmPop(b);
  await expect.poll(() => b.getByTestId('application-page').getAttribute('data-status')).toBe('submitted');
  expect(await b.getByTestId('application-history').innerText()).toContain('一次性告知补正');

  // --- the clerk accepts: the case number and the case page with its 受理通知书 ---
  await clerk.reload();
  await clerk.getByTestId('online-review').waitFor();
  await expect.poll(() => clerk.getByTestId('online-review').getAttribute('data-status')).toBe('submitted');
  await clerk.getByTestId('online-accept').click();
  await clerk.getByTestId('online-accept-confirm').click();
  // Acceptance is the window's whole intake (case, scans, 受理通知书): slow on a loaded machine; a refusal shows why.
  await clerk.getByTestId('online-accepted-number').or(clerk.locator('.ant-alert-error')).first().waitFor({ timeout: 60_000 });
  expect(await clerk.locator('.ant-alert-error').count(), await clerk.locator('body').innerText()).toBe(0);
  const caseNumber = (await clerk.getByTestId('online-accepted-number').first().innerText()).trim();
  expect(caseNumber.length).toBeGreaterThan(5);
  expect(await clerk.getByTestId('online-accepted-due').first().innerText()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await clerk.getByTestId('online-accepted-case').first().click();
  await expect.poll(() => clerk.url()).toContain('/workbench/cases/');
  await expect.poll(() => clerk.locator('body').innerText()).toContain(caseNumber);
  // The window assesses the 工本费 (缴款通知书) on the accepted case, as for a case taken in there.
  const caseId = /\/workbench\/cases\/([0-9a-f-]{36})/.exec(clerk.url())![1]!;
  await assessFee(clerk, caseId, `e2e-online-fee-${caseId}`);

  // --- the citizen sees the acceptance: case number and due date ---
  await b.goto(`${journey.server.url}/portal/applications/${applicationId}`);
  await b.getByTestId('application-accepted').waitFor();
  expect(await b.getByTestId('application-case-number').first().innerText()).toBe(caseNumber);
  expect(await b.getByTestId('application-case-due').first().innerText()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(await b.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // 我的办件: the 受理通知书 as a PDF naming the case, the fee owed, then paid through the payment
  // platform's page and mail chosen for the result, all on the phone.
  await b.getByTestId('application-notice').first().click();
  await b.locator(`[data-testid="my-case"][data-number="${caseNumber}"]`).waitFor();
  const text = (await pdfText(await bytesOf(b, (await b.getByTestId('my-case-notice-acceptance').getAttribute('href'))!))).replace(/\s+/g, '');
  expect(text).toContain(caseNumber);
  await b.getByTestId('my-case-pay').first().waitFor();
  await payAndChooseMail(b, caseNumber);
  expect(await b.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // Another account never reaches this application (id guessing): 404 on the page.
  const c = await phone();
  await c.goto(`${journey.server.url}/portal/applications/${applicationId}`);
  await signIn(c, '13712345671');
  await c.getByText('没有找到这份申请。').waitFor();
});
