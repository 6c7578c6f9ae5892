import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  isRegionWithin,
  parentRegionCode,
  regionLevelOf,
  validateRegionCode,
  type RegionLevel,
} from './region-code.ts';

const PROVINCES =
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82'.split(
    ' ',
  );
const RANK: Record<RegionLevel, number> = {
  province: 0,
  city: 1,
  county: 2,
  township: 3,
  village: 4,
};

const pad = (width: number) => (n: number) => String(n).padStart(width, '0');
const validRegion = fc
  .record({
    province: fc.constantFrom(...PROVINCES),
    city: fc.integer({ min: 0, max: 99 }).map(pad(2)),
    county: fc.integer({ min: 0, max: 99 }).map(pad(2)),
    township: fc.option(fc.integer({ min: 1, max: 999 }).map(pad(3)), { nil: undefined }),
    village: fc.option(fc.integer({ min: 1, max: 999 }).map(pad(3)), { nil: undefined }),
  })
  .map(({ province, city, county, township, village }) => {
    if (city === '00') return `${province}0000`;
    const six = province + city + county;
    if (township === undefined) return six;
    return village === undefined ? six + township : six + township + village;
  });

describe('regionLevelOf', () => {
  it.each([
    ['110000', 'province'],
    ['820000', 'province'],
    ['110100', 'city'],
    ['441900', 'city'],
    ['110105', 'county'],
    ['429004', 'county'],
    ['110105001', 'township'],
    ['441900003', 'township'],
    ['110105001001', 'village'],
  ])('%s is a %s', (code, level) => {
    expect(regionLevelOf(code)).toBe(level);
  });

  it.each([
    '',
    '11000',
    '1100000',
    '11010500',
    '1101050010',
    'ABCDEF',
    '000000',
    '160000',
    '720000',
    '110005',
    '110000001',
    '110105000',
    '110105001000',
  ])('%j has no level', (code) => {
    expect(regionLevelOf(code)).toBeUndefined();
  });
});

describe('validateRegionCode', () => {
  it('accepts real codes', () => {
    expect(validateRegionCode('330106')).toEqual({ ok: true, normalized: '330106' });
  });

  it('tells a wrong shape from an unknown province', () => {
    expect(validateRegionCode('3301')).toEqual({ ok: false, reason: 'format' });
    expect(validateRegionCode('110005')).toEqual({ ok: false, reason: 'format' });
    expect(validateRegionCode('990101')).toEqual({ ok: false, reason: 'province' });
    expect(validateRegionCode('990101001')).toEqual({ ok: false, reason: 'province' });
  });

  it('rejects every code whose first two digits are not a province', () => {
    const prefix = fc
      .integer({ min: 0, max: 99 })
      .map(pad(2))
      .filter((p) => !PROVINCES.includes(p));
    fc.assert(
      fc.property(prefix, fc.integer({ min: 0, max: 9999 }).map(pad(4)), (p, rest) => {
        expect(validateRegionCode(p + rest)).toEqual({ ok: false, reason: 'province' });
      }),
    );
  });
});

describe('parentRegionCode', () => {
  it('walks 12 → 9 → 6 digits and county → city → province', () => {
    expect(parentRegionCode('110105001001')).toBe('110105001');
    expect(parentRegionCode('110105001')).toBe('110105');
    expect(parentRegionCode('110105')).toBe('110100');
    expect(parentRegionCode('110100')).toBe('110000');
    expect(parentRegionCode('110000')).toBeUndefined();
    expect(parentRegionCode('441900003')).toBe('441900');
    expect(parentRegionCode('nope')).toBeUndefined();
  });

  it('every valid code climbs to its province through valid, coarser codes', () => {
    fc.assert(
      fc.property(validRegion, (code) => {
        expect(validateRegionCode(code).ok).toBe(true);
        let current = code;
        let steps = 0;
        for (
          let parent = parentRegionCode(current);
          parent !== undefined;
          parent = parentRegionCode(current)
        ) {
          expect(RANK[regionLevelOf(parent)!]).toBeLessThan(RANK[regionLevelOf(current)!]);
          // A parent is the child's prefix with the finer digits zeroed or dropped.
          const stem = parent.length === 6 ? parent.replace(/(00)+$/, '') : parent;
          expect(current.startsWith(stem)).toBe(true);
          current = parent;
          steps++;
        }
        expect(regionLevelOf(current)).toBe('province');
        expect(current).toBe(`${code.slice(0, 2)}0000`);
        expect(steps).toBeLessThanOrEqual(4);
      }),
    );
  });

  it('places a region within itself and its ancestors only', () => {
    expect(isRegionWithin('610429100201', '610429100')).toBe(true);
    expect(isRegionWithin('610429100201', '610429')).toBe(true);
    expect(isRegionWithin('610429100', '610429100')).toBe(true);
    expect(isRegionWithin('610429101201', '610429100')).toBe(false);
    expect(isRegionWithin('610429', '610429100')).toBe(false);
    // A prefix is not an ancestor by itself: 6104291 is no region, 61042910 neither.
    expect(isRegionWithin('610429101', '61042910')).toBe(false);
    expect(isRegionWithin('441900101', '441900')).toBe(true);
  });
});
