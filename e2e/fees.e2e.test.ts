import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { pdfText } from '../src/server/modules/case/notices/pdf-text.ts';
import { launchBrowser, menuEntries, staffDesks } from './support/browser.ts';
import { idCard, publishedItems } from './support/case.ts';
import { startServer, type RunningServer } from './support/server.ts';

// Fees in the browser (issue #18, 收缴分离): 刘芳, a clerk who also collects fees, accepts a
// case and issues its payment notice from the case page; the 收费 screen refuses her the
// payment of a case she accepted; the cashier 郑红 confirms it, prints the receipt, and the
// day's reconciliation lists it. The window clerk 王晓燕 has no 收费 screen at all.
const county = '旬邑县政务服务中心';
const ID_CARD_ITEM = '居民身份证办理';

let server: RunningServer;
let browser: Browser;
let clerkCashier: Page;
let cashier: Page;
let clerk: Page;
let centerId: string;

const desks = staffDesks(() => browser, () => server.url);
const signedIn = (username: string) => desks.signIn(username);

/** The ID card application, taken in and accepted by `page`'s clerk through the window's API. */
async function acceptedIdCardCase(page: Page, n: number): Promise<{ id: string; number: string }> {
  const item = (await publishedItems(page, centerId)).find((i) => i.name === ID_CARD_ITEM && i.materials.some((m) => m.required));
  if (!item) throw new Error(`no published ${ID_CARD_ITEM}`);
  return page.evaluate(
    async ({ center, itemId, idNumber, n }) => {
      const post = (url: string, body: object) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
      const g = (await (await fetch(`/api/v1/portal/items/${itemId}`)).json()) as { materials: { id: string; originals: number; copies: number }[] };
      const applicant = { kind: 'person', idType: '111', idNumber, name: `缴费${n}`, phone: `1391236${String(n).padStart(4, '0')}` };
      const c = (await post('/api/v1/cases/applications', { centerId: center, applicant, items: [{ itemId }], idempotencyKey: `e2e-fee-${n}-${Date.now()}` })).cases[0];
      const checklist = g.materials.map((m) => ({ materialId: m.id, status: 'received', originals: m.originals ?? 1, copies: m.copies ?? 0 }));
      await post(`/api/v1/cases/${c.id}/actions`, { action: 'intake.accept', checklist, idempotencyKey: `e2e-fee-acc-${n}-${Date.now()}` });
      return { id: c.id as string, number: c.number as string };
    },
    { center: centerId, itemId: item.itemId, idNumber: idCard(n), n },
  );
}

async function bytesOf(page: Page, url: string): Promise<Buffer> {
  return Buffer.from(await page.evaluate(async (u) => Array.from(new Uint8Array(await (await fetch(u)).arrayBuffer())), url));
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const centers = (await (await fetch(`${server.url}/api/v1/hall/centers`)).json()) as { items: { id: string; name: string }[] };
  centerId = centers.items.find((c) => c.name === county)!.id;
  [clerkCashier, cashier, clerk] = [await signedIn('clerk-cashier'), await signedIn('cashier'), await signedIn('clerk')];
}, 180_000);

afterAll(async () => {
  await desks.close();
  await browser?.close();
  await server?.stop();
});

describe('fees: 收缴分离', () => {
  test('a payment notice from the case page; the accepting clerk is refused; the cashier confirms and prints the receipt', async () => {
    const c = await acceptedIdCardCase(clerkCashier, 901);

    // The case page: the rule, then the notice issued from it; the case now owes a fee.
    await clerkCashier.goto(`${server.url}/workbench/cases/${c.id}`);
    await clerkCashier.getByTestId('fee-card').waitFor();
    await clerkCashier.getByTestId('fee-issue').click();
    // 工本费 by the published rule: 20.00 (申领) or 40.00 (补领), whichever item the catalog lists first.
    // Ticked until it stays ticked: on a loaded machine the modal's form may settle after the first tick.
    const firstItem = clerkCashier.getByTestId('fee-item').first();
    await expect
      .poll(async () => {
        if (!(await firstItem.isChecked())) await firstItem.check();
        return clerkCashier.getByTestId('fee-issue-total').innerText();
      })
      .toMatch(/[24]0\.00$/);
    const amount = /(\d+\.\d{2})$/.exec(await clerkCashier.getByTestId('fee-issue-total').innerText())![1]!;
    await clerkCashier.getByRole('button', { name: '确 定' }).click();
    await clerkCashier.getByTestId('fee-due').waitFor();
    await clerkCashier.getByTestId('case-flag-feeDue').waitFor();
    const reference = (await clerkCashier.getByTestId('fee-reference').first().innerText()).trim();
    expect(reference).toMatch(/^\d{20}$/);
    expect(await clerkCashier.getByTestId('fee-status').first().innerText()).toBe('待缴款');

    // 收缴分离: on the 收费 screen she is refused the payment of the case she accepted.
    await clerkCashier.goto(`${server.url}/workbench/fees`);
    await clerkCashier.getByTestId('fee-search').locator('input').fill(reference);
    await clerkCashier.getByTestId('fee-search').locator('input').press('Enter');
    await expect.poll(() => clerkCashier.getByTestId('fee-notices').innerText()).toContain(c.number);
    await clerkCashier.getByTestId('fee-pay').click();
    await clerkCashier.getByRole('button', { name: '确 定' }).click();
    await expect.poll(() => clerkCashier.locator('.ant-message').innerText()).toContain('受理该办件的窗口人员不能为其确认收款');
    await clerkCashier.getByRole('button', { name: '取 消' }).click();
    expect(await clerkCashier.getByTestId('fee-status').first().innerText()).toBe('待缴款');

    // The window clerk has no 收费 screen and the API refuses her too.
    expect(await menuEntries(clerk)).not.toContain('workbench.fees');
    const refused = await clerk.evaluate(async (id) => (await fetch(`/api/v1/fees/${id}/pay`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ amountFen: 4000, idempotencyKey: 'e2e-clerk-pays' }) })).status, c.id);
    expect(refused).toBe(403);

    // The cashier confirms the exact amount and prints the receipt.
    expect(await menuEntries(cashier)).toContain('workbench.fees');
    await cashier.goto(`${server.url}/workbench/fees`);
    await cashier.getByTestId('fee-search').locator('input').fill(reference);
    await cashier.getByTestId('fee-search').locator('input').press('Enter');
    await expect.poll(() => cashier.getByTestId('fee-notices').innerText()).toContain(c.number);
    await cashier.getByTestId('fee-pay').click();
    expect(await cashier.getByTestId('fee-pay-amount').innerText()).toContain(amount);
    await cashier.getByRole('button', { name: '确 定' }).click();
    await expect.poll(() => cashier.locator('.ant-message').innerText()).toContain('确认收款');
    await cashier.getByText('今日开具').click();
    await expect.poll(() => cashier.getByTestId('fee-status').first().innerText()).toBe('已缴款');
    const receiptHref = (await cashier.getByTestId('fee-print-receipt').first().getAttribute('href'))!;
    const receipt = (await pdfText(await bytesOf(cashier, receiptHref))).replace(/\s+/g, '');
    for (const s of ['收费收据', amount, '郑红', reference, c.number]) expect(receipt).toContain(s);

    // The case page shows the fee paid and no longer owed.
    await clerkCashier.goto(`${server.url}/workbench/cases/${c.id}`);
    await expect.poll(() => clerkCashier.getByTestId('fee-status').first().innerText()).toBe('已缴款');
    expect(await clerkCashier.getByTestId('case-flag-feeDue').count()).toBe(0);

    // The day's reconciliation lists the payment with its receipt.
    const href = (await cashier.getByTestId('fee-reconciliation').getAttribute('href'))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await bytesOf(cashier, href)) as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.getWorksheet('日对账单')!.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value))));
    expect(cells).toContain(reference);
    expect(cells).toContain(String(Number(amount)));
  });
});
