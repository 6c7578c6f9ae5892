import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { officialCalendar } from '../../../../domain/calendar/index.ts';
import { signIn, startTestPlatform } from '../../../../../test/harness.ts';
import { demoIds, rows, type DemoIds, type TestPlatform } from '../../../../../test/api/helpers.ts';
import { insertStaffAccount } from '../../org/index.ts';
import { actOnCase } from '../case.write.ts';
import { countyItems, fullChecklist, person, walkToLastStep, type DemoItem } from '../case.fixture.ts';
import { claimFollowup } from './followup.service.ts';
import { inbox } from './task.service.ts';

// Issue #17, decision 0033, through the HTTP API and the one write path: a decision only on the
// last step; a pause moves the open step's due date by the paused working days; the step's level
// follows the center's yellow threshold (set on the threshold screen's API); 承诺核查 is an inbox
// task of the department, claimed and worked through the case's own action; the paper file goes
// back to the window at the decision and the window confirms it.

const cal = officialCalendar();
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

describe('back-office clocks, warning levels, follow-ups and the way back to the window', { timeout: 240_000 }, () => {
  let p: TestPlatform;
  let ids: DemoIds;
  let clerk: string;
  let approver: string;
  let manager: string;
  let item: DemoItem;
  let n = 0;
  const key = () => `clocks-${++n}-${Math.random()}`;
  const post = (url: string, payload: object, cookie: string) => p.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers: { cookie } });
  const put = (url: string, payload: object, cookie: string) => p.app.inject({ method: 'PUT', url: `/api/v1${url}`, payload, headers: { cookie } });
  const get = (url: string, cookie: string) => p.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie } });
  const act = (id: string, body: object, cookie: string) => post(`/cases/${id}/actions`, { idempotencyKey: key(), ...body }, cookie);
  const ok = async (res: ReturnType<typeof post>) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const openTask = async (caseId: string) => (await rows<{ id: string; due_on: string; paused_workdays: number; step_index: number }>(p, sql`SELECT id, due_on::text, paused_workdays, step_index FROM case_task WHERE case_id = ${caseId} AND status = 'open'`))[0]!;

  async function accepted(day: string): Promise<string> {
    vi.setSystemTime(at(day));
    const c = (await ok(post('/cases/applications', { centerId: ids.center['XY-COUNTY'], applicant: person(9100 + ++n), items: [{ itemId: item.id }], idempotencyKey: key() }, clerk))).cases[0];
    await ok(act(c.id, { action: 'intake.accept', checklist: fullChecklist(item) }, clerk));
    return c.id;
  }

  beforeAll(async () => {
    p = await startTestPlatform();
    ids = await demoIds(p);
    [clerk, approver, manager] = await Promise.all([signIn(p, 'clerk'), signIn(p, 'approver'), signIn(p, 'manager')]);
    // A 承诺件 of 县民政局 with two back-office steps (审查, 决定).
    const multi = await rows<{ id: string }>(
      p,
      sql`SELECT i.id FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id
          WHERE v.case_type = 'promised' AND v.department_id = ${ids.department['县民政局']!} AND jsonb_array_length(v.process) >= 4 ORDER BY v.name`,
    );
    item = (await countyItems(p)).find((i) => multi.some((r) => r.id === i.id) && i.materials.some((m) => m.required) && !i.commitment)!;
    expect(item).toBeDefined();
    vi.useFakeTimers({ toFake: ['Date'], now: at('2026-10-09') });
  }, 240_000);
  afterEach(() => vi.setSystemTime(at('2026-10-09')));
  afterAll(async () => {
    vi.useRealTimers();
    await p?.close();
  }, 240_000);

  it('refuses a decision before the last step with TASK_NOT_LAST_STEP; the case page offers it only on the last step', async () => {
    const id = await accepted('2026-10-09');
    const first = await openTask(id);
    await ok(post(`/tasks/${first.id}/claim`, {}, approver));
    await ok(act(id, { action: 'review.start' }, approver));
    const page = await ok(get(`/cases/${id}`, approver));
    expect(page.openTask).toMatchObject({ id: first.id, stepIndex: 0, lastStep: false });
    expect(page.allowedActions).not.toContain('decide.approve');
    const early = await act(id, { action: 'decide.refuse', decisionRefusal: { reasons: '不符合条件', basis: '《行政许可法》第三十八条' } }, approver);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'TASK_NOT_LAST_STEP', details: { stepIndex: 0 } });
    expect(early.json().message).toMatch(/最后一个审批环节/);
    // Nothing was written: still in review on the first step.
    expect((await openTask(id)).id).toBe(first.id);
    const last = await walkToLastStep(p, id, approver);
    expect((await ok(get(`/cases/${id}`, approver))).openTask).toMatchObject({ id: last, lastStep: true });
    await ok(act(id, { action: 'decide.refuse', decisionRefusal: { reasons: '不符合条件', basis: '《行政许可法》第三十八条' } }, approver));
  });

  it('a pause moves the open step’s due date by the paused working days, counted on the server', async () => {
    const id = await accepted('2026-10-09');
    const before = await openTask(id);
    await ok(post(`/tasks/${before.id}/claim`, {}, approver));
    await ok(act(id, { action: 'review.start' }, approver));

    vi.setSystemTime(at('2026-10-12'));
    await ok(act(id, { action: 'pause.start', pause: { kind: 'expertReview', reason: '需组织专家论证', timeNeeded: { amount: 5, unit: 'workday' } } }, approver));
    const paused = await ok(get(`/tasks/${before.id}`, approver));
    expect(paused.warning).toBe('paused');
    expect((await ok(get('/tasks?level=paused', approver))).items.map((t: { id: string }) => t.id)).toContain(before.id);

    vi.setSystemTime(at('2026-10-16'));
    await ok(act(id, { action: 'pause.end' }, approver));
    const after = await openTask(id);
    // 10-12 .. 10-15 (Mon–Thu): 4 working days off the step, still running on 10-12.
    expect(before.due_on >= '2026-10-12').toBe(true);
    const moved = 4;
    expect(after).toMatchObject({ id: before.id, paused_workdays: moved, due_on: cal.addWorkdays(before.due_on, 4) });
    const box = await ok(get('/tasks', approver));
    expect(box.items.find((t: { id: string }) => t.id === before.id)).toMatchObject({ dueOn: after.due_on, pausedWorkdays: moved });
    const view = await ok(get(`/tasks/${before.id}`, approver));
    expect(view.history.at(-1).note).toContain('顺延');
    // Nobody typed it in: the request carried no date.
    const page = await ok(get(`/cases/${id}`, approver));
    expect(page.openTask).toMatchObject({ dueOn: after.due_on, pausedWorkdays: moved });
  });

  it('the step levels follow the center’s yellow threshold, set by the center manager; counts and filter per level', async () => {
    const id = await accepted('2026-10-09');
    const t = await openTask(id);
    // Two working days before the step's due date: normal at the default threshold of one day.
    let day = t.due_on;
    while (cal.workdaysBetween(day, t.due_on) < 2) day = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    vi.setSystemTime(at(day));
    const level = async () => (await ok(get('/tasks', approver))).items.find((x: { id: string }) => x.id === t.id).warning;
    expect(await level()).toBe('normal');

    // Only a center manager reads and sets it, inside its scope, with a checked value.
    expect((await get('/cases/warning-settings', approver)).statusCode).toBe(403);
    const list = await ok(get('/cases/warning-settings', manager));
    expect(list.items[0]).toMatchObject({ centerId: ids.center['XY-COUNTY'], effective: 1, source: 'default' });
    expect(list.items.some((c: { centerId: string; depth: number }) => c.centerId === ids.center['XY-TUQIAO'] && c.depth === 1)).toBe(true);
    expect((await put(`/cases/warning-settings/${ids.center['XY-COUNTY']}`, { yellowWorkdays: 11 }, manager)).json().code).toBe('WARNING_THRESHOLD_INVALID');
    const township = await signIn(p, 'tq-manager');
    expect((await put(`/cases/warning-settings/${ids.center['XY-COUNTY']}`, { yellowWorkdays: 3 }, township)).statusCode).toBe(403);
    const set = await ok(put(`/cases/warning-settings/${ids.center['XY-COUNTY']}`, { yellowWorkdays: 3 }, manager));
    expect(set).toMatchObject({ own: 3, effective: 3, source: 'own', updatedBy: '周志强' });
    const town = (await ok(get('/cases/warning-settings', manager))).items.find((c: { centerId: string }) => c.centerId === ids.center['XY-TUQIAO']);
    expect(town).toMatchObject({ own: null, effective: 3, source: 'inherited' });
    const [audit] = await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'case.warning_setting.update' AND object_id = ${ids.center['XY-COUNTY']!}`);
    expect(audit!.n).toBe(1);

    expect(await level()).toBe('yellow');
    const box = await ok(get('/tasks', approver));
    expect(box.yellowWorkdays).toBe(3);
    expect(box.levels.yellow).toBeGreaterThanOrEqual(1);
    const sum = Object.values(box.levels as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBe(box.counts.open);
    const yellow = await ok(get('/tasks?level=yellow&limit=100', approver));
    expect(yellow.items.every((x: { warning: string }) => x.warning === 'yellow')).toBe(true);
    expect(yellow.items.some((x: { id: string }) => x.id === t.id)).toBe(true);
    expect((await ok(get('/tasks?level=normal&limit=100', approver))).items.some((x: { id: string }) => x.id === t.id)).toBe(false);
    await ok(put(`/cases/warning-settings/${ids.center['XY-COUNTY']}`, { yellowWorkdays: null }, manager));
    expect(await level()).toBe('normal');
  });

  it('承诺核查 is a task in its department’s inbox: claimed, then worked through commitment.verify, which closes it', async () => {
    const commitmentItem = (await countyItems(p)).find((i) => i.commitment && i.materials.some((m) => m.required))!;
    const made = await ok(post('/cases/applications', { centerId: ids.center['XY-COUNTY'], applicant: person(9400 + ++n), items: [{ itemId: commitmentItem.id, checklist: fullChecklist(commitmentItem) }], idempotencyKey: key() }, clerk));
    const c = made.cases[0];
    await ok(act(c.id, { action: 'intake.commitment_approve', commitment: { conditions: ['申请人具备相应条件'], replacedMaterialIds: [], verifyBy: '2026-11-30' } }, clerk));
    const [f] = await rows<{ id: string; department_id: string; due_on: string }>(p, sql`SELECT id, department_id, due_on::text FROM case_followup WHERE case_id = ${c.id} AND status = 'open'`);
    expect(f).toMatchObject({ due_on: '2026-11-30' });
    // Two staff of the item's department (the demo's approver belongs to 县民政局).
    const staff = async (username: string, roles: ('approver' | 'department_head')[]) => {
      const s = await p.ctx.db.transaction((tx) => insertStaffAccount(tx, { username, name: `测试${username}`, centerId: ids.center['XY-COUNTY']!, departmentId: f!.department_id, roles, passwordHash: 'x', mustChangePassword: false }));
      return { actor: (await p.ctx.resolveActor(p.ctx.db, s.userId))!, ip: '127.0.0.1' };
    };
    const [a, b] = [await staff(`fu-a-${n}`, ['approver']), await staff(`fu-b-${n}`, ['department_head'])];
    const box = await inbox(p.ctx.db, a.actor, { view: 'department', status: 'open', due: 'all', limit: 20 });
    expect(box.followups.find((x) => x.id === f!.id)).toMatchObject({ kind: 'verification', caseId: c.id, dueOn: '2026-11-30', warning: 'normal', assignee: null });
    // Another department never sees it.
    expect((await ok(get('/tasks', approver))).followups.some((x: { id: string }) => x.id === f!.id)).toBe(false);
    expect((await post(`/tasks/followups/${f!.id}/claim`, {}, approver)).json().code).toBe('TASK_NOT_FOUND');
    expect((await claimFollowup(p.ctx.db, a, f!.id)).assignee?.name).toBe(a.actor.name);
    await expect(claimFollowup(p.ctx.db, b, f!.id)).rejects.toMatchObject({ code: 'TASK_ALREADY_CLAIMED', details: { holder: { name: a.actor.name } } });
    // A colleague cannot verify what the approver holds; the holder can, and the task closes.
    const opts = { publicUrl: 'http://localhost' };
    await expect(actOnCase(p.ctx.db, b, c.id, 'commitment.verify', {}, key(), opts)).rejects.toMatchObject({ code: 'TASK_ALREADY_CLAIMED' });
    await actOnCase(p.ctx.db, a, c.id, 'commitment.verify', {}, key(), opts);
    const [closed] = await rows<{ status: string }>(p, sql`SELECT status FROM case_followup WHERE id = ${f!.id}`);
    expect(closed!.status).toBe('done');
    expect((await inbox(p.ctx.db, a.actor, { view: 'department', status: 'open', due: 'all', limit: 20 })).followups.some((x) => x.id === f!.id)).toBe(false);
  });

  it('容缺补交 is a task of the department until the waived material arrives (waiver.supply at the window closes it)', async () => {
    const civil = (await countyItems(p)).filter((i) => i.caseType !== 'instant' && i.materials.some((m) => m.waivable && m.required));
    const deptOf = await rows<{ id: string }>(p, sql`SELECT i.id FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id WHERE v.department_id = ${ids.department['县民政局']!}`);
    const w = civil.find((i) => deptOf.some((r) => r.id === i.id))!;
    expect(w, 'a 县民政局 item with a waivable material').toBeDefined();
    const waivable = w.materials.find((m) => m.waivable && m.required)!;
    const c = (await ok(post('/cases/applications', { centerId: ids.center['XY-COUNTY'], applicant: person(9500 + ++n), items: [{ itemId: w.id }], idempotencyKey: key() }, clerk))).cases[0];
    const deadline = cal.addWorkdays('2026-10-09', 3);
    const checklist = fullChecklist(w).map((e) => (e.materialId === waivable.id ? { ...e, status: 'waived', originals: 0, copies: 0, waiver: { format: '原件', deadline } } : e));
    await ok(act(c.id, { action: 'intake.accept_with_waiver', checklist }, clerk));
    const box = await ok(get('/tasks', approver));
    const entry = box.followups.find((x: { caseId: string }) => x.caseId === c.id);
    expect(entry).toMatchObject({ kind: 'waiver', dueOn: deadline, warning: 'normal' });
    // The step task of the same case is there too: the follow-up does not take its place.
    expect(box.items.some((x: { caseId: string }) => x.caseId === c.id)).toBe(true);
    await ok(post(`/tasks/followups/${entry.id}/claim`, {}, approver));
    // The window takes in the material whoever holds the follow-up.
    await ok(act(c.id, { action: 'waiver.supply', checklist: fullChecklist(w) }, clerk));
    expect((await ok(get('/tasks', approver))).followups.some((x: { caseId: string }) => x.caseId === c.id)).toBe(false);
  });

  it('at the decision the file goes back to the window of origin; the window confirms its arrival', async () => {
    const id = await accepted('2026-10-09');
    await walkToLastStep(p, id, approver);
    await ok(act(id, { action: 'decide.approve', certificate: { name: '准予许可证', number: 'XK-9001', validUntil: null, issuingBody: '旬邑县民政局' } }, approver));
    const page = await ok(get(`/cases/${id}`, clerk));
    const back = page.handovers.find((h: { direction: string }) => h.direction === 'to_window');
    expect(back).toMatchObject({ confirmedAt: null, toDepartment: expect.stringContaining('综合窗口') });
    expect(back.items).toContain('准予行政许可决定书');
    expect(back.fromName).toContain('赵建国');
    // The window's scan confirms the way back, not the department's pending receipt.
    const confirmed = await ok(post('/cases/handovers/confirm', { caseNumber: page.number }, clerk));
    expect(confirmed).toMatchObject({ id: back.id, direction: 'to_window', confirmedByName: '王晓燕' });
    expect((await post('/cases/handovers/confirm', { caseNumber: page.number, direction: 'to_window' }, clerk)).json().code).toBe('CASE_HANDOVER_NOT_FOUND');
    const inbound = await ok(post('/cases/handovers/confirm', { caseNumber: page.number }, approver));
    expect(inbound.direction).toBe('to_department');
    expect((await post('/cases/handovers/confirm', { caseNumber: page.number }, approver)).json().code).toBe('CASE_HANDOVER_NOT_FOUND');
  });
});
