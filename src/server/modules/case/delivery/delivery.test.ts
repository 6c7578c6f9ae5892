import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { signIn, startTestPlatform } from '../../../../../test/harness.ts';
import { rows, type TestPlatform } from '../../../../../test/api/helpers.ts';
import { countyItems, fullChecklist, person, pick, testIdCard, type DemoItem } from '../case.fixture.ts';
import { recallOverdueResults } from './cabinet.service.ts';
import { collectionText } from './ready-text.ts';

// Issue #18 through the HTTP API: the hand-out's one write path ends the case through the
// case's own (conclude / delivery.collected); the collector's ID is checked; a cabinet code
// works once and not after it expires; another center's clerk sees and touches nothing.

const at = (iso: string) => new Date(`${iso}+08:00`);
const PNG = `data:image/png;base64,${Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(120, 1)]).toString('base64')}`;

describe('handing out the result', () => {
  let p: TestPlatform;
  let clerk: string;
  let township: string;
  let item: DemoItem;
  let centerId: string;
  let n = 0;
  const key = () => `delivery-${++n}-${Math.random()}`;
  const post = (url: string, payload: object, cookie = clerk) => p.app.inject({ method: 'POST', url, payload, headers: { cookie } });
  const get = (url: string, cookie = clerk) => p.app.inject({ method: 'GET', url, headers: { cookie } });
  const deliver = (id: string, body: object, cookie = clerk) => post(`/api/v1/cases/${id}/delivery/actions`, body, cookie);
  const ok = async (res: ReturnType<typeof post>) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const codeOf = (r: { json: () => { code: string } }) => r.json().code;

  /** A 即办件 decided at the window: its result is ready at once. */
  async function decided(extra: object = {}): Promise<{ id: string; idNumber: string; phone: string }> {
    const applicant = person(8000 + ++n);
    const c = (await ok(post('/api/v1/cases/applications', { centerId, applicant, items: [{ itemId: item.id }], idempotencyKey: key(), ...extra }))).cases[0];
    await ok(post(`/api/v1/cases/${c.id}/actions`, { action: 'decide_on_spot', checklist: fullChecklist(item), idempotencyKey: key() }));
    return { id: c.id, idNumber: applicant.idNumber, phone: applicant.phone };
  }
  const smsTo = async (phone: string) => (await rows<{ text: string }>(p, sql`SELECT text FROM notification_outbox WHERE "to" = ${phone} ORDER BY created_at`)).map((r) => r.text);
  const caseState = async (id: string) => (await rows<{ state: string }>(p, sql`SELECT state FROM case_record WHERE id = ${id}`))[0]!.state;
  async function deposit(id: string, phone: string, door: number) {
    await ok(deliver(id, { action: 'cabinet.deposit', cabinetId: 'XY-CAB-1', door }));
    const text = (await smsTo(phone)).find((t) => t.includes('取件码'))!;
    return /取件码 (\d{8})/.exec(text)![1]!;
  }

  beforeAll(async () => {
    p = await startTestPlatform();
    [clerk, township] = await Promise.all([signIn(p, 'clerk'), signIn(p, 'tq-clerk')]);
    item = pick(await countyItems(p), (i) => i.caseType === 'instant', 'a 即办件');
    centerId = (await rows<{ id: string }>(p, sql`SELECT id FROM center WHERE code = 'XY-COUNTY'`))[0]!.id;
  });
  afterEach(() => vi.useRealTimers());
  afterAll(async () => p?.close());

  it('records the delivery choice at intake (窗口领取 by default) and queues the ready result', async () => {
    const plain = await decided();
    expect((await ok(get(`/api/v1/cases/${plain.id}/delivery`))).choice.method).toBe('window');
    const mailed = await decided({ delivery: { method: 'mail', address: '旬邑县城关街道 1 号', recipient: '李四' } });
    const view = await ok(get(`/api/v1/cases/${mailed.id}/delivery`));
    expect(view).toMatchObject({ status: 'at_window', choice: { method: 'mail', address: '旬邑县城关街道 1 号' } });
    expect(view.allowedActions).toEqual(['window.hand_out', 'mail.send', 'cabinet.deposit']);
    const queue = await ok(get('/api/v1/deliveries?view=at_window&pageSize=100'));
    expect(queue.items.find((i: { caseId: string }) => i.caseId === mailed.id)).toMatchObject({ choice: 'mail', status: 'at_window' });
    // The approval SMS names the chosen delivery (the window unless mail or a cabinet).
    const [app] = await rows<{ application_id: string }>(p, sql`SELECT application_id FROM case_record WHERE id = ${mailed.id}`);
    expect(await collectionText(p.ctx.db, { caseId: mailed.id, applicationId: app!.application_id }, { due: '2026-10-09', name: '许可证' })).toBe('许可证将于 2026-10-09 前后邮寄至您登记的地址，寄出后短信告知运单号');
    const [plainApp] = await rows<{ application_id: string }>(p, sql`SELECT application_id FROM case_record WHERE id = ${plain.id}`);
    expect(await collectionText(p.ctx.db, { caseId: plain.id, applicationId: plainApp!.application_id }, { due: '2026-10-09', name: '许可证' })).toBe('请于 2026-10-09 前后到窗口领取许可证');
    // 邮寄 without an address is refused at intake.
    const bad = await post('/api/v1/cases/applications', { centerId, applicant: person(8999), items: [{ itemId: item.id }], idempotencyKey: key(), delivery: { method: 'mail' } });
    expect(bad.statusCode).toBe(400);
  });

  it('hands out at the window only to the applicant or the mandated agent, with a signature, and concludes the case', async () => {
    const agent = { idType: '111', idNumber: testIdCard(8800), name: '代理人', phone: '13900008800', mandate: '代为领取许可证' };
    const c = await decided({ agent });
    const handOut = (idNumber: string, signaturePng = PNG) => deliver(c.id, { action: 'window.hand_out', collector: { name: '领取人', idType: '111', idNumber }, signaturePng });
    const wrongCheck = c.idNumber.slice(0, 17) + (c.idNumber[17] === '0' ? '1' : '0');
    expect(codeOf(await handOut(wrongCheck))).toBe('DELIVERY_COLLECTOR_ID_INVALID');
    expect(codeOf(await handOut(testIdCard(8801)))).toBe('DELIVERY_COLLECTOR_MISMATCH');
    expect(codeOf(await handOut(agent.idNumber, 'bm90IGEgcG5nIGF0IGFsbCwganVzdCBzb21lIHRleHQgdGhhdCBpcyBsb25nIGVub3VnaA=='))).toBe('DELIVERY_SIGNATURE_REQUIRED');
    expect(await caseState(c.id)).toBe('decided_approved');

    const view = await ok(handOut(agent.idNumber));
    expect(view).toMatchObject({ status: 'handed_out', method: 'window', caseState: 'concluded', hasSignature: true, collector: { as: 'agent' }, allowedActions: [] });
    expect(view.collector.idNumber).not.toBe(agent.idNumber);
    const png = await get(`/api/v1/cases/${c.id}/delivery/signature`);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(0, 4).toString('hex')).toBe('89504e47');
    const actions = await rows<{ action: string }>(p, sql`SELECT action FROM case_action WHERE case_id = ${c.id} ORDER BY seq`);
    expect(actions.at(-1)!.action).toBe('conclude');
    const audit = await rows<{ action: string }>(p, sql`SELECT action FROM audit_log WHERE object_id = ${c.id} AND action LIKE 'case.delivery.%'`);
    expect(audit.map((a) => a.action)).toEqual(['case.delivery.window.hand_out']);
    expect(codeOf(await handOut(agent.idNumber))).toBe('DELIVERY_CASE_NOT_READY');
  });

  it('mails the result: 寄出 with the waybill told by SMS, 退回 back to the window, sent again, 已签收 concludes', async () => {
    const c = await decided();
    const send = { action: 'mail.send', address: '旬邑县城关街道 1 号', recipient: '张三', phone: c.phone, courier: 'EMS', waybill: 'em123456789cn' };
    expect((await ok(deliver(c.id, send))).status).toBe('mailed');
    expect((await smsTo(c.phone)).some((t) => t.includes('EM123456789CN'))).toBe(true);
    expect(codeOf(await deliver(c.id, { action: 'cabinet.deposit', cabinetId: 'XY-CAB-1', door: 1 }))).toBe('DELIVERY_ACTION_NOT_ALLOWED');
    expect((await ok(deliver(c.id, { action: 'mail.returned', note: '查无此人' }))).status).toBe('mail_returned');
    expect((await ok(deliver(c.id, { ...send, waybill: 'EM987654321CN' }))).waybill).toBe('EM987654321CN');
    const done = await ok(deliver(c.id, { action: 'mail.signed' }));
    expect(done).toMatchObject({ status: 'handed_out', method: 'mail', caseState: 'concluded' });
    expect(done.history.map((h: { action: string }) => h.action)).toEqual(['mail.send', 'mail.returned', 'mail.send', 'mail.signed']);
  });

  it('a cabinet code opens its door once, and the pickup concludes the case', async () => {
    const c = await decided();
    const code = await deposit(c.id, c.phone, 3);
    expect((await rows<{ code_hash: string }>(p, sql`SELECT code_hash FROM case_delivery WHERE case_id = ${c.id}`))[0]!.code_hash).not.toContain(code);
    const other = await decided();
    expect(codeOf(await deliver(other.id, { action: 'cabinet.deposit', cabinetId: 'XY-CAB-1', door: 3 }))).toBe('DELIVERY_DOOR_INVALID');
    expect((await post('/api/v1/cabinets/XY-CAB-2/pickups', { code }, '')).json().code).toBe('PICKUP_CODE_INVALID');

    const first = await post('/api/v1/cabinets/XY-CAB-1/pickups', { code }, '');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ door: 3 });
    const second = await post('/api/v1/cabinets/XY-CAB-1/pickups', { code }, '');
    expect([second.statusCode, codeOf(second)]).toEqual([409, 'PICKUP_CODE_USED']);
    expect(await caseState(c.id)).toBe('concluded');
    const actions = await rows<{ action: string; actor_role: string }>(p, sql`SELECT action, actor_role FROM case_action WHERE case_id = ${c.id} ORDER BY seq`);
    expect(actions.at(-1)).toEqual({ action: 'delivery.collected', actor_role: 'system' });
  });

  it('two presses of one code at once open the door once', async () => {
    const c = await decided();
    const code = await deposit(c.id, c.phone, 9);
    const both = await Promise.all([1, 2].map(() => post('/api/v1/cabinets/XY-CAB-1/pickups', { code }, '')));
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const events = await rows<{ action: string }>(p, sql`SELECT action FROM case_delivery_event WHERE case_id = ${c.id} ORDER BY seq`);
    expect(events.map((e) => e.action)).toEqual(['cabinet.deposit', 'cabinet.pick_up']);
  });

  it('an expired code is refused, and a result left too long goes back to the window', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: at('2026-09-24T10:00:00') });
    const c = await decided();
    const code = await deposit(c.id, c.phone, 5);
    vi.setSystemTime(at('2026-09-27T10:00:01')); // 72 h and a second later
    const late = await post('/api/v1/cabinets/XY-CAB-1/pickups', { code }, '');
    expect([late.statusCode, codeOf(late)]).toEqual([410, 'PICKUP_CODE_EXPIRED']);
    expect(await caseState(c.id)).toBe('decided_approved');

    const r = await recallOverdueResults(p.ctx.db, { CABINET_HOLD_DAYS: 3 }, new Date(), { publicUrl: 'http://test' });
    expect(r.recalled).toContain(c.id);
    const view = await ok(get(`/api/v1/cases/${c.id}/delivery`));
    expect(view).toMatchObject({ status: 'at_window', caseState: 'decided_approved' });
    expect(view.allowedActions).toContain('window.hand_out');
    expect((await smsTo(c.phone)).at(-1)).toContain('已退回出件窗口');
    // The door is free again for another result.
    const again = await recallOverdueResults(p.ctx.db, { CABINET_HOLD_DAYS: 3 }, new Date(), { publicUrl: 'http://test' });
    expect(again.recalled).not.toContain(c.id);
  });

  it('refuses a result not decided yet, and another center sees and touches nothing', async () => {
    const other = item;
    const c = (await ok(post('/api/v1/cases/applications', { centerId, applicant: person(8500), items: [{ itemId: other.id }], idempotencyKey: key() }))).cases[0];
    expect(codeOf(await deliver(c.id, { action: 'mail.signed' }))).toBe('DELIVERY_CASE_NOT_READY');
    const ready = await decided();
    const theirs = await deliver(ready.id, { action: 'mail.signed' }, township);
    expect([theirs.statusCode, codeOf(theirs)]).toEqual([403, 'OUT_OF_SCOPE']);
    expect((await get(`/api/v1/cases/${ready.id}/delivery`, township)).statusCode).toBe(403);
    const queue = await ok(get('/api/v1/deliveries?view=at_window&pageSize=100', township));
    expect(queue.items.some((i: { caseId: string }) => i.caseId === ready.id)).toBe(false);
    expect((await get(`/api/v1/deliveries?centerId=${centerId}`, township)).statusCode).toBe(403);
  });
});
