import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { staffDesks } from './support/browser.ts';
import { idCard, publishedItems } from './support/case.ts';
import { startServer, type RunningServer } from './support/server.ts';

// The archive in the browser (issue #18): a clerk concludes an instant case; a month later (the
// server's clock moved) the archivist builds that month's batch on the 档案归档 screen,
// downloads it, and the test opens the zip: the case's package with its metadata, contents
// list and manifest, every hash matching; the stored batch verifies intact on screen.
const county = '旬邑县政务服务中心';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let server: RunningServer;
let browser: Browser;
const clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ow-archive-clock-')), 'offset');

const desks = staffDesks(() => browser, () => server.url, { acceptDownloads: true });
const signedIn = (username: string) => desks.signIn(username);

beforeAll(async () => {
  fs.writeFileSync(clockFile, '0');
  server = await startServer({ NODE_OPTIONS: `--import ${path.resolve(import.meta.dirname, 'support/movable-clock.mjs')}`, E2E_CLOCK_FILE: clockFile });
  if (!fs.existsSync('/usr/bin/chromium')) throw new Error('/usr/bin/chromium is missing');
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
}, 180_000);

afterAll(async () => {
  await desks.close();
  await browser?.close();
  await server?.stop();
});

describe('the archive', () => {
  test('a monthly batch built, downloaded and its contents checked', async () => {
    const centers = (await (await fetch(`${server.url}/api/v1/hall/centers`)).json()) as { items: { id: string; name: string }[] };
    const centerId = centers.items.find((c) => c.name === county)!.id;
    const clerk = await signedIn('clerk');
    const instant = (await publishedItems(clerk, centerId)).find((i) => i.caseType === 'instant' && i.materials.some((m) => m.required))!;
    const caseNumber = await clerk.evaluate(
      async ({ center, item, idNumber }) => {
        const post = (url: string, body: object) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
        const guide = (await (await fetch(`/api/v1/portal/items/${item.itemId}`)).json()) as { materials: { id: string; originals: number; copies: number }[] };
        const checklist = guide.materials.map((m) => ({ materialId: m.id, status: 'received', originals: m.originals, copies: m.copies }));
        const c = (await post('/api/v1/cases/applications', { centerId: center, applicant: { kind: 'person', idType: '111', idNumber, name: '归档测试', phone: '13912340001' }, items: [{ itemId: item.itemId, checklist }], idempotencyKey: `e2e-archive-${Date.now()}` })).cases[0];
        const decided = await post(`/api/v1/cases/${c.id}/actions`, { action: 'decide_on_spot', idempotencyKey: `e2e-archive-spot-${Date.now()}` });
        if (decided.state !== 'decided_approved') throw new Error(JSON.stringify(decided));
        const done = await post(`/api/v1/cases/${c.id}/actions`, { action: 'conclude', idempotencyKey: `e2e-archive-end-${Date.now()}` });
        if (done.state !== 'concluded') throw new Error(JSON.stringify(done));
        return c.number as string;
      },
      { center: centerId, item: instant, idNumber: idCard(4242) },
    );
    const month = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 7);

    // A month and a few days later on the server: the month of the conclusion is over.
    fs.writeFileSync(clockFile, String(35 * 24 * 3600_000));
    await new Promise((r) => setTimeout(r, 300)); // the clock file is re-read every 100 ms
    const archivist = await signedIn('archivist');
    await archivist.getByRole('menuitem', { name: '档案归档' }).click();
    await archivist.getByTestId('archive-month').fill(month);
    await archivist.getByTestId('archive-build').click();
    const row = archivist.getByTestId('archive-batches').locator('tr', { hasText: month });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('秦雪');

    // Open the batch: the case's package is listed with its 档号.
    await row.locator('.ant-table-row-expand-icon').click();
    const packages = archivist.locator('[data-testid^="archive-packages-"]');
    await packages.getByText(caseNumber).waitFor();

    // Download the batch and read it back.
    const [download] = await Promise.all([archivist.waitForEvent('download'), archivist.getByTestId(`archive-download-${month}`).click()]);
    const zip = fs.readFileSync((await download.path())!);
    const files = unzipSync(new Uint8Array(zip));
    const names = Object.keys(files);
    expect(names).toEqual(expect.arrayContaining(['batch.json', 'register.xlsx', 'manifest.sha256']));
    const batch = JSON.parse(Buffer.from(files['batch.json']!).toString('utf8')) as { month: string; packages: { caseNumber: string; file: string; sha256: string; rootHash: string }[] };
    expect(batch.month).toBe(month);
    const entry = batch.packages.find((x) => x.caseNumber === caseNumber)!;
    expect(entry).toBeTruthy();
    // The batch manifest lists every file with its hash.
    for (const line of Buffer.from(files['manifest.sha256']!).toString('utf8').trim().split('\n')) {
      const [hash, file] = line.split('  ');
      expect(sha(files[file!]!), file).toBe(hash);
    }
    const pkgBytes = files[entry.file]!;
    expect(sha(pkgBytes)).toBe(entry.sha256);
    const pkg = unzipSync(pkgBytes);
    expect(sha(pkg['manifest.sha256']!)).toBe(entry.rootHash);
    const meta = JSON.parse(Buffer.from(pkg['metadata.json']!).toString('utf8'));
    expect(meta.application).toMatchObject({ caseNumber, applicantName: '归档测试', itemName: instant.name });
    expect(meta.archive).toMatchObject({ batchMonth: month, archivedBy: '秦雪' });
    expect(Buffer.from(pkg['metadata.xml']!).toString('utf8')).toContain(`<caseNumber label="办件编号">${caseNumber}</caseNumber>`);
    const contents = JSON.parse(Buffer.from(pkg['contents.json']!).toString('utf8')) as { title: string; path: string; lastPage: number }[];
    expect(contents.map((c) => c.title)).toEqual(expect.arrayContaining(['办件信息表', '办理过程记录', '审计记录']));
    for (const c of contents) expect(Object.keys(pkg)).toContain(c.path);
    expect(Buffer.from(pkg['contents.pdf']!.subarray(0, 5)).toString()).toBe('%PDF-');

    // The stored batch verifies intact on screen.
    await archivist.getByTestId(`archive-verify-${month}`).click();
    await expect(archivist.getByTestId('archive-verify-result').first().textContent()).resolves.toContain('校验通过');

    // The case is archived: its page (read by a clerk signed in now) says so.
    const clerkNow = await signedIn('clerk');
    const state = await clerkNow.evaluate(async (n) => {
      const found = await (await fetch(`/api/v1/cases/by-number/${n}`)).json();
      return (await (await fetch(`/api/v1/cases/${found.id}`)).json()).state as string;
    }, caseNumber);
    expect(state).toBe('archived');
  }, 120_000);
});
