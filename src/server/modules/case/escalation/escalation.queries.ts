// SQL of 上报件 (decision 0035): the link rows, and the copies a forwarded case is made of.
import { asc, eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.ts';
import { caseActions, caseApplications, caseMaterials, caseRecords } from '../case.schema.ts';
import { caseEscalations } from './escalation.schema.ts';

export type EscalationRow = typeof caseEscalations.$inferSelect;

export async function escalationOfOrigin(db: Db, originCaseId: string): Promise<EscalationRow | undefined> {
  const [row] = await db.select().from(caseEscalations).where(eq(caseEscalations.originCaseId, originCaseId)).limit(1);
  return row;
}

export async function escalationOfUpper(db: Db, upperCaseId: string): Promise<EscalationRow | undefined> {
  const [row] = await db.select().from(caseEscalations).where(eq(caseEscalations.upperCaseId, upperCaseId)).limit(1);
  return row;
}

/** The link of a case on either side. */
export async function escalationOf(db: Db, caseId: string): Promise<EscalationRow | undefined> {
  return (await escalationOfOrigin(db, caseId)) ?? (await escalationOfUpper(db, caseId));
}

export async function insertEscalation(tx: Db, row: typeof caseEscalations.$inferInsert): Promise<void> {
  await tx.insert(caseEscalations).values(row);
}

export async function markReturned(tx: Db, originCaseId: string, at: Date): Promise<void> {
  await tx.update(caseEscalations).set({ returnedAt: at }).where(eq(caseEscalations.originCaseId, originCaseId));
}

export async function insertApplication(tx: Db, row: typeof caseApplications.$inferInsert): Promise<void> {
  await tx.insert(caseApplications).values(row);
}

export async function insertCase(tx: Db, row: typeof caseRecords.$inferInsert): Promise<void> {
  await tx.insert(caseRecords).values(row);
}

export async function insertLines(tx: Db, rows: (typeof caseMaterials.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(caseMaterials).values(rows);
}

export async function insertCreated(tx: Db, row: typeof caseActions.$inferInsert): Promise<void> {
  await tx.insert(caseActions).values(row);
}

/** The other side's timeline: its action log, oldest first. */
export function timelineOf(db: Db, caseId: string) {
  return db.select().from(caseActions).where(eq(caseActions.caseId, caseId)).orderBy(asc(caseActions.seq));
}

/**
 * Not the case above of a 上报件: its result is handed out at the window of origin, so the
 * results-ready queue of the center above leaves it out (the one at the origin lists it).
 */
export function notEscalatedAbove(): SQL {
  return sql`NOT EXISTS (SELECT 1 FROM ${caseEscalations} WHERE ${caseEscalations.upperCaseId} = ${caseRecords.id})`;
}

/** For the inbox: the number of the case of origin when the task's case is the case above of a 上报件. */
export function escalatedFromNumber(caseId: SQLWrapper) {
  return sql<string | null>`(SELECT o.number FROM ${caseEscalations} e JOIN ${caseRecords} o ON o.id = e.origin_case_id WHERE e.upper_case_id = ${caseId})`;
}
