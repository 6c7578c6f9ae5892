import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isValidReference } from '../../../domain/fee/index.ts';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { rows, type TestPlatform } from '../../../../test/api/helpers.ts';
import { countyItems, fullChecklist, person, walkToLastStep, type DemoItem } from '../case/case.fixture.ts';
import { pdfText } from '../case/index.ts';
import { signCallback } from './fee.callback.ts';

// Fees (issue #18, 收缴分离) through the HTTP API: a notice only by the published rule, the
// cashier who is not the accepting clerk, the signed callback delivered twice, waivers,
// refunds that never exceed what was paid, the result held back while a fee is due, and the
// cashier's day that adds up.

const SECRET = 'test-callback-secret-0123456789';
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);
const ID_CARD_FEE = '居民身份证工本费（申领、换领，每证）';

describe('fees (收缴分离)', () => {
  let p: TestPlatform;
  let clerk: string;
  let clerkCashier: string;
  let cashier: string;
  let approver: string;
  let head: string;
  let manager: string;
  let item: DemoItem;
  let centerId: string;
  let n = 0;
  const key = () => `fees-${++n}-${Math.random()}`;
  const post = (url: string, payload: object, cookie: string) => p.app.inject({ method: 'POST', url, payload, headers: { cookie } });
  const get = (url: string, cookie: string) => p.app.inject({ method: 'GET', url, headers: { cookie } });
  const ok = async (res: ReturnType<typeof post>) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const act = (id: string, body: object, cookie: string) => post(`/api/v1/cases/${id}/actions`, { idempotencyKey: key(), ...body }, cookie);

  async function accepted(by = clerk): Promise<string> {
    const c = (await ok(post('/api/v1/cases/applications', { centerId, applicant: person(8000 + ++n), items: [{ itemId: item.id }], idempotencyKey: key() }, by))).cases[0];
    await ok(act(c.id, { action: 'intake.accept', checklist: fullChecklist(item) }, by));
    return c.id;
  }
  const issue = (caseId: string, cookie = clerk, lines: object[] = [{ item: ID_CARD_FEE }]) => post(`/api/v1/cases/${caseId}/fees`, { lines, idempotencyKey: key() }, cookie);
  const pay = (id: string, amountFen: number, cookie = cashier, idempotencyKey = key()) => post(`/api/v1/fees/${id}/pay`, { amountFen, method: 'cash', idempotencyKey }, cookie);
  const flags = async (caseId: string) => (await ok(get(`/api/v1/cases/${caseId}`, clerk))).flags;

  beforeAll(async () => {
    p = await startTestPlatform({ FEE_CALLBACK_SECRET: SECRET });
    // A township-sized arrangement: 李明 both accepts at the window and collects fees.
    await p.ctx.database.exec(`UPDATE staff SET roles = ARRAY['window_clerk','cashier'] WHERE username = 'clerk-b'`);
    const cookies = await Promise.all(['clerk', 'clerk-b', 'cashier', 'approver', 'depthead', 'manager'].map((u) => signIn(p, u)));
    [clerk, clerkCashier, cashier, approver, head, manager] = cookies as [string, string, string, string, string, string];
    const charged = await rows<{ id: string }>(p, sql`SELECT i.id FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id WHERE v.fee->'items' @> ${JSON.stringify([{ name: ID_CARD_FEE }])}::jsonb`);
    item = (await countyItems(p)).find((i) => charged.some((c) => c.id === i.id))!;
    expect(item, 'the demo catalog charges for the ID card').toBeDefined();
    // The back office of the ID card is 公安's: 赵建国 works its steps in this file.
    await p.ctx.database.exec(`UPDATE staff SET department_id = (SELECT v.department_id FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id WHERE i.id = '${item.id}') WHERE username = 'approver'`);
    centerId = (await rows<{ id: string }>(p, sql`SELECT id FROM center WHERE code = 'XY-COUNTY'`))[0]!.id;
    vi.useFakeTimers({ toFake: ['Date'], now: at('2026-09-24') });
  });
  afterAll(async () => {
    vi.useRealTimers();
    await p?.close();
  });

  it('a payment notice only by the published rule, with a checked 缴款码; one open notice per case; the case route cannot touch the fee', async () => {
    const id = await accepted();
    const card = await ok(get(`/api/v1/cases/${id}/fees`, clerk));
    expect(card).toMatchObject({ feeDue: false, rule: { charged: true, items: [{ name: ID_CARD_FEE, amountFen: 2000 }] }, notices: [] });

    const wrong = await issue(id, clerk, [{ item: ID_CARD_FEE, amountFen: 1500 }]);
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ code: 'FEE_OUTSIDE_RULE', details: { problems: [{ problem: 'amountDiffers', expectedFen: 2000 }] } });
    expect((await issue(id, clerk, [{ item: '加急费' }])).json().code).toBe('FEE_OUTSIDE_RULE');

    const notice = await ok(issue(id));
    expect(notice).toMatchObject({ amountFen: 2000, outstandingFen: 2000, status: 'due', lines: [{ item: ID_CARD_FEE, quantity: 1, amountFen: 2000 }], allowedActions: [] });
    expect(notice.reference).toMatch(/^\d{20}$/);
    expect(isValidReference(notice.reference)).toBe(true);
    expect(notice.reference.slice(6, 14)).toBe('20260924');
    expect((await flags(id)).feeDue).toBe(true);
    expect((await issue(id)).json().code).toBe('FEE_NOTICE_OPEN');
    const sneak = await act(id, { action: 'fee.settle' }, head);
    expect(sneak.json().code).toBe('FEE_ACTION_VIA_FEES');
    expect((await flags(id)).feeDue).toBe(true);

    const pdf = await p.app.inject({ method: 'GET', url: `/api/v1/fees/${notice.id}/pdf`, headers: { cookie: clerk } });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, '');
    for (const s of ['缴款通知书', notice.number, notice.reference, '20.00', ID_CARD_FEE]) expect(text).toContain(s);
  });

  it('收缴分离: the clerk who accepted the case is refused with a stable code; the cashier confirms the exact amount once and prints the receipt', async () => {
    const id = await accepted(clerkCashier);
    const notice = await ok(issue(id, clerkCashier));
    const own = await pay(notice.id, 2000, clerkCashier);
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('FEE_COLLECTOR_ACCEPTED_CASE');
    expect((await pay(notice.id, 2000, clerk)).statusCode).toBe(403); // no fee.collect at all
    expect((await pay(notice.id, 1999)).json().code).toBe('FEE_AMOUNT_MISMATCH');

    const k = key();
    const paid = await ok(pay(notice.id, 2000, cashier, k));
    expect(paid).toMatchObject({ status: 'paid', paidFen: 2000, outstandingFen: 0, allowedActions: ['refund.request'] });
    expect(paid.receiptNumber).toMatch(/收〔2026〕\d{6}号$/);
    expect(await ok(pay(notice.id, 2000, cashier, k))).toMatchObject({ receiptNumber: paid.receiptNumber }); // a retry changes nothing
    expect((await pay(notice.id, 2000)).json().code).toBe('FEE_NOT_DUE');
    expect((await flags(id)).feeDue).toBe(false);
    const log = await rows<{ action: string }>(p, sql`SELECT action FROM fee_action WHERE notice_id = ${notice.id}`);
    expect(log).toEqual([{ action: 'pay' }]);

    const receipt = await p.app.inject({ method: 'GET', url: `/api/v1/fees/${notice.id}/receipt/pdf`, headers: { cookie: cashier } });
    const text = (await pdfText(receipt.rawPayload)).replace(/\s+/g, '');
    for (const s of ['收费收据', paid.receiptNumber, '20.00', '郑红', notice.reference]) expect(text).toContain(s);
    const audit = await rows<{ action: string }>(p, sql`SELECT action FROM audit_log WHERE object_id = ${notice.id} ORDER BY seq`);
    expect(audit.map((a) => a.action)).toEqual(['fee.notice.issue', 'fee.pay']);
  });

  it('the result is not handed out while the fee is due (FEE_UNPAID); a waiver by the department head with a reason settles it', async () => {
    const id = await accepted();
    await walkToLastStep(p, id, approver);
    const notice = await ok(issue(id, approver));
    await ok(act(id, { action: 'decide.approve', certificate: { name: '居民身份证', number: 'SFZ-0001', validUntil: null, issuingBody: '旬邑县公安局' } }, approver));
    const held = await act(id, { action: 'conclude' }, clerk);
    expect(held.statusCode).toBe(409);
    expect(held.json()).toMatchObject({ code: 'FEE_UNPAID', details: { fact: 'feeDue' } });

    expect((await post(`/api/v1/fees/${notice.id}/waive`, { amountFen: 500, reason: '减', idempotencyKey: key() }, head)).statusCode).toBe(400); // a reason of two characters at least
    expect((await post(`/api/v1/fees/${notice.id}/waive`, { amountFen: 500, reason: '低保对象减免', idempotencyKey: key() }, cashier)).statusCode).toBe(403);
    expect((await post(`/api/v1/fees/${notice.id}/waive`, { amountFen: 2500, reason: '低保对象减免', idempotencyKey: key() }, head)).json().code).toBe('FEE_WAIVER_TOO_LARGE');
    const half = await ok(post(`/api/v1/fees/${notice.id}/waive`, { amountFen: 1000, reason: '低保对象减半', idempotencyKey: key() }, head));
    expect(half).toMatchObject({ status: 'due', waivedFen: 1000, outstandingFen: 1000 });
    expect((await act(id, { action: 'conclude' }, clerk)).json().code).toBe('FEE_UNPAID');
    const rest = await ok(post(`/api/v1/fees/${notice.id}/waive`, { amountFen: 1000, reason: '特困人员全免', idempotencyKey: key() }, manager));
    expect(rest).toMatchObject({ status: 'waived', outstandingFen: 0 });
    expect(rest.history.map((h: { action: string; actorName: string }) => `${h.action}:${h.actorName}`)).toEqual(['waive:孙丽', 'waive:周志强']);
    expect((await ok(act(id, { action: 'conclude' }, clerk))).state).toBe('concluded');
  });

  it('a payment callback delivered twice (and twice at once) records one payment; a bad or stale signature changes nothing', async () => {
    const notice = await ok(issue(await accepted()));
    const body = (txn: string, amountFen = 2000) => JSON.stringify({ reference: notice.reference, amountFen, transactionId: txn, paidAt: '2026-09-24T10:00:00+08:00' });
    const callback = (raw: string, ts = String(Math.floor(Date.now() / 1000)), signature = signCallback(SECRET, ts, raw)) =>
      p.app.inject({ method: 'POST', url: '/api/v1/fees/callbacks/payment', payload: raw, headers: { 'content-type': 'application/json', 'x-payment-timestamp': ts, 'x-payment-signature': signature } });

    expect((await callback(body('T-1'), undefined, 'sha256=' + '0'.repeat(64))).json().code).toBe('FEE_CALLBACK_SIGNATURE');
    const old = String(Math.floor(Date.now() / 1000) - 3600);
    expect((await callback(body('T-1'), old)).statusCode).toBe(401);
    expect((await callback(body('T-1', 100))).json().code).toBe('FEE_AMOUNT_MISMATCH');

    const [a, b] = await Promise.all([callback(body('T-1')), callback(body('T-1'))]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect([a.json().duplicate, b.json().duplicate].sort()).toEqual([false, true]);
    const again = await callback(body('T-1'));
    expect(again.json()).toMatchObject({ noticeId: notice.id, status: 'paid', duplicate: true });
    const pays = await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM fee_action WHERE notice_id = ${notice.id} AND action = 'pay'`);
    expect(pays[0]!.n).toBe(1);
    expect((await callback(body('T-2'))).json().code).toBe('FEE_NOT_DUE'); // another transaction for a paid notice
    const [after] = await rows<{ paid_fen: number }>(p, sql`SELECT paid_fen FROM fee_notice WHERE id = ${notice.id}`);
    expect(after!.paid_fen).toBe(2000);
  });

  it('refunds are approved by someone else and never exceed what was paid; the cashier’s day adds up in the workbook', async () => {
    const notice = await ok(issue(await accepted(), clerk, [{ item: ID_CARD_FEE, quantity: 3 }]));
    expect(notice.amountFen).toBe(6000);
    await ok(pay(notice.id, 6000));
    const refund = (amountFen: number) => post(`/api/v1/fees/${notice.id}/refunds`, { amountFen, reason: '多收退还', idempotencyKey: key() }, cashier);
    const decide = (approve: boolean, cookie = head) => post(`/api/v1/fees/${notice.id}/refunds/decision`, { approve, idempotencyKey: key() }, cookie);
    expect((await refund(6001)).json().code).toBe('FEE_REFUND_EXCEEDS_PAID');
    expect(await ok(refund(2000))).toMatchObject({ refundPendingFen: 2000, allowedActions: [] });
    expect((await refund(100)).json().code).toBe('FEE_REFUND_PENDING');
    expect((await decide(true, cashier)).statusCode).toBe(403);
    expect(await ok(decide(true))).toMatchObject({ refundedFen: 2000, refundPendingFen: 0, status: 'paid' });
    await ok(refund(3000));
    expect(await ok(decide(false, manager))).toMatchObject({ refundedFen: 2000, refundPendingFen: 0 });
    expect((await refund(4001)).json().code).toBe('FEE_REFUND_EXCEEDS_PAID');
    await ok(refund(4000));
    expect(await ok(decide(true, manager))).toMatchObject({ refundedFen: 6000, status: 'refunded', allowedActions: [] });
    expect((await refund(1)).json().code).toBe('FEE_REFUND_EXCEEDS_PAID');

    const file = await p.app.inject({ method: 'GET', url: '/api/v1/fees/reconciliation.xlsx?date=2026-09-24', headers: { cookie: cashier } });
    expect(file.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('日对账单')!;
    const fen = (v: unknown) => Math.round(Number(v) * 100);
    const lines: { kind: string; fen: number }[] = [];
    const totals = new Map<string, number>();
    ws.eachRow((row, i) => {
      if (i <= 2) return;
      const first = String(row.getCell(1).value ?? '');
      if (['收款笔数', '收款合计', '退费合计', '净额'].includes(first)) totals.set(first, Number(row.getCell(2).value));
      else if (first) lines.push({ kind: String(row.getCell(2).value), fen: fen(row.getCell(9).value) });
    });
    const [db] = await rows<{ paid: number; refunded: number; pays: number }>(
      p,
      sql`SELECT coalesce(sum(amount_fen) FILTER (WHERE action = 'pay'), 0)::int AS paid, coalesce(sum(amount_fen) FILTER (WHERE action = 'refund.approve'), 0)::int AS refunded, count(*) FILTER (WHERE action = 'pay')::int AS pays
          FROM fee_action a JOIN staff s ON s.id = a.cashier_id WHERE s.username = 'cashier'`,
    );
    const collected = lines.filter((l) => l.kind === '收款').reduce((s, l) => s + l.fen, 0);
    const refunded = -lines.filter((l) => l.kind === '退费').reduce((s, l) => s + l.fen, 0);
    expect(collected).toBe(db!.paid);
    expect(refunded).toBe(db!.refunded);
    expect(refunded).toBe(6000);
    expect(totals.get('收款笔数')).toBe(db!.pays);
    expect(fen(totals.get('收款合计'))).toBe(collected);
    expect(fen(totals.get('退费合计'))).toBe(-refunded);
    expect(fen(totals.get('净额'))).toBe(collected - refunded);
    expect(lines.reduce((s, l) => s + l.fen, 0)).toBe(fen(totals.get('净额')));
  });

  it('a cashier of another center sees none of these notices', async () => {
    const list = await ok(get('/api/v1/fees?status=all', cashier));
    expect(list.items.length).toBeGreaterThan(0);
    const tq = await signIn(p, 'tq-clerk');
    expect((await get('/api/v1/fees?status=all', tq)).statusCode).toBe(403);
    const someone = list.items[0].id;
    expect((await get(`/api/v1/fees/${someone}/pdf`, tq)).json().code).toBe('OUT_OF_SCOPE');
  });
});
