import { describe, expect, it } from 'vitest';
import { fixtureGuide, fixtureMaterials } from '../../../../../domain/catalog/guide.fixture.ts';
import { GuidePatch } from '../../../../../domain/catalog/index.ts';
import type { VersionDetail } from '../types.ts';
import { fieldFor } from './fieldErrors.ts';
import { limitOf, toFormValues, toPatch } from './formValues.ts';

const version = (overrides: Parameters<typeof fixtureGuide>[0] = {}): VersionDetail => ({
  ...fixtureGuide(overrides),
  id: 'v1',
  itemId: 'i1',
  versionNo: 1,
  state: 'draft',
  validFrom: null,
  validTo: null,
  publishedAt: null,
  publishedBy: null,
  createdBy: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  materials: fixtureMaterials().map((m, i) => ({ ...m, id: `m${i}`, versionId: 'v1', seq: i + 1 })),
});

describe('the edit form and the API shapes', () => {
  it('round-trips a guide unchanged, sending only guide elements the schema accepts', () => {
    const v = version();
    const patch = toPatch(toFormValues(v));
    expect(GuidePatch.safeParse(patch).success).toBe(true);
    expect(patch).toEqual(GuidePatch.parse(fixtureGuide()));
    expect(patch).not.toHaveProperty('materials');
    expect(patch).not.toHaveProperty('id');
  });

  it('shows fees in yuan and sends integer fen, without float residue', () => {
    const v = version({
      fee: { charged: true, basis: '发改价格规〔2016〕2559号', items: [{ kind: 'fixed', name: '登记费', amountFen: 8000 }] },
    });
    const form = toFormValues(v);
    expect(form.fee.items[0]).toMatchObject({ kind: 'fixed', amountYuan: 80 });
    form.fee.items = [
      { kind: 'fixed', name: '工本费', amountYuan: 0.1 + 0.2 },
      { kind: 'perUnit', name: '测绘费', unit: '平方米', unitYuan: 1.35, minYuan: null, maxYuan: 500 },
    ];
    expect(toPatch(form).fee!.items).toEqual([
      { kind: 'fixed', name: '工本费', amountFen: 30 },
      { kind: 'perUnit', name: '测绘费', unit: '平方米', unitFen: 135, minFen: undefined, maxFen: 50000 },
    ]);
  });

  it('treats an empty amount as no limit, and 即办 as amount 0', () => {
    expect(limitOf({ amount: null, unit: 'workday', note: '' })).toBeNull();
    expect(limitOf({ amount: 5, unit: 'instant', note: ' ' })).toEqual({ amount: 0, unit: 'instant', note: '' });
    expect(limitOf({ amount: 15, unit: 'workday', note: '依据' })).toEqual({ amount: 15, unit: 'workday', note: '依据' });
  });

  it('sends blank optional codes as null and an online form as parsed JSON', () => {
    const form = toFormValues(version());
    Object.assign(form, { subItemName: ' ', implementationCode: '', formSchema: '{"type":"object","properties":{}}' });
    const patch = toPatch(form);
    expect(patch).toMatchObject({ subItemName: null, implementationCode: null, formSchema: { type: 'object', properties: {} } });
  });
});

describe('placing server problems on form fields', () => {
  const registered = [
    ['name'],
    ['promisedLimit', 'amount'],
    ['promisedLimit', 'unit'],
    ['process'],
    ['process', 0, 'name'],
    ['process', 0, 'phone'],
    ['keywords'],
    ['fee', 'charged'],
    ['fee', 'items', 0, 'amountYuan'],
  ];

  it('finds the field itself, the first field inside a group, or the closest field above', () => {
    expect(fieldFor(registered, 'process.0.phone')).toEqual(['process', 0, 'phone']);
    expect(fieldFor(registered, 'promisedLimit')).toEqual(['promisedLimit', 'amount']);
    expect(fieldFor(registered, 'process.0')).toEqual(['process', 0, 'name']);
    expect(fieldFor(registered, 'keywords.3')).toEqual(['keywords']);
    expect(fieldFor(registered, 'fee.items.0.amountFen')).toEqual(['fee', 'items', 0, 'amountYuan']);
  });

  it('leaves problems of materials, which have their own table, unplaced', () => {
    expect(fieldFor(registered, 'materials.2')).toBeUndefined();
  });
});
