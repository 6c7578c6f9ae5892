// The case's two clocks (SPEC §3): the legal limit and the promised limit of its pinned item
// version, both counted from the acceptance date over the center's working-day calendar. The
// arithmetic lives in src/domain/clock; this file only says which budget, pauses and
// extensions make up each clock of a case.
import type { IsoDate, WorkCalendar } from '../calendar/index.ts';
import type { CaseType } from '../catalog/code-tables.ts';
import { DEFAULT_LAW_LIMITS, type LawLimits } from '../catalog/limits.ts';
import type { TimeLimit } from '../catalog/guide.ts';
import { dueDate, warningLevel, type CaseClock, type ClockDuration, type ClockExtension, type ClockOptions, type ClockPause, type WarningLevel } from '../clock/index.ts';

export interface CaseClockInput {
  /** 受理 date; the clock runs from the next day (民法典 §201). */
  acceptedOn: IsoDate;
  caseType: CaseType;
  /** From the pinned version; null when the guide leaves it open. */
  legalLimit: Pick<TimeLimit, 'amount' | 'unit'> | null;
  promisedLimit: Pick<TimeLimit, 'amount' | 'unit'> | null;
  /** §45 pauses: they stop both clocks. */
  pauses: readonly ClockPause[];
  /**
   * §42 extensions approved by the agency head: they extend the legal limit only. The promise
   * made to the applicant stays as it was, so an extended case shows overdue on its promise.
   */
  extensions: readonly ClockExtension[];
}

export function limitToDuration(limit: Pick<TimeLimit, 'amount' | 'unit'>): ClockDuration {
  return { amount: limit.unit === 'instant' ? 0 : limit.amount, unit: limit.unit };
}

/**
 * The two clocks. A guide without a legal limit falls back to 行政许可法 §42 (20 working
 * days, 45 for a joint case); without a promised limit the promise is the legal limit.
 */
export function caseClocks(input: CaseClockInput, law: LawLimits = DEFAULT_LAW_LIMITS): { legal: CaseClock; promised: CaseClock } {
  const legalBudget = input.legalLimit
    ? limitToDuration(input.legalLimit)
    : { amount: input.caseType === 'joint' ? law.joint : law.standard, unit: 'workday' as const };
  const promisedBudget = input.promisedLimit ? limitToDuration(input.promisedLimit) : legalBudget;
  const common = { startDate: input.acceptedOn, pauses: input.pauses };
  return {
    legal: { ...common, budget: legalBudget, extensions: input.extensions },
    promised: { ...common, budget: promisedBudget, extensions: [] },
  };
}

/** The promised completion date (受理通知书, and the latest 容缺 deadline); null while a pause is open. */
export function promisedDueDate(input: CaseClockInput, cal: WorkCalendar, opts: ClockOptions = {}): IsoDate | null {
  const r = dueDate(caseClocks(input).promised, cal, opts);
  return r.status === 'running' ? r.dueDate : null;
}

export interface ClockState {
  due: IsoDate | null;
  level: WarningLevel;
}

/** Both due dates with their warning level on `today`: what the case page and the lists show. */
export function caseDeadlines(
  input: CaseClockInput,
  today: IsoDate,
  cal: WorkCalendar,
  opts: ClockOptions & { yellowWorkdays?: number } = {},
): { legal: ClockState; promised: ClockState } {
  const clocks = caseClocks(input);
  const state = (c: CaseClock): ClockState => {
    const r = dueDate(c, cal, opts);
    return { due: r.status === 'running' ? r.dueDate : null, level: warningLevel(c, today, cal, opts) };
  };
  return { legal: state(clocks.legal), promised: state(clocks.promised) };
}
