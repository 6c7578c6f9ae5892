import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../../test/harness.ts';
import { invalidateCalendar, chinaToday } from '../calendar/index.ts';
import { mapWindow, openHall, rows, type Hall } from '../queue/queue.fixture.ts';
import { countyItems, fullChecklist, person, pick, walkToLastStep, type DemoItem } from './case.fixture.ts';
import { runDueRecompute } from './jobs/due-recompute.ts';

// Issue #16's remaining points: a scan is an action of the one write path; acceptance starts
// the 流转表 in its own transaction; visits and the ticket a case came from are linked and
// shown; due dates counted on a year not imported yet are marked and counted again later.

describe('scans, handovers, visits and provisional due dates through the one write path', () => {
  let h: Hall;
  let items: DemoItem[];
  let item: DemoItem;
  let n = 0;
  const key = () => `links-${Date.now()}-${++n}`;
  const clerk = () => h.cookie.clerk;
  const apply = async (checklist: object[] = [], extra: object = {}) => {
    const res = await h.post('/cases/applications', { centerId: h.county, applicant: person(7000 + ++n), items: [{ itemId: item.id, checklist }], idempotencyKey: key(), ...extra }, clerk());
    expect(res.statusCode, JSON.stringify(res.json())).toBe(200);
    return res.json().cases[0] as { id: string; number: string };
  };
  const act = (caseId: string, body: object, cookie = clerk()) => h.post(`/cases/${caseId}/actions`, { idempotencyKey: key(), ...body }, cookie);
  const page = async (caseId: string) => (await h.get(`/cases/${caseId}`, clerk())).json();
  const png = (text: string) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(text)]);
  const upload = (caseId: string, materialId: string, body: Buffer, cookie = clerk()) =>
    h.p.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/materials/${materialId}/scans`, headers: { cookie, 'content-type': 'image/png' }, payload: body });

  beforeAll(async () => {
    h = await openHall({ FILES_DIR: mkdtempSync(join(tmpdir(), 'ow-case-links-')) });
    items = await countyItems(h.p);
    item = pick(items, (i) => i.caseType !== 'instant' && i.materials.some((m) => m.originals + m.copies > 0), 'standard with paper');
  });
  afterAll(async () => h?.p.close());

  it('a scan is the action material.scan: stored first, recorded once however often the upload is retried', async () => {
    const c = await apply();
    const materialId = item.materials[0]!.id;
    const body = png(`scan of ${c.number}`);
    const sha = createHash('sha256').update(body).digest('hex');
    const first = await upload(c.id, materialId, body);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().scans).toEqual([{ sha256: sha, mime: 'image/png', size: body.length }]);
    const retry = await upload(c.id, materialId, body);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().scans).toHaveLength(1);
    const actions = await rows<{ action: string; actor_role: string; seq: number }>(h.p, sql`SELECT action, actor_role, seq FROM case_action WHERE case_id = ${c.id} ORDER BY seq`);
    expect(actions.map((a) => a.action)).toEqual(['create', 'material.scan']);
    const [row] = await rows<{ row_version: number }>(h.p, sql`SELECT row_version FROM case_record WHERE id = ${c.id}`);
    expect(row!.row_version).toBe(2);
    const audits = await rows<{ action: string }>(h.p, sql`SELECT action FROM audit_log WHERE object_id = ${c.id} AND action LIKE 'case.%scan%'`);
    expect(audits.map((a) => a.action)).toEqual(['case.material.scan']);
    const p1 = await page(c.id);
    expect(p1.timeline.at(-1)).toMatchObject({ action: 'material.scan', label: '材料扫描' });
    expect(p1.allowedActions).toContain('material.scan');

    // The action route cannot invent a scan reference: without a file there is nothing to record.
    const bare = await act(c.id, { action: 'material.scan' });
    expect([bare.statusCode, bare.json().code]).toEqual([404, 'NOT_FOUND']);
    // Another center's clerk never reaches the case.
    const tq = await signIn(h.p, 'tq-clerk');
    expect((await upload(c.id, materialId, png('other'), tq)).statusCode).toBe(403);
    // Once refused at the window, the table has no material.scan row: 409 with the state.
    const refused = await act(c.id, { action: 'intake.refuse', refusal: { reasons: '不属于本机关职权范围', basis: '《行政许可法》第三十二条', competentAgency: '县市场监督管理局' } });
    expect(refused.statusCode, JSON.stringify(refused.json())).toBe(200);
    const late = await upload(c.id, materialId, png('late'));
    expect([late.statusCode, late.json().code, late.json().details?.state ?? late.json().state]).toEqual([409, 'CASE_ACTION_NOT_ALLOWED', 'not_accepted']);
  });

  it('acceptance starts the 流转表 of the paper materials in its own transaction; the department confirms by scanning', async () => {
    const failed = await apply();
    expect((await act(failed.id, { action: 'intake.accept' })).statusCode).toBe(422);
    expect((await page(failed.id)).handovers).toEqual([]);

    const c = await apply(fullChecklist(item));
    const accepted = await act(c.id, { action: 'intake.accept' });
    expect(accepted.statusCode, JSON.stringify(accepted.json())).toBe(200);
    const p1 = await page(c.id);
    expect(p1.handovers).toHaveLength(1);
    const paper = item.materials.find((m) => m.originals + m.copies > 0)!;
    expect(p1.handovers[0]).toMatchObject({ fromName: '王晓燕', toDepartment: p1.department, confirmedAt: null, caseNumber: c.number });
    expect(p1.handovers[0].items).toContain(paper.name);
    const approver = await signIn(h.p, 'approver');
    const confirmed = await h.post('/cases/handovers/confirm', { caseNumber: c.number }, approver);
    expect(confirmed.statusCode, JSON.stringify(confirmed.json())).toBe(200);
    expect((await page(c.id)).handovers[0].confirmedByName).toBe('赵建国');

    // 容缺受理 is an acceptance too: the papers that came travel; the waived one is not on the list.
    const waivable = items.find((i) => i.caseType !== 'instant' && i.materials.some((m) => m.waivable && m.required) && i.materials.some((m) => !m.waivable && m.originals + m.copies > 0));
    expect(waivable, 'the demo has a waivable item with other paper materials').toBeDefined();
    if (waivable) {
      const w = waivable.materials.find((m) => m.waivable && m.required)!;
      const deadline = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      const checklist = fullChecklist(waivable).map((e) => (e.materialId === w.id ? { ...e, status: 'waived', originals: 0, copies: 0, waiver: { format: '原件', deadline } } : e));
      const made = await h.post('/cases/applications', { centerId: h.county, applicant: person(7900), items: [{ itemId: waivable.id, checklist }], idempotencyKey: key() }, clerk());
      const wc = made.json().cases[0];
      const r = await act(wc.id, { action: 'intake.accept_with_waiver' });
      expect(r.statusCode, JSON.stringify(r.json())).toBe(200);
      const hw = (await page(wc.id)).handovers;
      expect(hw).toHaveLength(1);
      expect(hw[0].items).not.toContain(w.name);
    }
  });

  it('visits: the intake ticket, the return after a one-time notice and the pickup are linked and numbered on the page and in the lists', async () => {
    const category = await h.category('K');
    await mapWindow(h, '1', [category]);
    const win = (step: string) => h.post(`/queue/windows/${h.win('1')}/${step}`, {}, clerk());
    const t1 = await h.issue(category);
    expect((await win('call-next')).json().ticket.id).toBe(t1.id);
    const c = await apply([], { ticketId: t1.id });
    const p1 = await page(c.id);
    expect(p1.ticket).toEqual({ id: t1.id, number: t1.number });
    const today = (await h.get('/cases?view=window_today&pageSize=100', clerk())).json();
    expect(today.items.find((i: { id: string }) => i.id === c.id).ticketNumber).toBe(t1.number);
    expect((await act(c.id, { action: 'intake.one_time_notice' })).statusCode).toBe(200);
    await win('finish');

    // The applicant comes back with a new ticket; the clerk calls it and resumes the same case:
    // the return visit is linked to the ticket being served without the screen naming it.
    const t2 = await h.issue(category);
    expect((await win('call-next')).json().ticket.id).toBe(t2.id);
    expect((await act(c.id, { action: 'intake.resume' })).statusCode).toBe(200);
    expect((await act(c.id, { action: 'intake.accept', checklist: fullChecklist(item) })).statusCode).toBe(200);
    await win('finish');
    const approver = await signIn(h.p, 'approver');
    expect((await act(c.id, { action: 'review.start' }, approver)).statusCode).toBe(200);
    await walkToLastStep(h.p, c.id, approver);
    expect((await act(c.id, { action: 'decide.approve', certificate: { name: '准予许可证', number: 'XK-0001', validUntil: null, issuingBody: '县民政局' } }, approver)).statusCode).toBe(200);
    const t3 = await h.issue(category);
    const concluded = await act(c.id, { action: 'conclude', pickup: true, ticketId: t3.id });
    expect(concluded.statusCode, JSON.stringify(concluded.json())).toBe(200);

    const p2 = await page(c.id);
    expect(p2.visits.count).toBe(3);
    expect(p2.visits.list.map((v: { kind: string; ticketNumber: string | null }) => [v.kind, v.ticketNumber])).toEqual([
      ['intake', t1.number],
      ['return', t2.number],
      ['pickup', t3.number],
    ]);
    const [row] = await rows<{ visits: number }>(h.p, sql`SELECT visits FROM case_record WHERE id = ${c.id}`);
    expect(row!.visits).toBe(3);
  });

  it('due dates counted on a year not imported yet are provisional until the import; the job recomputes them through clock.recompute', async () => {
    // Take this year's days off away, as if it had never been imported (it is the last test).
    const year = Number(chinaToday(new Date()).slice(0, 4));
    await h.p.ctx.db.execute(sql`DELETE FROM calendar_day WHERE region_code = '' AND date >= ${`${year}-01-01`}`);
    await h.p.ctx.db.execute(sql`DELETE FROM calendar_year WHERE region_code = '' AND year >= ${year}`);
    invalidateCalendar(h.p.ctx.db);

    const c = await apply(fullChecklist(item));
    expect((await act(c.id, { action: 'intake.accept' })).statusCode).toBe(200);
    const before = await page(c.id);
    expect(before.due.provisional).toBe(true);
    const oldDue: string = before.due.promised.due;

    const publicUrl = 'http://localhost';
    const waiting = await runDueRecompute(h.p.ctx.db, new Date(), { publicUrl });
    // (Cases accepted earlier in this file may be waiting too: in December their dates reach next year.)
    expect(waiting).toMatchObject({ recomputed: [], failed: [] });
    expect(waiting.waiting).toBeGreaterThanOrEqual(1);
    expect((await page(c.id)).timeline.map((t: { action: string }) => t.action)).not.toContain('clock.recompute');

    // The years are imported; the day the provisional count made the due date is a day off.
    const manager = h.cookie.manager;
    for (const y of [year, year + 1]) {
      const days = [{ name: '元旦', date: `${y}-01-01`, isOffDay: true }, ...(oldDue.startsWith(`${y}-`) && !oldDue.endsWith('-01-01') ? [{ name: '测试调休', date: oldDue, isOffDay: true }] : [])];
      const imported = await h.post('/calendar/import', { year: y, days }, manager);
      expect(imported.statusCode, JSON.stringify(imported.json())).toBe(200);
    }
    const run = await runDueRecompute(h.p.ctx.db, new Date(), { publicUrl });
    expect(run).toMatchObject({ waiting: 0, failed: [] });
    expect(run.recomputed).toContain(c.id);
    const after = await page(c.id);
    expect(after.due.provisional).toBe(false);
    expect(after.due.promised.due > oldDue).toBe(true);
    expect(after.timeline.at(-1)).toMatchObject({ action: 'clock.recompute', actorRole: 'system' });
    expect((await runDueRecompute(h.p.ctx.db, new Date(), { publicUrl })).recomputed).toEqual([]);
    // Nobody but the system may recompute.
    expect((await act(c.id, { action: 'clock.recompute' })).json().code).toBe('CASE_ACTION_NOT_ALLOWED');
  });
});
