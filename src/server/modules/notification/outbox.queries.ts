import { and, asc, count, desc, eq, lte, sql } from 'drizzle-orm';
import { writeLater } from '../../platform/db/pipelined.ts';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { notificationOutbox } from './notification.schema.ts';

export type OutboxRow = typeof notificationOutbox.$inferSelect;

export interface OutgoingMessage {
  centerId: string;
  to: string;
  text: string;
  ref: string;
}

/** Called inside the transaction of the change the message reports. */
export async function enqueueSms(tx: Db, m: OutgoingMessage, now: Date): Promise<void> {
  // Sent with the transaction's next statement where it is pipelined (the case write path, decision 0047).
  await writeLater(tx, tx.insert(notificationOutbox).values({ id: newId(now.getTime()), channel: 'sms', ...m, createdAt: now, nextAttemptAt: now }));
}

/**
 * Claims due messages for this instance: SKIP LOCKED lets several instances dispatch at
 * once without sending a message twice, and the claim (next attempt pushed a lease ahead)
 * keeps a slow send from being picked up again meanwhile.
 */
export async function claimDue(db: Db, now: Date, limit: number, leaseMs: number): Promise<OutboxRow[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(notificationOutbox)
      .where(and(eq(notificationOutbox.state, 'pending'), lte(notificationOutbox.nextAttemptAt, now)))
      .orderBy(asc(notificationOutbox.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    for (const m of due)
      await tx
        .update(notificationOutbox)
        .set({ nextAttemptAt: new Date(now.getTime() + leaseMs) })
        .where(eq(notificationOutbox.id, m.id));
    return due;
  });
}

export async function markSent(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(notificationOutbox)
    .set({ state: 'sent', sentAt: now, attempts: sql`${notificationOutbox.attempts} + 1`, lastError: null })
    .where(eq(notificationOutbox.id, id));
}

export async function markFailedAttempt(db: Db, id: string, attempts: number, error: string, next: Date | null): Promise<void> {
  await db
    .update(notificationOutbox)
    .set({ attempts, lastError: error.slice(0, 500), ...(next ? { nextAttemptAt: next } : { state: 'failed' }) })
    .where(eq(notificationOutbox.id, id));
}

export async function listOutbox(db: Db, centerId: string, limit: number, offset: number) {
  const where = eq(notificationOutbox.centerId, centerId);
  const [items, [total]] = await Promise.all([
    db.select().from(notificationOutbox).where(where).orderBy(desc(notificationOutbox.createdAt)).limit(limit).offset(offset),
    db.select({ n: count() }).from(notificationOutbox).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}
