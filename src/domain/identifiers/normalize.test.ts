import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { idCardCheckChar, validateIdCard } from './id-card.ts';
import { isMobile } from './mobile.ts';
import { normalizeIdCard, normalizeMobile } from './normalize.ts';

const fullWidth = (s: string) => s.replace(/[0-9A-Za-z+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const separator = fc.constantFrom(' ', '-', '  ', '\u3000', '－', '.', '\u00a0', '—');

/** The characters of `value` with random separators between them. */
const spread = (value: string) =>
  fc.array(fc.option(separator, { nil: '' }), { minLength: value.length, maxLength: value.length }).map((seps) => [...value].map((c, i) => c + seps[i]).join(''));

const mobileArb = fc.tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999_999_999 })).map(([n, rest]) => `1${n}${String(rest).padStart(9, '0')}`);
const idArb = fc
  .record({ region: fc.constantFrom('610429', '110101', '441900'), y: fc.integer({ min: 1930, max: 2010 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), seq: fc.integer({ min: 0, max: 999 }) })
  .map(({ region, y, m, d, seq }) => {
    const first17 = `${region}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
    return first17 + idCardCheckChar(first17);
  });

describe('normalizeMobile', () => {
  it.each([
    ['139 1234 5678', '13912345678'],
    ['139-1234-5678', '13912345678'],
    ['+86 139 1234 5678', '13912345678'],
    ['+86-13912345678', '13912345678'],
    ['0086 139 1234 5678', '13912345678'],
    ['(+86) 139 1234 5678', '13912345678'],
    ['8613912345678', '13912345678'],
    ['１３９　１２３４　５６７８', '13912345678'],
    ['＋８６ 139.1234.5678', '13912345678'],
    [' 13912345678 ', '13912345678'],
  ])('reads %j as %s', (typed, expected) => {
    expect(normalizeMobile(typed)).toBe(expected);
    expect(isMobile(normalizeMobile(typed))).toBe(true);
  });

  it.each(['139 1234 567', '1391234567x', '+1 139 1234 5678', '86 1391234567', '029-3441-2345', ''])('keeps %j invalid', (typed) => {
    expect(isMobile(normalizeMobile(typed))).toBe(false);
  });

  it('gives back the number however it was spaced, prefixed or typed in full width', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(mobileArb, fc.constantFrom('', '+86', '+86 ', '0086', '0086-', '86'), fc.boolean())
          .chain(([m, prefix, wide]) => spread(prefix + m).map((typed) => ({ m, typed: wide ? fullWidth(typed) : typed }))),
        ({ m, typed }) => {
          expect(normalizeMobile(typed)).toBe(m);
        },
      ),
    );
  });

  it('is idempotent and never makes a number valid that has too few or too many digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 -+'.split('')), maxLength: 20 }), (s) => {
        const once = normalizeMobile(s);
        expect(normalizeMobile(once)).toBe(once);
        const digits = s.replace(/\D/g, '');
        if (isMobile(once)) expect([11, 13, 15]).toContain(digits.length);
      }),
    );
  });
});

describe('normalizeIdCard', () => {
  it.each([
    ['610429 19850607 1231', '610429198506071231'],
    ['61042919900101001x', '61042919900101001X'],
    ['610429-1990-0101-001x', '61042919900101001X'],
    ['６１０４２９１９９００１０１００１ｘ', '61042919900101001X'],
  ])('reads %j as %s', (typed, expected) => {
    expect(normalizeIdCard(typed)).toBe(expected);
  });

  it('gives back a valid ID however it was spaced or cased', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(idArb, fc.boolean(), fc.boolean())
          .chain(([id, lower, wide]) => spread(lower ? id.toLowerCase() : id).map((typed) => ({ id, typed: wide ? fullWidth(typed) : typed }))),
        ({ id, typed }) => {
          const normalized = normalizeIdCard(typed);
          expect(normalized).toBe(id);
          expect(validateIdCard(normalized, new Date('2026-01-01')).ok).toBe(true);
        },
      ),
    );
  });
});
