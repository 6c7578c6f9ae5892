import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { officialCalendar } from '../../../domain/calendar/index.ts';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { rows, type TestPlatform } from '../../../../test/api/helpers.ts';
import { countyItems, fullChecklist, person, pick, walkToLastStep, type DemoItem } from './case.fixture.ts';
import { pdfText } from './notices/pdf-text.ts';

// Issue #17 through the HTTP API and the one write path: a §45 pause and the §42 extension
// move the due dates by what the ledger says (never typed in); the extension is asked before
// the due date and granted once; the decisions and endings issue their numbered notices.

const cal = officialCalendar();
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

describe('back office: pauses, extension, decisions and endings', () => {
  let p: TestPlatform;
  let clerk: string;
  let approver: string;
  let head: string;
  let township: string;
  let item: DemoItem;
  let centerId: string;
  let n = 0;
  const key = () => `decisions-${++n}-${Math.random()}`;
  const post = (url: string, payload: object, cookie: string) => p.app.inject({ method: 'POST', url, payload, headers: { cookie } });
  const get = (url: string, cookie = clerk) => p.app.inject({ method: 'GET', url, headers: { cookie } });
  const act = (id: string, body: object, cookie: string) => post(`/api/v1/cases/${id}/actions`, { idempotencyKey: key(), ...body }, cookie);
  const page = async (id: string) => (await get(`/api/v1/cases/${id}`)).json();
  const ok = async (res: ReturnType<typeof post>) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };

  /** A case accepted on `day` and taken by the department. */
  async function inReview(day: string): Promise<string> {
    vi.setSystemTime(at(day));
    const c = (await ok(post('/api/v1/cases/applications', { centerId, applicant: person(7000 + ++n), items: [{ itemId: item.id }], idempotencyKey: key() }, clerk))).cases[0];
    await ok(act(c.id, { action: 'intake.accept', checklist: fullChecklist(item) }, clerk));
    await ok(act(c.id, { action: 'review.start' }, approver));
    // The department works the earlier steps: decisions are taken on the last one (decision 0033).
    await walkToLastStep(p, c.id, approver);
    return c.id;
  }

  beforeAll(async () => {
    p = await startTestPlatform();
    [clerk, approver, head, township] = await Promise.all([signIn(p, 'clerk'), signIn(p, 'approver'), signIn(p, 'depthead'), signIn(p, 'tq-clerk')]);
    item = pick(await countyItems(p), (i) => i.caseType === 'promised', 'a 承诺件');
    centerId = (await rows<{ id: string }>(p, sql`SELECT id FROM center WHERE code = 'XY-COUNTY'`))[0]!.id;
    vi.useFakeTimers({ toFake: ['Date'], now: at('2026-09-24') });
  });
  afterEach(() => vi.setSystemTime(at('2026-09-24')));
  afterAll(async () => {
    vi.useRealTimers();
    await p?.close();
  });

  it('an expert review pause moves both due dates by the paused working days; the extension adds 10 to the legal one, once', async () => {
    const id = await inReview('2026-09-24');
    const before = await page(id);
    const [legal0, promised0] = [before.due.legal.due, before.due.promised.due];

    vi.setSystemTime(at('2026-10-12'));
    const started = await ok(act(id, { action: 'pause.start', pause: { kind: 'expertReview', reason: '需组织专家论证', timeNeeded: { amount: 5, unit: 'workday' } } }, approver));
    expect(started.flags.paused).toBe(true);
    expect(started.notices.map((x: { kind: string }) => x.kind)).toEqual(['special_procedure']);
    const paused = await page(id);
    expect(paused.due.legal.level).toBe('paused');
    expect(paused.allowedActions).not.toContain('decide.approve');

    vi.setSystemTime(at('2026-10-16'));
    const ended = await ok(act(id, { action: 'pause.end' }, approver));
    expect(ended.notices.map((x: { kind: string }) => x.kind)).toEqual(['special_procedure_end']);
    const after = await page(id);
    // 10-12 .. 10-15 (Mon–Thu): 4 working days off the clock, on the server's own count.
    expect(after.clock.pausedWorkdays).toBe(4);
    expect(after.due.legal.due).toBe(cal.addWorkdays(legal0, 4));
    expect(after.due.promised.due).toBe(cal.addWorkdays(promised0, 4));
    const [stored] = await rows<{ legal_due: string; promised_due: string }>(p, sql`SELECT legal_due::text, promised_due::text FROM case_record WHERE id = ${id}`);
    expect(stored).toEqual({ legal_due: after.due.legal.due, promised_due: after.due.promised.due });

    // A due date in the request is not a thing: the schema has no field for it and the ledger decides.
    const ask = await ok(act(id, { action: 'extension.request', extension: { reason: '需补充现场核查' } }, approver));
    expect(ask.flags.extensionPending).toBe(true);
    expect((await act(id, { action: 'extension.approve' }, approver)).statusCode).toBe(409); // only the agency head
    const approved = await ok(act(id, { action: 'extension.approve' }, head));
    expect(approved.flags).toMatchObject({ extensionPending: false, extended: true });
    expect(approved.notices.map((x: { kind: string }) => x.kind)).toEqual(['extension']);
    const extended = await page(id);
    expect(extended.due.legal.due).toBe(cal.addWorkdays(after.due.legal.due, 10));
    expect(extended.due.promised.due).toBe(after.due.promised.due); // the promise stays as it was
    expect(extended.clock.extensions).toEqual([{ workdays: 10, reason: '需补充现场核查', approver: '本机关负责人孙丽' }]);

    const again = await act(id, { action: 'extension.request', extension: { reason: '再次延长' } }, approver);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'CASE_ACTION_NOT_ALLOWED', details: { reason: 'condition', fact: 'extended' } });

    const pdf = await p.app.inject({ method: 'GET', url: `/api/v1/cases/${id}/notices/${approved.notices[0].id}/pdf`, headers: { cookie: approver } });
    const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, '');
    expect(text).toContain('延长10个工作日');
    expect(text).toContain('需补充现场核查');
  });

  it('refuses an extension asked after the legal due date, with a stable code', async () => {
    const id = await inReview('2026-09-24');
    const due = (await page(id)).due.legal.due as string;
    vi.setSystemTime(at(cal.addWorkdays(due, 1)));
    const late = await act(id, { action: 'extension.request', extension: { reason: '来不及了' } }, approver);
    expect(late.statusCode).toBe(422);
    expect(late.json().code).toBe('CASE_EXTENSION_TOO_LATE');
    expect((await page(id)).flags.extensionPending).toBe(false);
    const noReason = await act(id, { action: 'extension.request' }, approver);
    expect(noReason.statusCode).toBe(422);
  });

  it('不予许可: the 决定书 carries the reasons and the rights with their bodies; the case waits at the window', async () => {
    const id = await inReview('2026-09-24');
    expect((await act(id, { action: 'decide.refuse' }, approver)).statusCode).toBe(422);
    const r = await ok(act(id, { action: 'decide.refuse', decisionRefusal: { reasons: '经营场所不符合卫生规范', basis: '《中华人民共和国行政许可法》第三十八条第二款' } }, approver));
    expect(r.state).toBe('decided_refused');
    const notice = r.notices[0];
    expect(notice).toMatchObject({ kind: 'refusal', title: '不予行政许可决定书' });
    expect(notice.number).toMatch(/不许〔2026〕\d{4}号$/);
    const pdf = await p.app.inject({ method: 'GET', url: `/api/v1/cases/${id}/notices/${notice.id}/pdf`, headers: { cookie: clerk } });
    const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, '');
    expect(text).toContain('经营场所不符合卫生规范');
    expect(text).toMatch(/六十日内向.+人民政府申请行政复议/);
    expect(text).toMatch(/六个月内向.+人民法院提起行政诉讼/);
    const ready = (await get(`/api/v1/cases?view=results_ready&pageSize=100`)).json();
    expect(ready.items.find((i: { id: string }) => i.id === id)).toMatchObject({ decision: 'refused', state: 'decided_refused' });
  });

  it('准予: the certificate record with its §44 date (10 working days), listed as a result to hand out; numbered consecutively', async () => {
    const a = await inReview('2026-09-24');
    const b = await inReview('2026-09-24');
    vi.setSystemTime(at('2026-09-30'));
    const certificate = { name: '食品经营许可证', number: 'JY1610429000001', validUntil: '2031-09-29', issuingBody: '旬邑县市场监督管理局' };
    const ra = await ok(act(a, { action: 'decide.approve', certificate }, approver));
    const rb = await ok(act(b, { action: 'decide.approve', certificate: { ...certificate, number: 'JY1610429000002', validUntil: null } }, approver));
    const serial = (s: string) => Number(/〔2026〕(\d+)号/.exec(s)![1]);
    expect(serial(rb.notices[0].number)).toBe(serial(ra.notices[0].number) + 1);
    const pa = await page(a);
    expect(pa.certificate).toEqual(certificate);
    expect(pa.due.certificate).toBe(cal.addWorkdays('2026-09-30', 10));
    const ready = (await get(`/api/v1/cases?view=results_ready&pageSize=100`)).json();
    expect(ready.items.find((i: { id: string }) => i.id === a)).toMatchObject({ decision: 'approved', certificateDue: pa.due.certificate });
    // The township's window does not see the county's results, nor act on them.
    const theirs = (await get(`/api/v1/cases?view=results_ready&pageSize=100`, township)).json();
    expect(theirs.items.some((i: { id: string }) => i.id === a)).toBe(false);
    expect((await act(a, { action: 'revoke', ending: { reason: 'x' } }, township)).statusCode).toBe(403);

    // 撤销 by the agency head, with its 决定书 and the rights.
    expect((await act(a, { action: 'revoke', ending: { reason: '以欺骗手段取得许可' } }, approver)).statusCode).toBe(409);
    const rv = await ok(act(a, { action: 'revoke', ending: { reason: '以欺骗手段取得许可' } }, head));
    expect(rv.state).toBe('revoked');
    expect(rv.notices[0].kind).toBe('revocation');
  });

  it('撤回 at the window and 终止 by the head, each with its notice and reason', async () => {
    const w = await inReview('2026-09-24');
    expect((await act(w, { action: 'withdraw' }, clerk)).statusCode).toBe(422);
    const wd = await ok(act(w, { action: 'withdraw', ending: { reason: '申请人经营计划变更' } }, clerk));
    expect([wd.state, wd.notices[0].kind]).toEqual(['withdrawn', 'withdrawal']);

    const t = await inReview('2026-09-24');
    expect((await act(t, { action: 'terminate', ending: { reason: '申请人已注销' } }, head)).statusCode).toBe(422); // the basis is required
    const td = await ok(act(t, { action: 'terminate', ending: { reason: '申请人已注销', basis: '《中华人民共和国行政许可法》第三十八条' } }, head));
    expect([td.state, td.notices[0].kind]).toEqual(['stopped', 'termination']);
    const [audit] = await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM audit_log WHERE object_id = ${t} AND action = 'case.terminate'`);
    expect(audit!.n).toBe(1);
  });
});
