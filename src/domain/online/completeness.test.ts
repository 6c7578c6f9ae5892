import { describe, expect, it } from 'vitest';
import { submitProblems, type CheckedItem } from './completeness.ts';

const item = (over: Partial<CheckedItem> = {}): CheckedItem => ({
  itemId: 'i1',
  itemName: '食品经营许可',
  formSchema: {
    type: 'object',
    required: ['shopName', 'area'],
    properties: { shopName: { type: 'string', title: '店名' }, area: { type: 'number' } },
  },
  formData: { shopName: '老王面馆', area: 30 },
  materials: [
    { id: 'm1', name: '身份证', required: true },
    { id: 'm2', name: '租赁合同', required: false },
  ],
  filed: new Set(['m1']),
  ...over,
});

describe('submit problems', () => {
  it('passes a complete item (optional materials may be missing)', () => {
    expect(submitProblems([item()])).toEqual([]);
  });

  it('names each empty required field and each required material without a file', () => {
    const problems = submitProblems([item({ formData: { shopName: '  ' }, filed: new Set() })]);
    expect(problems).toEqual([
      { kind: 'field', itemId: 'i1', field: 'shopName', message: '「食品经营许可」请填写店名' },
      { kind: 'field', itemId: 'i1', field: 'area', message: '「食品经营许可」请填写area' },
      { kind: 'material', itemId: 'i1', materialId: 'm1', message: '「食品经营许可」请上传身份证' },
    ]);
  });

  it('takes shared fields (一表申请) for every item and tolerates items without a form', () => {
    expect(submitProblems([item({ formData: { area: 1 } })], { shopName: '共用' })).toEqual([]);
    expect(submitProblems([item({ formSchema: null, formData: {} })])).toEqual([]);
  });
});
