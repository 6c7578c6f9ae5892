import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNotice, missingElements, noticeKinds } from '../../../domain/case/index.ts';
import { noticeFixtures } from '../../../domain/case/notices/notice.fixture.ts';
import { createLogger } from '../../platform/logger.ts';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { rows, type TestPlatform } from '../../../../test/api/helpers.ts';
import { pdfFont, renderPdf } from '../guide-pdf/index.ts';
import { countyItems, fullChecklist, person, pick } from './case.fixture.ts';
import { noticeDefinition } from './notices/notice-pdf.ts';
import { pdfText } from './notices/pdf-text.ts';

// Notice PDFs checked by content (every FACTS §F element in the extracted text), reprints,
// and the public tracking page the notices' QR codes lead to.

describe('notice PDFs', () => {
  it.each(noticeKinds)('%s: the extracted text shows every required element', async (kind) => {
    const doc = buildNotice(noticeFixtures[kind]);
    const pdf = await renderPdf(pdfFont(undefined, createLogger('silent')), await noticeDefinition({ doc, issuedAt: new Date('2026-09-24T02:00:00Z') }));
    const text = await pdfText(pdf);
    expect(text.replace(/\s+/g, '')).toContain(doc.number);
    expect(missingElements(kind, doc, text)).toEqual([]);
    // A page that lost its second half must fail the same check (the check can fail).
    expect(missingElements(kind, doc, text.slice(0, text.length / 2)).length).toBeGreaterThan(0);
  }, 30_000);
});

describe('issued notices and public tracking', () => {
  let p: TestPlatform;
  let clerk: string;
  let caseId: string;
  let number: string;
  const who = person(4242);

  beforeAll(async () => {
    p = await startTestPlatform({ FILES_DIR: mkdtempSync(join(tmpdir(), 'ow-case-scans-')) });
    clerk = await signIn(p, 'clerk');
    const manager = await signIn(p, 'manager');
    const year = new Date().getUTCFullYear() + 1;
    await p.app.inject({ method: 'POST', url: '/api/v1/calendar/import', headers: { cookie: manager }, payload: { year, days: [{ name: '元旦', date: `${year}-01-01`, isOffDay: true }] } });
    const ids = await rows<{ id: string }>(p, sql`SELECT id FROM center WHERE code = 'XY-COUNTY'`);
    const item = pick(await countyItems(p), (i) => i.caseType !== 'instant', 'standard');
    const res = await p.app.inject({
      method: 'POST',
      url: '/api/v1/cases/applications',
      headers: { cookie: clerk },
      payload: { centerId: ids[0]!.id, applicant: who, items: [{ itemId: item.id, checklist: fullChecklist(item) }], idempotencyKey: 'notices-test-0001' },
    });
    ({ id: caseId, number } = res.json().cases[0]);
    const acted = await p.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/actions`, headers: { cookie: clerk }, payload: { action: 'intake.accept', idempotencyKey: 'notices-test-0002' } });
    expect(acted.statusCode, acted.body).toBe(200);
  });
  afterAll(async () => p?.close());

  it('prints the acceptance notice from the stored document, identically on reprint', async () => {
    const page = (await p.app.inject({ url: `/api/v1/cases/${caseId}`, headers: { cookie: clerk } })).json();
    const notice = page.notices[0];
    const url = `/api/v1/cases/${caseId}/notices/${notice.id}/pdf`;
    const first = await p.app.inject({ url, headers: { cookie: clerk } });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(first.rawPayload);
    const [stored] = await rows<{ document: never }>(p, sql`SELECT document FROM case_notice WHERE id = ${notice.id}`);
    expect(missingElements('acceptance', stored!.document, text)).toEqual([]);
    expect(text.replace(/\s+/g, '')).toContain(number);
    const again = await p.app.inject({ url, headers: { cookie: clerk } });
    expect(Buffer.compare(again.rawPayload, first.rawPayload)).toBe(0);
    const tq = await signIn(p, 'tq-clerk');
    expect((await p.app.inject({ url, headers: { cookie: tq } })).statusCode).toBe(403);
  });

  it('tracks a case by number and phone; wrong phone and unknown number answer alike', async () => {
    const ok = await p.app.inject({ url: `/api/v1/portal/track?number=${encodeURIComponent(number)}&phone=${who.phone}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ found: true, stage: { state: 'accepted' }, notices: [{ kind: 'acceptance' }] });
    expect(ok.json().promisedDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(ok.json())).not.toContain(who.idNumber);
    const wrong = await p.app.inject({ url: `/api/v1/portal/track?number=${encodeURIComponent(number)}&phone=13000000000` });
    const unknown = await p.app.inject({ url: `/api/v1/portal/track?number=NOPE20260101&phone=${who.phone}` });
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().found).toBe(false);
  });

  it('handover log: started by the acceptance itself, more added by hand, confirmed oldest first by scanning the case number', async () => {
    const auto = (await p.app.inject({ url: `/api/v1/cases/${caseId}`, headers: { cookie: clerk } })).json().handovers;
    expect(auto).toHaveLength(1);
    expect(auto[0].confirmedAt).toBeNull();
    const made = await p.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/handovers`, headers: { cookie: clerk }, payload: { toDepartment: '县民政局', items: '申请表原件 1 份' } });
    expect(made.statusCode, made.body).toBe(200);
    const approver = await signIn(p, 'approver');
    const confirmed = await p.app.inject({ method: 'POST', url: '/api/v1/cases/handovers/confirm', headers: { cookie: approver }, payload: { caseNumber: number } });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().confirmedByName).toBe('赵建国');
    expect(confirmed.json().id).toBe(auto[0].id);
    const twice = await p.app.inject({ method: 'POST', url: '/api/v1/cases/handovers/confirm', headers: { cookie: approver }, payload: { caseNumber: number } });
    expect(twice.statusCode).toBe(200);
    expect(twice.json().id).toBe(made.json().id);
    const thrice = await p.app.inject({ method: 'POST', url: '/api/v1/cases/handovers/confirm', headers: { cookie: approver }, payload: { caseNumber: number } });
    expect(thrice.json().code).toBe('CASE_HANDOVER_NOT_FOUND');
    const page = (await p.app.inject({ url: `/api/v1/cases/${caseId}`, headers: { cookie: clerk } })).json();
    expect(page.handovers).toHaveLength(2);
    expect(page.handovers.every((h: { confirmedAt: string | null }) => h.confirmedAt !== null)).toBe(true);
  });

  it('consultation desk: logged with the first-asker; answered ones flagged build the item’s public knowledge base', async () => {
    const [center] = await rows<{ id: string }>(p, sql`SELECT id FROM center WHERE code = 'XY-COUNTY'`);
    const [item] = await rows<{ id: string }>(p, sql`SELECT id FROM catalog_item LIMIT 1`);
    const log = (payload: object) => p.app.inject({ method: 'POST', url: '/api/v1/consultations', headers: { cookie: clerk }, payload: { centerId: center!.id, channel: 'visit', itemId: item!.id, ...payload } });
    expect((await log({ question: '需要带户口本吗？', answer: '需要带原件', knowledgeBase: true })).json().firstAskedBy).toBe('王晓燕');
    await log({ question: '可以代办吗？', knowledgeBase: true }); // unanswered: not for the portal
    await log({ question: '私人问题', answer: '已答复', knowledgeBase: false });
    const kb = (await p.app.inject({ url: `/api/v1/portal/items/${item!.id}/knowledge` })).json();
    expect(kb.items.map((k: { question: string }) => k.question)).toEqual(['需要带户口本吗？']);
    const desk = (await p.app.inject({ url: '/api/v1/consultations', headers: { cookie: clerk } })).json();
    expect(desk.total).toBe(3);
    const tq = await signIn(p, 'tq-clerk');
    expect((await p.app.inject({ url: '/api/v1/consultations', headers: { cookie: tq } })).json().total).toBe(0);
  });

  it('scans: stored by SHA-256 after sniffing, listed on the material, read back only within scope', async () => {
    const page = (await p.app.inject({ url: `/api/v1/cases/${caseId}`, headers: { cookie: clerk } })).json();
    const materialId = page.materials[0].materialId;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR fake scan body for the test')]);
    const url = `/api/v1/cases/${caseId}/materials/${materialId}/scans`;
    const up = await p.app.inject({ method: 'POST', url, headers: { cookie: clerk, 'content-type': 'image/png' }, payload: png });
    expect(up.statusCode, up.body).toBe(200);
    const sha = createHash('sha256').update(png).digest('hex');
    expect(up.json().scans).toEqual([{ sha256: sha, mime: 'image/png', size: png.length }]);
    const disguised = await p.app.inject({ method: 'POST', url, headers: { cookie: clerk, 'content-type': 'image/png' }, payload: Buffer.from('MZ not really a png') });
    expect(disguised.json().code).toBe('FILE_TYPE_NOT_ALLOWED');
    const back = await p.app.inject({ url: `/api/v1/cases/${caseId}/scans/${sha}`, headers: { cookie: clerk } });
    expect(back.statusCode).toBe(200);
    expect(Buffer.compare(back.rawPayload, png)).toBe(0);
    const tq = await signIn(p, 'tq-clerk');
    expect((await p.app.inject({ url: `/api/v1/cases/${caseId}/scans/${sha}`, headers: { cookie: tq } })).statusCode).toBe(403);
  });
});
