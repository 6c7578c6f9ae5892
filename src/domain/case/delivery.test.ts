import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testIdCardFor } from './delivery.fixture.ts';
import {
  allowedDeliveryActions,
  cabinetOverdue,
  checkCollector,
  deliveryActions,
  deliveryStatuses,
  deliveryTransitions,
  isPickupCodeFormat,
  maskPickupCodes,
  nextDeliveryStatus,
  nextState,
  noFlags,
  pickupCodeExpiry,
  pickupCodeState,
  transitionFor,
} from './index.ts';

const clerk = ['window_clerk'] as const;
const plain = { instant: false, waiverAllowed: false, commitmentEligible: false };

describe('the hand-out table', () => {
  it('has at most one row per (status, action)', () => {
    for (const s of deliveryStatuses) for (const a of deliveryActions) expect(deliveryTransitions.filter((t) => t.action === a && (t.from as readonly string[]).includes(s)).length).toBeLessThanOrEqual(1);
  });

  it('offers the window hand-out, mail and cabinet while the result waits at the window (also after a return)', () => {
    // 电子送达 is in the table too; the certificate's issue takes it, the delivery route never offers it.
    expect(allowedDeliveryActions('at_window', clerk)).toEqual(['window.hand_out', 'mail.send', 'cabinet.deposit', 'electronic.deliver']);
    expect(allowedDeliveryActions('mail_returned', clerk)).toEqual(['window.hand_out', 'mail.send', 'cabinet.deposit', 'electronic.deliver']);
    expect(allowedDeliveryActions('mailed', clerk)).toEqual(['mail.signed', 'mail.returned']);
    expect(allowedDeliveryActions('handed_out', clerk)).toEqual([]);
  });

  it('lets only the cabinet take a result out of its door, and the job or the window take it back', () => {
    expect(nextDeliveryStatus('in_cabinet', 'cabinet.pick_up', clerk)).toMatchObject({ ok: false, reason: 'role' });
    expect(nextDeliveryStatus('in_cabinet', 'cabinet.pick_up', ['cabinet'])).toMatchObject({ ok: true, status: 'handed_out', transition: { concludes: true } });
    expect(nextDeliveryStatus('in_cabinet', 'cabinet.recall', ['system'])).toMatchObject({ ok: true, status: 'at_window' });
    expect(nextDeliveryStatus('handed_out', 'window.hand_out', clerk)).toMatchObject({ ok: false, reason: 'state' });
  });

  it('ends the case only on a hand-out row (window, signed mail, cabinet pickup, the e-certificate)', () => {
    expect(deliveryTransitions.filter((t) => 'concludes' in t).map((t) => t.action)).toEqual(['window.hand_out', 'mail.signed', 'cabinet.pick_up', 'electronic.deliver']);
  });

  it('has the cabinet\'s own conclude row in the case table, for the system actor only, never while a waived material is owed', () => {
    const approved = { state: 'decided_approved' as const, flags: { ...noFlags }, decision: 'approved' as const };
    expect(transitionFor('decided_refused', 'delivery.collected')?.to).toBe('concluded');
    expect(nextState(approved, 'delivery.collected', ['system'], plain)).toMatchObject({ ok: true, state: 'concluded' });
    expect(nextState(approved, 'delivery.collected', ['window_clerk'], plain)).toMatchObject({ ok: false, reason: 'role' });
    expect(nextState({ ...approved, flags: { ...noFlags, waiverPending: true } }, 'delivery.collected', ['system'], plain)).toMatchObject({ ok: false, reason: 'condition' });
  });
});

describe('the pickup code', () => {
  const issued = new Date('2026-09-24T02:00:00Z');
  const expiresAt = pickupCodeExpiry(issued, 72);

  it('is masked wherever staff read the SMS', () => {
    expect(maskPickupCodes('已存入自助智能柜（XY-CAB-1），取件码 01234567，72 小时内有效')).toBe('已存入自助智能柜（XY-CAB-1），取件码 ********，72 小时内有效');
  });

  it('is eight digits', () => {
    expect(isPickupCodeFormat('01234567')).toBe(true);
    expect(isPickupCodeFormat('1234567')).toBe(false);
    expect(isPickupCodeFormat('1234567a')).toBe(false);
  });

  it('works until its expiry, not at it; once used it stays used; recalled it no longer works', () => {
    expect(expiresAt.toISOString()).toBe('2026-09-27T02:00:00.000Z');
    expect(pickupCodeState({ status: 'in_cabinet', expiresAt, usedAt: null }, new Date(expiresAt.getTime() - 1))).toBe('usable');
    expect(pickupCodeState({ status: 'in_cabinet', expiresAt, usedAt: null }, expiresAt)).toBe('expired');
    expect(pickupCodeState({ status: 'handed_out', expiresAt, usedAt: issued }, issued)).toBe('used');
    expect(pickupCodeState({ status: 'at_window', expiresAt, usedAt: null }, issued)).toBe('recalled');
  });

  it('is usable exactly on [issue, issue + ttl) (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 720 }), fc.integer({ min: 0, max: 2 * 720 * 3_600_000 }), (ttl, after) => {
        const now = new Date(issued.getTime() + after);
        const state = pickupCodeState({ status: 'in_cabinet', expiresAt: pickupCodeExpiry(issued, ttl), usedAt: null }, now);
        expect(state).toBe(after < ttl * 3_600_000 ? 'usable' : 'expired');
      }),
    );
  });

  it('sends a result back after the hold days, to the millisecond', () => {
    expect(cabinetOverdue(issued, new Date(issued.getTime() + 3 * 86_400_000 - 1), 3)).toBe(false);
    expect(cabinetOverdue(issued, new Date(issued.getTime() + 3 * 86_400_000), 3)).toBe(true);
  });
});

describe('the collector at the window', () => {
  const applicant = { idType: '111', idNumber: testIdCardFor(1) };
  const agent = { idType: '111', idNumber: testIdCardFor(2) };

  it('is the applicant or the mandated agent', () => {
    expect(checkCollector({ idType: '111', idNumber: applicant.idNumber }, applicant, agent)).toMatchObject({ ok: true, as: 'applicant' });
    expect(checkCollector({ idType: '111', idNumber: agent.idNumber.toLowerCase() }, applicant, agent)).toMatchObject({ ok: true, as: 'agent' });
    expect(checkCollector({ idType: '111', idNumber: testIdCardFor(3) }, applicant, agent)).toEqual({ ok: false, reason: 'mismatch' });
    expect(checkCollector({ idType: '111', idNumber: agent.idNumber }, applicant, null)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('tells a mistyped ID number (GB 11643 check character) from a stranger', () => {
    const typo = applicant.idNumber.slice(0, 17) + (applicant.idNumber[17] === '0' ? '1' : '0');
    expect(checkCollector({ idType: '111', idNumber: typo }, applicant, agent)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('compares passports by number, case-insensitively', () => {
    expect(checkCollector({ idType: '414', idNumber: 'e1234567' }, { idType: '414', idNumber: 'E1234567' }, null)).toMatchObject({ ok: true, as: 'applicant' });
  });
});
