// SQL of the back office's tasks. The inbox pages by (due_on, id) over the partial indexes of
// migration 0023, so a department with 10,000 open tasks reads one page as one index range.
import { and, asc, desc, eq, gt, gte, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { writeLater } from '../../../platform/db/pipelined.ts';
import { insertRows } from '../../../platform/db/json-rows.ts';
import type { Db } from '../../../platform/db/types.ts';
import { caseRecords } from '../case.schema.ts';
import { caseTaskHistory, caseTasks, type TaskStatus } from './task.schema.ts';
import { escalatedFromNumber } from '../escalation/escalation.queries.ts';

export type TaskRow = typeof caseTasks.$inferSelect;

/** Sent with the transaction's next statement where it is pipelined (decision 0047): nothing waits for its answer. */
export async function insertTask(tx: Db, row: typeof caseTasks.$inferInsert): Promise<void> {
  await writeLater(tx, insertRows(caseTasks, [row]));
}

export async function insertTaskHistory(tx: Db, row: typeof caseTaskHistory.$inferInsert): Promise<void> {
  await writeLater(tx, insertRows(caseTaskHistory, [row]));
}

export async function updateTask(tx: Db, id: string, set: Partial<TaskRow>): Promise<void> {
  await tx.update(caseTasks).set(set).where(eq(caseTasks.id, id));
}

export async function findTask(db: Db, id: string): Promise<TaskRow | undefined> {
  const [row] = await db.select().from(caseTasks).where(eq(caseTasks.id, id)).limit(1);
  return row;
}

/** The task row, locked until commit: a claim and a step action on it are ordered by this lock. */
export async function lockTask(tx: Db, id: string): Promise<TaskRow | undefined> {
  const [row] = await tx.select().from(caseTasks).where(eq(caseTasks.id, id)).limit(1).for('update');
  return row;
}

/** The case's open step task (not a 联办 sub-task), locked (the write path re-checks its assignment at commit). */
/** Every open task of a case, the lead's step and any joint sub-tasks, locked in id order. */
export function lockOpenTasksOfCase(tx: Db, caseId: string): Promise<TaskRow[]> {
  return tx
    .select()
    .from(caseTasks)
    .where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.status, 'open')))
    .orderBy(asc(caseTasks.id))
    .for('update');
}

export async function lockOpenTaskOfCase(tx: Db, caseId: string): Promise<TaskRow | undefined> {
  const [row] = await tx
    .select()
    .from(caseTasks)
    .where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.status, 'open'), eq(caseTasks.kind, 'step')))
    .limit(1)
    .for('update');
  return row;
}

export function tasksOfCase(db: Db, caseId: string): Promise<TaskRow[]> {
  return db.select().from(caseTasks).where(eq(caseTasks.caseId, caseId)).orderBy(desc(caseTasks.openedAt), desc(caseTasks.id));
}

export function historyOfTask(db: Db, taskId: string) {
  return db.select().from(caseTaskHistory).where(eq(caseTaskHistory.taskId, taskId)).orderBy(asc(caseTaskHistory.id));
}

/** Who sees which tasks: one department (or the center's own tasks without one), within the center scope. */
export interface InboxScope {
  departmentId: string | null;
  centerPath: string;
  staffId: string;
}

export interface InboxFilter {
  view: 'department' | 'mine';
  status: TaskStatus;
  step?: string;
  /** Due dates from and to (both included). */
  dueFrom?: string;
  dueTo?: string;
  after?: { key: string; id: string };
  limit: number;
  /** Only open tasks of one warning level (the level expression of inbox-levels.queries.ts). */
  levelIs?: SQL;
}

export function scopeOf(s: InboxScope): SQL {
  const dept = s.departmentId ? eq(caseTasks.departmentId, s.departmentId) : sql`${caseTasks.departmentId} IS NULL`;
  return and(dept, sql`${caseTasks.centerPath} LIKE ${s.centerPath + '%'}`)!;
}

/** One inbox page: open tasks by due date, closed ones newest first. */
export async function inboxPage(db: Db, s: InboxScope, f: InboxFilter) {
  const open = f.status === 'open';
  const key = open ? caseTasks.dueOn : caseTasks.closedAt;
  const conds: (SQL | undefined)[] = [scopeOf(s), eq(caseTasks.status, f.status)];
  if (f.view === 'mine') conds.push(eq(caseTasks.assigneeId, s.staffId));
  if (f.step) conds.push(eq(caseTasks.stepName, f.step));
  if (f.dueFrom) conds.push(gte(caseTasks.dueOn, f.dueFrom));
  if (f.dueTo) conds.push(lte(caseTasks.dueOn, f.dueTo));
  if (f.levelIs) conds.push(f.levelIs);
  if (f.after) {
    conds.push(
      open
        ? or(gt(caseTasks.dueOn, f.after.key), and(eq(caseTasks.dueOn, f.after.key), gt(caseTasks.id, f.after.id)))
        : or(lt(caseTasks.closedAt, new Date(f.after.key)), and(eq(caseTasks.closedAt, new Date(f.after.key)), gt(caseTasks.id, f.after.id))),
    );
  }
  return db
    .select({
      task: caseTasks,
      caseNumber: caseRecords.number,
      itemName: caseRecords.itemName,
      applicantName: caseRecords.applicantName,
      escalatedFrom: escalatedFromNumber(caseTasks.caseId), // 上报件 (decision 0035)
      casePaused: caseRecords.paused,
    })
    .from(caseTasks)
    .innerJoin(caseRecords, eq(caseRecords.id, caseTasks.caseId))
    .where(and(...conds))
    .orderBy(open ? asc(key) : desc(key), asc(caseTasks.id))
    .limit(f.limit + 1);
}

/** The inbox's counts over the department's open tasks (one scan of the partial index). */
export async function inboxCounts(db: Db, s: InboxScope, today: string) {
  const [row] = await db
    .select({
      open: sql<number>`count(*)::int`,
      mine: sql<number>`count(*) FILTER (WHERE ${caseTasks.assigneeId} = ${s.staffId})::int`,
      unclaimed: sql<number>`count(*) FILTER (WHERE ${caseTasks.assigneeId} IS NULL)::int`,
      overdue: sql<number>`count(*) FILTER (WHERE ${caseTasks.dueOn} < ${today})::int`,
      dueToday: sql<number>`count(*) FILTER (WHERE ${caseTasks.dueOn} = ${today})::int`,
    })
    .from(caseTasks)
    .where(and(scopeOf(s), eq(caseTasks.status, 'open')));
  return { open: row?.open ?? 0, mine: row?.mine ?? 0, unclaimed: row?.unclaimed ?? 0, overdue: row?.overdue ?? 0, dueToday: row?.dueToday ?? 0 };
}

export async function openStepNames(db: Db, s: InboxScope): Promise<string[]> {
  const rows = await db
    .selectDistinct({ name: caseTasks.stepName })
    .from(caseTasks)
    .where(and(scopeOf(s), eq(caseTasks.status, 'open')))
    .orderBy(asc(caseTasks.stepName))
    .limit(50);
  return rows.map((r) => r.name);
}
