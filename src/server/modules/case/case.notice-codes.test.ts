import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNotice, noticeKinds, type NoticeKind } from '../../../domain/case/index.ts';
import { noticeFixtures } from '../../../domain/case/notices/notice.fixture.ts';
import { createLogger } from '../../platform/logger.ts';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { demoIds, type DemoIds, type TestPlatform } from '../../../../test/api/helpers.ts';
import { pdfCodes } from '../../../../test/pdf-codes.ts';
import { pdfFont, renderPdf } from '../guide-pdf/index.ts';
import { countyItems, fullChecklist, person, pick, type DemoItem } from './case.fixture.ts';
import { noticeDefinition } from './notices/notice-pdf.ts';
import { trackingUrlOf } from './notices/issue.ts';

// Notice PDFs checked as a scanner reads them (issue #16): each page rendered to pixels at
// 300 dpi, its Code 128 barcode decodes to the case number and its QR code to the public
// tracking page of that case. First every kind from the domain fixtures, then the notices the
// window really issues, printed through the HTTP route.

// No database is involved in this block, so the PostgreSQL run leaves it to the embedded run
// (it is the slowest block of the suite: every kind rendered and decoded).
describe.skipIf(!!process.env.DATABASE_URL)('notice barcodes and QR codes, decoded from the rendered page', () => {
  it.each(noticeKinds)('%s: the barcode reads the case number, the QR the tracking URL', async (kind) => {
    const doc = buildNotice(noticeFixtures[kind]);
    const pdf = await renderPdf(pdfFont(undefined, createLogger('silent')), await noticeDefinition({ doc, issuedAt: new Date('2026-09-24T02:00:00Z') }));
    expect(await pdfCodes(pdf)).toEqual({ barcode: doc.caseNumber, qr: doc.trackingUrl });
  }, 60_000);

  it('a page for another case reads that case, and a page without a tracking URL has no QR', async () => {
    const input = { ...noticeFixtures.acceptance, caseNumber: noticeFixtures.acceptance.caseNumber.replace(/0001$/, '0917'), trackingUrl: '' };
    const doc = buildNotice(input);
    const pdf = await renderPdf(pdfFont(undefined, createLogger('silent')), await noticeDefinition({ doc, issuedAt: new Date('2026-09-24T02:00:00Z') }));
    expect(await pdfCodes(pdf)).toEqual({ barcode: input.caseNumber, qr: null });
  }, 60_000);
});

describe('issued notices, printed by the route, scan to their case', () => {
  const PUBLIC_URL = 'https://zwfw.xunyi.example.gov.cn';
  let p: TestPlatform;
  let ids: DemoIds;
  let clerk: string;
  let items: DemoItem[];
  let n = 0;
  const key = () => `notice-codes-${++n}`;
  const post = (url: string, payload: object) => p.app.inject({ method: 'POST', url, payload, headers: { cookie: clerk } });

  async function intake(item: DemoItem, checklist: object[] = fullChecklist(item)): Promise<{ id: string; number: string }> {
    const res = await post('/api/v1/cases/applications', { centerId: ids.center['XY-COUNTY'], applicant: person(7100 + n), items: [{ itemId: item.id, checklist }], idempotencyKey: key() });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().cases[0];
  }
  async function act(caseId: string, body: object) {
    const res = await post(`/api/v1/cases/${caseId}/actions`, { idempotencyKey: key(), ...body });
    expect(res.statusCode, res.body).toBe(200);
  }
  /** Every notice of the case, printed through the route and read by the scanner. */
  async function scanned(caseId: string) {
    const page = (await p.app.inject({ url: `/api/v1/cases/${caseId}`, headers: { cookie: clerk } })).json();
    const out: { kind: NoticeKind; barcode: string | null; qr: string | null }[] = [];
    for (const notice of page.notices as { id: string; kind: NoticeKind }[]) {
      const res = await p.app.inject({ url: `/api/v1/cases/${caseId}/notices/${notice.id}/pdf`, headers: { cookie: clerk } });
      expect(res.statusCode).toBe(200);
      out.push({ kind: notice.kind, ...(await pdfCodes(res.rawPayload)) });
    }
    return out;
  }
  const expected = (number: string, kinds: NoticeKind[]) => kinds.map((kind) => ({ kind, barcode: number, qr: trackingUrlOf(PUBLIC_URL, number) }));

  beforeAll(async () => {
    p = await startTestPlatform({ PUBLIC_URL });
    ids = await demoIds(p);
    clerk = await signIn(p, 'clerk');
    items = await countyItems(p);
  });
  afterAll(async () => p?.close());

  it('受理通知书, and 补正材料通知书 before it', async () => {
    const item = pick(items, (i) => i.caseType !== 'instant', 'standard');
    const required = item.materials.find((m) => m.required)!;
    const c = await intake(item, fullChecklist(item).map((e) => (e.materialId === required.id ? { ...e, status: 'missing' } : e)));
    await act(c.id, { action: 'intake.one_time_notice' });
    await act(c.id, { action: 'intake.resume', checklist: fullChecklist(item) });
    await act(c.id, { action: 'intake.accept' });
    expect(await scanned(c.id)).toEqual(expected(c.number, ['correction', 'acceptance']));
  }, 120_000);

  it('不予受理决定书', async () => {
    const c = await intake(items[0]!);
    await act(c.id, { action: 'intake.refuse', refusal: { reasons: '不属于本机关职权范围', basis: '《行政许可法》第三十二条', competentAgency: '旬邑县市场监督管理局' } });
    expect(await scanned(c.id)).toEqual(expected(c.number, ['non_acceptance']));
  }, 60_000);

  it('容缺受理通知书 and the applicant’s 容缺受理承诺书', async () => {
    const item = pick(items, (i) => i.caseType !== 'instant' && i.materials.some((m) => m.waivable && m.required), 'waivable');
    const waivable = item.materials.find((m) => m.waivable && m.required)!;
    const deadline = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const c = await intake(item);
    const checklist = fullChecklist(item).map((e) => (e.materialId === waivable.id ? { ...e, status: 'waived', originals: 0, copies: 0, waiver: { format: '原件', deadline } } : e));
    await act(c.id, { action: 'intake.accept_with_waiver', checklist });
    expect(await scanned(c.id)).toEqual(expected(c.number, ['waiver', 'waiver_pledge']));
  }, 120_000);

  it('告知承诺书', async () => {
    const item = pick(items, (i) => i.commitment, 'commitment');
    const c = await intake(item);
    const replaced = item.materials.filter((m) => m.required).map((m) => m.id);
    await act(c.id, { action: 'intake.commitment_approve', commitment: { conditions: ['申请人具备相应条件'], replacedMaterialIds: replaced, verifyBy: '2099-01-31' } });
    expect(await scanned(c.id)).toEqual(expected(c.number, ['commitment']));
  }, 60_000);
});
