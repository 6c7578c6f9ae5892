// Each back-office step's own clock (issue #17, decision 0033). A step opens with its planned
// due date (steps.ts: its own limit, never later than the promise); a §45 pause of the case
// stops every clock, so when the pause ends the open step's due date moves by the working days
// the pause took while the step was running, the same rule as the case clocks (ledger.ts): a
// pause spans [first paused day, day the clock runs again), and a pause begun after the step's
// due date moves nothing (its limit had already run out). Computed on the server, never typed.
import { addDays, type IsoDate, type WorkCalendar } from '../calendar/index.ts';
import type { WarningLevel } from '../clock/index.ts';
import { levelAgainst, type WarningBoundaries } from './warnings.ts';

/** A closed pause of the case: [from, to). */
export interface StepPause {
  from: IsoDate;
  to: IsoDate;
}

/**
 * Working days the pause takes off a step opened on `openedOn` (that day not counted) and due
 * on `due`: the working days in [max(from, the day after opening), to); none if the pause began
 * after the due date or ended before the step opened.
 */
export function stepPauseWorkdays(openedOn: IsoDate, due: IsoDate, pause: StepPause, cal: WorkCalendar): number {
  if (pause.from > due) return 0;
  const from = pause.from > openedOn ? pause.from : addDays(openedOn, 1);
  if (pause.to <= from) return 0;
  return cal.workdaysInRange(from, pause.to);
}

/** The step's due date after the pause, and how many working days it moved. */
export function movedStepDue(openedOn: IsoDate, due: IsoDate, pause: StepPause, cal: WorkCalendar): { due: IsoDate; movedBy: number } {
  const movedBy = stepPauseWorkdays(openedOn, due, pause, cal);
  return { due: movedBy > 0 ? cal.addWorkdays(due, movedBy) : due, movedBy };
}

/**
 * The warning level of an open step on the boundaries of its center's day (warnings.ts: the
 * per-center yellow threshold): paused while the case's clock is stopped, unless the step's
 * limit had already run out before.
 */
export function stepLevel(due: IsoDate, casePaused: boolean, b: WarningBoundaries): WarningLevel {
  if (casePaused && due >= b.today) return 'paused';
  return levelAgainst(due, b);
}

export const stepLevels = ['normal', 'yellow', 'red', 'overdue', 'paused'] as const satisfies readonly WarningLevel[];
