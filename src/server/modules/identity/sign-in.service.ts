import { DomainError } from '../../../domain/errors/index.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { countFailedSignIn, findStaffByUsername, lockStaffUntil, recordStaffSignIn, type StaffRow } from '../org/index.ts';

export interface SignInAttempt {
  username: string;
  ip: string;
}

// Lockout (等保: 5 failures → 15 minutes by default) is ours; better-auth checks the password.
export async function checkNotLocked(ctx: AppContext, attempt: SignInAttempt) {
  const person = await findStaffByUsername(ctx.db, attempt.username);
  if (!person) return undefined;
  if (person.lockedUntil && person.lockedUntil > new Date()) {
    await auditSignIn(ctx, attempt, 'denied', person, { reason: 'locked', until: person.lockedUntil.toISOString() });
    throw new DomainError('ACCOUNT_LOCKED', { until: person.lockedUntil.toISOString() });
  }
  if (!person.active) {
    await auditSignIn(ctx, attempt, 'denied', person, { reason: 'disabled' });
    throw new DomainError('ACCOUNT_DISABLED');
  }
  return person;
}

export async function recordFailure(ctx: AppContext, attempt: SignInAttempt, person: StaffRow | undefined) {
  if (!person) {
    await auditSignIn(ctx, attempt, 'failed', undefined, { reason: 'unknownUser' });
    return false;
  }
  // Count in the database (failed_sign_ins + 1), not from the row read before the password
  // check: wrong passwords sent in parallel must not overwrite each other's count.
  return ctx.db.transaction(async (tx) => {
    const failures = (await countFailedSignIn(tx, person.id)) ?? person.failedSignIns + 1;
    const lock = failures >= ctx.config.LOCKOUT_FAILURES;
    if (lock) {
      const lockedUntil = new Date(Date.now() + ctx.config.LOCKOUT_MINUTES * 60_000);
      await lockStaffUntil(tx, person.id, lockedUntil);
    }
    await auditSignIn(ctx, attempt, 'failed', person, { reason: 'password', failures, locked: lock }, tx);
    return lock;
  });
}

export async function recordSuccess(ctx: AppContext, attempt: SignInAttempt, person: StaffRow, stage: string) {
  await ctx.db.transaction(async (tx) => {
    await recordStaffSignIn(tx, person.id);
    await auditSignIn(ctx, attempt, 'ok', person, { stage }, tx);
  });
}

export function auditSignIn(
  ctx: AppContext,
  attempt: SignInAttempt,
  result: 'ok' | 'failed' | 'denied',
  person: StaffRow | undefined,
  summary: Record<string, unknown>,
  tx = ctx.db,
) {
  return recordAudit(tx, {
    actorId: person?.id ?? null,
    actorName: person?.name ?? attempt.username.slice(0, 40),
    actorRole: person?.roles.join(',') ?? null,
    centerId: person?.centerId ?? null,
    action: 'auth.sign-in',
    objectType: 'staff',
    objectId: person?.id ?? null,
    result,
    ip: attempt.ip,
    summary: { username: attempt.username.slice(0, 40), ...summary },
  });
}
