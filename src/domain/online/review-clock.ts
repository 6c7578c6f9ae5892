// 网上预审时限 (issue #19, decision 0043): the window pre-reviews an online application within
// ONLINE_PREREVIEW_WORKING_DAYS working days after it was (re)submitted, counted on the work
// calendar. The warning level is computed on read against that due date: red on the due day,
// overdue after it, yellow the working day before when the limit is longer than one day.
import type { IsoDate, WorkCalendar } from '../calendar/index.ts';
import { warningLevelOfDue } from '../case/warnings.ts';
import type { WarningLevel } from '../clock/index.ts';

/** Due date of the pre-review of an application (re)submitted on `submittedOn` (China date). */
export function preReviewDue(submittedOn: IsoDate, workingDays: number, cal: WorkCalendar): IsoDate {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError(`workingDays must be an integer ≥ 1: ${workingDays}`);
  return cal.addWorkdays(submittedOn, workingDays);
}

/** Yellow for the last working day before the due day, but never at once on a one-day limit. */
export function preReviewYellowDays(workingDays: number): number {
  return Math.max(0, Math.min(1, workingDays - 1));
}

export type PreReviewLevel = Exclude<WarningLevel, 'paused'>;

export function preReviewLevel(due: IsoDate, today: IsoDate, workingDays: number, cal: WorkCalendar): PreReviewLevel {
  return warningLevelOfDue(due, today, cal, preReviewYellowDays(workingDays)) as PreReviewLevel;
}
