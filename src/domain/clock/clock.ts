// The case clock: a due date derived from the acceptance date, the legal budget, approved
// extensions and pauses (行政许可法 §42, §45, §82; 民法典 §201–203). Nothing is stored but
// these inputs, so a corrected holiday table or pause re-derives every due date consistently.
import { fromEpochDay, toEpochDay, type IsoDate, type WorkCalendar } from '../calendar/index.ts';

export type ClockUnit = 'workday' | 'naturalDay' | 'workHour' | 'instant';

export interface ClockDuration {
  amount: number;
  unit: ClockUnit;
}

/** Steps excluded from the clock by §45: 听证 招标 拍卖 检验 检测 检疫 鉴定 专家评审 (+ other laws). */
export const PAUSE_KINDS = [
  'hearing', // 听证
  'tender', // 招标
  'auction', // 拍卖
  'inspection', // 检验
  'testing', // 检测
  'quarantine', // 检疫
  'appraisal', // 鉴定
  'expertReview', // 专家评审
  'other', // another law's exclusion; `reason` must name it
] as const;
export type PauseKind = (typeof PAUSE_KINDS)[number];

/** A pause from `from` (first day excluded) until `to` (the day the clock runs again). */
export interface ClockPause {
  from: IsoDate;
  to?: IsoDate;
  reason: string;
  kind: PauseKind;
}

export interface ClockExtension extends ClockDuration {
  approver: string;
  reason: string;
  noticeNo?: string;
}

export interface CaseClock {
  /** Acceptance date; counting starts the next day (民法典 §201). */
  startDate: IsoDate;
  budget: ClockDuration;
  pauses: readonly ClockPause[];
  extensions: readonly ClockExtension[];
}

export type DueDateResult =
  | {
      status: 'running';
      dueDate: IsoDate;
      pausedWorkdays: number;
      /** An open pause that began after the limit had already run out: it cannot save the case. */
      pausedSince?: IsoDate;
    }
  | { status: 'paused'; since: IsoDate };

export interface ClockOptions {
  /** Working hours in one working day, for 'workHour' limits (default 8). */
  hoursPerWorkday?: number;
}

export type WarningLevel = 'normal' | 'yellow' | 'red' | 'overdue' | 'paused';

export class ClockError extends Error {
  override readonly name = 'ClockError';
  readonly code = 'CLOCK_BAD_INPUT';
}

const EPS = 1e-9; // absorbs float noise such as 0.1 + 0.2 before rounding up

/**
 * Due date of a clock.
 * - Budget and extensions add up: workday + workHour parts become working hours, rounded up
 *   to whole working days once (4 h + 4 h = 1 day, not 2); naturalDay parts are added as
 *   calendar days first (then moved to a working day), and the working days after that.
 * - 'instant' with nothing else is due on the acceptance day itself.
 * - Each closed pause excludes the working days in [from, to): the day it starts up to, not
 *   including, the day the clock resumes; overlapping pauses count once, and days up to the
 *   acceptance day are never excluded (they were not on the clock). The due date moves later
 *   by that many working days; a pause that begins after the due date moves nothing (the
 *   limit had run out). An open pause (no `to`) that began in time leaves the due date undefined.
 * Throws CalendarError CALENDAR_YEAR_MISSING when the answer needs a year without data.
 */
export function dueDate(clock: CaseClock, cal: WorkCalendar, opts: ClockOptions = {}): DueDateResult {
  const hoursPerDay = opts.hoursPerWorkday ?? 8;
  if (!(hoursPerDay > 0) || !Number.isFinite(hoursPerDay)) bad(`hoursPerWorkday must be > 0`);
  const start = toEpochDay(clock.startDate);

  let hours = 0;
  let natural = 0;
  for (const d of [clock.budget, ...clock.extensions]) {
    if (!Number.isFinite(d.amount) || d.amount < 0) bad(`Bad amount ${d.amount} ${d.unit}`);
    if (d.unit === 'workday') hours += d.amount * hoursPerDay;
    else if (d.unit === 'workHour') hours += d.amount;
    else if (d.unit === 'naturalDay') natural += d.amount;
    else if (d.unit !== 'instant') bad(`Bad unit ${String(d.unit)}`);
  }
  const workdays = Math.max(0, Math.ceil(hours / hoursPerDay - EPS));
  const naturalDays = Math.max(0, Math.ceil(natural - EPS));

  let due: IsoDate;
  if (clock.budget.unit === 'instant' && workdays === 0 && naturalDays === 0) {
    due = clock.startDate;
  } else {
    const base = naturalDays > 0 ? cal.dueFromNaturalDays(clock.startDate, naturalDays) : clock.startDate;
    due = cal.addWorkdays(base, workdays);
  }

  return applyPauses(due, clock.pauses, start, cal);
}

/**
 * Moves a due date by the pauses that stopped the clock while it was still running. Spans are
 * [from, to): the first paused day up to, not including, the day the clock runs again; days up
 * to acceptance were never on the clock, overlaps count once. A pause that begins after the
 * (already moved) due date does not move it: the limit had run out, the case was overdue.
 * So the result equals counting the budget's working days one by one, skipping paused days
 * (src/domain/case/ledger.props.test.ts checks exactly that against a naive count).
 */
function applyPauses(baseDue: IsoDate, pauses: readonly ClockPause[], start: number, cal: WorkCalendar): DueDateResult {
  const spans = pauses.map((p) => {
    const from = toEpochDay(p.from);
    const to = p.to === undefined ? Infinity : toEpochDay(p.to);
    if (to < from) bad(`Pause ends (${p.to}) before it starts (${p.from})`);
    return { from: Math.max(from, start + 1), to, since: p.from };
  });
  spans.sort((a, b) => a.from - b.from);
  let due = baseDue;
  let total = 0;
  let coveredUntil = start + 1; // every day before this is already accounted for
  for (const s of spans) {
    const from = Math.max(s.from, coveredUntil);
    if (s.to <= from) continue;
    if (from > toEpochDay(due)) {
      // The limit ran out before this pause began; an open pause still says the case is paused now.
      const open = spans.find((o) => o.to === Infinity && o.from > toEpochDay(due));
      return open ? { status: 'running', dueDate: due, pausedWorkdays: total, pausedSince: open.since } : { status: 'running', dueDate: due, pausedWorkdays: total };
    }
    if (s.to === Infinity) return { status: 'paused', since: s.since };
    const days = cal.workdaysInRange(fromEpochDay(from), fromEpochDay(s.to));
    if (days > 0) due = cal.addWorkdays(due, days);
    total += days;
    coveredUntil = s.to;
  }
  return { status: 'running', dueDate: due, pausedWorkdays: total };
}

/** Remaining working days: (today, due]; 0 on the due day, negative when overdue; null if paused. */
export function remainingWorkdays(
  clock: CaseClock,
  today: IsoDate,
  cal: WorkCalendar,
  opts: ClockOptions = {},
): number | null {
  const r = dueDate(clock, cal, opts);
  return r.status === 'paused' ? null : cal.workdaysBetween(today, r.dueDate);
}

/**
 * Supervision level on `today`: 'overdue' after the due date, 'red' on it, 'yellow' when at
 * most `yellowWorkdays` working days remain, else 'normal'; 'paused' while a pause is open
 * (no due date exists, so no level can be claimed). Thresholds are per-center settings.
 */
export function warningLevel(
  clock: CaseClock,
  today: IsoDate,
  cal: WorkCalendar,
  opts: ClockOptions & { yellowWorkdays?: number } = {},
): WarningLevel {
  const r = dueDate(clock, cal, opts);
  if (r.status === 'paused') return 'paused';
  const t = toEpochDay(today);
  const d = toEpochDay(r.dueDate);
  if (t > d) return 'overdue';
  if (t === d) return 'red';
  return cal.workdaysBetween(today, r.dueDate) <= (opts.yellowWorkdays ?? 1) ? 'yellow' : 'normal';
}

function bad(message: string): never {
  throw new ClockError(message);
}
