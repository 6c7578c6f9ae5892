// SQL of the case core's write side. Reads for the case page and the lists live in read/.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { applicantCreditListings, caseActions, caseMaterials, caseNotices, caseNumberCounters, caseRecords, caseVisits } from './case.schema.ts';

export type CaseRow = typeof caseRecords.$inferSelect;
export type MaterialLine = typeof caseMaterials.$inferSelect;
export type NoticeRow = typeof caseNotices.$inferSelect;

/**
 * The next serial of a counter scope, inside the caller's transaction: the row lock the
 * upsert takes is held until commit, so two transactions never get the same serial and a
 * rolled-back one gives its serial back (gapless).
 */
export async function nextSerial(tx: Db, scope: string): Promise<number> {
  const [row] = await tx
    .insert(caseNumberCounters)
    .values({ scope, last: 1 })
    .onConflictDoUpdate({ target: caseNumberCounters.scope, set: { last: sql`${caseNumberCounters.last} + 1` } })
    .returning({ last: caseNumberCounters.last });
  return row!.last;
}

export async function lockCase(tx: Db, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await tx.select().from(caseRecords).where(eq(caseRecords.id, caseId)).limit(1).for('update');
  return row;
}

export async function findCase(db: Db, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(caseRecords).where(eq(caseRecords.id, caseId)).limit(1);
  return row;
}

export async function actionByKey(tx: Db, caseId: string, key: string) {
  const [row] = await tx
    .select()
    .from(caseActions)
    .where(and(eq(caseActions.caseId, caseId), eq(caseActions.idempotencyKey, key)))
    .limit(1);
  return row;
}

export async function insertAction(tx: Db, row: typeof caseActions.$inferInsert): Promise<void> {
  await tx.insert(caseActions).values(row);
}

export function materialLines(db: Db, caseId: string): Promise<MaterialLine[]> {
  return db.select().from(caseMaterials).where(eq(caseMaterials.caseId, caseId)).orderBy(asc(caseMaterials.seq));
}

export async function updateMaterialLine(tx: Db, caseId: string, materialId: string, set: Partial<MaterialLine>): Promise<void> {
  await tx
    .update(caseMaterials)
    .set(set)
    .where(and(eq(caseMaterials.caseId, caseId), eq(caseMaterials.materialId, materialId)));
}

export function noticesOf(db: Db, caseId: string): Promise<NoticeRow[]> {
  return db.select().from(caseNotices).where(eq(caseNotices.caseId, caseId)).orderBy(asc(caseNotices.issuedAt), asc(caseNotices.number));
}

export async function insertNotice(tx: Db, row: typeof caseNotices.$inferInsert): Promise<void> {
  await tx.insert(caseNotices).values(row);
}

export async function insertVisit(tx: Db, row: typeof caseVisits.$inferInsert): Promise<void> {
  await tx.insert(caseVisits).values(row);
}

export async function updateCase(tx: Db, caseId: string, set: Partial<CaseRow>): Promise<void> {
  await tx.update(caseRecords).set(set).where(eq(caseRecords.id, caseId));
}

/** Listed on the center's (or a center above it) bad-credit list and not lifted. */
export async function isBadCredit(db: Db, centerPath: string, idType: string, idNumber: string): Promise<boolean> {
  const ids = centerPath.split('/').filter(Boolean);
  const [row] = await db
    .select({ id: applicantCreditListings.id })
    .from(applicantCreditListings)
    .where(
      and(
        eq(applicantCreditListings.idType, idType),
        eq(applicantCreditListings.idNumber, idNumber),
        sql`${applicantCreditListings.centerId} IN ${ids}`,
        sql`${applicantCreditListings.liftedAt} IS NULL`,
      ),
    )
    .limit(1);
  return !!row;
}
