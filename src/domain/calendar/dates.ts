// Plain calendar-date arithmetic on integer "epoch days" (days since 1970-01-01, UTC).
// Deadlines are legal dates, not instants: working in UTC integers means a server's time zone
// or a daylight-saving change can never shift a due date by one day.

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

export type CalendarErrorCode =
  | 'CALENDAR_YEAR_MISSING' // the date needs a year for which no holiday data is loaded
  | 'CALENDAR_BAD_DATE' // not a real `YYYY-MM-DD` date
  | 'CALENDAR_BAD_DATA' // holiday data file malformed
  | 'CALENDAR_BAD_ARGUMENT'; // e.g. a negative or fractional day count

export class CalendarError extends Error {
  override readonly name = 'CalendarError';
  constructor(
    readonly code: CalendarErrorCode,
    message: string,
    /** The missing year for CALENDAR_YEAR_MISSING; the offending input otherwise. */
    readonly year?: number,
    readonly input?: unknown,
  ) {
    super(message);
  }
}

export function yearMissing(year: number): CalendarError {
  return new CalendarError(
    'CALENDAR_YEAR_MISSING',
    `No working-day data for ${year}; load the State Council arrangement for ${year} first`,
    year,
  );
}

const MS_PER_DAY = 86_400_000;
const DAYS_PER_400_YEARS = 146_097;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function badDate(input: unknown): CalendarError {
  return new CalendarError(
    'CALENDAR_BAD_DATE',
    `Not a YYYY-MM-DD date: ${JSON.stringify(input)}`,
    undefined,
    input,
  );
}

/** Epoch day of a `YYYY-MM-DD` string; throws CALENDAR_BAD_DATE for anything else (2026-02-30 too). */
export function toEpochDay(date: IsoDate): number {
  const m = typeof date === 'string' ? ISO_RE.exec(date) : null;
  if (!m) throw badDate(date);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  // Date.UTC maps years 0–99 to 1900–1999; shift such years by 400 (same weekday cycle).
  const shift = y < 100 ? 400 : 0;
  const ms = Date.UTC(y + shift, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) throw badDate(date);
  return ms / MS_PER_DAY - (shift ? DAYS_PER_400_YEARS : 0);
}

/** `YYYY-MM-DD` for an epoch day (years 0000–9999). */
export function fromEpochDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Weekday of an epoch day, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** True when `value` is a real `YYYY-MM-DD` date. */
export function isIsoDate(value: unknown): value is IsoDate {
  try {
    toEpochDay(value as string);
    return true;
  } catch {
    return false;
  }
}

/** `date` plus `n` natural (calendar) days; n may be negative. */
export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) {
    throw new CalendarError('CALENDAR_BAD_ARGUMENT', `Day count must be an integer: ${n}`, undefined, n);
  }
  return fromEpochDay(toEpochDay(date) + n);
}
