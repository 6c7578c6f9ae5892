import { and, asc, count, desc, eq, gt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { notificationInbox, notificationOutbox } from './notification.schema.ts';

export type OutboxRow = typeof notificationOutbox.$inferSelect;

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

export type OutboxStatus = 'queued' | 'failed' | 'sent' | 'given_up';
export interface OutboxFilter {
  status?: OutboxStatus | undefined;
  channel?: string | undefined;
  event?: string | undefined;
}

/** The staff's status of a row: pending splits into queued (never tried) and failed (an attempt failed, will retry); failed is given up. */
export function statusOf(m: Pick<OutboxRow, 'state' | 'attempts'>): OutboxStatus {
  if (m.state === 'sent') return 'sent';
  if (m.state === 'failed') return 'given_up';
  return m.attempts > 0 ? 'failed' : 'queued';
}

function statusWhere(status: OutboxStatus): SQL | undefined {
  const o = notificationOutbox;
  if (status === 'sent') return eq(o.state, 'sent');
  if (status === 'given_up') return eq(o.state, 'failed');
  return and(eq(o.state, 'pending'), status === 'failed' ? gt(o.attempts, 0) : eq(o.attempts, 0));
}

export async function listOutbox(db: Db, centerId: string, limit: number, offset: number, filter: OutboxFilter = {}) {
  const where = and(
    eq(notificationOutbox.centerId, centerId),
    filter.status ? statusWhere(filter.status) : undefined,
    filter.channel ? eq(notificationOutbox.channel, filter.channel) : undefined,
    filter.event ? eq(notificationOutbox.event, filter.event) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db.select().from(notificationOutbox).where(where).orderBy(desc(notificationOutbox.createdAt), desc(notificationOutbox.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(notificationOutbox).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

export async function lockOutboxRow(db: Db, centerId: string, id: string): Promise<OutboxRow | undefined> {
  const [row] = await db
    .select()
    .from(notificationOutbox)
    .where(and(eq(notificationOutbox.id, id), eq(notificationOutbox.centerId, centerId)))
    .for('update');
  return row;
}

/** 重发: the message waits for the dispatcher again, with its attempts counted afresh. */
export async function requeue(db: Db, id: string, now: Date): Promise<OutboxRow> {
  const [row] = await db.update(notificationOutbox).set({ state: 'pending', attempts: 0, nextAttemptAt: now }).where(eq(notificationOutbox.id, id)).returning();
  return row!;
}

/**
 * Messages written in the current transaction with a stand-in in their text (a case number
 * drawn by the transaction's last statement, decision 0054), rewritten in place by that
 * statement: `rewrite` turns a text column into its stamped value. Outbox and inbox rows of
 * `refs` (a secret event's ref carries the `secret:` prefix).
 */
export function restampMessages(refs: readonly string[], rewrite: (column: SQL) => SQL): SQL[] {
  if (!refs.length) return [];
  // = ANY of an array: found through the ref indexes (migration 0043), however many messages are stored.
  const all = [...refs, ...refs.map((r) => `secret:${r}`)];
  const inRefs = (column: SQL) => sql`${column} = ANY(${sql.param(all)}::text[])`;
  return [
    sql`UPDATE ${notificationOutbox} SET "text" = ${rewrite(sql`"text"`)}, "subject" = ${rewrite(sql`"subject"`)} WHERE ${inRefs(sql`"ref"`)}`,
    sql`UPDATE ${notificationInbox} SET "subject" = ${rewrite(sql`"subject"`)}, "body" = ${rewrite(sql`"body"`)} WHERE ${inRefs(sql`"ref"`)}`,
  ];
}
