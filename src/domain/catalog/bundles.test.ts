import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BundleInput,
  BundlePatch,
  bundleFormParts,
  bundleValuesOf,
  materialKey,
  mergeBundleForms,
  mergeBundleMaterials,
  splitBundleValues,
  type BundleFormSource,
} from './bundles.ts';

const phone = { type: 'string', title: '联系电话' };
const licence: BundleFormSource = {
  itemId: 'licence',
  formSchema: {
    type: 'object',
    required: ['operator', 'phone', 'address'],
    properties: { tradeName: { type: 'string', title: '名称' }, operator: { type: 'string', title: '经营者姓名' }, phone, address: { type: 'string', title: '经营场所' }, capital: { type: 'number' } },
  },
};
const food: BundleFormSource = {
  itemId: 'food',
  formSchema: {
    type: 'object',
    required: ['category', 'phone'],
    properties: { operator: { type: 'string', title: '法定代表人（负责人）' }, phone, category: { type: 'array', items: { type: 'string' } }, address: { type: 'string' }, capital: { type: 'string' } },
  },
};

describe('mergeBundleForms (一件事 一表申请)', () => {
  it('gives each key once, in the first item’s order then the next item’s new keys', () => {
    const m = mergeBundleForms([licence, food], '开办餐饮店一件事');
    expect(m.fields.map((f) => f.key)).toEqual(['tradeName', 'operator', 'phone', 'address', 'capital', 'category']);
    expect(m.fields.find((f) => f.key === 'phone')).toMatchObject({ itemIds: ['licence', 'food'], required: true });
    // The first item's definition is the one shown.
    expect(m.fields.find((f) => f.key === 'operator')!.schema.title).toBe('经营者姓名');
    expect(m.schema).toMatchObject({ type: 'object', title: '开办餐饮店一件事', required: ['operator', 'phone', 'address', 'category'] });
    expect(Object.keys(m.schema.properties)).toEqual(m.fields.map((f) => f.key));
  });

  it('reports a key two items give different types', () => {
    const m = mergeBundleForms([licence, food]);
    expect(m.conflicts).toEqual([{ key: 'capital', uses: [{ itemId: 'licence', type: 'number' }, { itemId: 'food', type: 'string' }] }]);
    const date = mergeBundleForms([
      { itemId: 'a', formSchema: { type: 'object', properties: { start: { type: 'string', format: 'date' } } } },
      { itemId: 'b', formSchema: { type: 'object', properties: { start: { type: 'string' } } } },
    ]);
    expect(date.conflicts.map((c) => c.key)).toEqual(['start']);
  });

  it('skips items without a form and tolerates odd schemas', () => {
    const m = mergeBundleForms([{ itemId: 'x', formSchema: null }, { itemId: 'y', formSchema: { type: 'object' } }, { itemId: 'z', formSchema: { type: 'object', properties: { a: 'odd', b: { type: ['string', 'null'] } }, required: 'a' } }]);
    expect(m.fields).toEqual([
      { key: 'a', schema: {}, itemIds: ['z'], required: false },
      { key: 'b', schema: { type: ['string', 'null'] }, itemIds: ['z'], required: false },
    ]);
    expect(mergeBundleForms([]).schema).toEqual({ type: 'object', required: [], properties: {} });
  });

  const types = fc.constantFrom('string', 'number', 'integer', 'boolean');
  const key = fc.constantFrom('name', 'phone', 'address', 'idNumber', 'scope', 'a', 'b', 'c');
  const source = fc.record({
    itemId: fc.uuid(),
    props: fc.uniqueArray(fc.tuple(key, types), { selector: ([k]) => k, maxLength: 8 }),
    required: fc.array(key, { maxLength: 4 }),
  });
  const toSources = (xs: { itemId: string; props: [string, string][]; required: readonly string[] }[]): BundleFormSource[] =>
    xs.map((x) => ({ itemId: x.itemId, formSchema: { type: 'object', required: x.required, properties: Object.fromEntries(x.props.map(([k, t]) => [k, { type: t }])) } }));

  it('property: each key once, in first-appearance order, required iff some item requires it, conflicts iff types differ', () => {
    fc.assert(
      fc.property(fc.array(source, { maxLength: 6 }), (xs) => {
        const sources = toSources(xs);
        const m = mergeBundleForms(sources);
        const keys = m.fields.map((f) => f.key);
        expect(new Set(keys).size).toBe(keys.length);
        const firstSeen: string[] = [];
        for (const x of xs) for (const [k] of x.props) if (!firstSeen.includes(k)) firstSeen.push(k);
        expect(keys).toEqual(firstSeen);
        for (const f of m.fields) {
          const askers = xs.filter((x) => x.props.some(([k]) => k === f.key));
          expect(f.required).toBe(askers.some((x) => (x.required as readonly string[]).includes(f.key)));
          const distinctTypes = new Set(askers.map((x) => x.props.find(([k]) => k === f.key)![1]));
          expect(m.conflicts.some((c) => c.key === f.key)).toBe(distinctTypes.size > 1);
          expect(f.schema).toEqual({ type: askers[0]!.props.find(([k]) => k === f.key)![1] });
        }
      }),
    );
  });

  it('property: merging is stable under appending an item with no new keys', () => {
    fc.assert(
      fc.property(fc.array(source, { minLength: 1, maxLength: 5 }), (xs) => {
        const sources = toSources(xs);
        const again = mergeBundleForms([...sources, sources[0]!]);
        expect(again.fields.map((f) => f.key)).toEqual(mergeBundleForms(sources).fields.map((f) => f.key));
      }),
    );
  });
});

describe('the one form of a bundle split back into its items (一表申请)', () => {
  const m = mergeBundleForms([licence, food]);
  const ids = ['licence', 'food'];

  it('asks the shared fields once, then each item’s own fields under the item', () => {
    const parts = bundleFormParts(m.fields, ids);
    expect(parts.shared.map((f) => f.key)).toEqual(['operator', 'phone', 'address', 'capital']);
    expect(parts.own).toEqual([
      { itemId: 'licence', fields: [expect.objectContaining({ key: 'tradeName' })] },
      { itemId: 'food', fields: [expect.objectContaining({ key: 'category' })] },
    ]);
  });

  it('puts a shared value into every item that asks for it and an own value only into its item', () => {
    const split = splitBundleValues(m.fields, ids, { operator: '王秀兰', phone: '13712345678', tradeName: '秀兰小吃', category: ['热食类'], stray: 1 });
    expect(split.get('licence')).toEqual({ operator: '王秀兰', phone: '13712345678', tradeName: '秀兰小吃' });
    expect(split.get('food')).toEqual({ operator: '王秀兰', phone: '13712345678', category: ['热食类'] });
    expect(splitBundleValues(m.fields, [...ids, 'formless'], {}).get('formless')).toEqual({});
  });

  it('resumes a draft from its items: a shared key from the first item that has it', () => {
    const items = [
      { itemId: 'licence', formData: { tradeName: '秀兰小吃' } },
      { itemId: 'food', formData: { phone: '13712345678', operator: '王秀兰' } },
    ];
    expect(bundleValuesOf(m.fields, items)).toEqual({ tradeName: '秀兰小吃', phone: '13712345678', operator: '王秀兰' });
  });

  const value = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }));
  const keys = ['name', 'phone', 'address', 'idNumber', 'scope', 'a', 'b', 'c'];
  const bundle = fc
    .uniqueArray(fc.record({ itemId: fc.uuid(), keys: fc.subarray(keys) }), { selector: (x) => x.itemId, minLength: 2, maxLength: 5 })
    .map((xs) => ({
      itemIds: xs.map((x) => x.itemId),
      form: mergeBundleForms(xs.map((x) => ({ itemId: x.itemId, formSchema: { type: 'object', properties: Object.fromEntries(x.keys.map((k) => [k, { type: 'string' }])) } }))),
      asks: new Map(xs.map((x) => [x.itemId, new Set(x.keys)])),
    }));
  const values = fc.dictionary(fc.constantFrom(...keys, 'stray'), value);

  it('property: merge after split gives back the value (restricted to the form’s keys)', () => {
    fc.assert(
      fc.property(bundle, values, ({ itemIds, form }, v) => {
        const split = splitBundleValues(form.fields, itemIds, v);
        const back = bundleValuesOf(form.fields, itemIds.map((itemId) => ({ itemId, formData: split.get(itemId)! })));
        const known = new Set(form.fields.map((f) => f.key));
        expect(back).toEqual(Object.fromEntries(Object.entries(v).filter(([k]) => known.has(k))));
      }),
    );
  });

  it('property: a key lands in exactly the items that ask for it, with the one value', () => {
    fc.assert(
      fc.property(bundle, values, ({ itemIds, form, asks }, v) => {
        const split = splitBundleValues(form.fields, itemIds, v);
        expect([...split.keys()]).toEqual(itemIds);
        for (const id of itemIds)
          for (const k of [...keys, 'stray']) {
            if (asks.get(id)!.has(k) && k in v) expect(split.get(id)![k]).toEqual(v[k]);
            else expect(k in split.get(id)!).toBe(false);
          }
        const parts = bundleFormParts(form.fields, itemIds);
        const shown = [...parts.shared, ...parts.own.flatMap((o) => o.fields)].map((f) => f.key);
        expect(shown.sort()).toEqual(form.fields.map((f) => f.key).sort());
      }),
    );
  });

  it('property: split after merge gives back consistent items (a shared key holds one value)', () => {
    fc.assert(
      fc.property(bundle, values, ({ itemIds, form }, v) => {
        const items = [...splitBundleValues(form.fields, itemIds, v)].map(([itemId, formData]) => ({ itemId, formData }));
        const again = splitBundleValues(form.fields, itemIds, bundleValuesOf(form.fields, items));
        expect(items.map((i) => again.get(i.itemId))).toEqual(items.map((i) => i.formData));
      }),
    );
  });
});

describe('mergeBundleMaterials', () => {
  const mat = (name: string, required = true) => ({ name, required });
  it('shows a material several items ask for once, required if any requires it', () => {
    const merged = mergeBundleMaterials([
      { itemId: 'a', materials: [mat('申请书'), mat('居民身份证'), mat('经营场所使用证明', false)] },
      { itemId: 'b', materials: [mat('食品经营许可申请书'), mat('居民 身份证'), mat('经营场所使用证明')] },
    ]);
    expect(merged.map((m) => m.name)).toEqual(['申请书', '居民身份证', '经营场所使用证明', '食品经营许可申请书']);
    expect(merged[1]!.itemIds).toEqual(['a', 'b']);
    expect(merged[2]).toMatchObject({ required: true, itemIds: ['a', 'b'] });
  });
  it('compares names without spaces and with full-width brackets folded', () => {
    expect(materialKey('营业执照（副本）')).toBe(materialKey('营业执照 (副本)'));
  });
});

describe('bundle input', () => {
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  it('wants 2 to 20 distinct items', () => {
    const base = { centerId: id(99), name: '开办餐饮店一件事' };
    expect(BundleInput.safeParse({ ...base, itemIds: [id(1)] }).success).toBe(false);
    expect(BundleInput.safeParse({ ...base, itemIds: [id(1), id(1)] }).success).toBe(false);
    expect(BundleInput.safeParse({ ...base, itemIds: Array.from({ length: 21 }, (_, i) => id(i)) }).success).toBe(false);
    expect(BundleInput.parse({ ...base, itemIds: [id(1), id(2)] })).toMatchObject({ description: '', published: false });
    expect(BundlePatch.safeParse({ name: ' ' }).success).toBe(false);
  });
});
