import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { rows, signInCitizen, type TestPlatform } from '../../../../test/api/helpers.ts';
import { countyItems, fullChecklist, person, type DemoItem } from '../case/case.fixture.ts';
import { pdfText } from '../case/index.ts';

// 我的办件 (issue #19, decision 0045) through the HTTP routes: a citizen bound to the applicant's
// ID sees the case taken in at the window, its due date and notices; pays a fee online through
// the (demo) payment platform's signed callback; chooses mail; withdraws an undecided case; and
// never reaches another applicant's case, notice, fee or receipt (ids guessed → 404).

const ID_CARD_FEE = '居民身份证工本费（申领、换领，每证）';

describe('我的办件', () => {
  let p: TestPlatform;
  let clerk: string;
  let item: DemoItem;
  let centerId: string;
  let mine: string; // the citizen's cookie
  let other: string; // another bound citizen
  let unbound: string;
  let n = 0;
  const key = () => `my-cases-${++n}-${Math.random()}`;
  const me = person(7101);
  const them = person(7102);
  const inject = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
    p.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
  const ok = async (res: ReturnType<typeof inject>) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };

  async function takeIn(applicant: ReturnType<typeof person>, accept = true): Promise<{ id: string; number: string }> {
    const c = (await ok(inject('POST', '/cases/applications', clerk, { centerId, applicant, items: [{ itemId: item.id }], idempotencyKey: key() }))).cases[0];
    if (accept) await ok(inject('POST', `/cases/${c.id}/actions`, clerk, { action: 'intake.accept', checklist: fullChecklist(item), idempotencyKey: key() }));
    return c;
  }

  async function bound(mobile: string, who: ReturnType<typeof person>): Promise<string> {
    const cookie = await signInCitizen(p, mobile);
    await ok(inject('POST', '/portal/me/real-name', cookie, { name: who.name, idNumber: who.idNumber }));
    return cookie;
  }

  beforeAll(async () => {
    p = await startTestPlatform({ FEE_PAYMENT_ADAPTER: 'demo' });
    clerk = await signIn(p, 'clerk');
    const charged = await rows<{ id: string }>(p, sql`SELECT i.id FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id WHERE v.fee->'items' @> ${JSON.stringify([{ name: ID_CARD_FEE }])}::jsonb`);
    item = (await countyItems(p)).find((i) => charged.some((c) => c.id === i.id))!;
    centerId = (await rows<{ id: string }>(p, sql`SELECT id FROM center WHERE code = 'XY-COUNTY'`))[0]!.id;
    mine = await bound('13920007101', me);
    other = await bound('13920007102', them);
    unbound = await signInCitizen(p, '13920007103');
  });
  afterAll(async () => p?.close());

  it('lists the cases of the bound ID with state, due date and what is owed; nothing before binding', async () => {
    const c = await takeIn(me);
    const fee = await ok(inject('POST', `/cases/${c.id}/fees`, clerk, { lines: [{ item: ID_CARD_FEE }], idempotencyKey: key() }));
    const list = await ok(inject('GET', '/portal/cases', mine));
    expect(list.verified).toBe(true);
    const row = list.items.find((i: { id: string }) => i.id === c.id);
    expect(row).toMatchObject({ number: c.number, state: 'accepted', stateLabel: { zh: '已受理，办理中' }, owes: ['fee'] });
    expect(row.promisedDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row.acceptedAt).toBeTruthy();
    // Another applicant's list does not hold it; an unbound account has none.
    expect((await ok(inject('GET', '/portal/cases', other))).items.some((i: { id: string }) => i.id === c.id)).toBe(false);
    expect(await ok(inject('GET', '/portal/cases', unbound))).toEqual({ items: [], verified: false });

    const detail = await ok(inject('GET', `/portal/cases/${c.id}`, mine));
    expect(detail.timeline.map((t: { label: { zh: string } }) => t.label.zh)).toEqual(['申请已提交，窗口已接件', '已受理', '已开具缴款通知书，请缴费']);
    expect(detail.notices.map((x: { kind: string }) => x.kind)).toContain('acceptance');
    expect(detail.fees).toMatchObject([{ id: fee.id, status: 'due', amountFen: 2000, outstandingFen: 2000, receiptNumber: null }]);
    expect(detail.canWithdraw).toBe(true);
    expect(detail.delivery).toMatchObject({ choice: { method: 'window' }, status: null, canChange: true });

    const acceptance = detail.notices.find((x: { kind: string }) => x.kind === 'acceptance');
    const pdf = await inject('GET', `/portal/cases/${c.id}/notices/${acceptance.id}/pdf`, mine);
    expect([pdf.statusCode, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, '');
    expect(text).toContain('受理通知书');
    expect(text).toContain(c.number);
    expect((await inject('GET', `/portal/cases/${c.id}/fees/${fee.id}/pdf`, mine)).headers['content-type']).toBe('application/pdf');
  });

  it('pays online: the status changes only by the platform’s signed callback; the receipt downloads once paid', async () => {
    const c = await takeIn(me);
    const fee = await ok(inject('POST', `/cases/${c.id}/fees`, clerk, { lines: [{ item: ID_CARD_FEE }], idempotencyKey: key() }));
    expect((await inject('GET', `/portal/cases/${c.id}/fees/${fee.id}/receipt/pdf`, mine)).statusCode).toBe(404);
    const start = await ok(inject('POST', `/portal/cases/${c.id}/fees/${fee.id}/payments`, mine));
    expect(start).toMatchObject({ adapter: 'demo', amountFen: 2000, reference: fee.reference });
    const token = start.payUrl.split('/').at(-1);
    // Starting a payment changes nothing.
    expect((await ok(inject('GET', `/portal/cases/${c.id}`, mine))).fees[0].status).toBe('due');
    const page = await p.app.inject({ method: 'GET', url: `/api/v1/portal/demo-pay/${token}` });
    expect(page.json()).toMatchObject({ caseNumber: c.number, amountFen: 2000, status: 'due', returnUrl: `/portal/cases/${c.id}` });
    // A forged token is refused.
    expect((await p.app.inject({ method: 'POST', url: `/api/v1/portal/demo-pay/${token}x` })).statusCode).toBe(404);
    const paid = await p.app.inject({ method: 'POST', url: `/api/v1/portal/demo-pay/${token}` });
    expect(paid.json()).toMatchObject({ noticeId: fee.id, status: 'paid', duplicate: false });
    expect((await p.app.inject({ method: 'POST', url: `/api/v1/portal/demo-pay/${token}` })).json()).toMatchObject({ status: 'paid', duplicate: true });
    const detail = await ok(inject('GET', `/portal/cases/${c.id}`, mine));
    expect(detail.fees[0]).toMatchObject({ status: 'paid', outstandingFen: 0 });
    expect(detail.fees[0].receiptNumber).toMatch(/收〔\d{4}〕\d{6}号$/);
    expect(detail.owes).toEqual([]);
    expect(detail.timeline.at(-1).label.zh).toBe('费用已缴清');
    const receipt = await inject('GET', `/portal/cases/${c.id}/fees/${fee.id}/receipt/pdf`, mine);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    expect((await pdfText(receipt.rawPayload)).replace(/\s+/g, '')).toContain('收费收据');
    // Paid: nothing more to pay.
    expect((await inject('POST', `/portal/cases/${c.id}/fees/${fee.id}/payments`, mine)).json().code).toBe('FEE_NOT_DUE');
    const [action] = await rows<{ provider: string }>(p, sql`SELECT provider FROM fee_action WHERE notice_id = ${fee.id} AND action = 'pay'`);
    expect(action!.provider).toBe('nontax');
  });

  it('chooses mail (address, recipient, phone) through the delivery write path, with its history and audit; electronic only where offered', async () => {
    const c = await takeIn(me);
    const noAddress = await inject('PUT', `/portal/cases/${c.id}/delivery`, mine, { method: 'mail' });
    expect(noAddress.statusCode).toBe(400);
    const detail = await ok(inject('PUT', `/portal/cases/${c.id}/delivery`, mine, { method: 'mail', address: '旬邑县城关街道东大街 12 号', recipient: me.name, phone: '139 2000 7101' }));
    expect(detail.delivery).toMatchObject({ choice: { method: 'mail', address: '旬邑县城关街道东大街 12 号', recipient: me.name, phone: '13920007101' }, status: 'at_window', canChange: true });
    // The window's delivery card shows the applicant's choice and its history.
    const card = await ok(inject('GET', `/cases/${c.id}/delivery`, clerk));
    expect(card.choice).toMatchObject({ method: 'mail', address: '旬邑县城关街道东大街 12 号' });
    expect(card.history).toMatchObject([{ action: 'choice.change', fromStatus: 'at_window', toStatus: 'at_window', actorName: `申请人 ${me.name}（网上办事大厅）` }]);
    expect(card.allowedActions).toEqual([]); // not decided yet: nothing for the window to hand out
    const audit = await rows<{ action: string; actor_role: string }>(p, sql`SELECT action, actor_role FROM audit_log WHERE object_id = ${c.id} AND action = 'case.delivery.choice.change'`);
    expect(audit).toEqual([{ action: 'case.delivery.choice.change', actor_role: 'visitor' }]);
    // Changed back to the window.
    expect((await ok(inject('PUT', `/portal/cases/${c.id}/delivery`, mine, { method: 'window' }))).delivery.choice.method).toBe('window');
    if (!detail.delivery.methods.includes('electronic')) {
      expect((await inject('PUT', `/portal/cases/${c.id}/delivery`, mine, { method: 'electronic' })).json().code).toBe('DELIVERY_ELECTRONIC_UNAVAILABLE');
    } else {
      expect((await ok(inject('PUT', `/portal/cases/${c.id}/delivery`, mine, { method: 'electronic' }))).delivery.choice.method).toBe('electronic');
    }
  });

  it('withdraws an undecided case through the one write path as the applicant; an ended case cannot be withdrawn or its delivery changed', async () => {
    const c = await takeIn(me, false);
    expect((await inject('POST', `/portal/cases/${c.id}/withdraw`, mine, { reason: '', idempotencyKey: key() })).statusCode).toBe(400);
    const k = key();
    const done = await ok(inject('POST', `/portal/cases/${c.id}/withdraw`, mine, { reason: '材料准备不全，下次再来', idempotencyKey: k }));
    expect(done).toMatchObject({ state: 'withdrawn', stateLabel: { zh: '已撤回' }, canWithdraw: false, delivery: { canChange: false } });
    expect(done.notices.map((x: { kind: string }) => x.kind)).toContain('withdrawal');
    expect(done.timeline.at(-1).label.zh).toBe('申请已撤回');
    // A retried request answers as the first; a new one is refused by the states table.
    expect((await ok(inject('POST', `/portal/cases/${c.id}/withdraw`, mine, { reason: '材料准备不全，下次再来', idempotencyKey: k }))).state).toBe('withdrawn');
    const again = await inject('POST', `/portal/cases/${c.id}/withdraw`, mine, { reason: '再次撤回', idempotencyKey: key() });
    expect([again.statusCode, again.json().code]).toEqual([409, 'CASE_ACTION_NOT_ALLOWED']);
    expect((await inject('PUT', `/portal/cases/${c.id}/delivery`, mine, { method: 'window' })).json().code).toBe('DELIVERY_CHOICE_CLOSED');
    const [history] = await rows<{ actor_role: string; actor_name: string; to_state: string }>(p, sql`SELECT actor_role, actor_name, to_state FROM case_action WHERE case_id = ${c.id} AND action = 'withdraw'`);
    expect(history).toEqual({ actor_role: 'applicant', actor_name: `申请人 ${me.name}（网上办事大厅）`, to_state: 'withdrawn' });
    const audit = await rows<{ actor_role: string }>(p, sql`SELECT actor_role FROM audit_log WHERE object_id = ${c.id} AND action = 'case.withdraw'`);
    expect(audit).toEqual([{ actor_role: 'visitor' }]);
    // The window sees it withdrawn.
    expect((await ok(inject('GET', `/cases/${c.id}`, clerk))).state).toBe('withdrawn');
    // A case refused at intake was decided: no withdrawal.
    const refused = await takeIn(me, false);
    await ok(inject('POST', `/cases/${refused.id}/actions`, clerk, { action: 'intake.refuse', refusal: { reasons: '不属于本机关职权范围', basis: '《行政许可法》第三十二条', competentAgency: '旬邑县市场监督管理局' }, idempotencyKey: key() }));
    const late = await inject('POST', `/portal/cases/${refused.id}/withdraw`, mine, { reason: '不办了', idempotencyKey: key() });
    expect(late.statusCode).toBe(409);
  });

  it('never reaches another applicant’s case, notice, fee, receipt or certificate: every guess answers 404', async () => {
    const theirs = await takeIn(them);
    const fee = await ok(inject('POST', `/cases/${theirs.id}/fees`, clerk, { lines: [{ item: ID_CARD_FEE }], idempotencyKey: key() }));
    const [notice] = await rows<{ id: string }>(p, sql`SELECT id FROM case_notice WHERE case_id = ${theirs.id}`);
    const own = await takeIn(me);
    const probes: [('GET' | 'POST' | 'PUT'), string, object?][] = [
      ['GET', `/portal/cases/${theirs.id}`],
      ['GET', `/portal/cases/${theirs.id}/notices/${notice!.id}/pdf`],
      ['GET', `/portal/cases/${theirs.id}/fees/${fee.id}/pdf`],
      ['GET', `/portal/cases/${theirs.id}/fees/${fee.id}/receipt/pdf`],
      ['GET', `/portal/cases/${theirs.id}/certificates/00000000-0000-0000-0000-000000000000/pdf`],
      ['POST', `/portal/cases/${theirs.id}/fees/${fee.id}/payments`],
      ['PUT', `/portal/cases/${theirs.id}/delivery`, { method: 'window' }],
      ['POST', `/portal/cases/${theirs.id}/withdraw`, { reason: '冒名撤回', idempotencyKey: key() }],
      // Their notice or fee through my own case's path.
      ['GET', `/portal/cases/${own.id}/notices/${notice!.id}/pdf`],
      ['GET', `/portal/cases/${own.id}/fees/${fee.id}/pdf`],
      ['POST', `/portal/cases/${own.id}/fees/${fee.id}/payments`],
      ['GET', `/portal/cases/no-such-case`],
    ];
    for (const [method, url, body] of probes) {
      const r = await inject(method, url, mine, body);
      expect([url, r.statusCode]).toEqual([url, 404]);
    }
    // An unbound account reaches nothing; no session at all is 401.
    expect((await inject('GET', `/portal/cases/${own.id}`, unbound)).statusCode).toBe(404);
    expect((await p.app.inject({ method: 'GET', url: `/api/v1/portal/cases/${own.id}` })).statusCode).toBe(401);
    // Nothing changed on their case.
    expect((await ok(inject('GET', `/cases/${theirs.id}`, clerk))).state).toBe('accepted');
  });
  it('an agent under an accepted mandate sees none of the principal’s cases it did not apply for itself', async () => {
    const principalCase = await takeIn(me);
    const agentWho = person(7104);
    const agent = await bound('13920007104', agentWho);
    const validUntil = `${new Date().getUTCFullYear() + 1}-06-30`;
    const m = await ok(inject('POST', '/portal/me/mandates', mine, { principal: { kind: 'self' }, agentMobile: '13920007104', itemIds: null, validUntil, text: '代为办理' }));
    await ok(inject('POST', `/portal/me/mandates/${m.id}/accept`, agent));
    const subjects = (await ok(inject('GET', '/portal/me', agent))).subjects as { kind: string }[];
    expect(subjects.map((x) => x.kind).sort()).toEqual(['mandate', 'self']);
    // The principal's window case: not in the agent's list, and its id answers 404.
    expect((await ok(inject('GET', '/portal/cases', agent))).items.some((i: { id: string }) => i.id === principalCase.id)).toBe(false);
    expect((await inject('GET', `/portal/cases/${principalCase.id}`, agent)).statusCode).toBe(404);
    // The principal still sees it.
    expect((await ok(inject('GET', '/portal/cases', mine))).items.some((i: { id: string }) => i.id === principalCase.id)).toBe(true);
  });
});
