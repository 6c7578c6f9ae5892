// 我的办件 (issue #19) for the journeys: an SMS gateway the server texts sign-in codes to, a
// citizen signed in with the texted code and real-name bound on a phone, a case taken in at the
// window with a fee, and the steps a citizen takes on a case (pay through the demo platform and
// choose mail), which the main online-apply journey ends with.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { pdfText } from '../../src/server/modules/case/notices/pdf-text.ts';

export { startSmsGateway, type SmsGateway } from './sms.ts';
import type { SmsGateway } from './sms.ts';

/** Signs in on the portal with the code texted to `mobile` and binds the real name (as the citizen journey does). */
export async function signInAndBind(page: Page, baseUrl: string, gateway: SmsGateway, who: { mobile: string; name: string; idNumber: string }): Promise<void> {
  await page.goto(`${baseUrl}/portal/sign-in?next=/portal/me`);
  await page.getByTestId('citizen-mobile').fill(who.mobile);
  const before = gateway.texts.length;
  await page.getByTestId('citizen-send-code').click();
  const code = await gateway.codeTo(who.mobile, before);
  await page.getByTestId('citizen-code').fill(code);
  await page.getByTestId('citizen-sign-in-submit').click();
  await page.getByTestId('citizen-account').waitFor();
  if ((await page.getByTestId('citizen-verified').innerText()) !== '已实名认证') {
    await page.getByTestId('citizen-name').fill(who.name);
    await page.getByTestId('citizen-id-number').fill(who.idNumber);
    await page.getByTestId('citizen-bind').click();
    await expect.poll(() => page.getByTestId('citizen-verified').innerText()).toBe('已实名认证');
  }
}

/**
 * A case taken in at the window through the clerk page's own session: the item's application
 * with every material received, accepted unless `accept` is false, and (with `fee`) its payment
 * notice by the item's published fee rule.
 */
export function takeInAtWindow(clerk: Page, o: { centerId: string; itemId: string; applicant: { name: string; idNumber: string; phone: string }; accept?: boolean; fee?: boolean; key: string }) {
  return clerk.evaluate(async ({ centerId, itemId, applicant, accept, key }) => {
    const call = async (method: string, url: string, body?: object) => {
      const r = await fetch(url, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
      if (!r.ok) throw new Error(`${method} ${url} → ${r.status} ${await r.text()}`);
      return r.json();
    };
    const g = (await call('GET', `/api/v1/portal/items/${itemId}`)) as { materials: { id: string; originals?: number; copies?: number }[] };
    const c = (await call('POST', '/api/v1/cases/applications', { centerId, applicant: { kind: 'person', idType: '111', ...applicant }, items: [{ itemId }], idempotencyKey: `${key}-in` })).cases[0] as { id: string; number: string };
    if (accept !== false) {
      const checklist = g.materials.map((m) => ({ materialId: m.id, status: 'received', originals: m.originals ?? 1, copies: m.copies ?? 0 }));
      await call('POST', `/api/v1/cases/${c.id}/actions`, { action: 'intake.accept', checklist, idempotencyKey: `${key}-accept` });
    }
    return c;
  }, { ...o, accept: o.accept ?? true }).then(async (c) => {
    if (o.fee) await assessFee(clerk, c.id, `${o.key}-fee`);
    return c;
  });
}

/**
 * The window assesses a case's fee (缴款通知书) by the item's published rule, its first line,
 * through the staff page's own session: what the case page's 收费 card (fee-issue) does.
 */
export function assessFee(staff: Page, caseId: string, key: string): Promise<void> {
  return staff.evaluate(async ({ caseId, key }) => {
    const call = async (method: string, url: string, body?: object) => {
      const r = await fetch(url, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
      if (!r.ok) throw new Error(`${method} ${url} → ${r.status} ${await r.text()}`);
      return r.json();
    };
    const card = (await call('GET', `/api/v1/cases/${caseId}/fees`)) as { rule: { items: { name: string }[] } };
    await call('POST', `/api/v1/cases/${caseId}/fees`, { lines: [{ item: card.rule.items[0]!.name }], idempotencyKey: key });
  }, { caseId, key });
}

/** Opens 我的办件 from the account page and the case with this number. */
export async function openMyCase(page: Page, caseNumber: string): Promise<void> {
  if (!(await page.getByTestId('my-cases').count())) {
    await page.goto(new URL('/portal/me', page.url()).toString());
    await page.getByTestId('citizen-my-cases').click();
  }
  await page.getByTestId('my-cases').waitFor();
  await page.locator(`[data-testid="my-case-item"][data-number="${caseNumber}"] a`).click();
  await page.locator(`[data-testid="my-case"][data-number="${caseNumber}"]`).waitFor();
}

/** The bytes of a file the page links to, fetched with the page's own session. */
export async function bytesOf(page: Page, href: string): Promise<Buffer> {
  return Buffer.from(await page.evaluate(async (u) => Array.from(new Uint8Array(await (await fetch(u)).arrayBuffer())), href));
}

/**
 * On a signed-in citizen's page: opens the case, pays its due fee through the (demo) payment
 * platform, checks the fee paid (by the platform's callback) and the receipt, then chooses mail
 * with an address and sees the choice kept.
 */
export async function payAndChooseMail(page: Page, caseNumber: string, mail = { address: '陕西省咸阳市旬邑县城关街道东大街 12 号', recipient: '', phone: '13912345678' }): Promise<void> {
  await openMyCase(page, caseNumber);
  // Pay: the demo platform's page, then back to the case, the fee paid by the callback.
  await page.getByTestId('my-case-pay').first().click();
  await page.getByTestId('demo-pay').waitFor();
  expect(await page.getByTestId('demo-pay-amount').innerText()).toMatch(/^¥\d+/);
  await page.getByTestId('demo-pay-confirm').click();
  await page.getByTestId('demo-pay-done').waitFor();
  await page.getByTestId('demo-pay-back').click();
  await page.locator(`[data-testid="my-case"][data-number="${caseNumber}"]`).waitFor();
  await expect.poll(() => page.getByTestId('my-case-fee-status').first().innerText()).toBe('已缴费');
  expect(await page.getByTestId('my-case-owes-fee').count()).toBe(0);
  const receipt = (await pdfText(await bytesOf(page, (await page.getByTestId('my-case-receipt').first().getAttribute('href'))!))).replace(/\s+/g, '');
  expect(receipt).toContain('收费收据');
  expect(receipt).toContain(caseNumber);

  await chooseMail(page, caseNumber, mail);
}

/** On the case's page in 我的办件: chooses mail with an address, recipient and phone, and sees the choice kept. */
export async function chooseMail(page: Page, caseNumber: string, mail = { address: '陕西省咸阳市旬邑县城关街道东大街 12 号', recipient: '', phone: '13912345678' }): Promise<void> {
  await openMyCase(page, caseNumber);
  await page.getByTestId('my-case-method-mail').click();
  await page.getByTestId('my-case-address').fill(mail.address);
  if (mail.recipient) await page.getByTestId('my-case-recipient').fill(mail.recipient);
  await page.getByTestId('my-case-phone').fill(mail.phone);
  await page.getByTestId('my-case-delivery-save').click();
  await page.getByTestId('my-case-delivery-saved').waitFor();
  await expect.poll(() => page.getByTestId('my-case-delivery-choice').innerText()).toContain('邮寄送达');
  expect(await page.getByTestId('my-case-delivery-choice').innerText()).toContain(mail.address);
}
