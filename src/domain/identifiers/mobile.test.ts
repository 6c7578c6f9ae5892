import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isMobile } from './mobile.ts';

describe('isMobile', () => {
  it.each(['13812341234', '19912345678', '16600000000'])('accepts %s', (value) => {
    expect(isMobile(value)).toBe(true);
  });

  it.each([
    '',
    '1381234123',
    '138123412345',
    '12812341234',
    '23812341234',
    '+8613812341234',
    '138 1234 1234',
    '1381234123x',
  ])('rejects %j', (value) => {
    expect(isMobile(value)).toBe(false);
  });

  it('accepts exactly 1, a network digit 3–9 and nine more digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (n) => {
        const s = String(n).padStart(11, '0');
        expect(isMobile(s)).toBe(s[0] === '1' && s[1]! >= '3');
      }),
    );
  });
});
