import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextState, noFlags } from '../case/states.ts';
import type { Fee } from '../catalog/guide.ts';
import { applyFeeAction, checkFeeLines, feeStatusOf, formatReference, isValidReference, lineAmountFen, outstandingFen, referenceCheckDigit, referenceScope, refundableFen, yuan, type FeeAction, type FeeAmounts } from './index.ts';

const rule: Fee = {
  charged: true,
  basis: '发改价格规〔2016〕2559号',
  items: [
    { kind: 'fixed', name: '住宅类不动产登记费（每件）', amountFen: 8000 },
    { kind: 'perUnit', name: '不动产权证书工本费（第二本起）', unit: '本', unitFen: 1000, minFen: 1000, maxFen: 5000 },
  ],
};

describe('fee lines come from the published rule only', () => {
  it('computes fixed and per-unit lines (clamped to min and max) and the total in fen', () => {
    const r = checkFeeLines(rule, [{ item: '住宅类不动产登记费（每件）' }, { item: '不动产权证书工本费（第二本起）', quantity: 3 }]);
    expect(r).toEqual({ ok: true, totalFen: 11000, lines: [
      { item: '住宅类不动产登记费（每件）', quantity: 1, unit: '件', unitFen: 8000, amountFen: 8000 },
      { item: '不动产权证书工本费（第二本起）', quantity: 3, unit: '本', unitFen: 1000, amountFen: 3000 },
    ] });
    expect(lineAmountFen(rule.items[1]!, 9)).toBe(5000);
  });

  it('refuses an amount other than the rule’s, an unknown item, a bad quantity and an item that charges nothing', () => {
    expect(checkFeeLines(rule, [{ item: '住宅类不动产登记费（每件）', amountFen: 7000 }])).toMatchObject({ ok: false, problems: [{ problem: 'amountDiffers', expectedFen: 8000, givenFen: 7000 }] });
    expect(checkFeeLines(rule, [{ item: '加急费' }])).toMatchObject({ ok: false, problems: [{ problem: 'unknownItem' }] });
    expect(checkFeeLines(rule, [{ item: '不动产权证书工本费（第二本起）', quantity: 0 }])).toMatchObject({ ok: false, problems: [{ problem: 'badQuantity' }] });
    expect(checkFeeLines({ charged: false, basis: '', items: [] }, [{ item: 'x' }])).toMatchObject({ ok: false, problems: [{ problem: 'notCharged' }] });
    expect(checkFeeLines(rule, [])).toMatchObject({ ok: false });
  });

  it('a line’s amount never leaves [min, max] and grows with the quantity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (q1, q2) => {
        const item = rule.items[1]!;
        const [a, b] = [lineAmountFen(item, q1), lineAmountFen(item, q2)];
        expect(a).toBeGreaterThanOrEqual(1000);
        expect(a).toBeLessThanOrEqual(5000);
        if (q1 <= q2) expect(a).toBeLessThanOrEqual(b);
      }),
    );
  });

  it('shows fen as yuan with two decimals', () => {
    expect([yuan(8000), yuan(5), yuan(123456), yuan(0)]).toEqual(['80.00', '0.05', '1234.56', '0.00']);
  });
});

describe('the payment reference (缴款码)', () => {
  const v = { regionCode: '610429000000', centerCode: 'XY-COUNTY', date: '2026-09-24' };
  it('follows the default pattern: region, date, serial and a check digit, 20 digits', () => {
    const r = formatReference('{region}{yyyyMMdd}{serial:5}', v, 42);
    expect(r).toEqual({ ok: true, value: '61042920260924000420' });
    expect(isValidReference('61042920260924000420')).toBe(true);
    expect(referenceScope('{region}{yyyyMMdd}{serial:5}', v)).toBe('fee-ref:61042920260924{serial}');
    expect(formatReference('{center}-{yyyyMMdd}-{serial:3}', v, 7)).toMatchObject({ ok: true, value: expect.stringMatching(/^XY-COUNTY-20260924-007\d$/) });
    expect(formatReference('{region}{yyyyMMdd}{serial:2}', v, 100)).toMatchObject({ ok: false });
  });

  it('every reference passes its check; a single changed digit or swapped neighbours (not 0/9) fail', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 0, max: 18 }), fc.integer({ min: 1, max: 9 }), (serial, pos, delta) => {
        const r = formatReference('{region}{yyyyMMdd}{serial:5}', v, serial);
        if (!r.ok) throw new Error(r.reason);
        expect(isValidReference(r.value)).toBe(true);
        const chars = [...r.value];
        chars[pos] = String((Number(chars[pos]) + delta) % 10);
        expect(isValidReference(chars.join(''))).toBe(false);
        const swapped = [...r.value];
        const [x, y] = [swapped[pos]!, swapped[pos + 1]!];
        if (x !== y && !((x === '0' && y === '9') || (x === '9' && y === '0'))) {
          [swapped[pos], swapped[pos + 1]] = [y, x];
          expect(isValidReference(swapped.join(''))).toBe(false);
        }
      }),
    );
    expect(referenceCheckDigit('7992739871')).toBe('3'); // the Luhn textbook example
  });
});

describe('payments, waivers and refunds', () => {
  const fresh: FeeAmounts = { amountFen: 8000, paidFen: 0, waivedFen: 0, refundedFen: 0, refundPendingFen: 0 };

  it('a payment must be exactly what is owed; a waiver at most that; both settle the notice', () => {
    expect(applyFeeAction(fresh, 'pay', 7999)).toMatchObject({ ok: false, code: 'FEE_AMOUNT_MISMATCH' });
    const paid = applyFeeAction(fresh, 'pay', 8000);
    expect(paid).toMatchObject({ ok: true, status: 'paid', settled: true });
    if (!paid.ok) return;
    expect(applyFeeAction(paid.amounts, 'pay', 8000)).toMatchObject({ ok: false, code: 'FEE_NOT_DUE' });
    expect(applyFeeAction(fresh, 'waive', 9000)).toMatchObject({ ok: false, code: 'FEE_WAIVER_TOO_LARGE' });
    const half = applyFeeAction(fresh, 'waive', 4000);
    expect(half).toMatchObject({ ok: true, status: 'due', settled: false });
    if (!half.ok) return;
    expect(applyFeeAction(half.amounts, 'pay', 4000)).toMatchObject({ ok: true, status: 'paid', settled: true });
    expect(feeStatusOf({ ...fresh, waivedFen: 8000 })).toBe('waived');
  });

  it('one refund waits at a time, and approving it counts it as refunded', () => {
    const paid = { ...fresh, paidFen: 8000 };
    const asked = applyFeeAction(paid, 'refund.request', 3000);
    if (!asked.ok) throw new Error(asked.code);
    expect(applyFeeAction(asked.amounts, 'refund.request', 1000)).toMatchObject({ ok: false, code: 'FEE_REFUND_PENDING' });
    const done = applyFeeAction(asked.amounts, 'refund.approve');
    expect(done).toMatchObject({ ok: true, amounts: { refundedFen: 3000, refundPendingFen: 0 }, status: 'paid' });
    expect(applyFeeAction(paid, 'refund.approve')).toMatchObject({ ok: false, code: 'FEE_NO_REFUND_PENDING' });
  });

  it('property: over any sequence of actions, refunds never exceed what was paid and nothing is owed below zero', () => {
    const step = fc.record({ action: fc.constantFrom<FeeAction>('pay', 'waive', 'refund.request', 'refund.approve', 'refund.reject'), fen: fc.integer({ min: -100, max: 20000 }), exact: fc.boolean() });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.array(step, { maxLength: 30 }), (amountFen, steps) => {
        let a: FeeAmounts = { amountFen, paidFen: 0, waivedFen: 0, refundedFen: 0, refundPendingFen: 0 };
        for (const s of steps) {
          const given = s.exact && s.action === 'pay' ? outstandingFen(a) : s.fen;
          const r = applyFeeAction(a, s.action, given);
          if (r.ok) a = r.amounts;
          expect(a.refundedFen + a.refundPendingFen).toBeLessThanOrEqual(a.paidFen);
          expect(refundableFen(a)).toBeGreaterThanOrEqual(0);
          expect(outstandingFen(a)).toBeGreaterThanOrEqual(0);
          expect(a.paidFen + a.waivedFen).toBeLessThanOrEqual(a.amountFen);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('the case waits for its fee (states table)', () => {
  const facts = { instant: false, waiverAllowed: false, commitmentEligible: false };
  it('conclude needs feeDue false; fee.charge sets it and fee.settle (cashier, platform, approvers) clears it', () => {
    const due = { state: 'decided_approved' as const, flags: { ...noFlags, feeDue: true }, decision: 'approved' as const };
    expect(nextState(due, 'conclude', ['window_clerk'], facts)).toMatchObject({ ok: false, reason: 'condition', fact: 'feeDue', expected: false });
    expect(nextState({ ...due, flags: noFlags }, 'fee.charge', ['window_clerk'], facts)).toMatchObject({ ok: true, flags: { feeDue: true } });
    expect(nextState(due, 'fee.charge', ['window_clerk'], facts)).toMatchObject({ ok: false, fact: 'feeDue' });
    for (const who of ['cashier', 'system', 'department_head', 'center_manager'] as const) expect(nextState(due, 'fee.settle', [who], facts)).toMatchObject({ ok: true, flags: { feeDue: false } });
    expect(nextState(due, 'fee.settle', ['window_clerk'], facts)).toMatchObject({ ok: false, reason: 'role' });
    expect(nextState({ ...due, state: 'decided_refused', decision: 'refused' }, 'conclude', ['window_clerk'], facts)).toMatchObject({ ok: true });
  });
});
