// Supervision warning levels (电子监察预警) of a due date. There is no national threshold
// (FACTS §E): yellow when at most `yellowWorkdays` working days are left (default 1, a per-center
// setting), red on the due day, overdue after it, paused while a §45 pause stops the clock.
// The same rule runs in SQL for a million cases (case-warning-levels job): the calendar is
// reduced once per center to two dates, and each case only compares its stored due date.
import type { IsoDate, WorkCalendar } from '../calendar/index.ts';
import type { WarningLevel } from '../clock/index.ts';
import { openCaseStates, type CaseState } from './states.ts';

export const DEFAULT_YELLOW_WORKDAYS = 1;
/** Worst first: the order lists sort by and the case's overall level is chosen by. */
export const warningSeverity: Record<WarningLevel, number> = { overdue: 4, red: 3, yellow: 2, paused: 1, normal: 0 };

/**
 * The two dates that decide every level on `today`: a due date before `today` is overdue, on
 * it red, before `yellowBefore` yellow, else normal. `yellowBefore` is the (n+1)-th working day
 * after today, so "due < yellowBefore" means "at most n working days left in (today, due]"
 * whatever today is (a Sunday, a holiday).
 */
export interface WarningBoundaries {
  today: IsoDate;
  yellowBefore: IsoDate;
}

export function warningBoundaries(today: IsoDate, cal: WorkCalendar, yellowWorkdays = DEFAULT_YELLOW_WORKDAYS): WarningBoundaries {
  if (!Number.isInteger(yellowWorkdays) || yellowWorkdays < 0) throw new RangeError(`yellowWorkdays must be an integer ≥ 0: ${yellowWorkdays}`);
  return { today, yellowBefore: cal.addWorkdays(today, yellowWorkdays + 1) };
}

/** The level of a stored due date against precomputed boundaries; null due = the clock is paused. */
export function levelAgainst(due: IsoDate | null, b: WarningBoundaries): WarningLevel {
  if (due === null) return 'paused';
  if (due < b.today) return 'overdue';
  if (due === b.today) return 'red';
  return due < b.yellowBefore ? 'yellow' : 'normal';
}

/** The level of one due date on `today` (null due = paused). */
export function warningLevelOfDue(due: IsoDate | null, today: IsoDate, cal: WorkCalendar, yellowWorkdays = DEFAULT_YELLOW_WORKDAYS): WarningLevel {
  return levelAgainst(due, warningBoundaries(today, cal, yellowWorkdays));
}

/** The worse of several levels (a case's overall colour from its legal and promised clocks). */
export function worstLevel(...levels: readonly WarningLevel[]): WarningLevel {
  return levels.reduce((w, l) => (warningSeverity[l] > warningSeverity[w] ? l : w), 'normal');
}

/**
 * States in which a case's clock runs and so has a level: accepted and not yet decided. Before
 * acceptance nothing runs; after the decision the case's own clock has stopped (the certificate
 * has its own §44 clock).
 */
export const clockRunningStates: readonly CaseState[] = openCaseStates.filter(
  // 上报件: once forwarded, the case of origin waits; the case above runs its own clocks (decision 0035).
  (s) => s !== 'draft' && s !== 'received' && !s.startsWith('decided_') && s !== 'escalated',
);
