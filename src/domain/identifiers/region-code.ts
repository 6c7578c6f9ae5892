// 行政区划代码: GB/T 2260 (6 digits, county level and above) extended by the statistical
// township (9 digits) and village (12 digits) codes.
import type { IdentifierResult } from './result.ts';

export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'village';
export type RegionCodeReason = 'format' | 'province';
export type RegionCodeResult = IdentifierResult<RegionCodeReason>;

// 71 台湾, 81 香港, 82 澳门 are in the standard even though their lower levels are not.
const PROVINCES = new Set([
  ...['11', '12', '13', '14', '15', '21', '22', '23'],
  ...['31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46'],
  ...['50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82'],
]);

type Classified = { level: RegionLevel } | { reason: RegionCodeReason };

function classify(code: string): Classified {
  if (!/^\d{6}(?:\d{3}){0,2}$/.test(code)) return { reason: 'format' };
  if (!PROVINCES.has(code.slice(0, 2))) return { reason: 'province' };
  if (code.length === 6) {
    const city = code.slice(2, 4);
    const county = code.slice(4, 6);
    if (city === '00') {
      // A county always sits under a city part (01 for 直辖市 districts, 90 for 省直辖县),
      // so xx00yy would have no parent on the chain.
      return county === '00' ? { level: 'province' } : { reason: 'format' };
    }
    return { level: county === '00' ? 'city' : 'county' };
  }
  // Trailing 000 is zero padding of the parent, not a township or village of its own.
  if (code.endsWith('000')) return { reason: 'format' };
  const parent = classify(code.slice(0, -3));
  if (!('level' in parent)) return parent;
  // Townships hang off a county, or off a city without counties (东莞 441900, 中山 442000).
  if (parent.level === 'province') return { reason: 'format' };
  return { level: code.length === 9 ? 'township' : 'village' };
}

export function validateRegionCode(code: string): RegionCodeResult {
  const c = classify(code);
  return 'level' in c ? { ok: true, normalized: code } : { ok: false, reason: c.reason };
}

export function regionLevelOf(code: string): RegionLevel | undefined {
  const c = classify(code);
  return 'level' in c ? c.level : undefined;
}

/** One level up; undefined for a province or an invalid code. */
export function parentRegionCode(code: string): string | undefined {
  switch (regionLevelOf(code)) {
    case 'village':
      return code.slice(0, 9);
    case 'township':
      return code.slice(0, 6);
    case 'county':
      return `${code.slice(0, 4)}00`;
    case 'city':
      return `${code.slice(0, 2)}0000`;
    default:
      return undefined;
  }
}

/** True when `code` is `ancestor` itself or lies below it on the GB/T 2260 chain. */
export function isRegionWithin(code: string, ancestor: string): boolean {
  for (let c: string | undefined = code; c; c = parentRegionCode(c)) if (c === ancestor) return true;
  return false;
}
