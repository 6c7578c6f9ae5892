import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCaseNumber } from '../../../domain/case/index.ts';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { demoIds, rows, type DemoIds, type TestPlatform } from '../../../../test/api/helpers.ts';
import { countyItems, fullChecklist, person, pick, type DemoItem } from './case.fixture.ts';

// Intake and the window outcomes through the HTTP API and the one write path.

describe('case intake and window outcomes', () => {
  let p: TestPlatform;
  let ids: DemoIds;
  let clerk: string;
  let items: DemoItem[];
  let n = 0;
  const key = () => `test-key-${Date.now()}-${++n}`;

  const post = (url: string, payload: object, cookie = clerk) => p.app.inject({ method: 'POST', url, payload, headers: { cookie } });
  const get = (url: string, cookie = clerk) => p.app.inject({ method: 'GET', url, headers: { cookie } });
  const apply = (item: DemoItem | DemoItem[], checklist?: (i: DemoItem) => object[], who = person(++n)) =>
    post('/api/v1/cases/applications', {
      centerId: ids.center['XY-COUNTY'],
      applicant: who,
      items: (Array.isArray(item) ? item : [item]).map((i) => ({ itemId: i.id, checklist: checklist ? checklist(i) : [] })),
      idempotencyKey: key(),
    });
  const act = (caseId: string, body: object, cookie = clerk) => post(`/api/v1/cases/${caseId}/actions`, { idempotencyKey: key(), ...body }, cookie);

  beforeAll(async () => {
    p = await startTestPlatform();
    ids = await demoIds(p);
    clerk = await signIn(p, 'clerk');
    items = await countyItems(p);
    // No holiday import for next year: a December acceptance counts next year provisionally (loadDeadlineCalendar).
  });
  afterAll(async () => p?.close());

  it('takes in two items in one application: one case each, numbered per item and day, checklist from the pinned version', async () => {
    const standard = items.filter((i) => i.caseType !== 'instant' && i.materials.length >= 2);
    const [a, b] = [standard[0]!, standard[1]!];
    const res = await apply([a, b]);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.cases).toHaveLength(2);
    expect(body.cases.map((c: { itemId: string }) => c.itemId)).toEqual([a.id, b.id]);
    for (const c of body.cases) expect(parseCaseNumber(c.number)?.serial).toBeGreaterThan(0);
    const again = await apply(a);
    const first = parseCaseNumber(body.cases[0].number)!;
    expect(parseCaseNumber(again.json().cases[0].number)!.serial).toBe(first.serial + 1);
    const page = (await get(`/api/v1/cases/${body.cases[0].id}`)).json();
    expect(page.state).toBe('received');
    expect(page.materials.map((m: { name: string }) => m.name)).toEqual(a.materials.map((m) => m.name));
    expect(page.materials.every((m: { status: string }) => m.status === 'missing')).toBe(true);
    expect(page.visits.count).toBe(1);
    expect(page.timeline.map((t: { action: string }) => t.action)).toEqual(['create']);
    expect(page.allowedActions).toContain('intake.one_time_notice');
    expect(page.applicant.idNumber).toMatch(/\*{8}/);
    expect(page.applicant.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
  });

  // Decision 0047: the number is stamped by the statement that draws the serial; a serial past
  // the pattern's width fails that statement, so nothing of the application is written.
  it('refuses an intake whose serial no longer fits the pattern, writing nothing and using no serial', async () => {
    const a = items.filter((i) => i.caseType !== 'instant')[0]!;
    const first = (await apply(a)).json();
    const scope = `case|${parseCaseNumber(first.cases[0].number)!.code}%`;
    const [before] = await rows<{ last: number }>(p, sql`SELECT last FROM case_number_counter WHERE scope LIKE ${scope}`);
    const cases = async () => (await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM case_record WHERE item_id = ${a.id}`))[0]!.n;
    const count = await cases();
    await rows(p, sql`UPDATE case_number_counter SET last = 9999 WHERE scope LIKE ${scope}`);
    try {
      const res = await apply(a);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().code).toBe('CASE_NUMBER_INVALID');
      expect(await cases()).toBe(count);
      expect((await rows<{ last: number }>(p, sql`SELECT last FROM case_number_counter WHERE scope LIKE ${scope}`))[0]!.last).toBe(9999);
    } finally {
      await rows(p, sql`UPDATE case_number_counter SET last = ${before!.last} WHERE scope LIKE ${scope}`);
    }
  });

  it('refuses an ID that fails GB 11643 and an enterprise without a legal representative', async () => {
    const bad = await apply(items[0]!, undefined, { ...person(1), idNumber: '610429198001010001' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('CASE_APPLICANT_INVALID');
    const ent = await apply(items[0]!, undefined, { kind: 'enterprise', idType: 'uscc', idNumber: '91610429MA6X8XXXXX', name: '某公司', phone: '13900000000' } as never);
    expect(ent.json().code).toBe('CASE_APPLICANT_INVALID');
  });

  it('受理: acceptance notice with the promised date, SMS queued, audit row; accepting again is 409 with the current state', async () => {
    const item = pick(items, (i) => i.caseType !== 'instant', 'standard');
    const c = (await apply(item)).json().cases[0];
    const incomplete = await act(c.id, { action: 'intake.accept' });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().code).toBe('CASE_OUTCOME_REFUSED');
    const res = await act(c.id, { action: 'intake.accept', checklist: fullChecklist(item) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state).toBe('accepted');
    expect(res.json().notices[0].kind).toBe('acceptance');
    const page = (await get(`/api/v1/cases/${c.id}`)).json();
    expect(page.due.promised.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(page.due.legal.due >= page.due.promised.due).toBe(true);
    const again = await act(c.id, { action: 'intake.accept', checklist: fullChecklist(item) });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CASE_ACTION_NOT_ALLOWED');
    expect(again.json().details.state).toBe('accepted');
    const sms = await rows(p, sql`SELECT text FROM notification_outbox WHERE ref LIKE ${`case:${c.id}:%`}`);
    expect(sms).toHaveLength(1);
    const audit = await rows(p, sql`SELECT action FROM audit_log WHERE object_id = ${c.id} ORDER BY seq`);
    expect(audit.map((r) => r.action)).toEqual(['case.intake', 'case.intake.accept']);
  });

  it('a retried action with the same idempotency key acts once and answers the first result', async () => {
    const item = pick(items, (i) => i.caseType !== 'instant', 'standard');
    const c = (await apply(item)).json().cases[0];
    const body = { action: 'intake.accept', checklist: fullChecklist(item), idempotencyKey: 'retry-key-0001' };
    const [r1, r2] = await Promise.all([post(`/api/v1/cases/${c.id}/actions`, body), post(`/api/v1/cases/${c.id}/actions`, body)]);
    expect(r1.statusCode, r1.body).toBe(200);
    expect(r2.statusCode, r2.body).toBe(200);
    expect(r2.json().notices[0].number).toBe(r1.json().notices[0].number);
    const actions = await rows(p, sql`SELECT action FROM case_action WHERE case_id = ${c.id}`);
    expect(actions).toHaveLength(2);
    const notices = await rows(p, sql`SELECT id FROM case_notice WHERE case_id = ${c.id}`);
    expect(notices).toHaveLength(1);
  });

  it('一次性告知 lists every missing material; the applicant returns to the same record (return visit) and it ends in acceptance', async () => {
    const item = pick(items, (i) => i.caseType !== 'instant' && i.materials.filter((m) => m.required).length >= 2, 'two required');
    const checklist = fullChecklist(item);
    const missing = item.materials.filter((m) => m.required).slice(0, 2);
    const partial = checklist.map((e) => (missing.some((m) => m.id === e.materialId) ? { ...e, status: 'missing' } : e));
    const c = (await apply(item, () => partial)).json().cases[0];
    const res = await act(c.id, { action: 'intake.one_time_notice' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().flags.awaitingCorrection).toBe(true);
    const doc = await rows<{ document: { table: { rows: string[][] } } }>(p, sql`SELECT document FROM case_notice WHERE case_id = ${c.id}`);
    const listed = doc[0]!.document.table.rows.map((r) => r.join(' '));
    for (const m of missing) expect(listed.some((r) => r.includes(m.name))).toBe(true);
    expect((await act(c.id, { action: 'intake.accept', checklist })).statusCode).toBe(409);
    const back = await act(c.id, { action: 'intake.resume', checklist });
    expect(back.statusCode, back.body).toBe(200);
    const accepted = await act(c.id, { action: 'intake.accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const page = (await get(`/api/v1/cases/${c.id}`)).json();
    expect(page.visits.count).toBe(2);
    expect(page.visits.list.map((v: { kind: string }) => v.kind)).toEqual(['intake', 'return']);
    expect(page.notices.map((x: { kind: string }) => x.kind)).toEqual(['correction', 'acceptance']);
  });

  it('不予受理 needs reasons, basis and the competent agency', async () => {
    const c = (await apply(items[0]!)).json().cases[0];
    expect((await act(c.id, { action: 'intake.refuse', refusal: { reasons: '', basis: 'x', competentAgency: 'y' } })).statusCode).toBe(422);
    const res = await act(c.id, { action: 'intake.refuse', refusal: { reasons: '不属于本机关职权范围', basis: '《行政许可法》第三十二条', competentAgency: '旬邑县市场监督管理局' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state).toBe('not_accepted');
    expect(res.json().notices[0].kind).toBe('non_acceptance');
  });

  it('容缺受理: deadline within the promised date, refused for a bad-credit-listed applicant', async () => {
    const item = pick(items, (i) => i.caseType !== 'instant' && i.materials.some((m) => m.waivable && m.required), 'waivable');
    const waivable = item.materials.find((m) => m.waivable && m.required)!;
    const waived = (deadline: string) => fullChecklist(item).map((e) => (e.materialId === waivable.id ? { ...e, status: 'waived', originals: 0, copies: 0, waiver: { format: '原件', deadline } } : e));
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const who = person(9001);
    const c = (await apply(item, undefined, who)).json().cases[0];
    const late = await act(c.id, { action: 'intake.accept_with_waiver', checklist: waived('2099-12-31') });
    expect(late.statusCode).toBe(422);
    expect(JSON.stringify(late.json().details)).toContain('WAIVER_DEADLINE');
    const ok = await act(c.id, { action: 'intake.accept_with_waiver', checklist: waived(soon) });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().flags.waiverPending).toBe(true);
    expect(ok.json().notices.map((x: { kind: string }) => x.kind)).toEqual(['waiver', 'waiver_pledge']);

    const listed = person(9002);
    await p.ctx.db.execute(sql`INSERT INTO applicant_credit_listing (id, center_id, id_type, id_number, reason, listed_at)
      VALUES (${`l-${Date.now()}`}, ${ids.center['XY-COUNTY']!}, '111', ${listed.idNumber}, '虚假承诺', now())`);
    const d = (await apply(item, undefined, listed)).json().cases[0];
    const refused = await act(d.id, { action: 'intake.accept_with_waiver', checklist: waived(soon) });
    expect(refused.statusCode).toBe(422);
    expect(JSON.stringify(refused.json().details)).toContain('WAIVER_BAD_CREDIT');
  });

  it('告知承诺 decides on the spot with a verification date; 即办 decides at the window', async () => {
    const eligible = pick(items, (i) => i.commitment, 'commitment');
    const c = (await apply(eligible)).json().cases[0];
    const required = eligible.materials.filter((m) => m.required).map((m) => m.id);
    const res = await act(c.id, { action: 'intake.commitment_approve', commitment: { conditions: ['申请人具备相应条件'], replacedMaterialIds: required, verifyBy: '2099-01-31' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'decided_approved', decision: 'approved', flags: { commitmentPending: true } });
    expect((await get(`/api/v1/cases/${c.id}`)).json().due.verify).toBe('2099-01-31');

    const instant = pick(items, (i) => i.caseType === 'instant', 'instant');
    const d = (await apply(instant, fullChecklist)).json().cases[0];
    const done = await act(d.id, { action: 'decide_on_spot' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().state).toBe('decided_approved');
    expect(done.json().allowedActions).toContain('conclude');
    expect((await act(d.id, { action: 'conclude' })).json().state).toBe('concluded');
  });

  it('scope: a township clerk never sees or acts on the county’s cases', async () => {
    const c = (await apply(items[0]!)).json().cases[0];
    const tq = await signIn(p, 'tq-clerk');
    expect((await get(`/api/v1/cases/${c.id}`, tq)).statusCode).toBe(403);
    expect((await get(`/api/v1/cases/by-number/${encodeURIComponent(c.number)}`, tq)).statusCode).toBe(403);
    expect((await act(c.id, { action: 'intake.refuse' }, tq)).statusCode).toBe(403);
    const search = await get(`/api/v1/cases?view=search&q=${encodeURIComponent(c.number)}`, tq);
    expect(search.json().total).toBe(0);
    const mine = await get(`/api/v1/cases?view=search&q=${encodeURIComponent(c.number)}`);
    expect(mine.json().total).toBe(1);
  });

  it('lists: today at my window, my cases, search by ID and name prefix (masked), barcode lookup; reveal is audited', async () => {
    const who = person(7777);
    const c = (await apply(items[0]!, undefined, who)).json().cases[0];
    const today = (await get('/api/v1/cases?view=window_today&pageSize=100')).json();
    expect(today.items.some((x: { id: string }) => x.id === c.id)).toBe(true);
    expect((await get('/api/v1/cases?view=mine&pageSize=100')).json().items.some((x: { id: string }) => x.id === c.id)).toBe(true);
    const byId = (await get(`/api/v1/cases?view=search&q=${who.idNumber}`)).json();
    expect(byId.items.map((x: { id: string }) => x.id)).toEqual([c.id]);
    expect(byId.items[0].applicantIdNumber).not.toBe(who.idNumber);
    const byName = (await get(`/api/v1/cases?view=search&q=${encodeURIComponent(who.name)}`)).json();
    expect(byName.items.map((x: { id: string }) => x.id)).toContain(c.id);
    expect((await get(`/api/v1/cases/by-number/${encodeURIComponent(c.number)}`)).json().id).toBe(c.id);
    const revealed = await post(`/api/v1/cases/${c.id}/reveal`, {});
    expect(revealed.json()).toMatchObject({ idNumber: who.idNumber, phone: who.phone });
    const audit = await rows(p, sql`SELECT summary FROM audit_log WHERE object_id = ${c.id} AND action = 'case.reveal'`);
    expect(audit).toHaveLength(1);
  });
});
