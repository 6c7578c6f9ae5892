// SQL of the hand-out (issue #18): its row, its history, the window's queue and the cabinet's
// look-ups. Only delivery.service.ts and its readers call these.
import { and, asc, desc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { DeliveryStatus } from '../../../../domain/case/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { caseApplications, caseRecords, type DeliveryChoiceRecord } from '../case.schema.ts';
import { caseDeliveries, caseDeliveryEvents } from './delivery.schema.ts';

export type DeliveryRow = typeof caseDeliveries.$inferSelect;
export type DeliveryEventRow = typeof caseDeliveryEvents.$inferSelect;

export async function findDelivery(db: Db, caseId: string): Promise<DeliveryRow | undefined> {
  const [row] = await db.select().from(caseDeliveries).where(eq(caseDeliveries.caseId, caseId)).limit(1);
  return row;
}

export function deliveryEvents(db: Db, caseId: string): Promise<DeliveryEventRow[]> {
  return db.select().from(caseDeliveryEvents).where(eq(caseDeliveryEvents.caseId, caseId)).orderBy(asc(caseDeliveryEvents.seq));
}

/** The application's agent (who may collect under the mandate) and the delivery choice. */
export async function applicationOf(db: Db, applicationId: string) {
  const [row] = await db.select({ agent: caseApplications.agent, delivery: caseApplications.delivery }).from(caseApplications).where(eq(caseApplications.id, applicationId)).limit(1);
  return row ?? { agent: null, delivery: null };
}

/** The delivery chosen for one case: the applicant's own choice online (issue #19), else the application's from intake. */
export async function choiceOfCase(db: Db, caseId: string, applicationId: string): Promise<DeliveryChoiceRecord | null> {
  const [own, application] = await Promise.all([findDelivery(db, caseId), applicationOf(db, applicationId)]);
  return own?.choice ?? application.delivery ?? null;
}

export async function saveDelivery(tx: Db, row: typeof caseDeliveries.$inferInsert): Promise<void> {
  const { caseId: _key, ...set } = row;
  await tx.insert(caseDeliveries).values(row).onConflictDoUpdate({ target: caseDeliveries.caseId, set });
}

export async function appendDeliveryEvent(tx: Db, event: typeof caseDeliveryEvents.$inferInsert): Promise<void> {
  await tx.insert(caseDeliveryEvents).values(event);
}

/** Another result in this door right now. */
export async function doorTaken(tx: Db, cabinetId: string, door: number, caseId: string): Promise<boolean> {
  const [row] = await tx
    .select({ caseId: caseDeliveries.caseId })
    .from(caseDeliveries)
    .where(and(eq(caseDeliveries.cabinetId, cabinetId), eq(caseDeliveries.cabinetDoor, door), eq(caseDeliveries.status, 'in_cabinet'), sql`${caseDeliveries.caseId} <> ${caseId}`))
    .limit(1);
  return !!row;
}

/** The newest hand-out at this cabinet issued this code (live, used or expired); not locked. */
export async function findByCode(tx: Db, cabinetId: string, codeHash: string): Promise<DeliveryRow | undefined> {
  const [row] = await tx
    .select()
    .from(caseDeliveries)
    .where(and(eq(caseDeliveries.codeHash, codeHash), eq(caseDeliveries.cabinetId, cabinetId)))
    .orderBy(desc(caseDeliveries.depositedAt))
    .limit(1);
  return row;
}

export async function lockDelivery(tx: Db, caseId: string): Promise<DeliveryRow | undefined> {
  const [row] = await tx.select().from(caseDeliveries).where(eq(caseDeliveries.caseId, caseId)).limit(1).for('update');
  return row;
}

/** Results deposited before `before` and still in a cabinet: the recall job's work. */
export function overdueInCabinet(db: Db, before: Date, limit: number) {
  return db
    .select({ caseId: caseDeliveries.caseId, depositedAt: caseDeliveries.depositedAt })
    .from(caseDeliveries)
    .where(and(eq(caseDeliveries.status, 'in_cabinet'), lte(caseDeliveries.depositedAt, before)))
    .orderBy(asc(caseDeliveries.depositedAt))
    .limit(limit);
}

const queueColumns = {
  caseId: caseRecords.id,
  number: caseRecords.number,
  itemName: caseRecords.itemName,
  applicantName: caseRecords.applicantName,
  state: caseRecords.state,
  decision: caseRecords.decision,
  decidedAt: caseRecords.decidedAt,
  choice: sql<DeliveryChoiceRecord | null>`coalesce(${caseDeliveries.choice}, ${caseApplications.delivery})`,
  status: caseDeliveries.status,
  waybill: caseDeliveries.waybill,
  cabinetId: caseDeliveries.cabinetId,
  door: caseDeliveries.cabinetDoor,
  updatedAt: caseDeliveries.updatedAt,
};

/**
 * One center's results by hand-out status. 'at_window' is every decided case with no hand-out
 * yet or one back at the window (mail returned, cabinet recalled): the pickup window's queue.
 */
export async function queuePage(db: Db, centerId: string, status: DeliveryStatus, limit: number, offset: number) {
  const decided = inArray(caseRecords.state, ['decided_approved', 'decided_refused']);
  const where =
    status === 'at_window'
      ? and(eq(caseRecords.centerId, centerId), decided, or(isNull(caseDeliveries.status), inArray(caseDeliveries.status, ['at_window', 'mail_returned'])))
      : and(eq(caseRecords.centerId, centerId), eq(caseDeliveries.status, status));
  const from = () =>
    db
      .select(queueColumns)
      .from(caseRecords)
      .innerJoin(caseApplications, eq(caseApplications.id, caseRecords.applicationId))
      .leftJoin(caseDeliveries, eq(caseDeliveries.caseId, caseRecords.id));
  const [items, [total]] = await Promise.all([
    from().where(where).orderBy(status === 'at_window' ? asc(caseRecords.decidedAt) : desc(caseDeliveries.updatedAt), asc(caseRecords.id)).limit(limit).offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(caseRecords)
      .leftJoin(caseDeliveries, eq(caseDeliveries.caseId, caseRecords.id))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
