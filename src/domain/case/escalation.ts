// 上报件 (issue #17, decision 0035): a township (or village) center reviews a case and forwards
// it to the center above, which decides; the result comes back to the window of origin. The
// table's rows are in states.ts (escalate, escalation.*); this file holds the lower center's
// own clock (行政许可法 §43: its review before forwarding takes at most 20 working days) and
// what the case of origin shows of it.
import type { IsoDate, WorkCalendar } from '../calendar/index.ts';
import type { ClockPause, WarningLevel } from '../clock/index.ts';
import { lowerReviewDue } from './hearing.ts';
import type { CaseState } from './states.ts';
import { warningLevelOfDue } from './warnings.ts';

export interface LowerReviewClock {
  /** Last day to forward (acceptance + 20 working days, moved by §45 pauses); null while a pause is open. */
  due: IsoDate | null;
  /** The day the case went up, or null while the lower center still reviews. */
  forwardedOn: IsoDate | null;
  /** The warning level while the review runs; 'none' once forwarded (the clock stopped). */
  level: WarningLevel | 'none';
  /** Once forwarded: whether it went up within the limit. */
  onTime: boolean | null;
}

/** The §43 clock of a case of origin on `today`. */
export function lowerReviewClock(
  input: { acceptedOn: IsoDate; pauses: readonly ClockPause[]; forwardedOn: IsoDate | null; today: IsoDate },
  cal: WorkCalendar,
  yellowWorkdays = 1,
): LowerReviewClock {
  const due = lowerReviewDue(input.acceptedOn, input.pauses, cal);
  if (input.forwardedOn) return { due, forwardedOn: input.forwardedOn, level: 'none', onTime: due === null || input.forwardedOn <= due };
  return { due, forwardedOn: null, level: warningLevelOfDue(due, input.today, cal, yellowWorkdays), onTime: null };
}

/** States of a case of origin in which the §43 clock still runs (accepted, under the lower center's review). */
export const lowerReviewStates: readonly CaseState[] = ['accepted', 'in_review'];

/** The upper case's action that brings its decision (or its ending) back to the case of origin, if any. */
export function returnActionFor(upperNext: CaseState): 'escalation.approve' | 'escalation.refuse' | 'escalation.end' | null {
  if (upperNext === 'decided_approved') return 'escalation.approve';
  if (upperNext === 'decided_refused') return 'escalation.refuse';
  if (upperNext === 'withdrawn' || upperNext === 'stopped') return 'escalation.end';
  return null;
}
