import { hash } from '@node-rs/argon2';
import { testPng } from './test-png.ts';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { officialCalendar } from '../../../../../domain/calendar/index.ts';
import { DEMO_PASSWORD, signIn, startTestPlatform } from '../../../../../../test/harness.ts';
import { rows, type TestPlatform } from '../../../../../../test/api/helpers.ts';
import { insertStaffAccount } from '../../../org/index.ts';
import { countyItems, fullChecklist, person, pick, type DemoItem } from '../../case.fixture.ts';
import { pdfText } from '../../notices/pdf-text.ts';

// The special steps through the HTTP API (issue #17, decision 0036): a site inspection with a
// photo and ONE joint record signed by two departments, printed as a numbered PDF; the hearing
// told, requested and noticed with every date rule refused by its code; the hearing record, an
// expert review (a §45 pause where the guide says so) and a collective discussion.

const cal = officialCalendar();
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);
const png = testPng();

describe('special steps: inspection, hearing, expert review, collective discussion', { timeout: 240_000 }, () => {
  let p: TestPlatform;
  let clerk: string;
  let approver: string;
  let other: string; // an approver of a second department
  let outsider: string; // an approver of a third department that takes no part
  let item: DemoItem;
  let centerId: string;
  let otherDept: { id: string; name: string };
  let n = 0;
  const key = () => `special-${++n}-${Math.random()}`;
  const post = (url: string, payload: object, cookie: string) => p.app.inject({ method: 'POST', url, payload, headers: { cookie } });
  const get = (url: string, cookie: string) => p.app.inject({ method: 'GET', url, headers: { cookie } });
  const act = (id: string, body: object, cookie = approver) => post(`/api/v1/cases/${id}/actions`, { idempotencyKey: key(), ...body }, cookie);
  const ok = async (res: ReturnType<typeof post>) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const refused = async (res: ReturnType<typeof post>, status: number, code: string) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(status);
    expect(r.json().code).toBe(code);
  };

  async function staff(username: string, departmentId: string): Promise<string> {
    const passwordHash = await hash(DEMO_PASSWORD);
    await p.ctx.db.transaction((tx) => insertStaffAccount(tx, { username, name: `测试${username}`, centerId, departmentId, roles: ['approver'], passwordHash, mustChangePassword: false }));
    return signIn(p, username);
  }

  async function inReview(day: string): Promise<string> {
    vi.setSystemTime(at(day));
    const c = (await ok(post('/api/v1/cases/applications', { centerId, applicant: person(8100 + ++n), items: [{ itemId: item.id }], idempotencyKey: key() }, clerk))).cases[0];
    await ok(act(c.id, { action: 'intake.accept', checklist: fullChecklist(item) }, clerk));
    await ok(act(c.id, { action: 'review.start' }));
    return c.id;
  }

  beforeAll(async () => {
    p = await startTestPlatform();
    [clerk, approver] = await Promise.all([signIn(p, 'clerk'), signIn(p, 'approver')]);
    centerId = (await rows<{ id: string }>(p, sql`SELECT id FROM center WHERE code = 'XY-COUNTY'`))[0]!.id;
    const depts = await rows<{ id: string; name: string }>(p, sql`SELECT id, name FROM department WHERE center_id = ${centerId} AND name <> '县民政局' AND active ORDER BY name`);
    otherDept = depts[0]!;
    other = await staff('special-other', otherDept.id);
    outsider = await staff('special-outsider', depts[1]!.id);
    const civil = await rows<{ id: string }>(p, sql`SELECT i.id FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id JOIN department d ON d.id = v.department_id WHERE d.name = '县民政局'`);
    item = pick(await countyItems(p), (i) => i.caseType === 'promised' && !i.commitment && civil.some((c) => c.id === i.id), 'a 承诺件 of 县民政局');
    vi.useFakeTimers({ toFake: ['Date'], now: at('2026-09-24') });
  }, 240_000);
  afterEach(() => vi.setSystemTime(at('2026-09-24')));
  afterAll(async () => {
    vi.useRealTimers();
    await p?.close();
  }, 60_000);

  it('a site inspection with a photo; two departments sign ONE joint record; its numbered PDF reads back', async () => {
    const id = await inReview('2026-09-24');
    const view = await ok(get(`/api/v1/cases/${id}/special`, approver));
    expect(view.owner).toBe(true);
    expect(view.departments.map((d: { id: string }) => d.id)).toContain(otherDept.id);
    await refused(get(`/api/v1/cases/${id}/special`, other), 404, 'SPECIAL_RECORD_NOT_FOUND');

    const body = { place: '城关街道东大街 12 号', inspectedAt: '2026-09-24 09:30', participants: [{ name: '赵建国', unit: '县民政局' }, { name: '测试special-other', unit: otherDept.name }], findings: '场所布局与申报图纸一致，消防通道畅通', departmentIds: [otherDept.id] };
    await refused(post(`/api/v1/cases/${id}/special/inspections`, body, other), 403, 'SPECIAL_NOT_CASE_DEPARTMENT');
    await refused(post(`/api/v1/cases/${id}/special/inspections`, { ...body, departmentIds: ['00000000-0000-4000-8000-000000000000'] }, approver), 422, 'INSPECTION_DEPARTMENT_INVALID');
    await refused(post(`/api/v1/cases/${id}/special/inspections`, { ...body, inspectedAt: 'yesterday' }, approver), 400, 'VALIDATION_FAILED');
    const rec = await ok(post(`/api/v1/cases/${id}/special/inspections`, body, approver));
    expect(rec.number).toMatch(/踏勘〔2026〕\d+号$/);
    expect(rec.unsigned.map((d: { name: string }) => d.name)).toEqual(['县民政局', otherDept.name]);
    expect(rec.canSign).toBe(true);

    const up = await p.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/special/records/${rec.id}/photos?name=${encodeURIComponent('现场照片.png')}`, payload: png, headers: { cookie: approver, 'content-type': 'image/png' } });
    expect(up.statusCode, up.body).toBe(200);
    const photo = up.json().photos[0];
    expect(photo).toMatchObject({ name: '现场照片.png', mime: 'image/png', size: png.length });
    const pdfBody = await p.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/special/records/${rec.id}/photos`, payload: Buffer.from('%PDF-1.4 x'), headers: { cookie: approver, 'content-type': 'application/pdf' } });
    expect(pdfBody.statusCode).toBe(415);
    const back = await get(`/api/v1/cases/${id}/special/records/${rec.id}/photos/${photo.sha256}`, approver);
    expect(back.statusCode).toBe(200);
    expect(Buffer.compare(back.rawPayload, png)).toBe(0);

    await ok(post(`/api/v1/cases/${id}/special/records/${rec.id}/signatures`, { opinion: '同意，场所符合要求' }, approver));
    await refused(post(`/api/v1/cases/${id}/special/records/${rec.id}/signatures`, { opinion: '再签' }, approver), 409, 'INSPECTION_ALREADY_SIGNED');
    await refused(post(`/api/v1/cases/${id}/special/records/${rec.id}/signatures`, { opinion: '同意' }, outsider), 404, 'SPECIAL_RECORD_NOT_FOUND');

    // The second department finds the record waiting for it, sees it (not the case's other records), and signs.
    const pending = await ok(get('/api/v1/special/pending-signatures', other));
    expect(pending.items.map((i: { recordId: string }) => i.recordId)).toContain(rec.id);
    const seen = await ok(get(`/api/v1/cases/${id}/special`, other));
    expect(seen.owner).toBe(false);
    expect(seen.hearingActions).toEqual([]);
    expect(seen.records.map((r: { id: string; canSign: boolean }) => [r.id, r.canSign])).toEqual([[rec.id, true]]);
    const done = await ok(post(`/api/v1/cases/${id}/special/records/${rec.id}/signatures`, { opinion: '消防通道符合规范，同意' }, other));
    expect(done.unsigned).toEqual([]);
    expect(done.signatures.map((s: { departmentName: string }) => s.departmentName)).toEqual(['县民政局', otherDept.name]);
    expect((await ok(get('/api/v1/special/pending-signatures', other))).items.map((i: { recordId: string }) => i.recordId)).not.toContain(rec.id);

    const pdf = await get(`/api/v1/cases/${id}/special/records/${rec.id}/pdf`, other);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, '');
    for (const s of ['联合踏勘记录表', rec.number, '城关街道东大街12号', '2026-09-2409:30', '场所布局与申报图纸一致，消防通道畅通', '同意，场所符合要求', '消防通道符合规范，同意', otherDept.name, '县民政局（盖章）', '现场照片.png']) expect(text).toContain(s.replace(/\s+/g, ''));

    const audit = await rows<{ action: string }>(p, sql`SELECT action FROM audit_log WHERE object_id = ${rec.id} ORDER BY seq`);
    expect(audit.map((a) => a.action)).toEqual(['case.special.inspection', 'case.special.photo', 'case.special.sign', 'case.special.sign']);
  });

  it('the hearing: told (§47), requested within 5 days, noticed 7 days ahead, held within 20 working days; each broken rule has its code', async () => {
    const id = await inReview('2026-09-24');
    await refused(act(id, { action: 'hearing.inform', hearing: { parties: ['李四'] } }), 422, 'HEARING_NOT_DECLARED');
    await refused(act(id, { action: 'hearing.request', hearing: { requestedBy: '李四' } }), 409, 'HEARING_PHASE');
    const told = await ok(act(id, { action: 'hearing.inform', hearing: { parties: ['李四（相邻住户）'], ground: '拟设场所与相邻住户的通行相关' } }));
    expect(told.notices.map((x: { kind: string }) => x.kind)).toEqual(['hearing_right']);
    const view = await ok(get(`/api/v1/cases/${id}/special`, approver));
    expect(view.hearing).toMatchObject({ phase: 'informed', toldOn: '2026-09-24', requestBy: '2026-09-29' });
    expect(view.hearing.parties[1]).toBe('李四（相邻住户）');
    expect(view.hearingActions).toEqual(['hearing.request']);
    await refused(act(id, { action: 'hearing.inform', hearing: { ground: '再次' } }), 409, 'HEARING_PHASE');

    vi.setSystemTime(at('2026-09-28'));
    await refused(act(id, { action: 'hearing.request', hearing: { requestedBy: '李四', requestedOn: '2026-09-29' } }), 422, 'HEARING_DATE_INVALID');
    await ok(act(id, { action: 'hearing.request', hearing: { requestedBy: '李四', requestedOn: '2026-09-28' } }));
    const requested = (await ok(get(`/api/v1/cases/${id}/special`, approver))).hearing;
    const holdBy = cal.addWorkdays('2026-09-28', 20);
    expect(requested).toMatchObject({ phase: 'requested', requestedOn: '2026-09-28', holdBy, earliestHearing: '2026-10-08' });

    const schedule = (scheduledOn: string) => act(id, { action: 'hearing.schedule', hearing: { scheduledOn, place: '县政务服务中心三楼听证室' } });
    await refused(schedule('2026-09-30'), 422, 'HEARING_NOTICE_TOO_LATE');
    await refused(schedule('2026-10-06'), 422, 'HEARING_DATE_INVALID');
    await refused(schedule(cal.addWorkdays(holdBy, 1)), 422, 'HEARING_TOO_LATE');
    const noticed = await ok(schedule('2026-10-08'));
    expect(noticed.notices.map((x: { kind: string }) => x.kind)).toEqual(['hearing_notice']);
    const noticePdf = await get(`/api/v1/cases/${id}/notices/${noticed.notices[0].id}/pdf`, approver);
    const noticeText = (await pdfText(noticePdf.rawPayload)).replace(/\s+/g, '');
    for (const s of ['听证通知书', '2026年10月8日', '县政务服务中心三楼听证室', '李四（相邻住户）', '第四十八条']) expect(noticeText).toContain(s);

    const record = { heldOn: '2026-10-08', place: '县政务服务中心三楼听证室', presiding: '孙丽', recorder: '赵建国', participants: [{ name: '李四', role: '利害关系人' }], statements: '李四陈述通行意见', conclusion: '调整出入口位置后不影响通行' };
    vi.setSystemTime(at('2026-10-07'));
    await refused(post(`/api/v1/cases/${id}/special/hearing-records`, record, approver), 422, 'HEARING_DATE_INVALID');
    vi.setSystemTime(at('2026-10-08'));
    const held = await ok(post(`/api/v1/cases/${id}/special/hearing-records`, record, approver));
    expect(held.title).toBe('听证笔录');
    expect((await ok(get(`/api/v1/cases/${id}/special`, approver))).hearing.phase).toBe('held');
    await refused(post(`/api/v1/cases/${id}/special/hearing-records`, record, approver), 409, 'HEARING_PHASE');
  });

  it('a request after the 5 days is refused', async () => {
    const id = await inReview('2026-09-24');
    await ok(act(id, { action: 'hearing.inform', hearing: { ground: '涉及相邻权利人' } }));
    vi.setSystemTime(at('2026-09-30'));
    expect((await ok(get(`/api/v1/cases/${id}/special`, approver))).hearing.phase).toBe('lapsed');
    await refused(act(id, { action: 'hearing.request', hearing: { requestedBy: '李四' } }), 422, 'HEARING_REQUEST_TOO_LATE');
  });

  it('an expert review and a collective discussion, each a numbered printable record', async () => {
    const id = await inReview('2026-09-24');
    const review = { heldOn: '2026-09-24', experts: [{ name: '王专家', title: '高级工程师', unit: '市设计院' }], opinion: '技术方案可行', conclusion: '通过' };
    await refused(post(`/api/v1/cases/${id}/special/expert-reviews`, { ...review, heldOn: '2026-09-25' }, approver), 400, 'VALIDATION_FAILED');
    const r = await ok(post(`/api/v1/cases/${id}/special/expert-reviews`, review, approver));
    expect(r).toMatchObject({ kind: 'expert_review', title: '专家评审意见书' });
    const collective = { heldOn: '2026-09-24', chair: '孙丽', participants: ['孙丽', '赵建国'], topic: '是否准予', conclusion: '同意准予', record: '与会人员一致同意' };
    await refused(post(`/api/v1/cases/${id}/special/collective-discussions`, collective, approver), 400, 'VALIDATION_FAILED');
    const c = await ok(post(`/api/v1/cases/${id}/special/collective-discussions`, { ...collective, participants: ['孙丽', '赵建国', '钱科长'] }, approver));
    const text = (await pdfText((await get(`/api/v1/cases/${id}/special/records/${c.id}/pdf`, approver)).rawPayload)).replace(/\s+/g, '');
    for (const s of ['集体研究记录', c.number, '孙丽、赵建国、钱科长', '同意准予', '与会人员一致同意']) expect(text).toContain(s);
    expect((await ok(get(`/api/v1/cases/${id}/special`, approver))).records.map((x: { kind: string }) => x.kind).sort()).toEqual(['collective', 'expert_review']);
  });

  it('where the guide lists an expert review (§45) it is recorded only while the clock is paused', async () => {
    // A second 承诺件 of 县民政局 whose guide lists 专家评审 among its special procedures (set here:
    // the demo catalog has none with a department), so the department's approver works on it.
    const civil = await rows<{ id: string; version_id: string }>(
      p,
      sql`SELECT i.id, v.id AS version_id FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id JOIN department d ON d.id = v.department_id
          WHERE d.name = '县民政局' AND v.case_type = 'promised' AND i.id <> ${item.id} ORDER BY v.name`,
    );
    const expertItem = pick(await countyItems(p), (i) => civil.some((c) => c.id === i.id), 'a second 承诺件 of 县民政局');
    const versionId = civil.find((c) => c.id === expertItem.id)!.version_id;
    await rows(p, sql`UPDATE catalog_item_version SET special_procedures = special_procedures || '[{"kind":"2","name":"专家评审","note":"评审时间不计入办理时限"}]'::jsonb WHERE id = ${versionId}`);
    const reviewer = approver;
    vi.setSystemTime(at('2026-09-24'));
    const c = (await ok(post('/api/v1/cases/applications', { centerId, applicant: person(8900), items: [{ itemId: expertItem.id }], idempotencyKey: key() }, clerk))).cases[0];
    await ok(act(c.id, { action: 'intake.accept', checklist: fullChecklist(expertItem) }, clerk));
    await ok(act(c.id, { action: 'review.start' }, reviewer));
    const view = await ok(get(`/api/v1/cases/${c.id}/special`, reviewer));
    expect(view.declared.expertReview).toMatchObject({ declared: true, pausesClock: true });
    const review = { heldOn: '2026-09-24', experts: [{ name: '王专家', title: '主任医师', unit: '市医院' }], opinion: '符合鉴定标准', conclusion: '通过' };
    await refused(post(`/api/v1/cases/${c.id}/special/expert-reviews`, review, reviewer), 409, 'EXPERT_REVIEW_NOT_PAUSED');
    await ok(act(c.id, { action: 'pause.start', pause: { kind: 'expertReview', reason: '需组织专家鉴定', timeNeeded: { amount: 10, unit: 'workday' } } }, reviewer));
    await ok(post(`/api/v1/cases/${c.id}/special/expert-reviews`, review, reviewer));
  });
});
