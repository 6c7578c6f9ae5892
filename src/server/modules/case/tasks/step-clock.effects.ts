// The open tasks' own clocks inside the one write path (decision 0033): when a §45 pause of the
// case ends, each open task's due date (the step, and a 联办件's sub-tasks) moves by the working days the pause took while the step
// was running (step-clocks.ts), counted here from the recorded ledger, never typed in. The task
// keeps how many days it moved, so the inbox and the step page can say so.
import { movedStepDue, type CaseAction } from '../../../../domain/case/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { calendarCall, chinaToday } from '../../calendar/index.ts';
import { caseLedger } from '../case.clock.ts';
import type { Place } from '../case.pinned.ts';
import type { CaseRow } from '../case.queries.ts';
import { insertTaskHistory, lockOpenTasksOfCase, updateTask } from './task.queries.ts';

export interface StepClockContext {
  row: CaseRow;
  place: Place;
  today: string;
  now: Date;
  actorName: string;
  actorId: string | null;
}

export async function runStepClockEffect(tx: Db, action: CaseAction, c: StepClockContext): Promise<void> {
  if (action !== 'pause.end') return;
  // The ledger as recorded before this action: its last pause is the one ending today.
  const open = (await caseLedger(tx, c.row.id)).pauses.findLast((p) => p.to === undefined);
  if (!open) return;
  // Every open task has its own clock: the lead's step and, in a 联办件, each joint sub-task.
  for (const task of await lockOpenTasksOfCase(tx, c.row.id)) {
    const moved = calendarCall(() => movedStepDue(chinaToday(task.openedAt), task.dueOn, { from: open.from, to: c.today }, c.place.calendar));
    if (moved.movedBy === 0) continue;
    await updateTask(tx, task.id, { dueOn: moved.due, pausedWorkdays: task.pausedWorkdays + moved.movedBy, rowVersion: task.rowVersion + 1 });
    await insertTaskHistory(tx, {
      taskId: task.id,
      caseId: c.row.id,
      action: 'save',
      actorId: c.actorId,
      actorName: c.actorName,
      note: `特别程序暂停 ${moved.movedBy} 个工作日，环节期限由 ${task.dueOn} 顺延至 ${moved.due}`,
      at: c.now,
    });
  }
}
