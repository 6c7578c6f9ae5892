import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { idCardCheckChar, parseIdCard, validateIdCard } from './id-card.ts';

// Fixed clock so the not-in-the-future rule is deterministic.
const TODAY = new Date('2024-06-15T00:00:00Z');
const ALPHABET = '0123456789X';

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const birthDate = fc
  .date({ min: new Date('1800-01-01T00:00:00Z'), max: TODAY, noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));
const validId = fc
  .tuple(digits(6), birthDate, digits(3))
  .map(([region, date, seq]) => region + date + seq)
  .map((first17) => first17 + idCardCheckChar(first17));

describe('idCardCheckChar', () => {
  it('matches the examples of GB 11643', () => {
    expect(idCardCheckChar('11010519491231002')).toBe('X');
    expect(idCardCheckChar('44052418800101001')).toBe('4');
  });

  it('rejects anything but 17 digits', () => {
    expect(() => idCardCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => idCardCheckChar('1101051949123100A')).toThrow(RangeError);
  });
});

describe('validateIdCard', () => {
  it('accepts the standard examples and normalizes a lowercase x', () => {
    const expected = { ok: true, normalized: '11010519491231002X' };
    expect(validateIdCard('11010519491231002X', TODAY)).toEqual(expected);
    expect(validateIdCard('11010519491231002x', TODAY)).toEqual(expected);
    expect(validateIdCard('440524188001010014', TODAY).ok).toBe(true);
  });

  // prettier-ignore
  it.each([
    '', '11010519491231002', '11010519491231002XX', '1101051949123100X2', '11010519491231002Y',
    ' 11010519491231002X', '１１０１０５１９４９１２３１００２Ｘ',
  ])('rejects malformed %j', (value) => {
    expect(validateIdCard(value, TODAY)).toEqual({ ok: false, reason: 'format' });
  });

  it.each([
    ['month 13', '110105194913310021'],
    ['30 February', '110105194902300021'],
    ['29 February of a common year', '110105190002290021'],
    ['day 00', '110105194912000021'],
    ['before 1800', '110105179912310021'],
    ['tomorrow', '110105202406160021'],
  ])('rejects a birth date on %s', (_label, value) => {
    const first17 = value.slice(0, 17);
    expect(validateIdCard(first17 + idCardCheckChar(first17), TODAY)).toEqual({
      ok: false,
      reason: 'birthDate',
    });
  });

  it('accepts 29 February of a leap year and a birth today (China time)', () => {
    for (const first17 of ['11010520000229002', '11010520240615002']) {
      expect(validateIdCard(first17 + idCardCheckChar(first17), TODAY).ok).toBe(true);
    }
    // 2024-06-15T20:00Z is already 16 June in Beijing.
    const late = new Date('2024-06-15T20:00:00Z');
    const first17 = '11010520240616002';
    expect(validateIdCard(first17 + idCardCheckChar(first17), late).ok).toBe(true);
  });

  it('rejects a wrong check char', () => {
    expect(validateIdCard('110105194912310021', TODAY)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('accepts every generated id', () => {
    fc.assert(fc.property(validId, (id) => validateIdCard(id, TODAY).ok));
  });

  it('detects any single-character substitution', () => {
    // Every weight is non-zero mod 11 and a digit change is at most ±9, so the sum always moves;
    // the birth-date positions may report birthDate first, and an X inside the body is a format error.
    const corrupted = validId.chain((id) =>
      fc
        .record({
          id: fc.constant(id),
          pos: fc.integer({ min: 0, max: 17 }),
          char: fc.constantFrom(...ALPHABET),
        })
        .filter(({ id, pos, char }) => id[pos] !== char),
    );
    fc.assert(
      fc.property(corrupted, ({ id, pos, char }) => {
        const result = validateIdCard(id.slice(0, pos) + char + id.slice(pos + 1), TODAY);
        expect(result.ok).toBe(false);
        const inDate = pos >= 6 && pos < 14;
        if (!inDate && (pos === 17 || char !== 'X'))
          expect(result).toMatchObject({ reason: 'checksum' });
      }),
    );
  });

  it('detects any swap of two adjacent different characters', () => {
    // Neighbouring weights (and the check char's implicit weight 1) differ by a non-zero amount mod 11.
    const swapped = validId.chain((id) =>
      fc
        .record({ id: fc.constant(id), pos: fc.integer({ min: 0, max: 16 }) })
        .filter(({ id, pos }) => id[pos] !== id[pos + 1]),
    );
    fc.assert(
      fc.property(swapped, ({ id, pos }) => {
        const value = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2);
        return !validateIdCard(value, TODAY).ok;
      }),
    );
  });
});

describe('parseIdCard', () => {
  it('extracts region, birth date and sex', () => {
    expect(parseIdCard('11010519491231002X', TODAY)).toEqual({
      regionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'female',
    });
    expect(parseIdCard('440524188001010014', TODAY)).toEqual({
      regionCode: '440524',
      birthDate: '1880-01-01',
      sex: 'male',
    });
  });

  it('returns undefined for an invalid id', () => {
    expect(parseIdCard('110105194912310021', TODAY)).toBeUndefined();
  });

  it('round-trips generated ids', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const info = parseIdCard(id, TODAY);
        expect(info?.regionCode).toBe(id.slice(0, 6));
        expect(info?.birthDate.replaceAll('-', '')).toBe(id.slice(6, 14));
        expect(info?.sex).toBe(Number(id[16]) % 2 === 1 ? 'male' : 'female');
      }),
    );
  });
});
