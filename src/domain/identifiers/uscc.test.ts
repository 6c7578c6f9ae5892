import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { USCC_ALPHABET, usccCheckChar, validateUscc } from './uscc.ts';

const validUscc = fc
  .string({ unit: fc.constantFrom(...USCC_ALPHABET), minLength: 17, maxLength: 17 })
  .map((first17) => first17 + usccCheckChar(first17));

// Codes of registered companies, checked against the algorithm independently of these tests.
const PUBLISHED = [
  '91350100M000100Y43',
  '911100001000044477',
  '9144030071526726XG',
  '914403001922038216',
  '91330100716105852F',
];

describe('usccCheckChar', () => {
  it('computes the check char of published codes', () => {
    for (const code of PUBLISHED) expect(usccCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it('maps the remainders 0 and 1 to 0 and Y', () => {
    // W is 28 and has weight 1, 1 has weight 3: 28 + 3 = 31 ≡ 0, and 31 − 0 = 31 is written 0.
    expect(usccCheckChar('W1000000000000000')).toBe('0');
    expect(usccCheckChar('10000000000000000')).toBe('Y');
  });

  it('accepts a lowercase body', () => {
    expect(usccCheckChar('91350100m000100y4')).toBe('3');
  });

  it('rejects bodies outside the alphabet or of the wrong length', () => {
    expect(() => usccCheckChar('91350100M000100I4')).toThrow(RangeError);
    expect(() => usccCheckChar('91350100M000100Y')).toThrow(RangeError);
  });
});

describe('validateUscc', () => {
  it('accepts published codes and uppercases', () => {
    for (const code of PUBLISHED)
      expect(validateUscc(code)).toEqual({ ok: true, normalized: code });
    expect(validateUscc('91350100m000100y43')).toEqual({
      ok: true,
      normalized: '91350100M000100Y43',
    });
  });

  it.each([
    '',
    '91350100M000100Y4',
    '91350100M000100Y433',
    '91350100M000100I43',
    '91350100M000100O43',
    '91350100M000100S43',
    '91350100M000100V43',
    '91350100M000100Z43',
    '91350100-000100Y43',
  ])('rejects malformed %j', (value) => {
    expect(validateUscc(value)).toEqual({ ok: false, reason: 'format' });
  });

  it('rejects a wrong check char', () => {
    expect(validateUscc('91350100M000100Y44')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('accepts every generated code', () => {
    fc.assert(fc.property(validUscc, (code) => validateUscc(code).ok));
  });

  it('detects any single-character substitution', () => {
    // 31 is prime and every weight is non-zero mod 31, so any change of one value moves the sum.
    const corrupted = validUscc.chain((code) =>
      fc
        .record({
          code: fc.constant(code),
          pos: fc.integer({ min: 0, max: 17 }),
          char: fc.constantFrom(...USCC_ALPHABET),
        })
        .filter(({ code, pos, char }) => code[pos] !== char),
    );
    fc.assert(
      fc.property(corrupted, ({ code, pos, char }) => {
        const value = code.slice(0, pos) + char + code.slice(pos + 1);
        expect(validateUscc(value)).toEqual({ ok: false, reason: 'checksum' });
      }),
    );
  });

  it('detects any swap of two adjacent different characters', () => {
    // w[i+1] = 3·w[i] mod 31, so w[i] − w[i+1] = −2·w[i] ≠ 0; the check char acts as weight 1 next to 28.
    const swapped = validUscc.chain((code) =>
      fc
        .record({ code: fc.constant(code), pos: fc.integer({ min: 0, max: 16 }) })
        .filter(({ code, pos }) => code[pos] !== code[pos + 1]),
    );
    fc.assert(
      fc.property(swapped, ({ code, pos }) => {
        const value = code.slice(0, pos) + code[pos + 1] + code[pos] + code.slice(pos + 2);
        return !validateUscc(value).ok;
      }),
    );
  });
});
