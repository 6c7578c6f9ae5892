// SQL of the 联办件 sub-tasks (decision 0034): a joint case's parallel sub-tasks, one per joint
// department (migration 0028 keeps at most one open per case and department).
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.ts';
import { caseTasks } from './task.schema.ts';
import type { TaskRow } from './task.queries.ts';

/** Every sub-task of the case, oldest first (one per joint department and opening). */
export function subTasksOfCase(db: Db, caseId: string): Promise<TaskRow[]> {
  return db
    .select()
    .from(caseTasks)
    .where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.kind, 'joint')))
    .orderBy(asc(caseTasks.openedAt), asc(caseTasks.id));
}

/** The case's open sub-tasks, locked until commit (the write path holds the case row first). */
export function lockOpenSubTasks(tx: Db, caseId: string): Promise<TaskRow[]> {
  return tx
    .select()
    .from(caseTasks)
    .where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.kind, 'joint'), eq(caseTasks.status, 'open')))
    .orderBy(asc(caseTasks.id))
    .for('update');
}
