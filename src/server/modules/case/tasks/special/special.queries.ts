// SQL of the special steps' records (decision 0036).
import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/types.ts';
import { caseActions, caseRecords } from '../../case.schema.ts';
import { caseSpecialRecords } from './special.schema.ts';

export type SpecialRecordRow = typeof caseSpecialRecords.$inferSelect;

export async function insertSpecialRecord(tx: Db, row: typeof caseSpecialRecords.$inferInsert): Promise<void> {
  await tx.insert(caseSpecialRecords).values(row);
}

export async function updateSpecialRecord(tx: Db, id: string, set: Partial<SpecialRecordRow>): Promise<void> {
  await tx.update(caseSpecialRecords).set(set).where(eq(caseSpecialRecords.id, id));
}

export function recordsOfCase(db: Db, caseId: string): Promise<SpecialRecordRow[]> {
  return db.select().from(caseSpecialRecords).where(eq(caseSpecialRecords.caseId, caseId)).orderBy(asc(caseSpecialRecords.createdAt), asc(caseSpecialRecords.id));
}

/** The record of the case, locked until commit when `lock` (signatures and photos append under it). */
export async function findRecord(db: Db, caseId: string, id: string, lock = false): Promise<SpecialRecordRow | undefined> {
  const q = db
    .select()
    .from(caseSpecialRecords)
    .where(and(eq(caseSpecialRecords.id, id), eq(caseSpecialRecords.caseId, caseId)))
    .limit(1);
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** Joint inspection records of the centers in scope that list `departmentId` and lack its signature. */
export function pendingSignaturesOf(db: Db, departmentId: string, centerPath: string) {
  return db
    .select({ caseId: caseSpecialRecords.caseId, caseNumber: caseRecords.number, recordId: caseSpecialRecords.id, number: caseSpecialRecords.number, data: caseSpecialRecords.data, createdByName: caseSpecialRecords.createdByName, createdAt: caseSpecialRecords.createdAt })
    .from(caseSpecialRecords)
    .innerJoin(caseRecords, eq(caseRecords.id, caseSpecialRecords.caseId))
    .where(
      and(
        eq(caseSpecialRecords.kind, 'inspection'),
        sql`${caseSpecialRecords.centerPath} LIKE ${`${centerPath}%`}`,
        sql`${caseSpecialRecords.data}->'departments' @> ${JSON.stringify([{ id: departmentId }])}::jsonb`,
        sql`NOT ${caseSpecialRecords.signatures} @> ${JSON.stringify([{ departmentId }])}::jsonb`,
      ),
    )
    .orderBy(asc(caseSpecialRecords.createdAt))
    .limit(50);
}

/** The hearing actions of a case, oldest first, with their recorded input and time. */
export function hearingActionsOf(db: Db, caseId: string): Promise<{ action: string; input: unknown; at: Date }[]> {
  return db
    .select({ action: caseActions.action, input: caseActions.input, at: caseActions.at })
    .from(caseActions)
    .where(and(eq(caseActions.caseId, caseId), like(caseActions.action, 'hearing.%')))
    .orderBy(asc(caseActions.seq));
}
