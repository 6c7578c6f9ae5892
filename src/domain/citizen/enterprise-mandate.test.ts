import { describe, expect, it } from 'vitest';
import { mandateActionRefusal, mandateRefusal, mandateState, seesAllCases, shanghaiDay, staffChangeRefusal, validUntilRefusal, type MandateFacts, type Member } from './index.ts';

describe('enterprise staff roles', () => {
  const members: Member[] = [
    { id: 'a1', role: 'admin' },
    { id: 'h1', role: 'handler' },
  ];

  it('keeps the last admin: neither demoted nor removed', () => {
    expect(staffChangeRefusal(members, 'a1', 'handler')).toBe('ENTERPRISE_LAST_ADMIN');
    expect(staffChangeRefusal(members, 'a1')).toBe('ENTERPRISE_LAST_ADMIN');
    expect(staffChangeRefusal(members, 'a1', 'admin')).toBeUndefined();
  });

  it('lets an admin go once another admin remains; handlers come and go freely', () => {
    const two: Member[] = [...members, { id: 'a2', role: 'admin' }];
    expect(staffChangeRefusal(two, 'a1', 'handler')).toBeUndefined();
    expect(staffChangeRefusal(two, 'a1')).toBeUndefined();
    expect(staffChangeRefusal(members, 'h1')).toBeUndefined();
    expect(staffChangeRefusal(members, 'h1', 'admin')).toBeUndefined();
  });

  it('admins follow every case of the enterprise, handlers their own', () => {
    expect(seesAllCases('admin')).toBe(true);
    expect(seesAllCases('handler')).toBe(false);
  });
});

describe('mandate validity', () => {
  // 2026-12-06 23:30 in Shanghai is 15:30 UTC; 2026-12-07 00:30 in Shanghai is 16:30 UTC the 6th.
  const lateOn6th = new Date('2026-12-06T15:30:00Z');
  const earlyOn7th = new Date('2026-12-06T16:30:00Z');
  const active: MandateFacts = { status: 'accepted', validUntil: '2026-12-06', itemIds: null };

  it('counts days in Asia/Shanghai', () => {
    expect(shanghaiDay(lateOn6th)).toBe('2026-12-06');
    expect(shanghaiDay(earlyOn7th)).toBe('2026-12-07');
  });

  it('holds through its last day (inclusive) and expires at Shanghai midnight', () => {
    expect(mandateState(active, lateOn6th)).toBe('active');
    expect(mandateRefusal(active, lateOn6th)).toBeUndefined();
    expect(mandateState(active, earlyOn7th)).toBe('expired');
    expect(mandateRefusal(active, earlyOn7th)).toBe('MANDATE_EXPIRED');
  });

  it('refuses before acceptance, after revocation, and outside the listed items', () => {
    expect(mandateRefusal({ ...active, status: 'offered' }, lateOn6th)).toBe('MANDATE_NOT_ACCEPTED');
    expect(mandateRefusal({ ...active, status: 'revoked' }, lateOn6th)).toBe('MANDATE_REVOKED');
    const scoped = { ...active, itemIds: ['i1', 'i2'] };
    expect(mandateRefusal(scoped, lateOn6th, ['i1'])).toBeUndefined();
    expect(mandateRefusal(scoped, lateOn6th, ['i1', 'i3'])).toBe('MANDATE_OUT_OF_SCOPE');
    expect(mandateRefusal(active, lateOn6th, ['anything'])).toBeUndefined();
  });

  it('accepts a last day from today up to three years ahead', () => {
    expect(validUntilRefusal('2026-12-06', lateOn6th)).toBeUndefined();
    expect(validUntilRefusal('2026-12-06', earlyOn7th)).toBe('MANDATE_VALID_UNTIL_INVALID');
    expect(validUntilRefusal('2029-12-01', lateOn6th)).toBeUndefined();
    expect(validUntilRefusal('2030-12-31', lateOn6th)).toBe('MANDATE_VALID_UNTIL_INVALID');
    expect(validUntilRefusal('2026-02-30', lateOn6th)).toBe('MANDATE_VALID_UNTIL_INVALID');
  });

  it('is accepted once, while offered and unexpired; revoked by either side until revoked', () => {
    const offered = { ...active, status: 'offered' as const };
    expect(mandateActionRefusal(offered, 'accept', lateOn6th)).toBeUndefined();
    expect(mandateActionRefusal(offered, 'accept', earlyOn7th)).toBe('MANDATE_EXPIRED');
    expect(mandateActionRefusal(active, 'accept', lateOn6th)).toBe('MANDATE_ALREADY_ACCEPTED');
    expect(mandateActionRefusal(active, 'revoke', lateOn6th)).toBeUndefined();
    expect(mandateActionRefusal({ ...active, status: 'revoked' }, 'revoke', lateOn6th)).toBe('MANDATE_REVOKED');
  });
});
