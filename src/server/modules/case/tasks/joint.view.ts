// What the step screens show of a 联办件 (decision 0034): the lead's step lists every joint
// department's sub-task with its status, verdict and opinion (the basis of the one combined
// decision); a sub-task's screen offers only joint.opinion.
import { taskWarning, type CaseAction } from '../../../../domain/case/index.ts';
import type { WorkCalendar } from '../../../../domain/calendar/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { calendarCall } from '../../calendar/index.ts';
import { departmentNames } from '../../org/index.ts';
import { subTasksOfCase } from './joint.queries.ts';

/** The case's sub-tasks, newest opening per department (a department's latest sub-task is its opinion). */
export async function jointOfCase(db: Db, caseId: string, today: string, calendar: WorkCalendar) {
  const rows = await subTasksOfCase(db, caseId);
  if (!rows.length) return [];
  const latest = new Map(rows.map((t) => [t.departmentId ?? t.id, t]));
  const names = await departmentNames(db, rows.map((t) => t.departmentId!).filter(Boolean));
  return [...latest.values()].map((t) => ({
    taskId: t.id,
    departmentName: names.get(t.departmentId ?? '') ?? t.post,
    status: t.status,
    assigneeName: t.assigneeName,
    verdict: t.verdict ?? null,
    opinion: t.opinion,
    dueOn: t.dueOn,
    warning: t.status === 'open' ? calendarCall(() => taskWarning(t.dueOn, today, calendar)) : ('normal' as const),
    closedAt: t.closedAt,
  }));
}

/** A sub-task's screen offers its opinion, when the states table allows it now. */
export function subTaskActions(allowed: readonly CaseAction[]): CaseAction[] {
  return allowed.filter((a) => a === 'joint.opinion');
}
