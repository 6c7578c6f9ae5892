// Other statutory clocks of a case (FACTS §E): the hearing (行政许可法 §47–48), the certificate
// after an approval (§44), a lower level's review before forwarding (§43), and a step's own
// limit. Which day counts are working days: §82 makes the agency's own limits working days
// (the 20 days to hold a hearing, §43, §44); the applicant's 5 days to ask for a hearing and
// the 7 days' notice are plain days (民法典 §201–203: the end moves off a holiday).
import { addDays, type IsoDate, type WorkCalendar } from '../calendar/index.ts';
import { dueDate, type ClockPause } from '../clock/index.ts';

export const HEARING_RULES = {
  /** §47: the applicant or an interested party asks within 5 days of being told of the right. */
  requestWithinDays: 5,
  /** §47: the agency holds the hearing within 20 days of the request (its own limit: working days, §82). */
  holdWithinWorkdays: 20,
  /** §48: the time and place are notified 7 days before the hearing. */
  noticeDaysAhead: 7,
} as const;

export interface HearingDeadlines {
  /** Last day to ask for a hearing (moved off a day off, 民法典 §203). */
  requestBy: IsoDate;
  /** Last day the hearing may be held, counted from the request. Null before a request. */
  holdBy: IsoDate | null;
  /** Last day to send the notice for a hearing on `scheduledOn` (a working day, never later). */
  noticeBy: IsoDate | null;
}

/** The hearing's deadlines, from the day the parties were told and, once known, the request and the hearing date. */
export function hearingDeadlines(input: { toldOn: IsoDate; requestedOn?: IsoDate; scheduledOn?: IsoDate }, cal: WorkCalendar): HearingDeadlines {
  const requestBy = cal.dueFromNaturalDays(input.toldOn, HEARING_RULES.requestWithinDays);
  const holdBy = input.requestedOn ? cal.addWorkdays(input.requestedOn, HEARING_RULES.holdWithinWorkdays) : null;
  return { requestBy, holdBy, noticeBy: input.scheduledOn ? previousWorkday(addDays(input.scheduledOn, -HEARING_RULES.noticeDaysAhead), cal) : null };
}

/** Problems with a hearing plan, in Chinese and English; empty when it keeps §47–48. */
export function hearingProblems(input: { toldOn: IsoDate; requestedOn?: IsoDate; scheduledOn?: IsoDate; noticeSentOn?: IsoDate }, cal: WorkCalendar): { zh: string; en: string }[] {
  const d = hearingDeadlines(input, cal);
  const out: { zh: string; en: string }[] = [];
  if (input.requestedOn && input.requestedOn > d.requestBy) out.push({ zh: `听证申请已超过告知后 5 日（截止 ${d.requestBy}）`, en: `The hearing was asked for after the 5 days (until ${d.requestBy})` });
  if (d.holdBy && input.scheduledOn && input.scheduledOn > d.holdBy) out.push({ zh: `听证须在申请后 20 个工作日内举行（截止 ${d.holdBy}）`, en: `The hearing must be held within 20 working days of the request (by ${d.holdBy})` });
  if (input.scheduledOn && input.noticeSentOn && addDays(input.noticeSentOn, HEARING_RULES.noticeDaysAhead) > input.scheduledOn) {
    out.push({ zh: `听证通知须在举行 7 日前送达（最迟 ${d.noticeBy}）`, en: `The hearing notice must go out 7 days ahead (by ${d.noticeBy})` });
  }
  return out;
}

function previousWorkday(date: IsoDate, cal: WorkCalendar): IsoDate {
  let d = date;
  while (!cal.isWorkday(d)) d = addDays(d, -1);
  return d;
}

/** §44: the certificate is issued within 10 working days of the approval decision. */
export const CERTIFICATE_WORKDAYS = 10;
/** §43: a lower level reviews within 20 working days before forwarding to the level above. */
export const LOWER_REVIEW_WORKDAYS = 20;

export function certificateDue(decidedOn: IsoDate, cal: WorkCalendar): IsoDate {
  return cal.addWorkdays(decidedOn, CERTIFICATE_WORKDAYS);
}

/** A clock of `workdays` from `startedOn`, moved by the case's pauses; null while a pause is open. */
export function workdayClockDue(startedOn: IsoDate, workdays: number, pauses: readonly ClockPause[], cal: WorkCalendar): IsoDate | null {
  const r = dueDate({ startDate: startedOn, budget: { amount: workdays, unit: 'workday' }, pauses, extensions: [] }, cal);
  return r.status === 'running' ? r.dueDate : null;
}

/** §43: the township's (or village's) review before forwarding to the county. */
export function lowerReviewDue(acceptedOn: IsoDate, pauses: readonly ClockPause[], cal: WorkCalendar): IsoDate | null {
  return workdayClockDue(acceptedOn, LOWER_REVIEW_WORKDAYS, pauses, cal);
}

/** A step's own clock (承办 / 审核 / 批准 each have a limit in the guide's 办理流程). */
export function stepDue(step: { startedOn: IsoDate; limitWorkdays: number }, pauses: readonly ClockPause[], cal: WorkCalendar): IsoDate | null {
  return workdayClockDue(step.startedOn, step.limitWorkdays, pauses, cal);
}
