// SQL of the fee module (issue #18): notices, their action log, counters, the workbench list
// and the day's movements of a cashier.
import { and, asc, desc, eq, gt, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { feeActionLog, feeCounters, feeNotices } from './fee.schema.ts';

export type FeeNoticeRow = typeof feeNotices.$inferSelect;
export type FeeActionRow = typeof feeActionLog.$inferSelect;

/** The next serial of a counter scope (its row stays locked until commit). */
export async function nextSerial(tx: Db, scope: string): Promise<number> {
  const [row] = await tx
    .insert(feeCounters)
    .values({ scope, value: 1 })
    .onConflictDoUpdate({ target: feeCounters.scope, set: { value: sql`${feeCounters.value} + 1` } })
    .returning({ value: feeCounters.value });
  return row!.value;
}

export async function lockNotice(tx: Db, id: string): Promise<FeeNoticeRow | undefined> {
  const [row] = await tx.select().from(feeNotices).where(eq(feeNotices.id, id)).limit(1).for('update');
  return row;
}

export async function findNotice(db: Db, id: string): Promise<FeeNoticeRow | undefined> {
  const [row] = await db.select().from(feeNotices).where(eq(feeNotices.id, id)).limit(1);
  return row;
}

export async function noticeByReference(db: Db, reference: string): Promise<FeeNoticeRow | undefined> {
  const [row] = await db.select().from(feeNotices).where(eq(feeNotices.reference, reference)).limit(1);
  return row;
}

export async function noticeByIssueKey(db: Db, caseId: string, issueKey: string): Promise<FeeNoticeRow | undefined> {
  const [row] = await db.select().from(feeNotices).where(and(eq(feeNotices.caseId, caseId), eq(feeNotices.issueKey, issueKey))).limit(1);
  return row;
}

export function noticesOf(db: Db, caseId: string): Promise<FeeNoticeRow[]> {
  return db.select().from(feeNotices).where(eq(feeNotices.caseId, caseId)).orderBy(asc(feeNotices.issuedAt));
}

export async function insertNotice(tx: Db, row: typeof feeNotices.$inferInsert): Promise<void> {
  await tx.insert(feeNotices).values(row);
}

export async function updateNotice(tx: Db, id: string, set: Partial<typeof feeNotices.$inferInsert>): Promise<void> {
  await tx.update(feeNotices).set(set).where(eq(feeNotices.id, id));
}

export async function insertAction(tx: Db, row: typeof feeActionLog.$inferInsert): Promise<void> {
  await tx.insert(feeActionLog).values(row);
}

export async function actionByKey(tx: Db, noticeId: string, key: string): Promise<FeeActionRow | undefined> {
  const [row] = await tx.select().from(feeActionLog).where(and(eq(feeActionLog.noticeId, noticeId), eq(feeActionLog.idempotencyKey, key))).limit(1);
  return row;
}

export async function actionByProviderTxn(db: Db, provider: string, txnId: string): Promise<FeeActionRow | undefined> {
  const [row] = await db.select().from(feeActionLog).where(and(eq(feeActionLog.provider, provider), eq(feeActionLog.providerTxnId, txnId))).limit(1);
  return row;
}

export function actionsOf(db: Db, noticeIds: readonly string[]): Promise<FeeActionRow[]> {
  if (!noticeIds.length) return Promise.resolve([]);
  return db.select().from(feeActionLog).where(inArray(feeActionLog.noticeId, [...noticeIds])).orderBy(asc(feeActionLog.noticeId), asc(feeActionLog.seq));
}

/** The cashier's workbench list within the center scope: due notices, refunds waiting, today's, or all recent. */
export function listNotices(db: Db, inScope: SQL, view: 'due' | 'refund_pending' | 'today' | 'all', since: Date, q?: string): Promise<FeeNoticeRow[]> {
  const where: (SQL | undefined)[] = [inScope];
  if (view === 'due') where.push(eq(feeNotices.status, 'due'));
  if (view === 'refund_pending') where.push(gt(feeNotices.refundPendingFen, 0));
  if (view === 'today') where.push(gte(feeNotices.issuedAt, since));
  if (q) where.push(or(ilike(feeNotices.caseNumber, `%${q}%`), ilike(feeNotices.applicantName, `%${q}%`), eq(feeNotices.reference, q), eq(feeNotices.number, q)));
  return db.select().from(feeNotices).where(and(...where)).orderBy(desc(feeNotices.issuedAt)).limit(200);
}

/** A cashier's money movements in [from, to): payments taken and refunds paid back. */
export function cashierMovements(db: Db, cashierId: string, from: Date, to: Date) {
  return db
    .select({
      at: feeActionLog.at,
      action: feeActionLog.action,
      amountFen: feeActionLog.amountFen,
      receiptNumber: feeActionLog.receiptNumber,
      reason: feeActionLog.reason,
      noticeNumber: feeNotices.number,
      reference: feeNotices.reference,
      caseNumber: feeNotices.caseNumber,
      applicantName: feeNotices.applicantName,
      itemName: feeNotices.itemName,
    })
    .from(feeActionLog)
    .innerJoin(feeNotices, eq(feeNotices.id, feeActionLog.noticeId))
    .where(and(eq(feeActionLog.cashierId, cashierId), inArray(feeActionLog.action, ['pay', 'refund.approve']), gte(feeActionLog.at, from), lt(feeActionLog.at, to)))
    .orderBy(asc(feeActionLog.at));
}

export function historyOf(tx: Db, noticeId: string): Promise<FeeActionRow[]> {
  return tx.select().from(feeActionLog).where(eq(feeActionLog.noticeId, noticeId)).orderBy(asc(feeActionLog.seq));
}
