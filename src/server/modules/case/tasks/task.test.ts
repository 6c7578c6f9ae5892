import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../../test/harness.ts';
import { demoIds, rows, type DemoIds, type TestPlatform } from '../../../../../test/api/helpers.ts';
import type { Actor } from '../../../platform/context.ts';
import { insertStaffAccount } from '../../org/index.ts';
import { countyItems, fullChecklist, person, type DemoItem } from '../case.fixture.ts';
import { claimTask } from './task.service.ts';

// The back office through the HTTP API and the one write path (issue #17): acceptance opens the
// first step's task in the department's inbox; claim, check, pass, return, pass again; the last
// step offers the decision; two claims at once end with one winner; scope by department and center.

describe('back-office tasks and steps', { timeout: 240_000 }, () => {
  let p: TestPlatform;
  let ids: DemoIds;
  let clerk: string;
  let approver: string;
  let head: string;
  let item: DemoItem;
  let n = 0;
  const key = () => `task-key-${Date.now()}-${++n}`;
  const post = (url: string, payload: object, cookie: string) => p.app.inject({ method: 'POST', url, payload, headers: { cookie } });
  const put = (url: string, payload: object, cookie: string) => p.app.inject({ method: 'PUT', url, payload, headers: { cookie } });
  const get = (url: string, cookie: string) => p.app.inject({ method: 'GET', url, headers: { cookie } });
  const act = (caseId: string, body: object, cookie: string) => post(`/api/v1/cases/${caseId}/actions`, { idempotencyKey: key(), ...body }, cookie);

  /** A new staff member of the back office (a second approver, a township approver). */
  async function staffActor(username: string, centerCode: string, roles: ('approver' | 'department_head')[]): Promise<Actor> {
    const s = await p.ctx.db.transaction((tx) =>
      insertStaffAccount(tx, { username, name: `测试${username}`, centerId: ids.center[centerCode]!, departmentId: ids.department['县民政局']!, roles, passwordHash: 'x', mustChangePassword: false }),
    );
    return (await p.ctx.resolveActor(p.ctx.db, s.userId))!;
  }

  /** Apply for and accept a 承诺件 of 县民政局: its first task opens. */
  async function acceptedCase(): Promise<{ caseId: string; taskId: string }> {
    const res = await post('/api/v1/cases/applications', { centerId: ids.center['XY-COUNTY'], applicant: person(500 + ++n), items: [{ itemId: item.id, checklist: [] }], idempotencyKey: key() }, clerk);
    const caseId = res.json().cases[0].id;
    const acc = await act(caseId, { action: 'intake.accept', checklist: fullChecklist(item) }, clerk);
    expect(acc.statusCode, acc.body).toBe(200);
    const [task] = await rows<{ id: string }>(p, sql`SELECT id FROM case_task WHERE case_id = ${caseId} AND status = 'open'`);
    return { caseId, taskId: task!.id };
  }

  beforeAll(async () => {
    p = await startTestPlatform();
    ids = await demoIds(p);
    [clerk, approver, head] = await Promise.all([signIn(p, 'clerk'), signIn(p, 'approver'), signIn(p, 'depthead')]);
    const promised = await rows<{ id: string }>(
      p,
      sql`SELECT i.id FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id
          WHERE v.case_type = 'promised' AND v.department_id = ${ids.department['县民政局']!} AND jsonb_array_length(v.process) >= 4 ORDER BY v.name`,
    );
    const all = await countyItems(p);
    item = all.find((i) => promised.some((r) => r.id === i.id) && i.materials.some((m) => m.required) && !i.commitment)!;
    expect(item, 'a 承诺件 of 县民政局 in the demo catalog').toBeDefined();
  }, 240_000);
  afterAll(async () => p?.close(), 240_000);

  it('an accepted case lands in the department inbox with its step, due date and warning colour', async () => {
    const { caseId, taskId } = await acceptedCase();
    const box = await get('/api/v1/tasks?view=department', approver);
    expect(box.statusCode, box.body).toBe(200);
    const mine = box.json().items.find((t: { id: string }) => t.id === taskId);
    expect(mine).toMatchObject({ caseId, stepName: '审查', stepIndex: 0, status: 'open', assignee: null });
    expect(mine.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(['normal', 'yellow', 'red', 'overdue']).toContain(mine.warning);
    expect(box.json().counts.unclaimed).toBeGreaterThanOrEqual(1);
    expect(box.json().steps).toContain('审查');
    // The clerk has no inbox; the filter by step finds it, by another step does not.
    expect((await get('/api/v1/tasks', clerk)).statusCode).toBe(403);
    expect((await get(`/api/v1/tasks?step=${encodeURIComponent('决定')}`, approver)).json().items.some((t: { id: string }) => t.id === taskId)).toBe(false);
  });

  it('claim, check, pass; the second step returns to the first with a reason; the first passes again; the last offers the decision', async () => {
    const { caseId, taskId } = await acceptedCase();
    // Not claimed: the step screen offers nothing and a pass is refused.
    expect((await get(`/api/v1/tasks/${taskId}`, approver)).json().actions).toEqual([]);
    const claimed = await post(`/api/v1/tasks/${taskId}/claim`, {}, approver);
    expect(claimed.statusCode, claimed.body).toBe(200);
    expect(claimed.json()).toMatchObject({ mine: true, actions: ['review.start'] });
    expect((await act(caseId, { action: 'review.start' }, approver)).statusCode).toBe(200);
    const view = (await get(`/api/v1/tasks/${taskId}`, approver)).json();
    expect(view.actions).toEqual(['step.pass']);
    expect(view.plan.map((s: { name: string }) => s.name)).toEqual(['审查', '决定']);
    const rules = view.plan[0].reviewRules.length;
    expect(rules).toBeGreaterThan(0);

    // Every review point must be checked before the pass.
    const unchecked = await act(caseId, { action: 'step.pass', step: { taskId, checklist: [], opinion: '' } }, approver);
    expect(unchecked.statusCode).toBe(422);
    expect(unchecked.json().code).toBe('TASK_CHECKLIST_INCOMPLETE');
    const checklist = Array.from({ length: rules }, (_, rule) => ({ rule, checked: true, note: '已核对' }));
    const saved = await put(`/api/v1/tasks/${taskId}/record`, { checklist, opinion: '符合条件，拟同意' }, approver);
    expect(saved.statusCode, saved.body).toBe(200);
    const passed = await act(caseId, { action: 'step.pass', step: { taskId } }, approver);
    expect(passed.statusCode, passed.body).toBe(200);

    const [second] = await rows<{ id: string; step_index: number }>(p, sql`SELECT id, step_index FROM case_task WHERE case_id = ${caseId} AND status = 'open'`);
    expect(second!.step_index).toBe(1);
    await post(`/api/v1/tasks/${second!.id}/claim`, {}, head);
    const last = (await get(`/api/v1/tasks/${second!.id}`, head)).json();
    expect(last.actions).toEqual(['step.return', 'decide.approve', 'decide.refuse']);
    expect(last.earlier[0]).toMatchObject({ stepName: '审查', status: 'done', opinion: '符合条件，拟同意' });
    const noReason = await act(caseId, { action: 'step.return', step: { taskId: second!.id, returnTo: 0 } }, head);
    expect(noReason.json().code).toBe('TASK_RETURN_INVALID');
    const returned = await act(caseId, { action: 'step.return', step: { taskId: second!.id, returnTo: 0, reason: '收入证明未核实' } }, head);
    expect(returned.statusCode, returned.body).toBe(200);

    const [again] = await rows<{ id: string; step_index: number; assignee_id: string | null }>(p, sql`SELECT id, step_index, assignee_id FROM case_task WHERE case_id = ${caseId} AND status = 'open'`);
    expect(again).toMatchObject({ step_index: 0, assignee_id: null });
    await post(`/api/v1/tasks/${again!.id}/claim`, {}, approver);
    const reopened = (await get(`/api/v1/tasks/${again!.id}`, approver)).json();
    expect(reopened.earlier.find((e: { status: string }) => e.status === 'returned')).toMatchObject({ stepName: '决定', returnReason: '收入证明未核实' });
    // A stale screen (the closed task) cannot pass the case.
    expect((await act(caseId, { action: 'step.pass', step: { taskId, checklist } }, approver)).json().code).toBe('TASK_CLOSED');
    expect((await act(caseId, { action: 'step.pass', step: { taskId: again!.id, checklist, opinion: '已补核收入证明' } }, approver)).statusCode).toBe(200);

    const history = await rows<{ action: string }>(p, sql`SELECT h.action FROM case_task_history h WHERE h.case_id = ${caseId} ORDER BY h.id`);
    expect(history.map((h) => h.action)).toEqual(['open', 'claim', 'pass', 'open', 'claim', 'return', 'open', 'claim', 'pass', 'open']);
    const timeline = (await get(`/api/v1/cases/${caseId}`, approver)).json().timeline.map((t: { action: string }) => t.action);
    expect(timeline.filter((a: string) => a.startsWith('step.'))).toEqual(['step.pass', 'step.return', 'step.pass']);
    // The history refuses changes.
    await expect(p.ctx.db.execute(sql`DELETE FROM case_task_history WHERE case_id = ${caseId}`)).rejects.toThrow();
  });

  it('a second claimant gets 409 with the holder; the head reassigns and takes back; a colleague cannot act on a held task', async () => {
    const { caseId, taskId } = await acceptedCase();
    await post(`/api/v1/tasks/${taskId}/claim`, {}, approver);
    const second = await post(`/api/v1/tasks/${taskId}/claim`, {}, head);
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'TASK_ALREADY_CLAIMED', details: { holder: { name: '赵建国' } } });
    // The head acting on the case while the approver holds the task: refused at commit.
    const held = await act(caseId, { action: 'review.start' }, head);
    expect(held.statusCode).toBe(409);
    expect(held.json().code).toBe('TASK_ALREADY_CLAIMED');
    const choices = (await get(`/api/v1/tasks/${taskId}/assignees`, head)).json().items.map((s: { name: string }) => s.name);
    expect(choices).toEqual(expect.arrayContaining(['赵建国', '孙丽']));
    const toHead = await post(`/api/v1/tasks/${taskId}/assign`, { staffId: ids.staff['depthead'] }, head);
    expect(toHead.json()).toMatchObject({ mine: true, assignee: { name: '孙丽' } });
    // The approver no longer holds it: saving the record is refused.
    expect((await put(`/api/v1/tasks/${taskId}/record`, { checklist: [], opinion: 'x' }, approver)).json().code).toBe('TASK_ALREADY_CLAIMED');
    expect((await post(`/api/v1/tasks/${taskId}/assign`, { staffId: null }, approver)).statusCode).toBe(403);
    const back = await post(`/api/v1/tasks/${taskId}/assign`, { staffId: null }, head);
    expect(back.json().assignee).toBeNull();
    expect((await post(`/api/v1/tasks/${taskId}/assign`, { staffId: ids.staff['clerk'] }, head)).json().code).toBe('TASK_ASSIGNEE_INVALID');
  });

  it('two approvers claim one task at once: exactly one wins', async () => {
    const { taskId } = await acceptedCase();
    const [a, b] = await Promise.all([staffActor(`appr-a-${n}`, 'XY-COUNTY', ['approver']), staffActor(`appr-b-${n}`, 'XY-COUNTY', ['approver'])]);
    const results = await Promise.allSettled([claimTask(p.ctx.db, { actor: a, ip: '127.0.0.1' }, taskId), claimTask(p.ctx.db, { actor: b, ip: '127.0.0.1' }, taskId)]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason.code).toBe('TASK_ALREADY_CLAIMED');
    const [row] = await rows<{ assignee_id: string }>(p, sql`SELECT assignee_id FROM case_task WHERE id = ${taskId}`);
    expect([a.staffId, b.staffId]).toContain(row!.assignee_id);
    const claims = await rows<{ c: number }>(p, sql`SELECT count(*)::int AS c FROM case_task_history WHERE task_id = ${taskId} AND action = 'claim'`);
    expect(claims[0]!.c).toBe(1);
  });

  it('a township approver of the same department never sees or claims the county task', async () => {
    const { taskId } = await acceptedCase();
    const township = await staffActor(`tq-appr-${n}`, 'XY-TUQIAO', ['approver']);
    const { inbox, taskView } = await import('./task.service.ts');
    const box = await inbox(p.ctx.db, township, { view: 'department', status: 'open', due: 'all', limit: 100 });
    expect(box.items.some((t) => t.id === taskId)).toBe(false);
    expect(box.counts.open).toBe(0);
    await expect(taskView(p.ctx.db, township, taskId)).rejects.toMatchObject({ code: 'TASK_NOT_FOUND' });
    await expect(claimTask(p.ctx.db, { actor: township, ip: '127.0.0.1' }, taskId)).rejects.toMatchObject({ code: 'TASK_NOT_FOUND' });
  });

  it('pages the inbox by keyset without gaps or repeats, and filters by due date', async () => {
    for (let i = 0; i < 3; i++) await acceptedCase();
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const url: string = `/api/v1/tasks?limit=2${after ? `&after=${after}` : ''}`;
      const res = await get(url, approver);
      expect(res.statusCode, res.body).toBe(200);
      seen.push(...res.json().items.map((t: { id: string }) => t.id));
      after = res.json().next;
    } while (after);
    const all = await rows<{ id: string }>(p, sql`SELECT id FROM case_task WHERE status = 'open' AND department_id = ${ids.department['县民政局']!} ORDER BY due_on, id`);
    expect(seen).toEqual(all.map((r) => r.id));
    // Nothing is overdue yet; a task due yesterday is, and only it.
    expect((await get('/api/v1/tasks?due=overdue', approver)).json().items).toEqual([]);
    await p.ctx.db.execute(sql`UPDATE case_task SET due_on = due_on - 30 WHERE id = ${all[0]!.id}`);
    const overdue = (await get('/api/v1/tasks?due=overdue', approver)).json();
    expect(overdue.items.map((t: { id: string }) => t.id)).toEqual([all[0]!.id]);
    expect(overdue.items[0].warning).toBe('overdue');
    expect(overdue.counts.overdue).toBe(1);
    expect((await get('/api/v1/tasks?after=not-a-cursor', approver)).statusCode).toBe(400);
  });

  it('attachments go to the file store and are read back only through the task', async () => {
    const { taskId } = await acceptedCase();
    await post(`/api/v1/tasks/${taskId}/claim`, {}, approver);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
    const up = await p.app.inject({ method: 'POST', url: `/api/v1/tasks/${taskId}/attachments?name=${encodeURIComponent('现场照片.png')}`, payload: png, headers: { cookie: approver, 'content-type': 'image/png' } });
    expect(up.statusCode, up.body).toBe(200);
    const att = up.json().attachments[0];
    expect(att).toMatchObject({ name: '现场照片.png', mime: 'image/png', size: png.length });
    const file = await get(`/api/v1/tasks/${taskId}/attachments/${att.sha256}`, approver);
    expect(file.statusCode).toBe(200);
    expect(Buffer.from(file.rawPayload).equals(png)).toBe(true);
    const text = await p.app.inject({ method: 'POST', url: `/api/v1/tasks/${taskId}/attachments`, payload: Buffer.from('hello'), headers: { cookie: approver, 'content-type': 'application/octet-stream' } });
    expect(text.statusCode).toBe(415);
  });
});
