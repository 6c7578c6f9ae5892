// 短信验证码登录 (issue #19): the rules of the one-time code a citizen signs in with. A code
// lives a few minutes; each number may ask for only a few codes an hour, and each address for
// a few more (one person behind many numbers); wrong codes are counted per number, and the
// sixth wrong code in a row locks sign-in for that number for a while. Pure: the server keeps
// the counts and the clock, these functions decide.

export interface SignInCodeRules {
  /** How long a code may be used, in seconds. */
  ttlSeconds: number;
  /** Codes one mobile number may ask for in an hour. */
  perMobilePerHour: number;
  /** Codes one address may ask for in an hour. */
  perIpPerHour: number;
  /** Wrong codes in a row a number may enter; the next wrong one locks it. */
  wrongAllowed: number;
  /** How long a locked number stays locked, in minutes. */
  lockMinutes: number;
}

export const DEFAULT_SIGN_IN_CODE_RULES: SignInCodeRules = { ttlSeconds: 300, perMobilePerHour: 5, perIpPerHour: 20, wrongAllowed: 5, lockMinutes: 30 };

export const CODE_LENGTH = 6;
const HOUR_MS = 3_600_000;

/** Why a new code may not be sent now, or undefined when it may. */
export function codeRequestRefusal(
  rules: SignInCodeRules,
  now: Date,
  sent: { mobileLastHour: number; ipLastHour: number },
  lockedUntil: Date | null,
): 'locked' | 'mobileLimit' | 'ipLimit' | undefined {
  if (lockedUntil && lockedUntil > now) return 'locked';
  if (sent.mobileLastHour >= rules.perMobilePerHour) return 'mobileLimit';
  if (sent.ipLastHour >= rules.perIpPerHour) return 'ipLimit';
  return undefined;
}

/** The start of the window the hourly limits count in. */
export const hourBefore = (now: Date) => new Date(now.getTime() - HOUR_MS);

export interface CodeAttempt {
  /** The latest code sent to the number, if any: when it expires and whether it was used. */
  code: { expiresAt: Date; used: boolean; matches: boolean } | null;
  /** Wrong codes entered in a row so far, and the lock they led to. */
  wrongInRow: number;
  lockedUntil: Date | null;
}

export type CodeVerdict =
  | { ok: true }
  | { ok: false; reason: 'locked'; lockedUntil: Date }
  | { ok: false; reason: 'noCode' | 'expired' }
  | { ok: false; reason: 'wrong'; wrongInRow: number; remaining: number; lockedUntil: Date | null };

/**
 * What entering a code does. A wrong code counts even against an expired one (guessing is
 * guessing); the count resets only on a right code. The sixth wrong code in a row locks.
 */
export function judgeCode(rules: SignInCodeRules, now: Date, a: CodeAttempt): CodeVerdict {
  if (a.lockedUntil && a.lockedUntil > now) return { ok: false, reason: 'locked', lockedUntil: a.lockedUntil };
  if (!a.code || a.code.used) return { ok: false, reason: 'noCode' };
  if (!a.code.matches) {
    const wrongInRow = a.wrongInRow + 1;
    const locks = wrongInRow > rules.wrongAllowed;
    return {
      ok: false,
      reason: 'wrong',
      wrongInRow: locks ? 0 : wrongInRow,
      remaining: Math.max(0, rules.wrongAllowed - wrongInRow),
      lockedUntil: locks ? new Date(now.getTime() + rules.lockMinutes * 60_000) : null,
    };
  }
  if (a.code.expiresAt <= now) return { ok: false, reason: 'expired' };
  return { ok: true };
}
