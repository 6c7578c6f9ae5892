import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { submitCredentials } from './support/browser.ts';
import { type CatalogItem, idCard, publishedItems } from './support/case.ts';
import { startServer, type RunningServer } from './support/server.ts';

// The window in the browser (issue #16): a clerk calls a ticket and takes in a two-item
// application with a scanned material, then the other window outcomes, and the public
// tracking page finds a case. The document camera is Chromium's fake media stream.
const county = '旬邑县政务服务中心';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let clerk: Page;
let centerId: string;

type Item = CatalogItem;
let items: Item[] = [];


beforeAll(async () => {
  server = await startServer();
  if (!fs.existsSync('/usr/bin/chromium')) throw new Error('/usr/bin/chromium is missing');
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
  });
  const centers = (await (await fetch(`${server.url}/api/v1/hall/centers`)).json()) as { items: { id: string; name: string }[] };
  centerId = centers.items.find((c) => c.name === county)!.id;
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN', permissions: ['camera'] });
  // No import of next year's holidays: a December acceptance counts next year provisionally,
  // as a freshly started demo must.
  clerk = await context.newPage();
  await submitCredentials(clerk, server.url, 'clerk');
  await clerk.getByTestId('center-name').waitFor();
  // The county's published items with their pinned materials, as the clerk's catalog shows them.
  items = await publishedItems(clerk, centerId);
}, 120_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

const withRequired = () => items.filter((i) => i.materials.some((m) => m.required));
const promised = () => withRequired().filter((i) => i.caseType !== 'instant');

/** Fill the applicant block with a person and add the items by their code. */
async function startIntake(page: Page, n: number, chosen: Item[]) {
  await page.getByTestId('intake-id-number').fill(idCard(n));
  await page.getByTestId('intake-name').fill(`测试${n}`);
  await page.getByTestId('intake-phone').fill(`1391234${String(n).padStart(4, '0')}`);
  for (const item of chosen) {
    const search = page.getByTestId('intake-item-search');
    await search.click();
    await search.locator('input').fill(item.basicCode);
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option`, { hasText: item.basicCode }).first().click();
    await page.getByTestId(`intake-item-${item.itemId}`).getByText(item.materials[0]!.name).first().waitFor();
  }
}

async function chooseStatus(page: Page, materialId: string, label: string, scope = page.locator('body')) {
  await scope.getByTestId(`material-status-${materialId}`).first().click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).first().click();
}

/** The PDF a print button opens in a new tab, fetched again to check the response itself. */
async function printedPdf(page: Page, button: string) {
  const [popup, request] = await Promise.all([
    page.waitForEvent('popup'),
    page.context().waitForEvent('request', (r) => /\/pdf$|guide\.pdf$/.test(r.url())),
    page.getByTestId(button).first().click(),
  ]);
  await popup.close();
  return page.evaluate(async (u) => {
    const r = await fetch(u);
    const bytes = new Uint8Array(await r.arrayBuffer());
    return { status: r.status, type: r.headers.get('content-type'), head: String.fromCharCode(...bytes.slice(0, 5)) };
  }, request.url());
}

describe('the window: intake and its outcomes', () => {
  let acceptedNumber = '';

  test('a clerk calls a ticket and takes in two items with a scanned material, then prints the 受理通知书', async () => {
    const [first, second] = promised();
    expect(second, 'the demo county has two promised items with required materials').toBeDefined();
    // A visitor takes a ticket; the clerk calls and serves it, then starts the intake from it.
    const categories = (await (await fetch(`${server.url}/api/v1/hall/${centerId}/categories`)).json()) as { items: { id: string; name: string }[] };
    const issued = await fetch(`${server.url}/api/v1/hall/${centerId}/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ categoryId: categories.items.find((c) => c.name === '综合业务')!.id }),
    });
    const ticket = (await issued.json()) as { number: string };
    await clerk.goto(`${server.url}/workbench/queue`);
    await clerk.getByTestId('queue-call-next').click();
    await expect.poll(() => clerk.getByTestId('queue-current-number').innerText()).toBe(ticket.number);
    await clerk.getByTestId('queue-start').click();
    await clerk.getByTestId('queue-intake').click();
    await expect.poll(() => clerk.getByTestId('intake-ticket').innerText()).toContain(ticket.number);

    await startIntake(clerk, 1, [first!, second!]);
    // The first required material of the first item is scanned with the document camera.
    const scanned = first!.materials.find((m) => m.required)!;
    await clerk.getByTestId(`intake-item-${first!.itemId}`).getByTestId(`material-camera-${scanned.id}`).click();
    await clerk.getByTestId('camera-capture').click({ timeout: 15_000 });
    await expect.poll(() => clerk.getByTestId(`material-scans-${scanned.id}`).innerText()).toBe('已扫描 1 页');
    await clerk.getByTestId('intake-submit').click();

    // One case per item, each with the outcomes the server allows; accept both.
    for (const item of [first!, second!]) {
      const panel = clerk.getByTestId(`outcome-${item.itemId}`);
      await panel.getByTestId('action-intake.accept').click();
      await panel.getByTestId('print-acceptance').waitFor();
      await expect.poll(() => panel.getByTestId('case-state').innerText()).toBe('已受理');
    }
    acceptedNumber = (await clerk.getByTestId(`outcome-${first!.itemId}`).getByTestId('outcome-number').innerText()).trim();
    expect(acceptedNumber).toMatch(/\d{8}\d{4}$/);
    const pdf = await printedPdf(clerk, 'print-acceptance');
    expect(pdf).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' });

    // The case page shows the scan inline, the ticket, and one visit.
    await clerk.getByTestId(`outcome-${first!.itemId}`).getByText('打开办件').click();
    await clerk.getByTestId('case-page').waitFor();
    expect(await clerk.getByTestId('case-number').innerText()).toContain(acceptedNumber);
    await clerk.getByTestId('case-scan').first().waitFor();
    // The scan is served back through the permission check and shows inline as the JPEG it was.
    await expect.poll(() => clerk.getByTestId('case-scan').first().evaluate((el) => ((el.tagName === 'IMG' ? el : el.querySelector('img')) as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await clerk.getByTestId('case-visits').innerText()).toMatch(/^1 次/);
    // ID and phone are masked until 显示 (audited).
    expect(await clerk.getByTestId('case-applicant-id').innerText()).toContain('*');
    await clerk.getByTestId('case-reveal').click();
    await expect.poll(() => clerk.getByTestId('case-applicant-id').innerText()).toBe(idCard(1));

    // Today's list at this window has both cases, the applicant's ID masked; a scanned barcode opens the case.
    await clerk.goto(`${server.url}/workbench/cases`);
    const today = clerk.getByTestId('case-list-window_today');
    await today.getByText(acceptedNumber).waitFor();
    expect(await today.innerText()).not.toContain(idCard(1));
    await clerk.getByTestId('case-barcode').fill(acceptedNumber);
    await clerk.getByTestId('case-barcode').press('Enter');
    await expect.poll(() => clerk.getByTestId('case-number').innerText()).toContain(acceptedNumber);
  });

  // Decision 0054: with every required material received the clerk takes in and accepts in one step.
  test('收件并受理: offered once the materials are complete, it takes in and accepts in one step', async () => {
    const item = promised()[0]!;
    await clerk.goto(`${server.url}/workbench/intake`);
    await startIntake(clerk, 31, [item]);
    // A required material missing: only 提交并接件; received again: 收件并受理 is back.
    const section = clerk.getByTestId(`intake-item-${item.itemId}`);
    const required = item.materials.find((x) => x.required)!;
    await chooseStatus(clerk, required.id, '缺少', section);
    await expect.poll(() => clerk.getByTestId('intake-submit-accept').count()).toBe(0);
    await chooseStatus(clerk, required.id, '已收', section);
    await clerk.getByTestId('intake-submit-accept').click();
    const panel = clerk.getByTestId(`outcome-${item.itemId}`);
    await panel.getByTestId('print-acceptance').waitFor();
    await expect.poll(() => panel.getByTestId('case-state').innerText()).toBe('已受理');
    expect((await panel.getByTestId('outcome-number').innerText()).trim()).toMatch(/\d{8}\d{4}$/);
  });

  test('a one-time notice, then the applicant returns and the same case is accepted', async () => {
    const item = promised()[0]!;
    const missing = item.materials.find((m) => m.required)!;
    await clerk.goto(`${server.url}/workbench/intake`);
    await startIntake(clerk, 2, [item]);
    await chooseStatus(clerk, missing.id, '缺少', clerk.getByTestId(`intake-item-${item.itemId}`));
    await clerk.getByTestId('intake-submit').click();
    const panel = clerk.getByTestId(`outcome-${item.itemId}`);
    // Materials are incomplete: the table still offers 一次性告知 (and the server would refuse 受理).
    await panel.getByTestId('action-intake.one_time_notice').click();
    await panel.getByTestId('print-correction').waitFor();
    await panel.getByTestId('case-flag-awaitingCorrection').waitFor();

    // The applicant comes back: the case page offers only the resume.
    await panel.getByText('打开办件').click();
    await clerk.getByTestId('case-page').waitFor();
    await clerk.getByTestId('action-intake.resume').waitFor();
    expect(await clerk.getByTestId('action-intake.accept').count()).toBe(0);
    await chooseStatus(clerk, missing.id, '已收', clerk.getByTestId('case-checklist'));
    await clerk.getByTestId('action-intake.resume').click();
    await clerk.getByTestId('action-intake.accept').click();
    await expect.poll(() => clerk.getByTestId('case-state').first().innerText()).toBe('已受理');
    await clerk.getByTestId('notice-reprint-acceptance').waitFor();
    await clerk.getByTestId('notice-reprint-correction').waitFor();
    // Two visits now: the intake and the return after the one-time notice.
    await expect.poll(() => clerk.getByTestId('case-visits').innerText()).toMatch(/^2 次/);

    // The papers travel to the department (流转表); the receiving side confirms by scanning the barcode.
    const number = (await clerk.getByTestId('case-number').innerText()).trim();
    const caseUrl = clerk.url();
    await clerk.getByText('登记流转').click();
    await clerk.getByPlaceholder('移交材料').fill('申请书原件一份');
    await clerk.getByRole('button', { name: /确\s*定/ }).click();
    await clerk.getByText('待签收').waitFor();
    await clerk.goto(`${server.url}/workbench/cases`);
    await clerk.getByTestId('handover-confirm').fill(number);
    await clerk.getByTestId('handover-confirm').press('Enter');
    await clerk.getByText(`已签收 ${number}`).waitFor();
    await clerk.goto(caseUrl);
    await clerk.getByText(/已签收：/).waitFor();

    // The same page in English.
    await clerk.evaluate(() => localStorage.setItem('ow.lang', 'en'));
    await clerk.reload();
    await expect.poll(() => clerk.getByTestId('case-state').first().innerText()).toBe('Accepted');
    await clerk.getByText('Handover log').waitFor();
    await clerk.evaluate(() => localStorage.setItem('ow.lang', 'zh'));
  });

  test('a non-acceptance names the reasons, the basis and the competent agency', async () => {
    const item = promised()[1] ?? promised()[0]!;
    await clerk.goto(`${server.url}/workbench/intake`);
    // No reader bridge on this computer: the clerk is told typing is always possible.
    await clerk.getByTestId('intake-read-card').click();
    await clerk.getByTestId('intake-read-failed').getByText('可以直接手工录入证件信息').waitFor();
    // A reader bridge (the vendor-neutral local HTTP contract) answers with the card.
    await clerk.route('http://127.0.0.1:18651/read', (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify({ name: '读卡测试', idNumber: idCard(3), address: '旬邑县城关街道' }) }),
    );
    await clerk.getByTestId('intake-read-card').click();
    await expect.poll(() => clerk.getByTestId('intake-name').inputValue()).toBe('读卡测试');
    expect(await clerk.getByTestId('intake-id-number').inputValue()).toBe(idCard(3));
    await clerk.unroute('http://127.0.0.1:18651/read');
    await startIntake(clerk, 3, [item]);
    await clerk.getByTestId('intake-submit').click();
    const panel = clerk.getByTestId(`outcome-${item.itemId}`);
    await panel.getByTestId('action-intake.refuse').click();
    await clerk.getByTestId('refuse-reasons').fill('申请事项不属于本机关职权范围');
    await clerk.getByTestId('refuse-basis').fill('《中华人民共和国行政许可法》第三十二条第一款第（二）项');
    await clerk.getByTestId('refuse-agency').fill('咸阳市市场监督管理局');
    await clerk.locator('#action-confirm').click();
    await panel.getByTestId('print-non_acceptance').waitFor();
    await expect.poll(() => panel.getByTestId('case-state').innerText()).toBe('不予受理');
    expect(await panel.getByTestId('case-actions-' + (await caseIdOf(panel))).count()).toBe(0);
  });

  test('a 即办件 is decided at the window the same day', async () => {
    const item = withRequired().find((i) => i.caseType === 'instant') ?? items.find((i) => i.caseType === 'instant');
    expect(item, 'the demo county has an instant item').toBeDefined();
    await clerk.goto(`${server.url}/workbench/intake`);
    await startIntake(clerk, 4, [item!]);
    await clerk.getByTestId('intake-submit').click();
    const panel = clerk.getByTestId(`outcome-${item!.itemId}`);
    await panel.getByTestId('action-decide_on_spot').click();
    await expect.poll(() => panel.getByTestId('case-state').innerText()).toBe('准予许可');
  });

  test('the tracking page finds the accepted case by number and phone, on a phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 720 }, locale: 'zh-CN' });
    const page = await phone.newPage();
    await page.goto(`${server.url}/portal/track?number=${encodeURIComponent(acceptedNumber)}`);
    expect(await page.getByTestId('track-number').inputValue()).toBe(acceptedNumber);
    await page.getByTestId('track-phone').fill('13912340000'); // not the applicant's phone
    await page.getByTestId('track-submit').click();
    await page.getByTestId('track-not-found').waitFor();
    await page.getByTestId('track-phone').fill('13912340001');
    await page.getByTestId('track-submit').click();
    await expect.poll(() => page.getByTestId('track-stage').innerText()).toBe('已受理');
    await page.getByTestId('track-result').getByText('受理通知书').waitFor();
    await phone.close();
  });
});

describe('the consultation desk', () => {
  test('a question is logged with its answer into the item\'s knowledge base, and the guide prints', async () => {
    const item = promised()[0]!;
    await clerk.goto(`${server.url}/workbench/consult`);
    const picker = clerk.getByTestId('consult-item');
    await picker.click();
    await picker.locator('input').fill(item.basicCode);
    await clerk.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await clerk.getByTestId('consult-question').fill('营业执照遗失了还能办吗？');
    await clerk.getByTestId('consult-answer').fill('先登报声明遗失，再申请补领。');
    await clerk.getByText('加入该事项的咨询库').click();
    await clerk.getByTestId('consult-save').click();
    await clerk.getByTestId('consult-log').getByText('营业执照遗失了还能办吗？').waitFor();
    const kb = await clerk.evaluate(async (id) => (await (await fetch(`/api/v1/portal/items/${id}/knowledge`)).json()) as { items: { question: string }[] }, item.itemId);
    expect(kb.items.map((k) => k.question)).toContain('营业执照遗失了还能办吗？');
    await clerk.getByTestId('consult-item').click();
    await clerk.getByTestId('consult-item').locator('input').fill(item.basicCode);
    await clerk.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    const pdf = await printedPdf(clerk, 'consult-print-guide');
    expect(pdf).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' });
  });
});

describe('the cashier’s screen (issue #18, fees)', () => {
  test('a cashier lands on 收费, the notices to collect', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await ctx.newPage();
    await submitCredentials(page, server.url, 'cashier');
    await page.getByTestId('fee-notices').waitFor();
    expect(new URL(page.url()).pathname).toBe('/workbench/fees');
    await ctx.close();
  });
});

/** The case id behind an outcome panel (its link to the case page). */
async function caseIdOf(panel: ReturnType<Page['getByTestId']>): Promise<string> {
  const href = await panel.getByText('打开办件').getAttribute('href');
  return href!.split('/').pop()!;
}
