import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { idCardCheckChar } from '../src/domain/identifiers/index.ts';
import { submitCredentials } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// A notice's barcode scanned anywhere in the workbench opens its case (not only in the lists'
// box); the case page shows the ticket the case came from, each visit with its ticket, and the
// handover the acceptance started, pending until the department scans it.
const county = '旬邑县政务服务中心';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let clerk: Page;

beforeAll(async () => {
  server = await startServer();
  if (!fs.existsSync('/usr/bin/chromium')) throw new Error('/usr/bin/chromium is missing');
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
  clerk = await context.newPage();
  await submitCredentials(clerk, server.url, 'clerk');
  await clerk.getByTestId('center-name').waitFor();
}, 120_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

/** A ticket taken at the kiosk, and a case accepted from it with every material on paper (through the API, as the page would). */
async function acceptedCaseFromTicket(page: Page) {
  const centers = (await (await fetch(`${server.url}/api/v1/hall/centers`)).json()) as { items: { id: string; name: string }[] };
  const centerId = centers.items.find((c) => c.name === county)!.id;
  const categories = (await (await fetch(`${server.url}/api/v1/hall/${centerId}/categories`)).json()) as { items: { id: string; name: string }[] };
  const issued = await fetch(`${server.url}/api/v1/hall/${centerId}/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ categoryId: categories.items[0]!.id }),
  });
  const ticket = (await issued.json()) as { id: string; number: string };
  const first17 = '61042919800102077';
  return page.evaluate(
    async ({ centerId, ticket, idNumber }) => {
      const post = async (url: string, body: object) => {
        const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        if (!r.ok) throw new Error(`${url}: ${r.status} ${await r.text()}`);
        return r.json();
      };
      const list = (await (await fetch(`/api/v1/catalog/items?state=published&centerId=${centerId}&pageSize=100`)).json()) as { items: { itemId: string; caseType: string }[] };
      for (const item of list.items.filter((i) => i.caseType !== 'instant')) {
        const g = (await (await fetch(`/api/v1/portal/items/${item.itemId}`)).json()) as { materials: { id: string; originals: number; copies: number }[] };
        if (!g.materials.some((m) => m.originals + m.copies > 0)) continue;
        const checklist = g.materials.map((m) => ({ materialId: m.id, status: 'received', originals: m.originals, copies: m.copies }));
        const made = await post('/api/v1/cases/applications', {
          centerId,
          ticketId: ticket.id,
          applicant: { kind: 'person', idType: '111', idNumber, name: '扫码测试', phone: '13912340077' },
          items: [{ itemId: item.itemId, checklist }],
          idempotencyKey: `scan-anywhere-${Date.now()}`,
        });
        const c = made.cases[0] as { id: string; number: string };
        await post(`/api/v1/cases/${c.id}/actions`, { action: 'intake.accept', idempotencyKey: `scan-anywhere-accept-${Date.now()}` });
        return { ...c, ticketNumber: ticket.number };
      }
      throw new Error('no promised item with paper materials');
    },
    { centerId, ticket, idNumber: first17 + idCardCheckChar(first17) },
  );
}

describe('scan to open, anywhere in the workbench', () => {
  test('a scanner burst on the home page opens the case; the page shows ticket, visits and the pending handover', async () => {
    const c = await acceptedCaseFromTicket(clerk);
    await clerk.goto(`${server.url}/workbench/home`);
    await clerk.getByTestId('center-name').waitFor();
    // A person typing the number slowly is not a scan: nothing happens.
    await clerk.keyboard.type(c.number.slice(0, 10), { delay: 250 });
    await clerk.keyboard.press('Enter');
    await clerk.waitForTimeout(300);
    expect(new URL(clerk.url()).pathname).toBe('/workbench/home');
    // The scanner: the whole number in a burst, then Enter.
    await clerk.keyboard.type(c.number, { delay: 2 });
    await clerk.keyboard.press('Enter');
    await clerk.waitForURL(`**/workbench/cases/${c.id}`);
    await expect.poll(() => clerk.getByTestId('case-number').innerText()).toContain(c.number);
    expect(await clerk.getByTestId('case-ticket').innerText()).toBe(c.ticketNumber);
    expect(await clerk.getByTestId('case-visit-list').innerText()).toContain(`接件 ${c.ticketNumber}`);
    await expect.poll(() => clerk.getByText('待签收').count()).toBeGreaterThan(0);

    // The lists show the ticket the case came from.
    await clerk.goto(`${server.url}/workbench/cases`);
    await expect.poll(() => clerk.getByTestId('case-list-window_today').innerText()).toContain(c.ticketNumber);
  });
});
