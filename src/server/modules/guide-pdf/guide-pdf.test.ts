import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { checkFontSetting, parseFontSetting } from './guide-pdf.font.ts';
import { attachmentHeader, limitText, visitsText, yuan } from './guide-pdf.format.ts';
import { guideDocument } from './guide-pdf.document.ts';
import { parseAnswers } from './guide-pdf.service.ts';
import { getPublicGuide } from '../catalog/index.ts';
import { materialsForAnswers } from '../../../domain/catalog/index.ts';

type Platform = Awaited<ReturnType<typeof startTestPlatform>>;

describe('printable guide (GET /portal/items/:id/guide.pdf)', () => {
  let p: Platform;
  const get = (url: string, headers: Record<string, string> = {}) => p.app.inject({ url: `/api/v1${url}`, headers });
  const idOf = async (q: string) => (await get(`/portal/items?q=${encodeURIComponent(q)}`)).json().items[0].itemId as string;

  beforeAll(async () => {
    p = await startTestPlatform({ PUBLIC_URL: 'https://zwfw.example.gov.cn' });
  });
  afterAll(async () => p?.close());

  it('renders a published guide as an A4 PDF with the CJK font embedded, without signing in', async () => {
    const id = await idOf('最低生活保障');
    const r = await get(`/portal/items/${id}/guide.pdf`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    const pdf = r.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10 * 1024);
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/); // A4 in points
    expect(text).toMatch(/\/FontFile2/); // an embedded TrueType (subset) font
  });

  it('names the download after the item (RFC 5987) and serves a repeat download from memory', async () => {
    const id = await idOf('最低生活保障');
    const first = await get(`/portal/items/${id}/guide.pdf`);
    const again = await get(`/portal/items/${id}/guide.pdf`);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    const disposition = String(first.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="guide-[0-9A-Za-z-]+\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe('办事指南-最低生活保障对象认定.pdf');
  });

  it('with 情形 answers prints the applicant’s 一次性告知单: their answers, and only the materials they need', async () => {
    const id = await idOf('最低生活保障');
    const plain = await get(`/portal/items/${id}/guide.pdf`);
    const tailoredPdf = await get(`/portal/items/${id}/guide.pdf?answers=${encodeURIComponent('in-person:self,illness:no')}`);
    expect(tailoredPdf.statusCode).toBe(200);
    expect(tailoredPdf.rawPayload.equals(plain.rawPayload)).toBe(false);

    expect(parseAnswers('in-person:self,illness:no,broken')).toEqual({ 'in-person': 'self', illness: 'no' });
    const guide = await getPublicGuide(p.ctx.db, id);
    const t = materialsForAnswers(guide, parseAnswers('in-person:self'));
    const doc = guideDocument({
      guide: { ...guide, materials: t.materials },
      pageUrl: 'https://x',
      qrDataUrl: 'data:image/png;base64,',
      generatedAt: '2026-01-01 09:00',
      situation: { answered: t.answered, dropped: t.dropped.map((d) => d.material.name) },
    });
    const text = JSON.stringify(doc.content);
    expect(text).toContain('一次性告知单（按申请人情形）');
    expect(text).toContain('申请人是否本人办理：本人办理');
    expect(text).toContain('按所选情形无需提交：授权委托书及受托人居民身份证');
  });

  it('answers 404 in Chinese for an unknown item and for an item with no published version', async () => {
    const unknown = await get(`/portal/items/${crypto.randomUUID()}/guide.pdf`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'NOT_FOUND', message: '该事项不存在或尚未发布办事指南' });
    expect((await get(`/portal/items/${crypto.randomUUID()}/guide.pdf`, { 'accept-language': 'en' })).json().message).toMatch(/no published guide/);

    const manager = await signIn(p, 'manager');
    const centers = (await p.app.inject({ url: '/api/v1/centers', headers: { cookie: manager } })).json().items as { id: string; code: string }[];
    const draft = await p.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/items',
      headers: { cookie: manager },
      payload: { centerId: centers.find((c) => c.code === 'XY-COUNTY')!.id, basicCode: 'XY-PDF-DRAFT', guide: { name: '未发布的事项', itemType: '20', exerciseLevel: '4', caseType: 'instant' } },
    });
    expect(draft.statusCode).toBe(201);
    expect((await get(`/portal/items/${draft.json().item.id}/guide.pdf`)).statusCode).toBe(404);
    expect((await get('/portal/items/not-a-uuid/guide.pdf')).statusCode).toBe(400);
  });

  it('is listed in the OpenAPI document as a public operation', async () => {
    const doc = (await p.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/v1/portal/items/{id}/guide.pdf'].get).toMatchObject({ operationId: 'getGuidePdf', security: [] });
  });
});

describe('guide wording', () => {
  it('turns fen into yuan, limits into words, and visits into the plain promise', () => {
    expect([yuan(2000), yuan(1250), yuan(5)]).toEqual(['20', '12.50', '0.05']);
    expect(limitText({ amount: 20, unit: 'workday', note: '' })).toBe('20 个工作日');
    expect(limitText({ amount: 0, unit: 'instant', note: '' })).toBe('即办（当场办结）');
    expect([visitsText(0), visitsText(1)]).toEqual(['零跑腿（全程网办或邮寄）', '最多跑一次']);
  });

  it('reads a font setting: a collection face after #, Noto CJK collections default to the SC face', () => {
    expect(parseFontSetting('/f/NotoSansCJK-Regular.ttc')).toEqual({ file: '/f/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' });
    expect(parseFontSetting('/f/x.ttc#NotoSansCJKtc-Bold')).toEqual({ file: '/f/x.ttc', face: 'NotoSansCJKtc-Bold' });
    expect(parseFontSetting('/f/a.ttf')).toEqual({ file: '/f/a.ttf' });
    expect(() => checkFontSetting('/nonexistent/font.ttf')).toThrow(/PDF_FONT_PATH/);
    expect(() => checkFontSetting(undefined)).not.toThrow();
  });

  it('encodes a Chinese file name so that every header character is ASCII', () => {
    const h = attachmentHeader("婚姻登记（补领）'x'.pdf", 'guide-1.pdf');
    expect(h).toMatch(/^[\x20-\x7e]+$/);
    expect(h).toContain("filename*=UTF-8''%E5%A9%9A");
    expect(h).toContain('%27x%27');
  });
});
