// SQL of the follow-up tasks (容缺补交, 承诺核查; decision 0033). The department's list reads the
// partial index of open follow-ups by (department_id, due_on, id).
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.ts';
import { caseRecords } from '../case.schema.ts';
import { caseFollowups, type FollowupKind } from './followup.schema.ts';
import type { InboxScope } from './task.queries.ts';

export type FollowupRow = typeof caseFollowups.$inferSelect;

export async function insertFollowup(tx: Db, row: typeof caseFollowups.$inferInsert): Promise<void> {
  await tx.insert(caseFollowups).values(row);
}

export async function updateFollowup(tx: Db, id: string, set: Partial<FollowupRow>): Promise<void> {
  await tx.update(caseFollowups).set(set).where(eq(caseFollowups.id, id));
}

/** The case's open follow-up of this kind, locked until commit. */
export async function lockOpenFollowup(tx: Db, caseId: string, kind: FollowupKind): Promise<FollowupRow | undefined> {
  const [row] = await tx
    .select()
    .from(caseFollowups)
    .where(and(eq(caseFollowups.caseId, caseId), eq(caseFollowups.kind, kind), eq(caseFollowups.status, 'open')))
    .limit(1)
    .for('update');
  return row;
}

export async function lockFollowup(tx: Db, id: string): Promise<FollowupRow | undefined> {
  const [row] = await tx.select().from(caseFollowups).where(eq(caseFollowups.id, id)).limit(1).for('update');
  return row;
}

export async function findFollowup(db: Db, id: string): Promise<FollowupRow | undefined> {
  const [row] = await db.select().from(caseFollowups).where(eq(caseFollowups.id, id)).limit(1);
  return row;
}

function scopeOf(s: InboxScope): SQL {
  const dept = s.departmentId ? eq(caseFollowups.departmentId, s.departmentId) : sql`${caseFollowups.departmentId} IS NULL`;
  return and(dept, sql`${caseFollowups.centerPath} LIKE ${s.centerPath + '%'}`)!;
}

/** The department's open follow-ups, soonest due first (few: each is a case waiting for one thing). */
export function openFollowups(db: Db, s: InboxScope, limit: number, mine: boolean) {
  return db
    .select({ followup: caseFollowups, caseNumber: caseRecords.number, itemName: caseRecords.itemName, applicantName: caseRecords.applicantName })
    .from(caseFollowups)
    .innerJoin(caseRecords, eq(caseRecords.id, caseFollowups.caseId))
    .where(and(scopeOf(s), eq(caseFollowups.status, 'open'), mine ? eq(caseFollowups.assigneeId, s.staffId) : undefined))
    .orderBy(asc(caseFollowups.dueOn), asc(caseFollowups.id))
    .limit(limit);
}
