// A case's clock ledger (行政许可法 §42, §45): the §45 pauses, each opened and closed with a
// 特别程序告知书, and at most one §42 extension with its 延长审批告知书. The due dates are
// always derived from the acceptance date, the limits and this ledger over the center's
// calendar, on the server, never typed in. The actions that write the ledger (pause, resume,
// extend) live in the case table (states.ts); they call these functions to check and compute.
import type { IsoDate, WorkCalendar } from '../calendar/index.ts';
import { dueDate, type ClockDuration, type ClockPause, type PauseKind } from '../clock/index.ts';
import { DEFAULT_LAW_LIMITS } from '../catalog/limits.ts';

/** §42: +10 working days; joint or unified handling (§26) +15. */
export const EXTENSION_WORKDAYS = { standard: 10, joint: 15 } as const;
/** §42: the agency head approves; for a joint case the same-level government's head. */
export type ExtensionApprover = 'agency_head' | 'government_head';

export interface LedgerPause {
  /** First day off the clock (the 特别程序告知书's date). */
  from: IsoDate;
  /** The day the clock runs again; absent while the pause is open. */
  to?: IsoDate;
  kind: PauseKind;
  reason: string;
}

export interface LedgerExtension {
  /** The day the extension was asked for: on or before the legal due date. */
  askedOn: IsoDate;
  approvedBy: ExtensionApprover;
  approverName?: string;
  reason: string;
  noticeNo?: string;
}

export interface ClockLedger {
  pauses: readonly LedgerPause[];
  extension?: LedgerExtension | null;
}

export interface ClockInput {
  /** 受理 date; counting starts the next day (民法典 §201). */
  startDate: IsoDate;
  /** The legal limit: a number is working days; null falls back to §42 (20, joint 45). */
  legal: number | ClockDuration | null;
  /** The promised limit (承诺时限); null = the legal limit. Never extended. */
  promised?: number | ClockDuration | null;
  /** 联办件 / 统一办理: 45 (+15) and the government head approves the extension. */
  joint?: boolean;
  ledger: ClockLedger;
}

export interface DueDates {
  /** null while an open pause stops the clock. */
  legalDue: IsoDate | null;
  promisedDue: IsoDate | null;
  /** The legal due date without the extension (what the extension must be asked before). */
  legalDueBeforeExtension: IsoDate | null;
  /** Working days the legal due date moved by because of pauses. */
  pausedDays: number;
  /** The open pause's first day, when one is open (even one begun after the limit ran out). */
  pausedSince: IsoDate | null;
  extension: { workdays: number; askedOn: IsoDate; approvedBy: ExtensionApprover } | null;
}

const asDuration = (limit: number | ClockDuration): ClockDuration => (typeof limit === 'number' ? { amount: limit, unit: 'workday' } : limit);

export function legalLimitOf(input: Pick<ClockInput, 'legal' | 'joint'>): ClockDuration {
  return input.legal === null ? { amount: input.joint ? DEFAULT_LAW_LIMITS.joint : DEFAULT_LAW_LIMITS.standard, unit: 'workday' } : asDuration(input.legal);
}

export function extensionWorkdays(joint: boolean | undefined): number {
  return joint ? EXTENSION_WORKDAYS.joint : EXTENSION_WORKDAYS.standard;
}

/** One clock: `budget` from `startDate`, moved by the ledger's pauses. */
function clockDue(startDate: IsoDate, budget: ClockDuration, extra: ClockDuration | null, pauses: readonly ClockPause[], cal: WorkCalendar) {
  const r = dueDate({ startDate, budget, pauses, extensions: extra ? [{ ...extra, approver: '', reason: '' }] : [] }, cal);
  return r.status === 'paused' ? { due: null, pausedDays: 0, pausedSince: r.since } : { due: r.dueDate, pausedDays: r.pausedWorkdays, pausedSince: r.pausedSince ?? null };
}

/**
 * The legal and promised due dates of a case. Pauses stop both clocks; the extension extends
 * the legal clock only (the promise made to the applicant stays, so an extended case shows
 * overdue on its promise). Throws CALENDAR_YEAR_MISSING when a year lacks data.
 */
export function dueDates(input: ClockInput, cal: WorkCalendar): DueDates {
  const budget = legalLimitOf(input);
  const pauses = input.ledger.pauses.map((p) => ({ ...p }));
  const ext = input.ledger.extension ?? null;
  const extra: ClockDuration | null = ext ? { amount: extensionWorkdays(input.joint), unit: 'workday' } : null;
  const legal = clockDue(input.startDate, budget, extra, pauses, cal);
  const before = ext ? clockDue(input.startDate, budget, null, pauses, cal) : legal;
  const promised = clockDue(input.startDate, input.promised == null ? budget : asDuration(input.promised), null, pauses, cal);
  return {
    legalDue: legal.due,
    promisedDue: promised.due,
    legalDueBeforeExtension: before.due,
    pausedDays: legal.pausedDays,
    pausedSince: legal.pausedSince,
    extension: ext ? { workdays: extra?.amount ?? 0, askedOn: ext.askedOn, approvedBy: ext.approvedBy } : null,
  };
}

export type LedgerRefusal = {
  ok: false;
  code: 'EXTENSION_ALREADY_GRANTED' | 'EXTENSION_TOO_LATE' | 'EXTENSION_WRONG_APPROVER' | 'PAUSE_ALREADY_OPEN' | 'PAUSE_NOT_OPEN' | 'PAUSE_BAD_DATES';
  /** Chinese first (the staff see it), English for Accept-Language: en. */
  zh: string;
  en: string;
};
export type LedgerResult = { ok: true; ledger: ClockLedger; dueDates: DueDates } | LedgerRefusal;

const refuse = (code: LedgerRefusal['code'], zh: string, en: string): LedgerRefusal => ({ ok: false, code, zh, en });

/**
 * §42 extension: at most once, asked on or before the legal due date (the last day of the
 * limit; while a pause is open the limit cannot run out), approved by the agency head, or for a
 * joint case by the government head. Returns the new ledger and due dates, or why not.
 */
export function requestExtension(input: ClockInput, request: LedgerExtension, cal: WorkCalendar): LedgerResult {
  if (input.ledger.extension) return refuse('EXTENSION_ALREADY_GRANTED', `已于 ${input.ledger.extension.askedOn} 延长过一次，法定时限只能延长一次`, `Already extended on ${input.ledger.extension.askedOn}; a limit can be extended only once`);
  const needed: ExtensionApprover = input.joint ? 'government_head' : 'agency_head';
  if (request.approvedBy !== needed) {
    return input.joint
      ? refuse('EXTENSION_WRONG_APPROVER', '联办件延长须经本级人民政府负责人批准', 'A joint case is extended only with the approval of the government head')
      : refuse('EXTENSION_WRONG_APPROVER', '延长须经本行政机关负责人批准', 'An extension needs the approval of the agency head');
  }
  const now = dueDates(input, cal);
  // While paused the limit is not running; otherwise it must still be within the limit.
  if (now.legalDue !== null && request.askedOn > now.legalDue) {
    return refuse('EXTENSION_TOO_LATE', `法定办结期限 ${now.legalDue} 已过，不能再申请延长（须在期限届满前申请）`, `The legal due date ${now.legalDue} has passed; an extension must be asked before it`);
  }
  const ledger: ClockLedger = { ...input.ledger, extension: request };
  return { ok: true, ledger, dueDates: dueDates({ ...input, ledger }, cal) };
}

/** Opens a §45 pause on `from` (the 特别程序告知书's date); one at a time. */
export function openPause(input: ClockInput, pause: Omit<LedgerPause, 'to'>, cal: WorkCalendar): LedgerResult {
  const open = input.ledger.pauses.find((p) => p.to === undefined);
  if (open) return refuse('PAUSE_ALREADY_OPEN', `已有一个自 ${open.from} 起的暂停（${open.reason}）尚未结束`, `A pause since ${open.from} (${open.reason}) is still open`);
  if (pause.from < input.startDate) return refuse('PAUSE_BAD_DATES', '暂停不能早于受理日', 'A pause cannot start before acceptance');
  const ledger: ClockLedger = { ...input.ledger, pauses: [...input.ledger.pauses, { ...pause }] };
  return { ok: true, ledger, dueDates: dueDates({ ...input, ledger }, cal) };
}

/** Closes the open pause: the clock runs again on `to`. */
export function closePause(input: ClockInput, to: IsoDate, cal: WorkCalendar): LedgerResult {
  const i = input.ledger.pauses.findIndex((p) => p.to === undefined);
  const open = input.ledger.pauses[i];
  if (!open) return refuse('PAUSE_NOT_OPEN', '没有正在进行的暂停', 'No pause is open');
  if (to < open.from) return refuse('PAUSE_BAD_DATES', `恢复日 ${to} 早于暂停开始日 ${open.from}`, `The clock cannot run again (${to}) before the pause began (${open.from})`);
  const pauses = input.ledger.pauses.map((p, j) => (j === i ? { ...p, to } : p));
  const ledger: ClockLedger = { ...input.ledger, pauses };
  return { ok: true, ledger, dueDates: dueDates({ ...input, ledger }, cal) };
}
