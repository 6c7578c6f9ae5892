import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { idCardCheckChar } from '../src/domain/identifiers/index.ts';
import { submitCredentials } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// The warning colours (issue #17): an accepted case's page shows each clock's colour with the
// legend, and the case lists carry a warning column and the 预警办件 view with its filter.
const county = '旬邑县政务服务中心';

let server: RunningServer;
let browser: Browser;
let clerk: Page;

beforeAll(async () => {
  server = await startServer();
  if (!fs.existsSync('/usr/bin/chromium')) throw new Error('/usr/bin/chromium is missing');
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
  clerk = await context.newPage();
  await submitCredentials(clerk, server.url, 'clerk');
  await clerk.getByTestId('center-name').waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('warning colours', () => {
  test('case page: both clocks coloured, legend explains every colour; lists: warning column and 预警办件', async () => {
    const first17 = '61042919800101555';
    const idNumber = first17 + idCardCheckChar(first17);
    const caseId = await clerk.evaluate(
      async ({ name, idNumber }) => {
        const centers = (await (await fetch('/api/v1/hall/centers')).json()) as { items: { id: string; name: string }[] };
        const centerId = centers.items.find((c) => c.name === name)!.id;
        const list = (await (await fetch(`/api/v1/catalog/items?state=published&centerId=${centerId}&pageSize=100`)).json()) as { items: { itemId: string; caseType: string }[] };
        for (const item of list.items.filter((i) => i.caseType !== 'instant')) {
          const guide = (await (await fetch(`/api/v1/portal/items/${item.itemId}`)).json()) as { materials: { id: string; originals?: number; copies?: number }[] };
          const post = (url: string, body: object) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
          const app = (await (await post('/api/v1/cases/applications', { centerId, applicant: { kind: 'person', idType: '111', idNumber, name: '预警测试', phone: '13912340000' }, items: [{ itemId: item.itemId }], idempotencyKey: `e2e-warn-${item.itemId}` })).json()) as { cases: { id: string }[] };
          const id = app.cases[0]!.id;
          const checklist = guide.materials.map((m) => ({ materialId: m.id, status: 'received', originals: m.originals ?? 1, copies: m.copies ?? 0 }));
          const r = await post(`/api/v1/cases/${id}/actions`, { action: 'intake.accept', checklist, idempotencyKey: `e2e-warn-accept-${id}` });
          if (r.ok) return id;
        }
        throw new Error('no item could be accepted');
      },
      { name: county, idNumber },
    );

    await clerk.goto(`${server.url}/workbench/cases/${caseId}`);
    const promisedTag = clerk.getByTestId('case-promised-due').locator('[data-level]');
    await expect.poll(() => promisedTag.getAttribute('data-level')).toMatch(/^(normal|yellow|red)$/);
    expect(await clerk.getByTestId('case-legal-due').locator('[data-level]').getAttribute('data-level')).toMatch(/^(normal|yellow|red)$/);
    await clerk.getByTestId('warning-legend-link').first().hover();
    const legend = clerk.getByTestId('warning-legend');
    await legend.waitFor();
    for (const word of ['正常', '临近到期', '今日到期', '已超期', '暂停中']) expect(await legend.innerText()).toContain(word);

    await clerk.goto(`${server.url}/workbench/cases?view=mine`);
    await clerk.getByTestId('case-list-mine').waitFor();
    await expect.poll(() => clerk.getByTestId('case-warning-level').count()).toBeGreaterThan(0);
    await clerk.goto(`${server.url}/workbench/cases?view=warnings`);
    await clerk.getByTestId('warning-filter').getByText('已超期').click();
    await clerk.getByTestId('case-list-warnings').waitFor();
  }, 120_000);
});
