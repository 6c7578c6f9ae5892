import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { staff } from './org.schema.ts';

// The sign-in bookkeeping kept on a staff row (failure count, lock, last sign-in, the forced
// password change); identity decides when, org owns the columns.

/** One more failed sign-in, counted in the database so parallel failures add up. */
export async function countFailedSignIn(db: Db, staffId: string): Promise<number | undefined> {
  const [row] = await db
    .update(staff)
    .set({ failedSignIns: sql`${staff.failedSignIns} + 1` })
    .where(eq(staff.id, staffId))
    .returning({ failedSignIns: staff.failedSignIns });
  return row?.failedSignIns;
}

export async function lockStaffUntil(db: Db, staffId: string, lockedUntil: Date): Promise<void> {
  await db.update(staff).set({ failedSignIns: 0, lockedUntil }).where(eq(staff.id, staffId));
}

export async function recordStaffSignIn(db: Db, staffId: string): Promise<void> {
  await db.update(staff).set({ failedSignIns: 0, lockedUntil: null, lastSignInAt: new Date() }).where(eq(staff.id, staffId));
}

export async function clearMustChangePassword(db: Db, staffId: string): Promise<void> {
  await db.update(staff).set({ mustChangePassword: false, updatedAt: new Date() }).where(eq(staff.id, staffId));
}
