import { describe, expect, it } from 'vitest';
import { compareVersions } from './compare.ts';
import { fixtureGuide, fixtureMaterials } from './guide.fixture.ts';

describe('compareVersions', () => {
  it('finds nothing between equal versions, whatever the key order of jsonb', () => {
    const a = { ...fixtureGuide(), materials: fixtureMaterials() };
    const b = { ...fixtureGuide({ fee: { items: [], basis: '', charged: false } }), materials: fixtureMaterials() };
    expect(compareVersions(a, b)).toEqual({ fields: [], materials: [] });
  });

  it('lists changed fields and added, removed and changed materials', () => {
    const [m1, m2, m3] = fixtureMaterials();
    const a = { ...fixtureGuide(), materials: [m1!, m2!, m3!] };
    const b = { ...fixtureGuide({ promisedLimit: { amount: 5, unit: 'workday', note: '' }, visits: 0 }), materials: [m1!, { ...m2!, copies: 0 }, { ...m3!, name: '银行账户' }] };
    const r = compareVersions(a, b);
    expect(r.fields.map((f) => f.field)).toEqual(['promisedLimit', 'visits']);
    expect(r.fields[1]).toEqual({ field: 'visits', before: 1, after: 0 });
    expect(r.materials).toEqual([
      { change: 'changed', name: '申请人居民身份证', fields: [{ field: 'copies', before: 1, after: 0 }] },
      { change: 'removed', name: '收入证明', before: m3 },
      { change: 'added', name: '银行账户', after: { ...m3!, name: '银行账户' } },
    ]);
  });
});
