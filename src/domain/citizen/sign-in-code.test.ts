import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeRequestRefusal, DEFAULT_SIGN_IN_CODE_RULES as rules, judgeCode, type CodeAttempt } from './index.ts';

const now = new Date('2026-12-06T02:00:00Z');
const later = (s: number) => new Date(now.getTime() + s * 1000);

describe('asking for a sign-in code', () => {
  it('is refused while the number is locked, then at the hourly limits of the number and the address', () => {
    expect(codeRequestRefusal(rules, now, { mobileLastHour: 0, ipLastHour: 0 }, later(60))).toBe('locked');
    expect(codeRequestRefusal(rules, now, { mobileLastHour: 0, ipLastHour: 0 }, later(-1))).toBeUndefined();
    expect(codeRequestRefusal(rules, now, { mobileLastHour: 4, ipLastHour: 19 }, null)).toBeUndefined();
    expect(codeRequestRefusal(rules, now, { mobileLastHour: 5, ipLastHour: 0 }, null)).toBe('mobileLimit');
    expect(codeRequestRefusal(rules, now, { mobileLastHour: 0, ipLastHour: 20 }, null)).toBe('ipLimit');
  });
});

describe('entering a code', () => {
  const fresh = (matches: boolean, wrongInRow = 0): CodeAttempt => ({ code: { expiresAt: later(300), used: false, matches }, wrongInRow, lockedUntil: null });

  it('the right code before it expires signs in; after, it has expired; a used one is gone', () => {
    expect(judgeCode(rules, now, fresh(true))).toEqual({ ok: true });
    expect(judgeCode(rules, later(300), fresh(true))).toEqual({ ok: false, reason: 'expired' });
    expect(judgeCode(rules, now, { ...fresh(true), code: { expiresAt: later(300), used: true, matches: true } })).toEqual({ ok: false, reason: 'noCode' });
    expect(judgeCode(rules, now, { code: null, wrongInRow: 0, lockedUntil: null })).toEqual({ ok: false, reason: 'noCode' });
  });

  it('five wrong codes are refused one by one; the sixth locks the number for the lock time', () => {
    let a = fresh(false);
    for (let i = 1; i <= 5; i++) {
      const v = judgeCode(rules, now, a);
      expect(v).toMatchObject({ ok: false, reason: 'wrong', wrongInRow: i, remaining: 5 - i, lockedUntil: null });
      a = { ...a, wrongInRow: i };
    }
    const sixth = judgeCode(rules, now, a);
    expect(sixth).toMatchObject({ ok: false, reason: 'wrong', lockedUntil: later(rules.lockMinutes * 60) });
    // Locked: even the right code is refused until the lock ends.
    const locked = { ...fresh(true), lockedUntil: later(rules.lockMinutes * 60) };
    expect(judgeCode(rules, now, locked)).toMatchObject({ ok: false, reason: 'locked' });
    // After the lock, a new code works again.
    const newCode = { ...locked, code: { expiresAt: later(rules.lockMinutes * 60 + 300), used: false, matches: true } };
    expect(judgeCode(rules, later(rules.lockMinutes * 60), newCode)).toEqual({ ok: true });
  });

  it('locks on exactly the (allowed + 1)-th wrong code in a row, for any rules', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 120 }), (wrongAllowed, lockMinutes) => {
        const r = { ...rules, wrongAllowed, lockMinutes };
        let a = fresh(false);
        let lockedAt = 0;
        for (let i = 1; i <= wrongAllowed + 1 && !lockedAt; i++) {
          const v = judgeCode(r, now, a);
          if (v.ok || v.reason !== 'wrong') throw new Error('expected a wrong code');
          if (v.lockedUntil) lockedAt = i;
          a = { ...a, wrongInRow: v.wrongInRow };
        }
        return lockedAt === wrongAllowed + 1;
      }),
    );
  });
});
