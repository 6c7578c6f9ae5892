// The hearing of a case (听证, 行政许可法 §47–48) as its action log tells it: the parties told of
// their right (hearing.inform), a party's request (hearing.request), the hearing noticed for a
// date and place (hearing.schedule); the hearing record (听证笔录) closes it. The deadlines are
// hearing.ts's; this file says which step may come next and refuses a date that breaks a rule,
// with the code the server answers.
import { addDays, type IsoDate, type WorkCalendar } from '../../calendar/index.ts';
import { hearingDeadlines, HEARING_RULES } from '../hearing.ts';

export const hearingActions = ['hearing.inform', 'hearing.request', 'hearing.schedule'] as const;
export type HearingAction = (typeof hearingActions)[number];

/** What each hearing action keeps in its recorded input (`hearing`). */
export interface HearingInput {
  /** inform: every party told (the applicant first, then the interested parties, 利害关系人). */
  parties?: string[];
  /** inform: why the licence concerns others' major interests, when the guide does not list a hearing (§47). */
  ground?: string;
  /** request: the day the written request arrived, and who asked. */
  requestedOn?: IsoDate;
  requestedBy?: string;
  /** schedule: the hearing's day and place (the notice goes out on the action's day). */
  scheduledOn?: IsoDate;
  place?: string;
}

export interface HearingLog {
  toldOn: IsoDate | null;
  parties: string[];
  ground: string | null;
  requestedOn: IsoDate | null;
  requestedBy: string | null;
  scheduledOn: IsoDate | null;
  place: string | null;
  noticeSentOn: IsoDate | null;
  heldOn: IsoDate | null;
}

export const emptyHearing: HearingLog = { toldOn: null, parties: [], ground: null, requestedOn: null, requestedBy: null, scheduledOn: null, place: null, noticeSentOn: null, heldOn: null };

/** The hearing from the case's history (oldest first; `on` is the action's day in China). */
export function hearingLogOf(history: readonly { action: string; on: IsoDate; hearing?: HearingInput | null }[], heldOn: IsoDate | null = null): HearingLog {
  let log = { ...emptyHearing, heldOn };
  for (const h of history) {
    const i = h.hearing ?? {};
    if (h.action === 'hearing.inform') log = { ...log, toldOn: h.on, parties: i.parties ?? [], ground: i.ground ?? null };
    else if (h.action === 'hearing.request') log = { ...log, requestedOn: i.requestedOn ?? h.on, requestedBy: i.requestedBy ?? null };
    else if (h.action === 'hearing.schedule') log = { ...log, scheduledOn: i.scheduledOn ?? null, place: i.place ?? null, noticeSentOn: h.on };
  }
  return log;
}

export type HearingPhase = 'none' | 'informed' | 'lapsed' | 'requested' | 'noticed' | 'held';

export interface HearingView extends HearingLog {
  phase: HearingPhase;
  /** Last day to ask (5 days after being told, moved off a day off). */
  requestBy: IsoDate | null;
  /** Last day to hold the hearing (20 working days after the request). */
  holdBy: IsoDate | null;
  /** The earliest hearing day a notice sent today allows (7 days ahead, on a working day). */
  earliestHearing: IsoDate | null;
}

export function hearingPhase(log: HearingLog, today: IsoDate, cal: WorkCalendar): HearingPhase {
  if (log.heldOn) return 'held';
  if (log.scheduledOn) return 'noticed';
  if (log.requestedOn) return 'requested';
  if (!log.toldOn) return 'none';
  return today > hearingDeadlines({ toldOn: log.toldOn }, cal).requestBy ? 'lapsed' : 'informed';
}

/** The first working day on which a hearing noticed on `noticeOn` may be held (§48: 7 days ahead). */
export function earliestHearingDay(noticeOn: IsoDate, cal: WorkCalendar): IsoDate {
  let d = addDays(noticeOn, HEARING_RULES.noticeDaysAhead);
  while (!cal.isWorkday(d)) d = addDays(d, 1);
  return d;
}

export function hearingView(log: HearingLog, today: IsoDate, cal: WorkCalendar): HearingView {
  const d = log.toldOn ? hearingDeadlines({ toldOn: log.toldOn, ...(log.requestedOn ? { requestedOn: log.requestedOn } : {}) }, cal) : null;
  const phase = hearingPhase(log, today, cal);
  return { ...log, phase, requestBy: d?.requestBy ?? null, holdBy: d?.holdBy ?? null, earliestHearing: phase === 'requested' ? earliestHearingDay(today, cal) : null };
}

export type HearingRefusalCode = 'HEARING_PHASE' | 'HEARING_DATE_INVALID' | 'HEARING_REQUEST_TOO_LATE' | 'HEARING_NOTICE_TOO_LATE' | 'HEARING_TOO_LATE';
export interface HearingRefusal {
  ok: false;
  code: HearingRefusalCode;
  zh: string;
  en: string;
}
export type HearingCheck = { ok: true } | HearingRefusal;

const no = (code: HearingRefusalCode, zh: string, en: string): HearingRefusal => ({ ok: false, code, zh, en });
const ok: HearingCheck = { ok: true };

/** May the parties be told of their right now? Once per case. */
export function checkInform(log: HearingLog, parties: readonly string[]): HearingCheck {
  if (log.toldOn) return no('HEARING_PHASE', '已告知听证权利，不能重复告知', 'The parties were already told of their right to a hearing');
  if (parties.filter((p) => p.trim()).length === 0) return no('HEARING_DATE_INVALID', '请填写被告知听证权利的申请人和利害关系人', 'Name the applicant and interested parties told of the right');
  return ok;
}

/** A request that arrived on `requestedOn`, recorded on `today`: within 5 days of being told (§47). */
export function checkRequest(log: HearingLog, requestedOn: IsoDate, today: IsoDate, cal: WorkCalendar): HearingCheck {
  if (!log.toldOn) return no('HEARING_PHASE', '尚未告知听证权利', 'The parties have not been told of the right to a hearing');
  if (log.requestedOn) return no('HEARING_PHASE', '已收到听证申请', 'A hearing was already requested');
  if (requestedOn < log.toldOn || requestedOn > today) return no('HEARING_DATE_INVALID', `申请日期须在告知之日（${log.toldOn}）至今天之间`, `The request date must lie between ${log.toldOn} and today`);
  const { requestBy } = hearingDeadlines({ toldOn: log.toldOn }, cal);
  if (requestedOn > requestBy) return no('HEARING_REQUEST_TOO_LATE', `听证申请须在被告知后 5 日内提出（截止 ${requestBy}）`, `A hearing must be asked for within 5 days of being told (by ${requestBy})`);
  return ok;
}

/** A hearing on `scheduledOn` noticed today: 7 days ahead (§48), within 20 working days of the request (§47). */
export function checkSchedule(log: HearingLog, scheduledOn: IsoDate, today: IsoDate, cal: WorkCalendar): HearingCheck {
  if (!log.requestedOn) return no('HEARING_PHASE', '尚未收到听证申请', 'No hearing was requested');
  if (log.scheduledOn) return no('HEARING_PHASE', '已发出听证通知', 'The hearing was already noticed');
  if (!cal.isWorkday(scheduledOn)) return no('HEARING_DATE_INVALID', `听证日期 ${scheduledOn} 不是工作日`, `${scheduledOn} is not a working day`);
  const earliest = earliestHearingDay(today, cal);
  if (scheduledOn < earliest) return no('HEARING_NOTICE_TOO_LATE', `听证通知须在举行 7 日前送达：今天通知，最早 ${earliest} 举行`, `The notice must go out 7 days ahead: noticed today, the hearing is on ${earliest} at the earliest`);
  const holdBy = hearingDeadlines({ toldOn: log.toldOn!, requestedOn: log.requestedOn }, cal).holdBy!;
  if (scheduledOn > holdBy) return no('HEARING_TOO_LATE', `听证须在申请之日起 20 个工作日内举行（截止 ${holdBy}）`, `The hearing must be held within 20 working days of the request (by ${holdBy})`);
  return ok;
}

/** The hearing record: on the noticed day, not in the future. */
export function checkHeld(log: HearingLog, heldOn: IsoDate, today: IsoDate): HearingCheck {
  if (!log.scheduledOn) return no('HEARING_PHASE', '听证尚未通知，不能记录听证笔录', 'The hearing has not been noticed');
  if (log.heldOn) return no('HEARING_PHASE', '已有听证笔录', 'The hearing record exists');
  if (heldOn !== log.scheduledOn || heldOn > today) return no('HEARING_DATE_INVALID', `听证应于通知的日期（${log.scheduledOn}）举行，且不能晚于今天`, `The hearing is held on the noticed day (${log.scheduledOn}), not in the future`);
  return ok;
}
