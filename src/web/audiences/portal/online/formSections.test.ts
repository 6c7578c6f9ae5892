import { describe, expect, it } from 'vitest';
import { bundleFormOf, formSections, withSectionValues } from './formSections.ts';
import type { Draft } from './wizard.ts';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const form = (props: Record<string, string>, required: string[] = []) => ({ type: 'object', required, properties: Object.fromEntries(Object.entries(props).map(([k, t]) => [k, { type: t, title: k }])) });
const item = (itemId: string, formSchema: Record<string, unknown> | null) => ({ itemId, formSchema }) as never;
const app = (bundleId: string | null, a = form({ operator: 'string', phone: 'string', tradeName: 'string' }, ['phone']), b = form({ operator: 'string', phone: 'string', area: 'number' }, ['area'])) => ({
  bundleId,
  itemsDetail: [item(A, a), item(B, b)],
});
const draft = (a: Record<string, unknown>, b: Record<string, unknown>): Draft => ({
  subject: { kind: 'self' },
  items: [
    { itemId: A, situationAnswers: {}, formData: a },
    { itemId: B, situationAnswers: {}, formData: b },
  ],
  sharedFields: {},
  delivery: { method: 'window' },
});

describe('the forms of an application', () => {
  it('draws one form per item when the application is not a bundle’s', () => {
    expect(bundleFormOf(app(null))).toBeNull();
    const s = formSections(app(null), draft({ phone: '1' }, { area: 2 }));
    expect(s.map((x) => [x.key, x.values])).toEqual([
      [A, { phone: '1' }],
      [B, { area: 2 }],
    ]);
  });

  it('draws a bundle’s shared fields once, then each item’s own fields, with the draft’s values', () => {
    const s = formSections(app('b1'), draft({ phone: '137', tradeName: '小吃' }, { phone: '137', area: 20 }));
    expect(s.map((x) => x.key)).toEqual(['shared', A, B]);
    expect(s[0]).toMatchObject({ itemId: null, values: { phone: '137' }, schema: { required: ['phone'], properties: { operator: {}, phone: {} } } });
    expect(Object.keys((s[1]!.schema as { properties: object }).properties)).toEqual(['tradeName']);
    expect(s[1]!.values).toEqual({ tradeName: '小吃' });
    expect(s[2]).toMatchObject({ values: { area: 20 }, schema: { required: ['area'] } });
  });

  it('leaves an item with no own field without a form of its own', () => {
    const s = formSections(app('b1', form({ phone: 'string' }), form({ phone: 'string' })), draft({}, {}));
    expect(s.map((x) => [x.key, x.schema === null])).toEqual([
      ['shared', false],
      [A, true],
      [B, true],
    ]);
  });

  it('falls back to one form per item when the items disagree on a key’s type', () => {
    expect(bundleFormOf(app('b1', form({ area: 'string' }), form({ area: 'number' })))).toBeNull();
  });

  it('puts a shared value into both items and keeps the other sections’ values', () => {
    const a = app('b1');
    const bundle = bundleFormOf(a)!;
    const d = withSectionValues(draft({ tradeName: '小吃' }, { area: 20 }), bundle, ['operator', 'phone'], { phone: '13712345678' });
    expect(d.items.map((i) => i.formData)).toEqual([
      { phone: '13712345678', tradeName: '小吃' },
      { phone: '13712345678', area: 20 },
    ]);
    // A shared field emptied is gone from both items.
    const cleared = withSectionValues(d, bundle, ['operator', 'phone'], {});
    expect(cleared.items.map((i) => i.formData)).toEqual([{ tradeName: '小吃' }, { area: 20 }]);
  });
});
