import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimeLimit } from './guide.ts';
import { checkLegalLimit, checkPromisedLimit, limitInWorkdays, promisedReduction } from './limits.ts';

const wd = (amount: number): TimeLimit => ({ amount, unit: 'workday', note: '' });
const instant: TimeLimit = { amount: 0, unit: 'instant', note: '' };

describe('promised limit (at least 30% shorter than the legal one)', () => {
  it('accepts exactly 30% shorter and warns below that', () => {
    expect(checkPromisedLimit(wd(20), wd(14))).toEqual([]);
    expect(checkPromisedLimit(wd(20), wd(15))).toMatchObject([{ code: 'PROMISED_NOT_SHORTENED', severity: 'warning' }]);
    expect(checkPromisedLimit(wd(10), wd(7))).toEqual([]);
  });

  it('is an error when the promise exceeds the law', () => {
    expect(checkPromisedLimit(wd(20), wd(21))).toMatchObject([{ code: 'PROMISED_EXCEEDS_LEGAL', severity: 'error' }]);
    expect(checkPromisedLimit(instant, wd(1))).toMatchObject([{ code: 'PROMISED_EXCEEDS_LEGAL' }]);
  });

  it('compares calendar days with working days (60 days ≈ 43 working days)', () => {
    const sixty: TimeLimit = { amount: 60, unit: 'naturalDay', note: '' };
    expect(limitInWorkdays(sixty)).toBeCloseTo(42.86, 1);
    expect(checkPromisedLimit(sixty, wd(20))).toEqual([]);
    expect(checkPromisedLimit(sixty, wd(40))).toMatchObject([{ code: 'PROMISED_NOT_SHORTENED' }]);
  });

  it('takes the threshold as a parameter', () => {
    expect(checkPromisedLimit(wd(20), wd(15), 0.2)).toEqual([]);
    expect(checkPromisedLimit(wd(20), wd(14), 0.5)).toHaveLength(1);
  });

  const unit = fc.constantFrom<TimeLimit['unit']>('workday', 'naturalDay', 'instant');
  const limit = fc.record({ amount: fc.integer({ min: 0, max: 400 }), unit, note: fc.constant('') });
  const threshold = fc.double({ min: 0, max: 1, noNaN: true });

  it('is monotonic: a shorter promise never gets more problems', () => {
    fc.assert(
      fc.property(limit, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (legal, a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        const pShort = checkPromisedLimit(legal, wd(short));
        const pLong = checkPromisedLimit(legal, wd(long));
        expect(pShort.length).toBeLessThanOrEqual(pLong.length);
        if (pLong.length === 0) expect(pShort).toEqual([]);
      }),
    );
  });

  it('is monotonic in the threshold: a stricter threshold never removes a warning', () => {
    fc.assert(
      fc.property(limit, limit, threshold, threshold, (legal, promised, t1, t2) => {
        const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
        expect(checkPromisedLimit(legal, promised, lo).length).toBeLessThanOrEqual(checkPromisedLimit(legal, promised, hi).length);
      }),
    );
  });

  it('warns exactly when the reduction is below the threshold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 400 }), threshold, (l, p, t) => {
        fc.pre(p <= l);
        const r = promisedReduction(wd(l), wd(p));
        expect(checkPromisedLimit(wd(l), wd(p), t).length === 1).toBe(r + 1e-9 < t);
      }),
    );
  });
});

describe('legal limit above the law (行政许可法 §42)', () => {
  it('needs a cited basis above 20 working days, 45 for joint items', () => {
    expect(checkLegalLimit(wd(20), 'promised', '')).toEqual([]);
    expect(checkLegalLimit(wd(21), 'promised', '')).toMatchObject([{ code: 'LEGAL_LIMIT_NEEDS_BASIS', severity: 'error' }]);
    expect(checkLegalLimit(wd(21), 'promised', '《不动产登记暂行条例》第二十条')).toEqual([]);
    expect(checkLegalLimit(wd(45), 'joint', undefined)).toEqual([]);
    expect(checkLegalLimit(wd(46), 'joint', undefined)).toHaveLength(1);
    expect(checkLegalLimit({ amount: 30, unit: 'naturalDay' }, 'promised', '')).toHaveLength(1);
  });
});
