// SQL of the case page, the lists and the lookups.
import { and, asc, desc, eq, gte, inArray, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { WarningLevel } from '../../../../domain/clock/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { applicants, caseActions, caseApplications, caseHandovers, caseRecords, caseVisits } from '../case.schema.ts';

export async function applicantById(db: Db, id: string) {
  const [row] = await db.select().from(applicants).where(eq(applicants.id, id)).limit(1);
  return row;
}

export async function applicantByIdNumber(db: Db, idType: string, idNumber: string) {
  const [row] = await db
    .select()
    .from(applicants)
    .where(and(eq(applicants.idType, idType as '111'), eq(applicants.idNumber, idNumber)))
    .limit(1);
  return row;
}

export async function applicationById(db: Db, id: string) {
  const [row] = await db.select().from(caseApplications).where(eq(caseApplications.id, id)).limit(1);
  return row;
}

export function actionsOf(db: Db, caseId: string) {
  return db.select().from(caseActions).where(eq(caseActions.caseId, caseId)).orderBy(asc(caseActions.seq));
}

export function handoversOf(db: Db, caseId: string) {
  return db.select().from(caseHandovers).where(eq(caseHandovers.caseId, caseId)).orderBy(asc(caseHandovers.createdAt));
}

export function visitsOf(db: Db, caseId: string) {
  return db.select().from(caseVisits).where(eq(caseVisits.caseId, caseId)).orderBy(asc(caseVisits.at));
}

export async function caseIdByNumber(db: Db, number: string) {
  const [row] = await db.select({ id: caseRecords.id, number: caseRecords.number, centerPath: caseRecords.centerPath }).from(caseRecords).where(eq(caseRecords.number, number)).limit(1);
  return row;
}

/** Scope as a prefix match on the path copied onto the case row (no join on a million rows). */
export function inScope(centerPath: string): SQL {
  return like(caseRecords.centerPath, `${centerPath.replace(/[%_\\]/g, '\\$&')}%`);
}

export async function pageOfCases(db: Db, where: SQL | undefined, limit: number, offset: number) {
  const [items, [total]] = await Promise.all([
    // The id breaks ties, so a page never repeats or skips a case received in the same instant.
    db.select().from(caseRecords).where(where).orderBy(desc(caseRecords.receivedAt), desc(caseRecords.id)).limit(limit).offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(caseRecords).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Warned levels, worst first; 'normal' is only listed when asked for. */
const WARNED = ['overdue', 'red', 'yellow', 'paused'] as const;

/** A center's open cases at one level, or at any warned level worst first, earliest legal date first. */
export async function pageOfWarnedCases(db: Db, centerId: string, level: WarningLevel | undefined, limit: number, offset: number) {
  const levels = level ? [level] : [...WARNED];
  const where = and(eq(caseRecords.centerId, centerId), inArray(caseRecords.warningLevel, levels));
  const rank = sql`array_position(ARRAY[${sql.join(levels.map((l) => sql`${l}`), sql`, `)}]::text[], ${caseRecords.warningLevel})`;
  const [items, [total]] = await Promise.all([
    db.select().from(caseRecords).where(where).orderBy(rank, asc(caseRecords.legalDue), asc(caseRecords.id)).limit(limit).offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(caseRecords).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export function receivedBetween(from: Date, to: Date): SQL {
  return and(gte(caseRecords.receivedAt, from), lt(caseRecords.receivedAt, to))!;
}

/** A case number, an ID number or USCC (exact), or an applicant name (prefix). */
export function searchCondition(q: string): SQL {
  const upper = q.toUpperCase();
  return or(eq(caseRecords.number, q), eq(caseRecords.applicantIdNumber, upper), like(caseRecords.applicantName, `${q.replace(/[%_\\]/g, '\\$&')}%`))!;
}

/** Decided, not yet handed out: the results the originating center's window gives out (issue #17). */
export function resultsReady(centerId: string): SQL {
  return and(eq(caseRecords.centerId, centerId), inArray(caseRecords.state, ['decided_approved', 'decided_refused']))!;
}

export { caseRecords };
