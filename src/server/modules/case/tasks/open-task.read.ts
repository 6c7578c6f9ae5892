// The case page's view of its open back-office step (decision 0033): its own due date (moved
// by pauses), its warning level by the center's threshold, and whether it is the last step (the
// decision is offered, and accepted by the server, on the last step only).
import { isLastStep, stepLevel, type CaseAction, type WarningBoundaries } from '../../../../domain/case/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import type { Pinned, Place } from '../case.pinned.ts';
import type { CaseRow } from '../case.queries.ts';
import { planOf } from './task.effects.ts';
import { tasksOfCase } from './task.queries.ts';

export async function openTaskOf(db: Db, row: CaseRow, pinned: Pinned, place: Place, bounds: WarningBoundaries | null) {
  const open = (await tasksOfCase(db, row.id)).find((t) => t.status === 'open');
  if (!open) return null;
  const lastStep = isLastStep(planOf(pinned, place), open.stepIndex);
  return {
    id: open.id,
    stepIndex: open.stepIndex,
    stepName: open.stepName,
    lastStep,
    dueOn: open.dueOn,
    level: bounds ? stepLevel(open.dueOn, row.paused, bounds) : ('none' as const),
    pausedWorkdays: open.pausedWorkdays,
    assigneeName: open.assigneeName,
  };
}

/** The case page offers the decision only on the last step, as the write path requires. */
export function narrowToStep(actions: CaseAction[], open: { lastStep: boolean } | null): CaseAction[] {
  return open && !open.lastStep ? actions.filter((a) => a !== 'decide.approve' && a !== 'decide.refuse') : actions;
}
