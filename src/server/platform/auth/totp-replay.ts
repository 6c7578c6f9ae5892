import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/types.ts';
import { authSession, authTotpUsed } from './auth.schema.ts';

// better-auth accepts a TOTP code one 30-second step either side of now, so a code is good for
// up to 90 seconds and, left alone, as often as it is sent. We remember each accepted code a
// little longer than that and refuse it a second time.
const REMEMBER_SECONDS = 120;

/**
 * Records `code` as used by the user; false when it already was (a replay). The primary key
 * decides between two requests racing with the same code: exactly one of them claims it.
 */
export async function claimTotpCode(db: Db, userId: string, code: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx
      .delete(authTotpUsed)
      .where(and(eq(authTotpUsed.userId, userId), lt(authTotpUsed.usedAt, sql`now() - make_interval(secs => ${REMEMBER_SECONDS})`)));
    const claimed = await tx.insert(authTotpUsed).values({ userId, code }).onConflictDoNothing().returning({ code: authTotpUsed.code });
    return claimed.length === 1;
  });
}

/** Forgets a claim whose code better-auth then refused (a typo must not block the right code later). */
export async function releaseTotpCode(db: Db, userId: string, code: string): Promise<void> {
  await db.delete(authTotpUsed).where(and(eq(authTotpUsed.userId, userId), eq(authTotpUsed.code, code)));
}

/** Ends a session better-auth opened for a code we then refused as replayed. */
export async function revokeSession(db: Db, token: string): Promise<void> {
  await db.delete(authSession).where(eq(authSession.token, token));
}
