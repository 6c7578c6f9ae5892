import { and, count, desc, eq, gt, gte, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { citizenAccounts, citizenSessions, citizenSignInCodes, citizenSignInGuards } from './citizen.schema.ts';

export type CitizenAccountRow = typeof citizenAccounts.$inferSelect;

export async function codesSentSince(db: Db, since: Date, mobile: string, ip: string) {
  const [[m], [i]] = await Promise.all([
    db.select({ n: count() }).from(citizenSignInCodes).where(and(eq(citizenSignInCodes.mobile, mobile), gte(citizenSignInCodes.createdAt, since))),
    db.select({ n: count() }).from(citizenSignInCodes).where(and(eq(citizenSignInCodes.ip, ip), gte(citizenSignInCodes.createdAt, since))),
  ]);
  return { mobileLastHour: Number(m?.n ?? 0), ipLastHour: Number(i?.n ?? 0) };
}

export async function insertCode(tx: Db, row: typeof citizenSignInCodes.$inferInsert) {
  await tx.insert(citizenSignInCodes).values(row);
}

export async function latestCode(tx: Db, mobile: string) {
  const [row] = await tx.select().from(citizenSignInCodes).where(eq(citizenSignInCodes.mobile, mobile)).orderBy(desc(citizenSignInCodes.createdAt)).limit(1);
  return row;
}

export async function markCodeUsed(tx: Db, id: string, at: Date) {
  await tx.update(citizenSignInCodes).set({ usedAt: at }).where(eq(citizenSignInCodes.id, id));
}

/** The number's guard row, locked for the attempt (created when missing so two attempts queue on it). */
export async function lockGuard(tx: Db, mobile: string, now: Date) {
  await tx.insert(citizenSignInGuards).values({ mobile, updatedAt: now }).onConflictDoNothing();
  const [row] = await tx.select().from(citizenSignInGuards).where(eq(citizenSignInGuards.mobile, mobile)).for('update');
  return row!;
}

export async function findGuard(db: Db, mobile: string) {
  const [row] = await db.select().from(citizenSignInGuards).where(eq(citizenSignInGuards.mobile, mobile));
  return row;
}

export async function setGuard(tx: Db, mobile: string, wrongInRow: number, lockedUntil: Date | null, now: Date) {
  await tx.update(citizenSignInGuards).set({ wrongInRow, lockedUntil, updatedAt: now }).where(eq(citizenSignInGuards.mobile, mobile));
}

export async function accountByMobile(tx: Db, mobile: string) {
  const [row] = await tx.select().from(citizenAccounts).where(eq(citizenAccounts.mobile, mobile));
  return row;
}

export async function accountById(db: Db, id: string, lock = false) {
  const q = db.select().from(citizenAccounts).where(eq(citizenAccounts.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function accountByIdNumber(tx: Db, idNumber: string) {
  const [row] = await tx.select().from(citizenAccounts).where(eq(citizenAccounts.idNumber, idNumber));
  return row;
}

export async function insertAccount(tx: Db, row: typeof citizenAccounts.$inferInsert) {
  await tx.insert(citizenAccounts).values(row).onConflictDoNothing();
}

export async function updateAccount(tx: Db, id: string, set: Partial<CitizenAccountRow>) {
  await tx.update(citizenAccounts).set(set).where(eq(citizenAccounts.id, id));
}

export async function insertSession(tx: Db, row: typeof citizenSessions.$inferInsert) {
  await tx.insert(citizenSessions).values(row);
}

/** The live session of a token hash with its account, sliding its expiry when more than a day has passed. */
export async function liveSession(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ session: citizenSessions, account: citizenAccounts })
    .from(citizenSessions)
    .innerJoin(citizenAccounts, eq(citizenAccounts.id, citizenSessions.accountId))
    .where(and(eq(citizenSessions.tokenHash, tokenHash), gt(citizenSessions.expiresAt, now)));
  return row;
}

export async function slideSession(db: Db, tokenHash: string, expiresAt: Date) {
  await db.update(citizenSessions).set({ expiresAt }).where(eq(citizenSessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(citizenSessions).where(eq(citizenSessions.tokenHash, tokenHash));
}

/** Sessions past their end, cleared now and then. */
export async function deleteExpiredSessions(db: Db, now: Date) {
  await db.delete(citizenSessions).where(sql`${citizenSessions.expiresAt} <= ${now}`);
}
