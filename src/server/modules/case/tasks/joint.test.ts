import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { officialCalendar } from '../../../../domain/calendar/index.ts';
import { signIn, startTestPlatform } from '../../../../../test/harness.ts';
import { demoIds, rows, type DemoIds, type TestPlatform } from '../../../../../test/api/helpers.ts';
import { countyItems, fullChecklist, person, type DemoItem } from '../case.fixture.ts';
import { pdfText } from '../notices/pdf-text.ts';

// 联办件 through the HTTP API and the one write path (issue #17, decision 0034): acceptance opens
// the lead's step and one sub-task per joint department; each joint department claims and gives
// its opinion in its own inbox; the lead sees them and decides once, never while one is open;
// the joint clock is 45 working days and its one extension +15 with the government head's approval.

const cal = officialCalendar();

describe('joint cases (联办件)', { timeout: 240_000 }, () => {
  let p: TestPlatform;
  let ids: DemoIds;
  let clerk: string;
  let lead: string;
  let head: string;
  let dpf: string;
  let health: string;
  let joint: DemoItem;
  let plain: DemoItem;
  let n = 0;
  const key = () => `joint-key-${Date.now()}-${++n}`;
  const post = (url: string, payload: object, cookie: string) => p.app.inject({ method: 'POST', url, payload, headers: { cookie } });
  const get = (url: string, cookie: string) => p.app.inject({ method: 'GET', url, headers: { cookie } });
  const act = (caseId: string, body: object, cookie: string) => post(`/api/v1/cases/${caseId}/actions`, { idempotencyKey: key(), ...body }, cookie);

  type TaskRow = { id: string; kind: string; department_id: string; status: string; due_on: string; verdict: string | null };
  const tasksOf = (caseId: string) => rows<TaskRow>(p, sql`SELECT id, kind, department_id, status, due_on::text AS due_on, verdict FROM case_task WHERE case_id = ${caseId} ORDER BY kind DESC, id`);

  async function acceptedCase(item: DemoItem) {
    const res = await post('/api/v1/cases/applications', { centerId: ids.center['XY-COUNTY'], applicant: person(700 + ++n), items: [{ itemId: item.id, checklist: [] }], idempotencyKey: key() }, clerk);
    expect(res.statusCode, res.body).toBe(200);
    const caseId: string = res.json().cases[0].id;
    const acc = await act(caseId, { action: 'intake.accept', checklist: fullChecklist(item) }, clerk);
    expect(acc.statusCode, acc.body).toBe(200);
    const all = await tasksOf(caseId);
    const sub = (dept: string) => all.find((t) => t.kind === 'joint' && t.department_id === ids.department[dept])!;
    return { caseId, main: all.find((t) => t.kind === 'step')!, dpfTask: sub('县残疾人联合会'), healthTask: sub('县卫生健康局'), all };
  }

  beforeAll(async () => {
    p = await startTestPlatform();
    ids = await demoIds(p);
    [clerk, lead, head, dpf, health] = await Promise.all([signIn(p, 'clerk'), signIn(p, 'approver'), signIn(p, 'depthead'), signIn(p, 'approver-dpf'), signIn(p, 'approver-health')]);
    const items = await countyItems(p);
    joint = items.find((i) => i.caseType === 'joint' && i.name.includes('残疾人生活补贴'))!;
    plain = items.find((i) => i.caseType === 'promised' && i.materials.some((m) => m.required) && !i.commitment)!;
    expect(joint, 'the demo joint item with two joint departments').toBeDefined();
  }, 240_000);
  afterAll(async () => p?.close(), 240_000);
  afterEach(() => vi.useRealTimers());

  it('acceptance opens the lead step and one sub-task per joint department, each with its own due date, in its own inbox', async () => {
    const { caseId, main, dpfTask, healthTask, all } = await acceptedCase(joint);
    expect(all).toHaveLength(3);
    expect(main).toMatchObject({ department_id: ids.department['县民政局'], status: 'open' });
    expect(dpfTask).toMatchObject({ status: 'open', verdict: null });
    expect(healthTask).toMatchObject({ status: 'open', verdict: null });
    const [c] = await rows<{ accepted_on: string; promised_due: string }>(p, sql`SELECT accepted_on::text, promised_due::text FROM case_record WHERE id = ${caseId}`);
    // The sub-task's own limit (the guide's 并联审查 step: 4 working days), never after the promise.
    expect(dpfTask.due_on).toBe(cal.addWorkdays(c!.accepted_on, 4));
    expect(dpfTask.due_on <= c!.promised_due).toBe(true);

    const box = (await get('/api/v1/tasks', dpf)).json();
    const item = box.items.find((t: { id: string }) => t.id === dpfTask.id);
    expect(item).toMatchObject({ kind: 'joint', caseId, dueOn: dpfTask.due_on, assignee: null, verdict: null });
    expect(['normal', 'yellow', 'red', 'overdue']).toContain(item.warning);
    // Each department sees only its own task: not the lead's step, not the other sub-task.
    expect(box.items.some((t: { id: string }) => t.id === main.id || t.id === healthTask.id)).toBe(false);
    expect((await get(`/api/v1/tasks/${healthTask.id}`, dpf)).statusCode).toBe(404);
    expect((await get(`/api/v1/tasks/${main.id}`, dpf)).statusCode).toBe(404);
    expect((await get(`/api/v1/tasks/${dpfTask.id}`, lead)).statusCode).toBe(404);
    expect((await get('/api/v1/tasks', lead)).json().items.some((t: { id: string }) => t.id === dpfTask.id)).toBe(false);
    // The joint department's staff read the case they work on.
    expect((await get(`/api/v1/cases/${caseId}`, dpf)).statusCode).toBe(200);
  });

  it('two joint departments give their opinions in parallel; the lead decides once, never while one is open', async () => {
    const { caseId, main, dpfTask, healthTask } = await acceptedCase(joint);
    // Not claimed: no action, and an opinion is refused.
    expect((await get(`/api/v1/tasks/${dpfTask.id}`, dpf)).json().actions).toEqual([]);
    expect((await act(caseId, { action: 'joint.opinion', joint: { taskId: dpfTask.id, verdict: 'agree', opinion: '同意' } }, dpf)).json().code).toBe('TASK_NOT_CLAIMED');
    const claimed = (await post(`/api/v1/tasks/${dpfTask.id}/claim`, {}, dpf)).json();
    expect(claimed).toMatchObject({ mine: true, kind: 'joint', actions: ['joint.opinion'], plan: [{ name: '联办部门并联审查' }] });
    const incomplete = await act(caseId, { action: 'joint.opinion', joint: { taskId: dpfTask.id, opinion: '' } }, dpf);
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().code).toBe('JOINT_OPINION_INCOMPLETE');
    // Another department's approver cannot submit on this sub-task.
    expect((await act(caseId, { action: 'joint.opinion', joint: { taskId: dpfTask.id, verdict: 'agree', opinion: 'x' } }, health)).json().code).toBe('TASK_ALREADY_CLAIMED');
    const agreed = await act(caseId, { action: 'joint.opinion', joint: { taskId: dpfTask.id, verdict: 'agree', opinion: '残疾人证真实有效，同意' } }, dpf);
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json().state).toBe('accepted');
    expect((await act(caseId, { action: 'joint.opinion', joint: { taskId: dpfTask.id, verdict: 'agree', opinion: '再次' } }, dpf)).json().code).toBe('TASK_CLOSED');

    // The lead starts its review and sees the sub-tasks; no decision while 卫健局's is open.
    await post(`/api/v1/tasks/${main.id}/claim`, {}, lead);
    expect((await act(caseId, { action: 'review.start' }, lead)).statusCode).toBe(200);
    const leadView = (await get(`/api/v1/tasks/${main.id}`, lead)).json();
    expect(leadView.plan.map((s: { name: string }) => s.name)).toEqual(['牵头部门审查']);
    expect(leadView.actions).not.toContain('decide.approve');
    expect(leadView.joint).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ taskId: dpfTask.id, departmentName: '县残疾人联合会', status: 'done', verdict: 'agree', opinion: '残疾人证真实有效，同意', assigneeName: '钱志华' }),
        expect.objectContaining({ taskId: healthTask.id, departmentName: '县卫生健康局', status: 'open', verdict: null }),
      ]),
    );
    const certificate = { name: '残疾人两项补贴核定通知', number: 'LB-2026-001', issuingBody: '县民政局' };
    const early = await act(caseId, { action: 'decide.approve', certificate }, lead);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'JOINT_SUBTASK_OPEN', details: { open: [{ taskId: healthTask.id, department: '县卫生健康局' }] } });

    await post(`/api/v1/tasks/${healthTask.id}/claim`, {}, health);
    const disagreed = await act(caseId, { action: 'joint.opinion', joint: { taskId: healthTask.id, verdict: 'disagree', opinion: '护理需求评估未达重度' } }, health);
    expect(disagreed.statusCode, disagreed.body).toBe(200);
    const ready = (await get(`/api/v1/tasks/${main.id}`, lead)).json();
    expect(ready.actions).toEqual(expect.arrayContaining(['decide.approve', 'decide.refuse']));
    expect(ready.joint.map((j: { verdict: string }) => j.verdict).sort()).toEqual(['agree', 'disagree']);
    const decided = await act(caseId, { action: 'decide.approve', certificate }, lead);
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().state).toBe('decided_approved');
    expect((await tasksOf(caseId)).every((t) => t.status === 'done')).toBe(true);
    const history = await rows<{ note: string }>(p, sql`SELECT note FROM case_task_history WHERE task_id = ${healthTask.id} AND action = 'close'`);
    expect(history[0]!.note).toBe('不同意：护理需求评估未达重度');
    const timeline = (await get(`/api/v1/cases/${caseId}`, lead)).json().timeline.map((t: { action: string }) => t.action);
    expect(timeline.filter((a: string) => a === 'joint.opinion')).toHaveLength(2);
  });

  it('a §45 pause moves every open task of a joint case: the lead’s step and each sub-task', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-10-09T10:00:00+08:00') });
    const { caseId, main, dpfTask, healthTask } = await acceptedCase(joint);
    expect((await post(`/api/v1/tasks/${main.id}/claim`, {}, lead)).statusCode).toBe(200);
    expect((await act(caseId, { action: 'review.start' }, lead)).statusCode).toBe(200);
    vi.setSystemTime(new Date('2026-10-12T10:00:00+08:00'));
    const start = await act(caseId, { action: 'pause.start', pause: { kind: 'expertReview', reason: '需组织专家论证', timeNeeded: { amount: 5, unit: 'workday' } } }, lead);
    expect(start.statusCode, start.body).toBe(200);
    vi.setSystemTime(new Date('2026-10-16T10:00:00+08:00'));
    const end = await act(caseId, { action: 'pause.end' }, lead);
    expect(end.statusCode, end.body).toBe(200);
    // 10-12 .. 10-15 (Mon–Thu): 4 working days, for every task still running on 10-12.
    const after = await tasksOf(caseId);
    for (const before of [main, dpfTask, healthTask]) {
      const now = after.find((t) => t.id === before.id)!;
      expect(before.due_on >= '2026-10-12').toBe(true);
      expect(now.due_on, before.kind).toBe(cal.addWorkdays(before.due_on, 4));
    }
  });

  it('a withdrawal closes the open sub-tasks; joint.opinion is not an action of a case that is not joint', async () => {
    const { caseId } = await acceptedCase(joint);
    expect((await act(caseId, { action: 'withdraw', ending: { reason: '申请人撤回' } }, clerk)).statusCode).toBe(200);
    expect((await tasksOf(caseId)).filter((t) => t.status === 'open')).toEqual([]);
    const other = await post('/api/v1/cases/applications', { centerId: ids.center['XY-COUNTY'], applicant: person(790), items: [{ itemId: plain.id, checklist: [] }], idempotencyKey: key() }, clerk);
    const otherId = other.json().cases[0].id;
    await act(otherId, { action: 'intake.accept', checklist: fullChecklist(plain) }, clerk);
    const refused = await act(otherId, { action: 'joint.opinion', joint: { taskId: otherId, verdict: 'agree', opinion: 'x' } }, lead);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'CASE_ACTION_NOT_ALLOWED', details: { fact: 'joint' } });
  });

  it('the joint clock: 45 working days; the extension (+15) needs the government head’s approval, issues its notice, and is granted once', async () => {
    // Accepted in March 2026, so 45 + 15 working days stay inside the imported 2026 calendar.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-02T10:00:00+08:00') });
    const { caseId } = await acceptedCase(joint);
    const [c] = await rows<{ accepted_on: string; legal_due: string }>(p, sql`SELECT accepted_on::text, legal_due::text FROM case_record WHERE id = ${caseId}`);
    expect(c!.legal_due).toBe(cal.addWorkdays(c!.accepted_on, 45));
    const ask = await act(caseId, { action: 'extension.request', extension: { reason: '需联办部门补充核查' } }, lead);
    expect(ask.statusCode, ask.body).toBe(200);
    expect(ask.json().flags.extensionPending).toBe(true);
    // The lead department head records the same-level government head's written approval.
    const without = await act(caseId, { action: 'extension.approve' }, head);
    expect(without.statusCode).toBe(422);
    expect(without.json().code).toBe('CASE_EXTENSION_GOVERNMENT_APPROVAL_REQUIRED');
    expect((await act(caseId, { action: 'extension.approve', extension: { governmentApproval: '旬政函〔2026〕12号' } }, lead)).statusCode).toBe(409);
    const approved = await act(caseId, { action: 'extension.approve', extension: { governmentApproval: '旬政函〔2026〕12号' } }, head);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().flags).toMatchObject({ extended: true, extensionPending: false });
    expect(approved.json().notices.map((x: { kind: string }) => x.kind)).toEqual(['extension']);
    // The 延长审批期限告知书: a numbered PDF naming the +15 working days, the new date and the government head's approval.
    const notice = approved.json().notices[0];
    const pdf = await get(`/api/v1/cases/${caseId}/notices/${notice.id}/pdf`, lead);
    expect(pdf.statusCode).toBe(200);
    const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, '');
    expect(text).toContain(notice.number.replace(/\s+/g, ''));
    expect(text).toContain('15个工作日');
    expect(text).toContain('旬政函〔2026〕12号');
    const [after] = await rows<{ legal_due: string }>(p, sql`SELECT legal_due::text FROM case_record WHERE id = ${caseId}`);
    expect(after!.legal_due).toBe(cal.addWorkdays(c!.legal_due, 15));
    const page = (await get(`/api/v1/cases/${caseId}`, lead)).json();
    expect(page.due.legal.due).toBe(after!.legal_due);
    expect(page.clock.extensions).toEqual([{ workdays: 15, reason: '需联办部门补充核查', approver: '本级人民政府负责人（旬政函〔2026〕12号）' }]);
    const again = await act(caseId, { action: 'extension.request', extension: { reason: '再次延长' } }, lead);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'CASE_ACTION_NOT_ALLOWED', details: { fact: 'extended' } });
  });
});
