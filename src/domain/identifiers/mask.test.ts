import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { idCardCheckChar } from './id-card.ts';
import { maskIdCard, maskMobile, maskName, maskPersonalText } from './mask.ts';

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const mobile = fc
  .tuple(fc.constantFrom(...'3456789'), digits(9))
  .map(([b, rest]) => `1${b}${rest}`);
// Filler that cannot glue onto a number: no ASCII letters or digits.
const filler = fc.string({
  unit: fc.constantFrom(' ', ',', '，', ':', '=', '"', '手', '机', '号', '\n', '_'),
});
const STANDALONE_MOBILE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/;

describe('field masks', () => {
  it('keeps 3 + 4 digits of a mobile and 6 + 4 chars of an id', () => {
    expect(maskMobile('13812341234')).toBe('138****1234');
    expect(maskIdCard('11010519491231002X')).toBe('110105********002X');
  });

  it('hides short values completely rather than revealing most of them', () => {
    expect(maskMobile('1234567')).toBe('*******');
    expect(maskIdCard('')).toBe('');
  });

  it.each([
    ['张三丰', '张*丰'],
    ['张三', '张*'],
    ['欧阳娜娜', '欧**娜'],
    ['张', '*'],
    ['', ''],
    ['𠮷野', '𠮷*'],
  ])('maskName(%j) = %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});

describe('maskPersonalText', () => {
  it('masks ids and mobiles in free text', () => {
    expect(maskPersonalText('申请人 11010519491231002X，电话13812341234。')).toBe(
      '申请人 110105********002X，电话138****1234。',
    );
    expect(maskPersonalText('{"idCard":"11010519491231002x","mobile":"13812341234"}')).toBe(
      '{"idCard":"110105********002x","mobile":"138****1234"}',
    );
  });

  it('masks mobiles written with a country code or separators', () => {
    expect(maskPersonalText('+86 13812341234, 8613812341234, 008613812341234')).toBe(
      '+86 138****1234, 86138****1234, 0086138****1234',
    );
    expect(maskPersonalText('138-1234-1234 / 138 1234 1234')).toBe('138-****-1234 / 138 **** 1234');
  });

  it('masks an id with a mistyped check char', () => {
    expect(maskPersonalText('id=110105194912310021')).toBe('id=110105********0021');
  });

  it('leaves USCCs, longer digit runs and alphanumeric tokens alone', () => {
    const untouched = [
      'uscc=911100001000044477',
      'uscc=91350100M000100Y43',
      'order=1381234123412345678',
      'snowflake=123456789012345678',
      'ts=1718409600000',
      'trace=a13812341234f',
      'n=138123412345',
    ];
    for (const text of untouched) expect(maskPersonalText(text)).toBe(text);
  });

  it('never leaves a standalone mobile in the output', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, mobile)), filler, (parts, tail) => {
        // Adjacent mobiles need a separator, or they would form one longer digit run.
        const text = parts.map(([f, m]) => `${f} ${m} `).join('') + tail;
        const masked = maskPersonalText(text);
        for (const [, m] of parts) expect(masked).not.toContain(m);
        expect(masked).not.toMatch(STANDALONE_MOBILE);
      }),
    );
  });

  it('masks every generated id and keeps its first 6 and last 4 chars', () => {
    const id = fc
      .tuple(
        digits(6),
        fc.date({ min: new Date('1900-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
        digits(3),
      )
      .map(([r, d, s]) => r + d.toISOString().slice(0, 10).replaceAll('-', '') + s)
      .map((first17) => first17 + idCardCheckChar(first17));
    fc.assert(
      fc.property(filler, id, filler, (before, value, after) => {
        expect(maskPersonalText(before + value + after)).toBe(before + maskIdCard(value) + after);
      }),
    );
  });

  it('is idempotent', () => {
    const text = fc.array(fc.oneof(filler, mobile, digits(18))).map((xs) => xs.join(' '));
    fc.assert(
      fc.property(text, (t) => {
        const once = maskPersonalText(t);
        expect(maskPersonalText(once)).toBe(once);
      }),
    );
  });
});
