import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { officialCalendar } from '../src/domain/calendar/index.ts';
import { hearingDeadlines } from '../src/domain/case/hearing.ts';
import { pdfText } from '../src/server/modules/case/notices/pdf-text.ts';
import { testPng } from '../src/server/modules/case/tasks/special/test-png.ts';
import { launchBrowser, submitCredentials } from './support/browser.ts';
import { idCard } from './support/case.ts';
import { startServer, type RunningServer } from './support/server.ts';

// The special steps in the browser (issue #17, decision 0036): an approver of 县民政局 records a
// site inspection with a photo on the step screen; 县自然资源局's approver finds the joint record
// waiting in the inbox and signs it; the 联合踏勘记录表 PDF is opened and its text read back. Then
// the hearing: the parties told, a request recorded, a notice 7 days ahead refused when too
// early and accepted on the earliest day, every date checked against the 2026 calendar. The
// server's clock is moved (e2e/support/movable-clock.mjs) to September 2026, a year with data.
const county = '旬邑县政务服务中心';
const cal = officialCalendar();
const clockFile = path.join(os.tmpdir(), `ow-e2e-special-clock-${process.pid}`);
const serverTime = (day: string) => new Date(`${day}T10:00:00+08:00`).getTime();

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let clerk: Page;
let approver: Page;
let other: Page;
let centerId: string;

async function setServerDay(day: string) {
  fs.writeFileSync(clockFile, String(serverTime(day) - Date.now()));
  await new Promise((r) => setTimeout(r, 400));
}

async function signedIn(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
  contexts.push(context);
  const page = await context.newPage();
  await submitCredentials(page, server.url, username);
  await page.getByTestId('center-name').waitFor();
  return page;
}

/** A 承诺件 of 县民政局 taken in and accepted by the clerk through the API the window uses. */
async function acceptedCase(n: number): Promise<{ id: string; number: string }> {
  return clerk.evaluate(
    async ({ center, idNumber, n }) => {
      const items = (await (await fetch(`/api/v1/catalog/items?state=published&centerId=${center}&pageSize=100`)).json()) as { items: { itemId: string; caseType: string; implementingBody: string }[] };
      for (const i of items.items.filter((x) => x.caseType === 'promised' && x.implementingBody.includes('民政'))) {
        const g = (await (await fetch(`/api/v1/portal/items/${i.itemId}`)).json()) as { materials: { id: string; required: boolean; originals: number; copies: number }[] };
        if (!g.materials?.some((m) => m.required)) continue;
        const post = (url: string, body: object) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
        const applicant = { kind: 'person', idType: '111', idNumber, name: `踏勘${n}`, phone: `1391236${String(n).padStart(4, '0')}` };
        const c = (await post('/api/v1/cases/applications', { centerId: center, applicant, items: [{ itemId: i.itemId }], idempotencyKey: `e2e-special-${n}-${Date.now()}` })).cases[0];
        const checklist = g.materials.map((m) => ({ materialId: m.id, status: 'received', originals: m.originals ?? 1, copies: m.copies ?? 0 }));
        await post(`/api/v1/cases/${c.id}/actions`, { action: 'intake.accept', checklist, idempotencyKey: `e2e-special-acc-${n}-${Date.now()}` });
        return { id: c.id as string, number: c.number as string };
      }
      throw new Error('no promised item of 县民政局 with required materials');
    },
    { center: centerId, idNumber: idCard(n), n },
  );
}

/** Open the case's task from the approver's inbox (its row links to the step screen). */
async function openTask(page: Page, number: string) {
  await page.goto(`${server.url}/workbench/inbox`);
  await page.getByTestId('task-inbox').waitFor();
  const row = page.locator('tr', { hasText: number });
  await row.getByRole('link', { name: number }).click();
  await page.getByTestId('step-page').waitFor();
  await page.getByTestId('special-steps').waitFor();
}

const text = async (page: Page, id: string) => (await page.getByTestId(id).innerText()).trim();

beforeAll(async () => {
  // The server starts on the real clock and is moved once it answers.
  fs.writeFileSync(clockFile, '0');
  [server, browser] = await Promise.all([
    startServer({ NODE_OPTIONS: `--import ${path.resolve(import.meta.dirname, 'support/movable-clock.mjs')}`, E2E_CLOCK_FILE: clockFile }),
    launchBrowser(),
  ]);
  const centers = (await (await fetch(`${server.url}/api/v1/hall/centers`)).json()) as { items: { id: string; name: string }[] };
  centerId = centers.items.find((c) => c.name === county)!.id;
  await setServerDay('2026-09-24');
  [clerk, approver, other] = await Promise.all([signedIn('clerk'), signedIn('approver'), signedIn('approver-zr')]);
}, 420_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  fs.rmSync(clockFile, { force: true });
});

describe('special steps in the back office', () => {
  test('a site inspection with a photo, co-signed by a second department; the 联合踏勘记录表 PDF reads back', async () => {
    const c = await acceptedCase(901);
    await openTask(approver, c.number);

    await approver.getByTestId('inspection-place').fill('城关街道东大街 12 号');
    await approver.getByTestId('inspection-time').fill('2026-09-24 09:30');
    await approver.getByTestId('inspection-participants').fill('赵建国，县民政局\n钱卫东，县自然资源局');
    await approver.getByTestId('inspection-findings').fill('场所布局与申报图纸一致，消防通道畅通');
    await approver.getByTestId('inspection-departments').click();
    await approver.locator('.ant-select-item-option', { hasText: '县自然资源局' }).click();
    await approver.keyboard.press('Escape');
    await approver.getByTestId('inspection-save').click();
    const record = approver.getByTestId('inspection-record');
    await record.waitFor();
    const number = await text(approver, 'inspection-number');
    expect(number).toMatch(/踏勘〔2026〕\d+号$/);

    // The photo goes to the file store and shows inline.
    await record.locator('input[type=file]').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: testPng(24) });
    const photo = approver.getByTestId('inspection-photo');
    await photo.waitFor();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(24);

    await approver.getByTestId('sign-opinion').fill('同意，场所符合要求');
    await approver.getByTestId('sign-inspection').click();
    await expect.poll(() => text(approver, 'inspection-unsigned')).toBe('待签署：县自然资源局');

    // The second department finds the record in its inbox and signs the same record.
    await other.goto(`${server.url}/workbench/inbox`);
    await other.getByTestId('pending-signature').filter({ hasText: number }).click();
    await other.getByTestId('special-page').waitFor();
    expect(await other.getByTestId('special-tab-hearing').count()).toBe(0);
    await other.getByTestId('sign-opinion').fill('用地符合规划，同意');
    await other.getByTestId('sign-inspection').click();
    await expect.poll(() => text(other, 'inspection-unsigned')).toBe('各部门均已签署');
    expect(await other.getByTestId('inspection-signatures').innerText()).toContain('钱卫东');

    // The numbered PDF, opened from the record's link, and the print page.
    const href = (await other.getByTestId('record-pdf-inspection').getAttribute('href'))!;
    const bytes = await other.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())), href);
    const pdf = (await pdfText(Buffer.from(bytes))).replace(/\s+/g, '');
    for (const s of ['联合踏勘记录表', number, '城关街道东大街12号', '2026-09-2409:30', '场所布局与申报图纸一致，消防通道畅通', '县民政局', '同意，场所符合要求', '县自然资源局', '用地符合规划，同意', '钱卫东', '现场照片.png', '县民政局（盖章）']) {
      expect(pdf).toContain(s);
    }
    const printPath = (await other.getByTestId('record-print-inspection').getAttribute('href'))!;
    expect(printPath).toBe(`/print/special-record/${c.id}/${href.split('/').at(-2)}`);
    await other.goto(`${server.url}${printPath}`);
    await other.getByTestId('record-print').waitFor();
    expect(await text(other, 'record-print-title')).toBe('联合踏勘记录表');
    expect(await text(other, 'record-print-number')).toBe(number);
  });

  test('the hearing: told, requested within 5 days, noticed 7 days ahead within 20 working days', async () => {
    await setServerDay('2026-09-24');
    const c = await acceptedCase(902);
    await openTask(approver, c.number);
    await approver.getByTestId('special-tab-hearing').click();
    await approver.getByTestId('hearing-inform-parties').fill('李四（相邻住户）');
    await approver.getByTestId('hearing-inform-ground').fill('拟设场所与相邻住户的通行相关');
    await approver.getByTestId('hearing-inform').click();
    await expect.poll(() => approver.getByTestId('hearing-phase').getAttribute('data-phase')).toBe('informed');
    // Told on Thursday 09-24: five days end on Tuesday 09-29.
    expect(await text(approver, 'hearing-request-by')).toBe(hearingDeadlines({ toldOn: '2026-09-24' }, cal).requestBy);
    expect(await text(approver, 'hearing-request-by')).toBe('2026-09-29');
    expect(await text(approver, 'hearing-parties')).toContain('李四（相邻住户）');

    // Monday 09-28: the request arrives (four days on, the idle session has ended: sign in again).
    await setServerDay('2026-09-28');
    approver = await signedIn('approver');
    await openTask(approver, c.number);
    await approver.getByTestId('special-tab-hearing').click();
    await approver.getByTestId('hearing-requested-by').fill('李四');
    await approver.getByTestId('hearing-request').click();
    await expect.poll(() => approver.getByTestId('hearing-phase').getAttribute('data-phase')).toBe('requested');
    const holdBy = cal.addWorkdays('2026-09-28', 20);
    expect(await text(approver, 'hearing-hold-by')).toBe(holdBy);
    // Noticed today, 7 days ahead is 10-05, inside 国庆: the first possible day is 10-08.
    expect(await text(approver, 'hearing-earliest')).toBe('2026-10-08');

    await approver.getByTestId('hearing-place').fill('县政务服务中心三楼听证室');
    await approver.getByTestId('hearing-schedule-date').fill('2026-09-30');
    await approver.getByTestId('hearing-schedule').click();
    await expect.poll(() => approver.locator('.ant-message').innerText()).toContain('7 日前');
    expect(await approver.getByTestId('hearing-phase').getAttribute('data-phase')).toBe('requested');
    await approver.getByTestId('hearing-schedule-date').fill('2026-10-08');
    await approver.getByTestId('hearing-schedule').click();
    await expect.poll(() => approver.getByTestId('hearing-phase').getAttribute('data-phase')).toBe('noticed');
    expect(await text(approver, 'hearing-scheduled-on')).toBe('2026-10-08 县政务服务中心三楼听证室');

    // Both notices are numbered PDFs on the case; the hearing notice names the day and place.
    const notices = await approver.evaluate(async (id) => ((await (await fetch(`/api/v1/cases/${id}`)).json()) as { notices: { id: string; kind: string }[] }).notices, c.id);
    expect(notices.map((n) => n.kind)).toEqual(expect.arrayContaining(['hearing_right', 'hearing_notice']));
    const noticeId = notices.find((n) => n.kind === 'hearing_notice')!.id;
    const bytes = await approver.evaluate(async ([id, nid]) => Array.from(new Uint8Array(await (await fetch(`/api/v1/cases/${id}/notices/${nid}/pdf`)).arrayBuffer())), [c.id, noticeId] as const);
    const pdf = (await pdfText(Buffer.from(bytes))).replace(/\s+/g, '');
    for (const s of ['听证通知书', '2026年10月8日', '县政务服务中心三楼听证室', '李四（相邻住户）', '2026年9月28日']) expect(pdf).toContain(s);
  });
});
