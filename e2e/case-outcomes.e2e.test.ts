import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pdfCodes } from '../test/pdf-codes.ts';
import { DEMO_PASSWORD, launchBrowser, menuEntries, submitCredentials } from './support/browser.ts';
import { type CatalogItem, idCard, publishedItems } from './support/case.ts';
import { startServer, type RunningServer } from './support/server.ts';

// What happens to a case after the window (issue #16), in the browser: the tracking page found
// from the QR code scanned off a printed notice; 告知承诺 decided on the spot, then verified by
// the approver or revoked by the department head; 容缺受理 whose deadline passes while the
// server's clock moves forward, stopped by the fallback job run from 后台任务, the applicant
// texted. The server's clock is moved through e2e/support/movable-clock.mjs.
const county = '旬邑县政务服务中心';
const DAY = 86_400_000;

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let clerk: Page;
let centerId: string;
const clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ow-clock-')), 'offset');
let clockOffset = 0;

type Item = CatalogItem;
let items: Item[] = [];

const phoneOf = (n: number) => `1371234${String(n).padStart(4, '0')}`;
/** The server's date in Asia/Shanghai, `days` after its today. */
const serverDate = (days = 0) => new Date(Date.now() + clockOffset + days * DAY + 8 * 3_600_000).toISOString().slice(0, 10);

/** Moves the server's clock: the preload re-reads the file every 100 ms. */
async function moveServerClock(ms: number) {
  clockOffset = ms;
  fs.writeFileSync(clockFile, String(ms));
  await new Promise((r) => setTimeout(r, 500));
}

beforeAll(async () => {
  fs.writeFileSync(clockFile, '0');
  [server, browser] = await Promise.all([
    startServer({ JOBS_POLL_SECONDS: '0.5', NODE_OPTIONS: `--import ${path.resolve(import.meta.dirname, 'support/movable-clock.mjs')}`, E2E_CLOCK_FILE: clockFile }),
    launchBrowser(),
  ]);
  const centers = (await (await fetch(`${server.url}/api/v1/hall/centers`)).json()) as { items: { id: string; name: string }[] };
  centerId = centers.items.find((c) => c.name === county)!.id;
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
  clerk = await context.newPage();
  await submitCredentials(clerk, server.url, 'clerk');
  await clerk.getByTestId('center-name').waitFor();
  items = await publishedItems(clerk, centerId);
}, 120_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  fs.rmSync(path.dirname(clockFile), { recursive: true, force: true });
});

async function startIntake(page: Page, n: number, item: Item) {
  await page.goto(`${server.url}/workbench/intake`);
  await page.getByTestId('intake-id-number').fill(idCard(n));
  await page.getByTestId('intake-name').fill(`结果${n}`);
  await page.getByTestId('intake-phone').fill(phoneOf(n));
  const search = page.getByTestId('intake-item-search');
  await search.click();
  await search.locator('input').fill(item.basicCode);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: item.basicCode }).first().click();
  await page.getByTestId(`intake-item-${item.itemId}`).getByText(item.materials[0]!.name).first().waitFor();
}

/** Types a date into an antd DatePicker and clicks its day (Enter would submit the intake form). */
async function pickDate(page: Page, input: ReturnType<Page['locator']>, date: string) {
  await input.click();
  await input.fill(date);
  await page.locator(`.ant-picker-dropdown:visible td[title="${date}"]`).click();
  await expect.poll(() => input.inputValue()).toBe(date);
}

/** The bytes of the notice a print button opens in a new tab (the same URL fetched again). */
async function printedNotice(page: Page, button: ReturnType<Page['locator']>): Promise<Uint8Array> {
  const [popup, request] = await Promise.all([page.waitForEvent('popup'), page.context().waitForEvent('request', (r) => /\/notices\/[^/]+\/pdf$/.test(r.url())), button.click()]);
  await popup.close();
  const bytes = await page.evaluate(async (u) => Array.from(new Uint8Array(await (await fetch(u)).arrayBuffer())), request.url());
  return new Uint8Array(bytes);
}

async function signedIn(username: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
  const page = await ctx.newPage();
  await submitCredentials(page, server.url, username);
  await page.getByTestId('center-name').waitFor();
  return page;
}

/** Opens a case the way a desk with a handheld scanner does: the number typed into the barcode box. */
async function openByBarcode(page: Page, number: string) {
  await page.goto(`${server.url}/workbench/cases`);
  await page.getByTestId('case-barcode').fill(number);
  await page.getByTestId('case-barcode').press('Enter');
  await expect.poll(() => page.getByTestId('case-number').innerText()).toContain(number);
}

describe('after the window', () => {
  test('the tracking page is found from the QR code scanned off the printed 受理通知书', async () => {
    const item = items.find((i) => i.caseType !== 'instant' && i.materials.some((m) => m.required))!;
    await startIntake(clerk, 11, item);
    await clerk.getByTestId('intake-submit').click();
    const panel = clerk.getByTestId(`outcome-${item.itemId}`);
    await panel.getByTestId('action-intake.accept').click();
    await panel.getByTestId('print-acceptance').waitFor();
    const number = (await panel.getByTestId('outcome-number').innerText()).trim();

    // The printed page, read as a phone camera reads it.
    const codes = await pdfCodes(await printedNotice(clerk, panel.getByTestId('print-acceptance')));
    expect(codes.barcode).toBe(number);
    expect(codes.qr).toBe(`${server.url}/portal/track?number=${encodeURIComponent(number)}`);

    const phone = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'zh-CN' });
    const page = await phone.newPage();
    await page.goto(codes.qr!);
    expect(await page.getByTestId('track-number').inputValue()).toBe(number);
    await page.getByTestId('track-phone').fill(phoneOf(11));
    await page.getByTestId('track-submit').click();
    await expect.poll(() => page.getByTestId('track-stage').innerText()).toBe('已受理');
    expect(await page.getByTestId('track-due').innerText()).toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.getByTestId('track-result').getByText('受理通知书').waitFor();
    await phone.close();
  });

  test('告知承诺: decided on the spot, the verification due on the case; verified by the approver, a false one revoked by the head', async () => {
    const item = items.find((i) => i.name.startsWith('食品经营许可'));
    expect(item, 'the demo county has the 告知承诺 item 食品经营许可').toBeDefined();
    const verifyBy = serverDate(30);
    const numbers: string[] = [];
    for (const n of [21, 22]) {
      await startIntake(clerk, n, item!);
      await clerk.getByTestId('intake-submit').click();
      const panel = clerk.getByTestId(`outcome-${item!.itemId}`);
      await panel.getByTestId('action-intake.commitment_approve').click();
      await clerk.getByTestId('commitment-conditions').fill('申请人具备食品经营许可条件\n经营场所符合要求');
      await pickDate(clerk, clerk.getByTestId('commitment-verify-by'), verifyBy);
      await clerk.locator('#action-confirm').click();
      await expect.poll(() => panel.getByTestId('case-state').innerText()).toBe('准予许可');
      await panel.getByTestId('case-flag-commitmentPending').waitFor();
      // The 告知承诺书 prints and scans to this case.
      const number = (await panel.getByTestId('outcome-number').innerText()).trim();
      expect((await pdfCodes(await printedNotice(clerk, panel.getByTestId('print-commitment')))).barcode).toBe(number);
      numbers.push(number);
    }

    // The approver's 承诺核查 list has both tasks with their due date; the first opens its case.
    const approver = await signedIn('approver');
    expect(await menuEntries(approver)).toContain('workbench.verifications');
    await approver.goto(`${server.url}/workbench/verifications`);
    for (const number of numbers) await expect.poll(() => approver.getByTestId(`verification-due-${number}`).innerText()).toBe(verifyBy);
    await approver.getByTestId('verification-list').getByText(numbers[0]!).click();
    await expect.poll(() => approver.getByTestId('case-number').innerText()).toContain(numbers[0]!);
    await approver.getByTestId('case-flag-commitmentPending').waitFor();
    await approver.getByText(`承诺核查期限`).waitFor();
    expect(await approver.getByTestId('case-page').innerText()).toContain(verifyBy);
    expect(await approver.getByTestId('action-commitment.revoke').count()).toBe(0); // the head's alone
    await approver.getByTestId('action-commitment.verify').click();
    await expect.poll(() => approver.getByTestId('case-flag-commitmentPending').count()).toBe(0);
    expect(await approver.getByTestId('case-state').first().innerText()).toBe('准予许可');
    // Verified: off the list; the other still waits.
    await approver.goto(`${server.url}/workbench/verifications`);
    await approver.getByTestId(`verification-due-${numbers[1]}`).waitFor();
    expect(await approver.getByTestId(`verification-due-${numbers[0]}`).count()).toBe(0);
    await approver.context().close();

    // The department head revokes the second: the commitment was false.
    const head = await signedIn('depthead');
    await openByBarcode(head, numbers[1]!);
    await head.getByTestId('action-commitment.revoke').click();
    // Revocation opens the ending form (decision 0032): its reason goes into the 撤销决定书.
    await head.getByTestId('ending-reason').fill('申请人承诺的经营场所条件与实际不符');
    await head.getByTestId('action-note').fill('现场核查：经营场所与承诺不符');
    await head.locator('#action-confirm').click();
    await expect.poll(() => head.getByTestId('case-state').first().innerText()).toBe('已撤销');
    await head.getByTestId('case-timeline').getByText('现场核查：经营场所与承诺不符').waitFor();
    await head.context().close();
  });

  test('容缺受理 whose deadline passes: the fallback job stops the case and the applicant is texted', async () => {
    const item = items.find((i) => i.caseType !== 'instant' && i.materials.some((m) => m.required && m.waivable));
    expect(item, 'the demo county has an item with a waivable required material').toBeDefined();
    const waivable = item!.materials.find((m) => m.required && m.waivable)!;
    const deadline = serverDate(1);
    await startIntake(clerk, 31, item!);
    const section = clerk.getByTestId(`intake-item-${item!.itemId}`);
    await section.getByTestId(`material-status-${waivable.id}`).first().click();
    await clerk.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '容缺' }).first().click();
    await section.getByTestId(`material-waiver-format-${waivable.id}`).fill('原件');
    await pickDate(clerk, section.getByPlaceholder('期限').first(), deadline);
    await clerk.getByTestId('intake-submit').click();
    const panel = clerk.getByTestId(`outcome-${item!.itemId}`);
    await panel.getByTestId('action-intake.accept_with_waiver').click();
    await expect.poll(() => panel.getByTestId('case-state').innerText()).toBe('已受理');
    await panel.getByTestId('case-flag-waiverPending').waitFor();
    const number = (await panel.getByTestId('outcome-number').innerText()).trim();

    // Three days on, the deadline has passed without the material.
    await moveServerClock(3 * DAY);
    const admin = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await admin.newPage();
    await submitCredentials(page, server.url, 'sysadmin');
    await page.getByTestId('enrol-password').fill(DEMO_PASSWORD);
    await page.getByTestId('enrol-start').click();
    const secret = (await page.getByTestId('totp-secret').innerText()).trim();
    // The code of the server's moved time, as the administrator's phone would show it then.
    await page.getByTestId('enrol-code').fill(new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + clockOffset }));
    await page.getByTestId('enrol-confirm').click();
    await page.getByTestId('center-name').waitFor();
    await page.goto(`${server.url}/console/jobs`);
    const row = page.locator('tr.ant-table-row', { hasText: 'case-waiver-fallback' });
    await row.getByRole('button', { name: /立\s*即\s*运\s*行/ }).click();
    await expect.poll(() => row.innerText(), { timeout: 30_000 }).toContain('成功');
    await admin.close();

    // The clerk (signed in again: three idle days ended the session) sees the case stopped.
    const desk = await signedIn('clerk');
    await openByBarcode(desk, number);
    await expect.poll(() => desk.getByTestId('case-state').first().innerText()).toBe('终止办理');
    expect(await desk.getByTestId('case-flag-waiverPending').count()).toBe(0);
    await desk.getByTestId('case-timeline').getByText(`容缺材料补交期限 ${deadline} 已过，未补交`).waitFor();
    await desk.context().close();

    // The applicant was texted: the hall's SMS outbox has the message to the masked number.
    const manager = await signedIn('manager');
    await manager.goto(`${server.url}/console/hall?center=${centerId}&tab=outbox`);
    const sms = manager.locator('tr.ant-table-row', { hasText: number }).filter({ hasText: '未在承诺期限内补交，已按规定终止办理' });
    await sms.first().waitFor();
    expect(await sms.first().innerText()).toContain(`${phoneOf(31).slice(0, 3)}****${phoneOf(31).slice(-4)}`);
    await manager.context().close();
  });
});
