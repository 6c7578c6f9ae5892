import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkAccept,
  checkCommitment,
  checkInstant,
  checkOneTimeNotice,
  checkRefuse,
  checkWaiver,
  materialStatuses,
  possibleOutcomes,
  shortfalls,
  type ChecklistEntry,
  type OutcomeCheck,
  type OutcomeItem,
} from './outcomes.ts';

const item: OutcomeItem = {
  caseType: 'promised',
  commitmentEligible: false,
  materials: [
    { id: 'm1', name: '申请书', originals: 1, copies: 0, required: true, waivable: false, exemptWhenShared: false },
    { id: 'm2', name: '居民身份证', originals: 1, copies: 1, required: true, waivable: false, exemptWhenShared: true },
    { id: 'm3', name: '收入证明', originals: 1, copies: 0, required: true, waivable: true, exemptWhenShared: false },
    { id: 'm4', name: '其他佐证材料', originals: 0, copies: 1, required: false, waivable: false, exemptWhenShared: false },
  ],
};
const got = (materialId: string, originals = 1, copies = 1): ChecklistEntry => ({ materialId, status: 'received', originals, copies, scans: [] });
const complete = [got('m1'), got('m2'), got('m3')];
const codes = (r: OutcomeCheck) => (r.ok ? [] : r.problems.map((p) => `${p.code}${p.materialId ? `:${p.materialId}` : ''}`));
const ctx = { today: '2026-09-24', promisedDue: '2026-10-15', badCredit: false };

describe('受理 and 即办', () => {
  it('accepts complete materials, optional ones may be absent', () => {
    expect(checkAccept(item, complete)).toEqual({ ok: true });
  });
  it('names each missing, defective and short material', () => {
    const list: ChecklistEntry[] = [got('m1'), { ...got('m2'), status: 'defective', defect: '身份证已过有效期' }, got('m3', 1, 0)];
    expect(codes(checkAccept(item, list))).toEqual(['MATERIALS_INCOMPLETE:m2']);
    expect(codes(checkAccept(item, [got('m1', 0, 0), got('m2')]))).toEqual(['MATERIALS_INCOMPLETE:m1', 'MATERIALS_INCOMPLETE:m3']);
  });
  it('counts reuse (免提交) and situational removal as satisfied, with their source or reason', () => {
    const list: ChecklistEntry[] = [got('m1'), { ...got('m2', 0, 0), status: 'reused', reusedFrom: 'E2026' }, { ...got('m3', 0, 0), status: 'not_applicable', reason: '无固定收入' }];
    expect(checkAccept(item, list)).toEqual({ ok: true });
    expect(codes(checkAccept(item, [got('m1'), { ...got('m2', 0, 0), status: 'reused' }, got('m3')]))).toEqual(['BAD_ENTRY:m2']);
  });
  it('即办 only for an instant item', () => {
    expect(codes(checkInstant(item, complete))).toEqual(['NOT_INSTANT']);
    expect(checkInstant({ ...item, caseType: 'instant' }, complete)).toEqual({ ok: true });
  });
  it('refuses unknown and duplicated materials', () => {
    expect(codes(checkAccept(item, [...complete, got('x9'), got('m1')]))).toEqual(['UNKNOWN_MATERIAL:x9', 'DUPLICATE_MATERIAL:m1']);
  });
});

describe('一次性告知', () => {
  it('lists every shortfall at once and is refused when nothing is missing', () => {
    const list: ChecklistEntry[] = [{ ...got('m1'), status: 'defective', defect: '未签字' }];
    expect(shortfalls(item, list).map((s) => [s.materialId, s.kind])).toEqual([
      ['m1', 'defective'],
      ['m2', 'missing'],
      ['m3', 'missing'],
    ]);
    expect(checkOneTimeNotice(item, list)).toEqual({ ok: true });
    expect(codes(checkOneTimeNotice(item, complete))).toEqual(['NOTHING_TO_CORRECT']);
  });
});

describe('不予受理', () => {
  it('needs reasons, basis and the competent agency', () => {
    expect(codes(checkRefuse({ reasons: '不属于本机关职权范围', basis: '行政许可法第三十二条', competentAgency: '' }))).toEqual(['REFUSAL_INCOMPLETE']);
    expect(checkRefuse({ reasons: 'a', basis: 'b', competentAgency: '市市场监督管理局' })).toEqual({ ok: true });
  });
});

describe('容缺受理', () => {
  const waived: ChecklistEntry = { ...got('m3', 0, 0), status: 'waived', waiver: { format: '原件 1 份', deadline: '2026-10-09' } };
  it('accepts a waivable material waived with format and a deadline within the promised limit', () => {
    expect(checkWaiver(item, [got('m1'), got('m2'), waived], ctx)).toEqual({ ok: true });
  });
  it('never for an applicant on the bad-credit list', () => {
    expect(codes(checkWaiver(item, [got('m1'), got('m2'), waived], { ...ctx, badCredit: true }))).toEqual(['WAIVER_BAD_CREDIT']);
  });
  it('never past the promised due date, nor before today', () => {
    const late = { ...waived, waiver: { format: '原件', deadline: '2026-10-16' } };
    const past = { ...waived, waiver: { format: '原件', deadline: '2026-09-23' } };
    expect(codes(checkWaiver(item, [got('m1'), got('m2'), late], ctx))).toEqual(['WAIVER_DEADLINE:m3']);
    expect(codes(checkWaiver(item, [got('m1'), got('m2'), past], ctx))).toEqual(['WAIVER_DEADLINE:m3']);
    expect(checkWaiver(item, [got('m1'), got('m2'), { ...waived, waiver: { format: '原件', deadline: '2026-10-15' } }], ctx).ok).toBe(true);
  });
  it('only for waivable materials, and a missing main material still blocks it', () => {
    const waivedMain: ChecklistEntry = { ...got('m1', 0, 0), status: 'waived', waiver: { format: '原件', deadline: '2026-10-09' } };
    expect(codes(checkWaiver(item, [waivedMain, got('m2'), waived], ctx))).toEqual(['WAIVED_NOT_ALLOWED:m1']);
    expect(codes(checkWaiver(item, [got('m1'), waived], ctx))).toEqual(['MATERIALS_INCOMPLETE:m2']);
  });
  it('not for an item without waivable materials, and not when nothing is waived', () => {
    const strict = { ...item, materials: item.materials.map((m) => ({ ...m, waivable: false })) };
    expect(codes(checkWaiver(strict, complete, ctx))).toEqual(['WAIVER_NOT_ALLOWED_FOR_ITEM', 'WAIVER_NOTHING_WAIVED']);
  });
});

describe('告知承诺', () => {
  const eligible = { ...item, commitmentEligible: true };
  const terms = { conditions: ['申请人家庭人均收入低于当地标准'], replacedMaterialIds: ['m3'], verifyBy: '2026-11-24' };
  it('replaces the proofs named in the commitment, for an eligible item and applicant', () => {
    expect(checkCommitment(eligible, [got('m1'), got('m2')], terms, ctx)).toEqual({ ok: true });
    expect(codes(checkCommitment(item, [got('m1'), got('m2')], terms, ctx))).toEqual(['COMMITMENT_NOT_ELIGIBLE']);
    expect(codes(checkCommitment(eligible, [got('m1'), got('m2')], terms, { ...ctx, badCredit: true }))).toEqual(['COMMITMENT_BAD_CREDIT']);
    expect(codes(checkCommitment(eligible, [got('m1')], terms, ctx))).toEqual(['COMMITMENT_NOT_COVERED:m2']);
    expect(codes(checkCommitment(eligible, [got('m1'), got('m2')], { ...terms, conditions: [' '], verifyBy: '2026-09-24' }, ctx))).toEqual(['COMMITMENT_TERMS', 'COMMITMENT_TERMS']);
  });
});

describe('properties', () => {
  const entry = fc.record({
    materialId: fc.constantFrom('m1', 'm2', 'm3', 'm4'),
    status: fc.constantFrom(...materialStatuses),
    originals: fc.integer({ min: 0, max: 2 }),
    copies: fc.integer({ min: 0, max: 2 }),
    scans: fc.constant([] as string[]),
    defect: fc.constant('不清晰'),
    reusedFrom: fc.constant('E1'),
    reason: fc.constant('情形不适用'),
    waiver: fc.constant({ format: '原件', deadline: '2026-10-01' }),
  });
  const checklist = fc.uniqueArray(entry, { selector: (e) => e.materialId });
  it('accept and one-time notice exclude each other on a well-formed checklist without waivers', () => {
    fc.assert(
      fc.property(checklist, (list) => {
        const clean = list.filter((e) => e.status !== 'waived');
        expect(checkAccept(item, clean).ok).toBe(!checkOneTimeNotice(item, clean).ok);
      }),
    );
  });
  it('a checklist that can be accepted has no shortfall, and possibleOutcomes agrees with the validators', () => {
    fc.assert(
      fc.property(checklist, fc.boolean(), (list, badCredit) => {
        const c = { ...ctx, badCredit };
        const outs = possibleOutcomes(item, list, c);
        expect(outs.includes('accept')).toBe(checkAccept(item, list).ok);
        if (outs.includes('accept')) expect(shortfalls(item, list)).toEqual([]);
        if (badCredit) expect(outs).not.toContain('accept_with_waiver');
        expect(outs).toContain('refuse');
      }),
    );
  });
});
