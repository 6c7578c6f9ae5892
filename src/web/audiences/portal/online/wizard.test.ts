import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client.ts';
import {
  applyLink,
  cleanDelivery,
  deliveryProblem,
  missingMaterials,
  needsOf,
  parseApplyQuery,
  sameDraft,
  stepAfter,
  stepProblems,
  subjectOptions,
  uploadProblem,
  withItem,
  type Draft,
} from './wizard.ts';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

const draft = (over: Partial<Draft> = {}): Draft => ({
  subject: { kind: 'self' },
  items: [{ itemId: A, situationAnswers: {}, formData: { name: '张三' } }],
  sharedFields: {},
  delivery: { method: 'window' },
  ...over,
});

describe('apply link', () => {
  it('reads the items (deduplicated) and the bundle; refuses an unusable link', () => {
    expect(parseApplyQuery(new URLSearchParams(`items=${A},${B},${A}&bundle=newborn`))).toEqual({ itemIds: [A, B], bundleId: 'newborn' });
    expect(parseApplyQuery(new URLSearchParams(`items=${A}`))).toEqual({ itemIds: [A] });
    expect(parseApplyQuery(new URLSearchParams(''))).toBeNull();
    expect(parseApplyQuery(new URLSearchParams('items=not-an-id'))).toBeNull();
    expect(parseApplyQuery(new URLSearchParams(`items=${Array.from({ length: 21 }, (_, i) => `${String(i).padStart(8, '0')}-1111-4111-8111-111111111111`).join(',')}`))).toBeNull();
    expect(parseApplyQuery(new URLSearchParams(applyLink([A, B], 'newborn').split('?')[1]))).toEqual({ itemIds: [A, B], bundleId: 'newborn' });
  });
});

describe('steps', () => {
  const needs = [
    { itemId: A, materialId: 'm1', name: '身份证', required: true, files: 0 },
    { itemId: A, materialId: 'm2', name: '户口簿', required: true, files: 2 },
    { itemId: A, materialId: 'm3', name: '照片', required: false, files: 0 },
  ];
  it('materials: only required ones without a file stop the step', () => {
    expect(missingMaterials(needs).map((m) => m.materialId)).toEqual(['m1']);
    expect(stepProblems('materials', draft(), needs, new Map())).toEqual([{ kind: 'materials', missing: [needs[0]] }]);
    expect(stepProblems('subject', draft(), needs, new Map())).toEqual([]);
  });
  it('forms: every 情形 question must be answered', () => {
    const qs = new Map([[A, [{ id: 'q1' }]]]);
    expect(stepProblems('forms', draft(), [], qs)).toEqual([{ kind: 'situations', itemId: A }]);
    expect(stepProblems('forms', withItem(draft(), A, { situationAnswers: { q1: 'o1' } }), [], qs)).toEqual([]);
  });
  it('delivery: mail needs an address; review checks everything', () => {
    expect(deliveryProblem({ method: 'mail', address: '  ' })).toBe('address');
    expect(deliveryProblem({ method: 'electronic' })).toBeNull();
    expect(stepProblems('review', draft({ delivery: { method: 'mail' } }), needs, new Map()).map((p) => p.kind)).toEqual(['materials', 'delivery']);
  });
  it('moves one step, clamped at both ends', () => {
    expect(stepAfter('subject', 1)).toBe('forms');
    expect(stepAfter('subject', -1)).toBe('subject');
    expect(stepAfter('review', 1)).toBe('review');
  });
});

describe('draft', () => {
  it('an untouched draft is the same whatever the key order or a stale mail address', () => {
    const a = draft({ delivery: { method: 'window', address: '旧地址' } });
    const b = draft({ items: [{ formData: { name: '张三' }, situationAnswers: {}, itemId: A }] });
    expect(sameDraft(a, b)).toBe(true);
    expect(sameDraft(a, withItem(a, A, { formData: { name: '李四' } }))).toBe(false);
  });
  it('keeps only the chosen delivery way’s fields, trimmed', () => {
    expect(cleanDelivery({ method: 'window', address: 'x' })).toEqual({ method: 'window' });
    expect(cleanDelivery({ method: 'mail', address: ' 陕西省旬邑县城关街道 1 号 ', recipient: ' ', phone: '13800000000' })).toEqual({ method: 'mail', address: '陕西省旬邑县城关街道 1 号', phone: '13800000000' });
    expect(cleanDelivery(null)).toEqual({ method: 'window' });
  });
  it('counts the server’s materials, leaving out those a 情形 answer removed', () => {
    const m = (materialId: string, status: 'missing' | 'uploaded' | 'not_applicable', files: string[]) => ({ materialId, name: materialId, required: true, originals: 1, copies: 0, fillGuide: '', notes: '', status, correction: null, fileIds: files });
    expect(needsOf({ itemsDetail: [{ itemId: A, materials: [m('m1', 'uploaded', [B]), m('m2', 'not_applicable', [])] }] as never })).toEqual([{ itemId: A, materialId: 'm1', name: 'm1', required: true, files: 1 }]);
  });
});

describe('whom for', () => {
  const sub = (kind: 'self' | 'enterprise' | 'mandate', ref: string, name: string, itemIds?: string[] | null) => ({ kind, ref, name, idMasked: `${ref}-id`, ...(itemIds !== undefined ? { itemIds } : {}) });
  it('self first; enterprises and mandates as /portal/me lists them, each once, with the ids the application takes', () => {
    expect(subjectOptions('张三', [], [A])).toEqual([{ ref: { kind: 'self' }, name: '张三', idMasked: '', outOfScope: false }]);
    const options = subjectOptions('张三', [sub('enterprise', 'e1', '某公司'), sub('self', 'me', '张*'), sub('enterprise', 'e1', '某公司'), sub('mandate', 'm1', '李*', null)], [A]);
    expect(options.map((o) => [o.ref, o.name])).toEqual([
      [{ kind: 'self' }, '张*'],
      [{ kind: 'enterprise', enterpriseId: 'e1' }, '某公司'],
      [{ kind: 'mandate', mandateId: 'm1' }, '李*'],
    ]);
  });
  it('a mandate for other items is shown out of scope', () => {
    const [, narrow, wide] = subjectOptions('张三', [sub('mandate', 'm1', '李*', [B]), sub('mandate', 'm2', '王*', [A, B])], [A]);
    expect([narrow!.outOfScope, wide!.outOfScope]).toEqual([true, false]);
  });
});

describe('upload pre-check', () => {
  it('takes jpg, png and pdf up to the limit', () => {
    expect(uploadProblem({ name: 'a.jpg', size: 10, type: 'image/jpeg' }, 100)).toBeNull();
    expect(uploadProblem({ name: 'a.pdf', size: 10, type: 'application/pdf' }, 100)).toBeNull();
    expect(uploadProblem({ name: 'a.heic', size: 10, type: 'image/heic' }, 100)).toBe('type');
    expect(uploadProblem({ name: 'a.docx', size: 10, type: '' }, 100)).toBe('type');
    expect(uploadProblem({ name: 'a.png', size: 101, type: 'image/png' }, 100)).toBe('size');
  });
  it('tells a stale version by its code', async () => {
    const { isStaleVersion } = await import('./wizard.ts');
    expect(isStaleVersion(new ApiError(409, { code: 'ONLINE_STALE_VERSION', message: '' } as never))).toBe(true);
    expect(isStaleVersion(new ApiError(409, { code: 'OTHER', message: '' } as never))).toBe(false);
  });
});
