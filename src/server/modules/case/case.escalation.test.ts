import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { officialCalendar } from '../../../domain/calendar/index.ts';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { rows, type TestPlatform } from '../../../../test/api/helpers.ts';
import { countyItems, fullChecklist, person, pick, walkToLastStep, type DemoItem } from './case.fixture.ts';

// 上报件 (issue #17, decision 0035) through the HTTP API and the one write path: 土桥镇 forwards
// an accepted case to the county; the materials travel with it (the same scans, recorded as
// reused); the county decides; the result comes back to 土桥镇's results queue, not the
// county's; both sides see the link and the whole timeline; 土桥镇's staff never reach the
// county's records except through their own case of origin.

const cal = officialCalendar();
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

describe('上报件: a township forwards a case to the county and hands out the result', () => {
  let p: TestPlatform;
  let tq: string;
  let countyClerk: string;
  let approver: string;
  let item: DemoItem;
  let township: string;
  let county: string;
  let n = 0;
  const key = () => `escalation-${++n}-${Math.random()}`;
  const post = (url: string, payload: object, cookie: string) => p.app.inject({ method: 'POST', url, payload, headers: { cookie } });
  const get = (url: string, cookie: string) => p.app.inject({ method: 'GET', url, headers: { cookie } });
  const act = (id: string, body: object, cookie: string, idempotencyKey = key()) => post(`/api/v1/cases/${id}/actions`, { idempotencyKey, ...body }, cookie);
  const ok = async (res: ReturnType<typeof post>) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };

  async function acceptedAt(centerId: string, cookie: string): Promise<{ id: string; number: string }> {
    const c = (await ok(post('/api/v1/cases/applications', { centerId, applicant: person(8100 + ++n), items: [{ itemId: item.id }], idempotencyKey: key() }, cookie))).cases[0];
    await ok(act(c.id, { action: 'intake.accept', checklist: fullChecklist(item) }, cookie));
    return c;
  }

  beforeAll(async () => {
    p = await startTestPlatform({ FILES_DIR: mkdtempSync(join(tmpdir(), 'ow-escalation-')) });
    [tq, countyClerk, approver] = await Promise.all([signIn(p, 'tq-clerk'), signIn(p, 'clerk'), signIn(p, 'approver')]);
    // A 承诺件 of 县民政局, the approver's department (its inbox is checked below).
    const civil = await rows<{ id: string }>(p, sql`SELECT i.id FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id JOIN department d ON d.id = v.department_id WHERE d.name = '县民政局'`);
    item = pick(await countyItems(p), (i) => i.caseType === 'promised' && civil.some((c) => c.id === i.id), 'a 承诺件 of 县民政局');
    const centers = await rows<{ id: string; code: string }>(p, sql`SELECT id, code FROM center WHERE code IN ('XY-TUQIAO', 'XY-COUNTY')`);
    township = centers.find((c) => c.code === 'XY-TUQIAO')!.id;
    county = centers.find((c) => c.code === 'XY-COUNTY')!.id;
    vi.useFakeTimers({ toFake: ['Date'], now: at('2026-09-24') });
  });
  afterAll(async () => {
    vi.useRealTimers();
    await p?.close();
  });

  it('forwards with a reason, copies the case to the county (own number, same scans reused, own clocks, department inbox), and only a township may', async () => {
    const origin = await acceptedAt(township, tq);
    const page = (await ok(get(`/api/v1/cases/${origin.id}`, tq))) as { allowedActions: string[]; materials: { materialId: string }[] };
    expect(page.allowedActions).toContain('escalate');
    // §43 runs from acceptance: 2026-09-24 + 20 working days (国庆 and 中秋 skipped).
    const before = await ok(get(`/api/v1/cases/${origin.id}/escalation`, tq));
    expect(before).toMatchObject({ role: null, link: null, lowerReview: { due: '2026-10-29', level: 'normal', forwardedOn: null } });
    // The county has no center above: no 上报 there.
    const countyCase = await acceptedAt(county, countyClerk);
    expect((await ok(get(`/api/v1/cases/${countyCase.id}`, countyClerk))).allowedActions).not.toContain('escalate');
    expect((await act(countyCase.id, { action: 'escalate', note: '上报' }, countyClerk)).json()).toMatchObject({ code: 'CASE_ACTION_NOT_ALLOWED' });

    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR township scan')]);
    const materialId = page.materials[0]!.materialId;
    await ok(p.app.inject({ method: 'POST', url: `/api/v1/cases/${origin.id}/materials/${materialId}/scans`, headers: { cookie: tq, 'content-type': 'image/png' }, payload: png }));
    const sha = createHash('sha256').update(png).digest('hex');

    vi.setSystemTime(at('2026-10-09'));
    const noReason = await act(origin.id, { action: 'escalate' }, tq);
    expect(noReason.statusCode).toBe(422);
    const k = key();
    const sent = await ok(act(origin.id, { action: 'escalate', note: '本镇初审完毕，报县级审批' }, tq, k));
    expect(sent).toMatchObject({ state: 'escalated', allowedActions: ['withdraw'] });
    // A retried request answers from the first and makes no second case above.
    expect(await ok(act(origin.id, { action: 'escalate', note: '本镇初审完毕，报县级审批' }, tq, k))).toEqual(sent);

    const links = await rows<{ upper_case_id: string; review_due: string; forwarded_on: string }>(p, sql`SELECT upper_case_id, review_due::text, forwarded_on::text FROM case_escalation WHERE origin_case_id = ${origin.id}`);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ review_due: '2026-10-29', forwarded_on: '2026-10-09' });
    const upperId = links[0]!.upper_case_id;
    const [upper] = await rows<{ number: string; center_id: string; state: string; accepted_on: string; promised_due: string; applicant_id_number: string; visits: number }>(
      p,
      sql`SELECT number, center_id, state, accepted_on::text, promised_due::text, applicant_id_number, visits FROM case_record WHERE id = ${upperId}`,
    );
    expect(upper).toMatchObject({ center_id: county, state: 'accepted', accepted_on: '2026-10-09', visits: 0 });
    expect(upper!.number).not.toBe(origin.number);
    expect(upper!.promised_due > '2026-10-09').toBe(true);
    const lines = await rows<{ material_id: string; status: string; reused_from: string | null; scans: { sha256: string }[] }>(p, sql`SELECT material_id, status, reused_from, scans FROM case_material WHERE case_id = ${upperId}`);
    expect(lines.every((l) => l.status === 'reused' && l.reused_from === origin.number)).toBe(true);
    expect(lines.find((l) => l.material_id === materialId)!.scans.map((s) => s.sha256)).toEqual([sha]);
    // The county reads the forwarded scan (same file-store blob), the township cannot through the county's case.
    expect((await get(`/api/v1/cases/${upperId}/scans/${sha}`, countyClerk)).statusCode).toBe(200);
    expect((await get(`/api/v1/cases/${upperId}/scans/${sha}`, tq)).statusCode).toBe(403);
    // The case lands in the department's inbox at the county.
    const tasks = await rows<{ center_id: string; status: string }>(p, sql`SELECT center_id, status FROM case_task WHERE case_id = ${upperId}`);
    expect(tasks).toEqual([{ center_id: county, status: 'open' }]);
    const inbox = await ok(get('/api/v1/tasks?view=department', approver));
    expect(inbox.items.find((t: { caseId: string }) => t.caseId === upperId)).toMatchObject({ escalatedFrom: origin.number });
    const originTasks = await rows<{ status: string }>(p, sql`SELECT status FROM case_task WHERE case_id = ${origin.id}`);
    expect(originTasks.every((t) => t.status !== 'open')).toBe(true);

    // Both sides see the link, and the whole timeline.
    const below = await ok(get(`/api/v1/cases/${origin.id}/escalation`, tq));
    expect(below).toMatchObject({ role: 'origin', lowerReview: { due: '2026-10-29', forwardedOn: '2026-10-09', onTime: true, level: 'none' } });
    expect(below.link).toMatchObject({ reason: '本镇初审完毕，报县级审批', upper: { id: upperId, centerName: '旬邑县政务服务中心', state: 'accepted' }, origin: { id: origin.id } });
    const sides = below.link.timeline.map((e: { side: string; action: string }) => `${e.side}:${e.action}`);
    expect(sides).toEqual(expect.arrayContaining(['origin:create', 'origin:intake.accept', 'origin:escalate', 'upper:create', 'upper:escalation.accept']));
    expect(sides.indexOf('origin:intake.accept')).toBeLessThan(sides.indexOf('upper:create'));
    expect(below.link.timeline.some((e: { side: string }) => e.side === 'upper')).toBe(true);
    const above = await ok(get(`/api/v1/cases/${upperId}/escalation`, approver));
    expect(above).toMatchObject({ role: 'upper', lowerReview: null, link: { origin: { id: origin.id, centerName: '土桥镇便民服务中心', state: 'escalated' } } });
  });

  it('scope: a township clerk reaches no county record by its own routes, only the linked status through the case of origin', async () => {
    const origin = await acceptedAt(township, tq);
    await ok(act(origin.id, { action: 'escalate', note: '报县审批' }, tq));
    const [link] = await rows<{ upper_case_id: string }>(p, sql`SELECT upper_case_id FROM case_escalation WHERE origin_case_id = ${origin.id}`);
    const upperId = link!.upper_case_id;
    const [{ number: upperNumber }] = (await rows<{ number: string }>(p, sql`SELECT number FROM case_record WHERE id = ${upperId}`)) as [{ number: string }];
    const other = await acceptedAt(county, countyClerk);
    const notices = await rows<{ id: string }>(p, sql`SELECT id FROM case_notice WHERE case_id = ${other.id}`);
    for (const url of [
      `/api/v1/cases/${upperId}`,
      `/api/v1/cases/${upperId}/escalation`,
      `/api/v1/cases/by-number/${encodeURIComponent(upperNumber)}`,
      `/api/v1/cases/${other.id}`,
      `/api/v1/cases/${other.id}/escalation`,
      `/api/v1/cases/${other.id}/notices/${notices[0]!.id}/pdf`,
    ]) {
      const r = await get(url, tq);
      expect([403, 404], `${url}: ${r.statusCode}`).toContain(r.statusCode);
    }
    const [task] = await rows<{ id: string }>(p, sql`SELECT id FROM case_task WHERE case_id = ${upperId}`);
    expect([403, 404]).toContain((await get(`/api/v1/tasks/${task!.id}`, tq)).statusCode);
    for (const id of [upperId, other.id]) {
      expect([403, 404]).toContain((await act(id, { action: 'review.start' }, tq)).statusCode);
      expect([403, 404]).toContain((await post(`/api/v1/cases/${id}/reveal`, {}, tq)).statusCode);
    }
    const search = await ok(get(`/api/v1/cases?view=search&q=${encodeURIComponent(upperNumber)}`, tq));
    expect(search.total).toBe(0);
    expect((await get(`/api/v1/cases?view=results_ready&centerId=${county}`, tq)).statusCode).toBe(403);
    // …while the link on its own case shows the county case's status and timeline.
    const own = await ok(get(`/api/v1/cases/${origin.id}/escalation`, tq));
    expect(own.link.upper).toMatchObject({ id: upperId, number: upperNumber, state: 'accepted' });
  });

  it('decided at the county, the result comes back to the township window (results queue there, not at the county), and handing it out concludes both', async () => {
    vi.setSystemTime(at('2026-09-24'));
    const origin = await acceptedAt(township, tq);
    await ok(act(origin.id, { action: 'escalate', note: '报县审批' }, tq));
    const [link] = await rows<{ upper_case_id: string }>(p, sql`SELECT upper_case_id FROM case_escalation WHERE origin_case_id = ${origin.id}`);
    const upperId = link!.upper_case_id;
    vi.setSystemTime(at('2026-10-12'));
    await walkToLastStep(p, upperId, approver);
    const certificate = { name: '许可证', number: 'XK-2026-0042', validUntil: '2031-10-11', issuingBody: '旬邑县民政局' };
    const decided = await ok(act(upperId, { action: 'decide.approve', certificate }, approver));
    expect(decided.state).toBe('decided_approved');

    const page = await ok(get(`/api/v1/cases/${origin.id}`, tq));
    expect(page).toMatchObject({ state: 'decided_approved', decision: 'approved', certificate: { number: 'XK-2026-0042' }, due: { certificate: cal.addWorkdays('2026-10-12', 10) } });
    expect(page.allowedActions).toContain('conclude');
    const ready = await ok(get(`/api/v1/cases?view=results_ready`, tq));
    expect(ready.items.map((c: { id: string }) => c.id)).toContain(origin.id);
    const countyReady = await ok(get(`/api/v1/cases?view=results_ready&pageSize=100`, countyClerk));
    expect(countyReady.items.map((c: { id: string }) => c.id)).not.toContain(upperId);
    // The county's decision tells the applicant to collect at the township window.
    const docs = await rows<{ document: unknown }>(p, sql`SELECT document FROM case_notice WHERE case_id = ${upperId} AND kind = 'approval'`);
    expect(JSON.stringify(docs[0]!.document)).toContain('土桥镇便民服务中心');
    const [returned] = await rows<{ returned_at: Date | null }>(p, sql`SELECT returned_at FROM case_escalation WHERE origin_case_id = ${origin.id}`);
    expect(returned!.returned_at).not.toBeNull();
    const sms = await rows<{ text: string }>(p, sql`SELECT text FROM notification_outbox WHERE ref LIKE ${`case:${origin.id}:%`}`);
    expect(sms.some((m) => m.text.includes('准予许可') && m.text.includes('土桥镇便民服务中心'))).toBe(true);

    // The applicant tracks the township's number and sees the county's decision notice.
    const [phone] = await rows<{ applicant_phone: string }>(p, sql`SELECT applicant_phone FROM case_record WHERE id = ${origin.id}`);
    const tracked = await p.app.inject({ url: `/api/v1/portal/track?number=${encodeURIComponent(origin.number)}&phone=${phone!.applicant_phone}` });
    expect(tracked.json()).toMatchObject({ found: true, stage: { state: 'decided_approved' } });
    expect(tracked.json().notices.map((x: { kind: string }) => x.kind)).toContain('approval');

    await ok(act(origin.id, { action: 'conclude', pickup: true }, tq));
    const states = await rows<{ id: string; state: string }>(p, sql`SELECT id, state FROM case_record WHERE id IN (${origin.id}, ${upperId})`);
    expect(new Set(states.map((s) => s.state))).toEqual(new Set(['concluded']));
  });

  it('a refusal above comes back as a refusal below', async () => {
    const origin = await acceptedAt(township, tq);
    await ok(act(origin.id, { action: 'escalate', note: '报县审批' }, tq));
    const [link] = await rows<{ upper_case_id: string }>(p, sql`SELECT upper_case_id FROM case_escalation WHERE origin_case_id = ${origin.id}`);
    await walkToLastStep(p, link!.upper_case_id, approver);
    await ok(act(link!.upper_case_id, { action: 'decide.refuse', decisionRefusal: { reasons: '不符合条件', basis: '《办法》第八条' } }, approver));
    expect((await ok(get(`/api/v1/cases/${origin.id}`, tq))).state).toBe('decided_refused');
  });

  it('withdrawn at the window of origin while above: the case above is withdrawn too, its task closed', async () => {
    const origin = await acceptedAt(township, tq);
    await ok(act(origin.id, { action: 'escalate', note: '报县审批' }, tq));
    const [link] = await rows<{ upper_case_id: string }>(p, sql`SELECT upper_case_id FROM case_escalation WHERE origin_case_id = ${origin.id}`);
    const done = await ok(act(origin.id, { action: 'withdraw', ending: { reason: '申请人主动撤回' } }, tq));
    expect(done.notices.map((x: { kind: string }) => x.kind)).toEqual(['withdrawal']);
    const states = await rows<{ id: string; state: string }>(p, sql`SELECT id, state FROM case_record WHERE id IN (${origin.id}, ${link!.upper_case_id})`);
    expect(states.map((s) => s.state)).toEqual(['withdrawn', 'withdrawn']);
    const open = await rows<{ id: string }>(p, sql`SELECT id FROM case_task WHERE case_id = ${link!.upper_case_id} AND status = 'open'`);
    expect(open).toEqual([]);
  });
});
