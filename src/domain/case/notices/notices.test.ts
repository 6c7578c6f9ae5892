import { describe, expect, it } from 'vitest';
import { buildNotice, chineseDate, missingElements, noticeKinds, noticeText, requiredElements, type NoticeInput } from './index.ts';
import { noticeFixtures as inputs } from './notice.fixture.ts';

describe('notices', () => {
  it.each(noticeKinds)('%s shows every legal element of FACTS §F', (kind) => {
    const doc = buildNotice(inputs[kind]);
    expect(doc.title.length).toBeGreaterThan(0);
    expect(requiredElements(kind).length).toBeGreaterThan(5);
    expect(missingElements(kind, doc)).toEqual([]);
  });

  it.each(noticeKinds)('%s: removing any element value from the text is reported', (kind) => {
    const doc = buildNotice(inputs[kind]);
    const text = noticeText(doc);
    for (const key of requiredElements(kind)) {
      for (const v of doc.elements[key] ?? []) {
        expect({ key, v, missing: missingElements(kind, doc, text.split(v).join('')) }).toMatchObject({ missing: expect.arrayContaining([key]) });
      }
    }
  });

  it('a notice without a seal reference or a recorded element is incomplete', () => {
    const doc = buildNotice(inputs.acceptance);
    expect(missingElements('acceptance', { ...doc, signatures: doc.signatures.map((s) => ({ ...s, sealRef: null })) })).toEqual(['seal']);
    expect(missingElements('acceptance', { ...doc, elements: { ...doc.elements, promisedDate: [] } })).toEqual(['promisedDate']);
    // A document of another kind does not pass for this one.
    expect(missingElements('non_acceptance', doc)).toEqual(['reasons', 'basis', 'competentAgency', 'reviewRight', 'litigationRight']);
  });

  it('受理通知书 gives the promised date, collection and phone', () => {
    const text = noticeText(buildNotice(inputs.acceptance));
    expect(text).toContain('2026年10月15日前办结');
    expect(text).toContain('出件窗口领取');
    expect(text).toContain('0915-7212345');
  });

  it('补正材料通知书 lists every shortfall in one table', () => {
    const doc = buildNotice(inputs.correction);
    expect(doc.table?.rows.map((r) => r[1])).toEqual(['居民身份证', '收入证明']);
    expect(noticeText(doc)).toContain('共 2 项');
  });

  it('不予受理决定书 names the competent agency and the rights with their windows', () => {
    const text = noticeText(buildNotice(inputs.non_acceptance));
    expect(text).toContain('请向旬阳市市场监督管理局提出申请');
    expect(text).toContain('六十日内向旬阳市人民政府申请行政复议');
    expect(text).toContain('六个月内向旬阳市人民法院提起行政诉讼');
  });

  it('告知承诺书 and the 承诺书 are signed by the applicant', () => {
    expect(buildNotice(inputs.commitment).signatures.map((s) => s.by)).toEqual(['agency', 'applicant']);
    expect(buildNotice(inputs.waiver_pledge).signatures.map((s) => s.by)).toEqual(['applicant']);
  });

  it('is deterministic: the same data gives the same document (reprints are identical)', () => {
    for (const kind of noticeKinds) expect(buildNotice(inputs[kind])).toEqual(buildNotice(structuredClone(inputs[kind])));
  });

  it('refuses an empty correction list and writes Chinese dates', () => {
    expect(() => buildNotice({ ...inputs.correction, kind: 'correction', shortfalls: [] } as NoticeInput)).toThrow();
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
  });
});
