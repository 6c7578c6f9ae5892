import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { enrolTotp, launchBrowser, submitCredentials } from './support/browser.ts';
import { idCard } from './support/case.ts';
import { startServer, type RunningServer } from './support/server.ts';

// The back office's clocks in the browser (issue #17, decision 0033): the approver's inbox shows
// a step's due date with its colour and the legend; a §45 pause turns it to 暂停计时 and, when it
// ends days later (the server's clock moved by e2e/support/movable-clock.mjs), the step's due
// date visibly moves; a 承诺核查 follow-up appears in its department's inbox, is claimed and
// worked on the case page; the center manager changes the yellow threshold on the console.
const county = '旬邑县政务服务中心';
const DAY = 86_400_000;
const clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ow-clock-')), 'offset');
let clockOffset = 0;
const serverDate = (days = 0) => new Date(Date.now() + clockOffset + days * DAY + 8 * 3_600_000).toISOString().slice(0, 10);
function moveClock(ms: number) {
  clockOffset = ms;
  fs.writeFileSync(clockFile, String(ms));
}

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let clerk: Page;
let approver: Page;

async function signedIn(username: string, password?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
  contexts.push(context);
  const page = await context.newPage();
  await submitCredentials(page, server.url, username, password);
  return page;
}

const call = <T = unknown>(page: Page, method: string, url: string, body?: object): Promise<T> =>
  page.evaluate(
    async ({ method, url, body }) => {
      const r = await fetch(`/api/v1${url}`, { method, headers: { 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
      const text = await r.text();
      if (!r.ok) throw new Error(`${method} ${url} → ${r.status} ${text}`);
      return text ? JSON.parse(text) : null;
    },
    { method, url, body },
  ) as Promise<T>;

/** The clerk applies for an item of the county and takes it in with every material received. */
async function applied(itemFilter: { caseType?: string; commitment?: boolean; department?: string }, n: number): Promise<{ id: string; number: string; department: string }> {
  return clerk.evaluate(
    async ({ county, f, idNumber, n }) => {
      const centers = (await (await fetch('/api/v1/hall/centers')).json()) as { items: { id: string; name: string }[] };
      const centerId = centers.items.find((c) => c.name === county)!.id;
      const res = await fetch(`/api/v1/catalog/items?state=published&centerId=${centerId}&pageSize=100`);
      if (!res.ok) throw new Error(`catalog → ${res.status} ${await res.text()}`);
      const list = (await res.json()) as { items: { itemId: string; caseType: string }[] };
      const post = (url: string, body: object) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
      for (const item of list.items.filter((i) => !f.caseType || i.caseType === f.caseType)) {
        const made = await post('/api/v1/cases/applications', {
          centerId,
          applicant: { kind: 'person', idType: '111', idNumber, name: `时钟${n}`, phone: `1391234${String(n).padStart(4, '0')}` },
          items: [{ itemId: item.itemId, checklist: [] }],
          idempotencyKey: crypto.randomUUID(),
        });
        const c = made.cases?.[0];
        if (!c) continue;
        const page = (await (await fetch(`/api/v1/cases/${c.id}`)).json()) as { department: string; allowedActions: string[]; materials: { materialId: string; requiredOriginals: number; requiredCopies: number }[] };
        if (f.department && page.department !== f.department) continue;
        if (f.commitment && !page.allowedActions.includes('intake.commitment_approve')) continue;
        return { id: c.id as string, number: c.number as string, department: page.department };
      }
      throw new Error(`no item fits ${JSON.stringify(f)}`);
    },
    { county, f: itemFilter, idNumber: idCard(n), n },
  );
}

async function checklistOf(id: string) {
  const page = await call<{ materials: { materialId: string; requiredOriginals: number; requiredCopies: number }[] }>(clerk, 'GET', `/cases/${id}`);
  return page.materials.map((m) => ({ materialId: m.materialId, status: 'received', originals: m.requiredOriginals, copies: m.requiredCopies }));
}

const inboxRow = (page: Page, number: string) => page.getByTestId('task-inbox').locator('tr', { hasText: number });

beforeAll(async () => {
  fs.writeFileSync(clockFile, '0');
  [server, browser] = await Promise.all([
    startServer({ NODE_OPTIONS: `--import ${path.resolve(import.meta.dirname, 'support/movable-clock.mjs')}`, E2E_CLOCK_FILE: clockFile }),
    launchBrowser(),
  ]);
  clerk = await signedIn('clerk');
  await clerk.getByTestId('center-name').waitFor();
  approver = await signedIn('approver');
  await approver.getByTestId('center-name').waitFor();
}, 180_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  fs.rmSync(path.dirname(clockFile), { recursive: true, force: true });
});

describe('the back office’s clocks', () => {
  afterEach(async () => {
    moveClock(0);
    await new Promise((r) => setTimeout(r, 300));
  });

  test('the inbox shows the step’s due date and colour; a pause moves it visibly', async () => {
    const c = await applied({ caseType: 'promised', department: '县民政局' }, 71);
    await call(clerk, 'POST', `/cases/${c.id}/actions`, { action: 'intake.accept', checklist: await checklistOf(c.id), idempotencyKey: crypto.randomUUID() });

    await approver.goto(`${server.url}/workbench/inbox`);
    const row = inboxRow(approver, c.number);
    await row.waitFor();
    const due0 = (await row.getByTestId('due-date').innerText()).trim();
    expect(due0).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await row.getByTestId('due-level').innerText()).toMatch(/^(正常|黄牌预警|今日到期|已逾期)$/);
    expect(await approver.getByTestId('inbox-legend').innerText()).toContain('黄牌 = 剩余 1 个工作日及以内');
    expect(await approver.getByTestId('inbox-levels').innerText()).toMatch(/正常 \d+/);

    // The approver claims, starts the review and pauses the case for an expert review.
    const page = await call<{ openTask: { id: string } }>(approver, 'GET', `/cases/${c.id}`);
    await call(approver, 'POST', `/tasks/${page.openTask.id}/claim`, {});
    await call(approver, 'POST', `/cases/${c.id}/actions`, { action: 'review.start', idempotencyKey: crypto.randomUUID() });
    await call(approver, 'POST', `/cases/${c.id}/actions`, { action: 'pause.start', pause: { kind: 'expertReview', reason: '需组织专家论证', timeNeeded: { amount: 5, unit: 'workday' } }, idempotencyKey: crypto.randomUUID() });
    await approver.reload();
    await expect.poll(() => inboxRow(approver, c.number).getByTestId('due-level').innerText()).toBe('暂停计时');

    // Four days later the expert review is over: the step's due date moved by the paused working days.
    // (The preload re-reads the offset every 100 ms; a staff session is a working day long, so the
    // approver signs in again on the later day.)
    moveClock(4 * DAY);
    await new Promise((r) => setTimeout(r, 300));
    const later = await signedIn('approver');
    await later.getByTestId('center-name').waitFor();
    await call(later, 'POST', `/cases/${c.id}/actions`, { action: 'pause.end', idempotencyKey: crypto.randomUUID() });
    await later.goto(`${server.url}/workbench/inbox`);
    const moved = inboxRow(later, c.number);
    await moved.waitFor();
    await expect.poll(async () => (await moved.getByTestId('due-date').innerText()).trim()).not.toBe(due0);
    expect((await moved.getByTestId('due-date').innerText()).trim() > due0).toBe(true);
    expect(await moved.getByTestId('due-moved').innerText()).toMatch(/因暂停顺延 \d+ 个工作日/);
    // The step page and the case page say the same.
    await later.goto(`${server.url}/workbench/inbox/${page.openTask.id}`);
    await expect.poll(() => later.getByTestId('step-due').innerText()).toMatch(/因暂停顺延 \d+ 个工作日/);
    await later.goto(`${server.url}/workbench/cases/${c.id}`);
    await expect.poll(() => later.getByTestId('case-step-due').innerText()).toMatch(/因暂停顺延 \d+ 个工作日/);
  });

  test('a 承诺核查 follow-up lands in its department’s inbox, is claimed and worked', async () => {
    // Sessions idle while the clock ran days ahead have ended: the clerk signs in again.
    clerk = await signedIn('clerk');
    await clerk.getByTestId('center-name').waitFor();
    const c = await applied({ commitment: true }, 72);
    await call(clerk, 'POST', `/cases/${c.id}/actions`, {
      action: 'intake.commitment_approve',
      checklist: await checklistOf(c.id),
      commitment: { conditions: ['申请人具备相应条件'], replacedMaterialIds: [], verifyBy: serverDate(20) },
      idempotencyKey: crypto.randomUUID(),
    });
    // An approver of the item's department: the system administrator opens the account.
    const admin = await signedIn('sysadmin');
    await enrolTotp(admin);
    await admin.getByTestId('center-name').waitFor();
    const centers = await call<{ items: { id: string; name: string }[] }>(admin, 'GET', '/hall/centers');
    const centerId = centers.items.find((x) => x.name === county)!.id;
    const depts = await call<{ items: { id: string; name: string }[] }>(admin, 'GET', `/departments?pageSize=100`);
    const departmentId = depts.items.find((d) => d.name === c.department)!.id;
    const issued = 'Issued#2026pw';
    await call(admin, 'POST', '/staff', { username: 'hc-approver', name: '钱核查', centerId, departmentId, roles: ['approver'], initialPassword: issued });
    const checker = await signedIn('hc-approver', issued);
    await checker.getByTestId('current-password').fill(issued);
    await checker.getByTestId('new-password').fill('Chosen!2026pw');
    await checker.getByTestId('confirm-password').fill('Chosen!2026pw');
    await checker.getByTestId('change-password-submit').click();
    await checker.getByTestId('center-name').waitFor();

    await checker.goto(`${server.url}/workbench/inbox`);
    const entry = checker.getByTestId(`followup-${c.number}`);
    await entry.waitFor();
    expect(await entry.innerText()).toContain('承诺核查');
    expect(await entry.getByTestId('due-date').innerText()).toBe(serverDate(20));
    expect(await entry.getByTestId('due-level').innerText()).toBe('正常');
    // Not in the other department's inbox.
    await approver.goto(`${server.url}/workbench/inbox`);
    await approver.getByTestId('task-inbox').waitFor();
    expect(await approver.getByTestId(`followup-${c.number}`).count()).toBe(0);

    await entry.getByTestId('followup-claim').click();
    await expect.poll(() => entry.innerText()).toContain('钱核查');
    await entry.getByTestId('followup-work').click();
    await checker.getByTestId('case-page').waitFor();
    await checker.getByTestId('action-commitment.verify').click();
    await expect.poll(() => checker.getByTestId('case-flag-commitmentPending').count()).toBe(0);
    await checker.goto(`${server.url}/workbench/inbox`);
    await checker.getByTestId('task-inbox').waitFor();
    await expect.poll(() => checker.getByTestId(`followup-${c.number}`).count()).toBe(0);
  });

  test('the center manager changes the yellow threshold; the inbox legend follows', async () => {
    const manager = await signedIn('manager');
    await manager.getByTestId('center-name').waitFor();
    await manager.goto(`${server.url}/console/warnings`);
    const row = manager.getByTestId(`warning-row-${county}`);
    await row.waitFor();
    expect(await row.getByTestId('warning-effective').innerText()).toBe('1 个工作日');
    await row.locator('input').fill('3');
    await row.getByTestId('warning-save').click();
    await expect.poll(() => row.getByTestId('warning-effective').innerText()).toBe('3 个工作日');
    // A township without its own value follows the county.
    const town = manager.getByTestId('warning-settings').locator('tr', { hasText: '土桥镇' }).first();
    expect(await town.innerText()).toContain('3 个工作日');
    expect(await town.innerText()).toContain('沿用上级');

    await approver.goto(`${server.url}/workbench/inbox`);
    await expect.poll(() => approver.getByTestId('inbox-legend').innerText()).toContain('黄牌 = 剩余 3 个工作日及以内');
  });
});
