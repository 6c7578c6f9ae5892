// The working-day calendar. Statutory time limits count working days (行政许可法 §82), and the
// State Council publishes each year's days off and make-up working days only in November, so
// the calendar refuses any date in a year it has no data for instead of guessing Mon–Fri.
import {
  CalendarError,
  fromEpochDay,
  toEpochDay,
  weekdayOf,
  yearMissing,
  type IsoDate,
} from './dates.ts';
import type { CalendarData, DayInfo, RegionOverride } from './types.ts';

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new CalendarError('CALENDAR_BAD_ARGUMENT', `Day count must be an integer ≥ 0: ${n}`, undefined, n);
  }
}

// Everything is indexed by `epochDay - base`, base = 1 January of the first covered year.
// `before[i]` = working days in [0, i), so range counts are one subtraction, and `nth[k]` =
// index of the (k+1)-th working day, so "n working days after d" is one lookup: O(1) both ways.
export class WorkCalendar {
  readonly #years: readonly number[];
  readonly #base: number;
  readonly #work: Uint8Array;
  readonly #before: Int32Array;
  readonly #nth: Int32Array;
  /** First index at or after i that lies in a year without data (or past the end). */
  readonly #limit: Int32Array;
  readonly #iso: string[];
  /** Date string → index, for covered years only: one hash lookup validates and locates. */
  readonly #index = new Map<string, number>();
  readonly #names = new Map<number, string>();

  constructor(data: CalendarData, overrides: readonly RegionOverride[] = []) {
    const years = [...new Set(data.years)].sort((a, b) => a - b);
    const badYear = years.find((y) => !Number.isInteger(y) || y < 1000 || y > 9998);
    if (badYear !== undefined) {
      throw new CalendarError('CALENDAR_BAD_DATA', `Bad year in calendar data: ${badYear}`, undefined, badYear);
    }
    const [first, last] = [years[0], years.at(-1)];
    if (first === undefined || last === undefined) {
      throw new CalendarError('CALENDAR_BAD_DATA', 'Calendar data covers no year');
    }
    this.#years = years;
    this.#base = toEpochDay(`${first}-01-01`);
    const size = toEpochDay(`${last + 1}-01-01`) - this.#base;
    const covered = new Set(years);

    this.#work = new Uint8Array(size);
    this.#iso = new Array<string>(size);
    for (let i = 0; i < size; i++) {
      const wd = weekdayOf(this.#base + i);
      this.#work[i] = wd >= 1 && wd <= 5 ? 1 : 0;
      const iso = fromEpochDay(this.#base + i);
      this.#iso[i] = iso;
      if (covered.has(Number(iso.slice(0, 4)))) this.#index.set(iso, i);
    }
    // Entries for uncovered years (e.g. a make-up day dated the previous December) are skipped:
    // without the rest of that year they cannot make any answer correct.
    for (const list of [data.days, ...overrides.map((o) => o.days)]) {
      for (const day of list) {
        toEpochDay(day.date); // malformed dates are an error even in uncovered years
        if (day.kind !== 'off' && day.kind !== 'work') {
          throw new CalendarError('CALENDAR_BAD_DATA', `Bad day kind for ${day.date}`, undefined, day);
        }
        const i = this.#index.get(day.date);
        if (i === undefined) continue;
        this.#work[i] = day.kind === 'work' ? 1 : 0;
        if (day.name) this.#names.set(i, day.name);
        else this.#names.delete(i);
      }
    }

    this.#before = new Int32Array(size + 1);
    let count = 0;
    for (let i = 0; i < size; i++) {
      this.#before[i] = count;
      count += this.#work[i] ?? 0;
    }
    this.#before[size] = count;
    this.#nth = new Int32Array(count);
    for (let i = 0, k = 0; i < size; i++) if (this.#work[i]) this.#nth[k++] = i;

    this.#limit = new Int32Array(size + 1).fill(size);
    for (let i = size - 1; i >= 0; i--) {
      if (!this.#index.has(this.#iso[i] ?? '')) this.#limit[i] = i;
      else this.#limit[i] = this.#limit[i + 1] ?? size;
    }
  }

  /** Years with data, ascending. */
  coveredYears(): number[] {
    return [...this.#years];
  }

  isWorkday(date: IsoDate): boolean {
    return this.#work[this.#at(date)] === 1;
  }

  /** Whether `date` is a working day, and the holiday name when the date is listed. */
  dayInfo(date: IsoDate): DayInfo {
    const i = this.#at(date);
    const name = this.#names.get(i);
    const info: DayInfo = { date, workday: this.#work[i] === 1 };
    if (name !== undefined) info.name = name;
    return info;
  }

  /**
   * The n-th working day after `date` (the start day itself is never counted, per 民法典 §201).
   * n = 0 returns `date` if it is a working day, else the next working day, so the result is
   * always a working day. Throws CALENDAR_YEAR_MISSING when the answer runs into a year
   * without data.
   */
  addWorkdays(date: IsoDate, n: number): IsoDate {
    checkCount(n);
    const i = this.#at(date);
    if (n === 0 && this.#work[i] === 1) return date;
    const k = (this.#before[i + 1] ?? 0) + Math.max(n, 1) - 1;
    const j = k < this.#nth.length ? (this.#nth[k] ?? Infinity) : Infinity;
    const limit = this.#limit[i] ?? 0;
    if (j >= limit) throw yearMissing(this.#yearAt(limit));
    return this.#iso[j] ?? fromEpochDay(this.#base + j);
  }

  /** `date` if it is a working day, else the first working day after it (民法典 §203). */
  nextWorkday(date: IsoDate): IsoDate {
    return this.addWorkdays(date, 0);
  }

  /** A limit in natural days: start + n days, moved to the next working day if that is a day off. */
  dueFromNaturalDays(start: IsoDate, n: number): IsoDate {
    checkCount(n);
    return this.nextWorkday(fromEpochDay(toEpochDay(start) + n));
  }

  /**
   * Working days in (from, to]: from excluded, to included, so that
   * workdaysBetween(d, addWorkdays(d, n)) === n for n ≥ 1 (and for n = 0 when d is a working
   * day; from a day off, n = 0 rolls forward one working day). Negative when to < from.
   */
  workdaysBetween(from: IsoDate, to: IsoDate): number {
    const i = this.#at(from);
    const j = this.#at(to);
    this.#checkSpan(i, j);
    return (this.#before[j + 1] ?? 0) - (this.#before[i + 1] ?? 0);
  }

  /** Working days in [from, toExclusive): the days a pause from `from` until `toExclusive` takes. */
  workdaysInRange(from: IsoDate, toExclusive: IsoDate): number {
    const i = this.#at(from);
    const j = this.#at(toExclusive);
    this.#checkSpan(i, j);
    return (this.#before[j] ?? 0) - (this.#before[i] ?? 0);
  }

  /**
   * From 1 November the next year's arrangement should be loaded (it is published in
   * November); also true when `today` itself lies in a year without data.
   */
  missingNextYearWarning(today: IsoDate): boolean {
    toEpochDay(today);
    const year = Number(today.slice(0, 4));
    if (!this.#years.includes(year)) return true;
    return Number(today.slice(5, 7)) >= 11 && !this.#years.includes(year + 1);
  }

  #at(date: IsoDate): number {
    const i = this.#index.get(date);
    if (i !== undefined) return i;
    toEpochDay(date); // throws CALENDAR_BAD_DATE for malformed input
    throw yearMissing(Number(date.slice(0, 4)));
  }

  /** Both ends are covered; refuse when a year without data lies between them. */
  #checkSpan(i: number, j: number): void {
    const limit = this.#limit[Math.min(i, j)] ?? 0;
    if (Math.max(i, j) >= limit) throw yearMissing(this.#yearAt(limit));
  }

  #yearAt(index: number): number {
    return Number(fromEpochDay(this.#base + index).slice(0, 4));
  }
}
