// Ticket categories (取号业务类别): a letter prefix, a daily number range, a daily quota and
// the hours tickets may be taken. Pure rules; the server stores and enforces them.

/** One uppercase letter: what the display shows before the number (A001). */
export const PREFIX = /^[A-Z]$/;

/** Largest number a category may issue: four digits keep the LED line short ("请A0001到3号窗口"). */
export const MAX_RANGE_END = 9999;

export interface TimeSpan {
  /** Minutes after midnight, Beijing time. */
  from: number;
  to: number;
}

export interface CategoryRules {
  prefix: string;
  rangeStart: number;
  rangeEnd: number;
  dailyQuota: number;
  /** e.g. "08:30-12:00,13:30-17:30"; null means tickets can be taken whenever the hall is open. */
  openingHours: string | null;
  /** The hours on a rest day the hall serves (周末延时服务, say "09:00-12:00"); null: as on working days. */
  restDayHours: string | null;
  /** The hours inside the hall's summer timetable (夏季作息, see season.ts); null: the usual hours. */
  summerHours: string | null;
}

/** What decides a day's hours: a rest day the hall serves, and whether the summer timetable runs. */
export interface HallDay {
  restDay: boolean;
  summer: boolean;
}

/**
 * The ticket hours that apply on a day: a rest day's own hours first (weekend service keeps
 * its short morning in summer too), then the summer hours, then the usual ones; each only
 * where the category has them.
 */
export function ticketHours(c: Pick<CategoryRules, 'openingHours' | 'restDayHours' | 'summerHours'>, day: HallDay): string | null {
  if (day.restDay && c.restDayHours !== null) return c.restDayHours;
  if (day.summer && c.summerHours !== null) return c.summerHours;
  return c.openingHours;
}

const SPAN = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;

/**
 * Parses "08:30-12:00,13:30-17:30". Written as text so a manager edits it as they would
 * post it on the door; undefined when malformed, overlapping or out of order.
 */
export function parseOpeningHours(text: string): TimeSpan[] | undefined {
  const parts = text.split(/[,，;；]/).map((p) => p.trim().replace(/\s+/g, '').replace('～', '-').replace('~', '-'));
  const spans: TimeSpan[] = [];
  for (const p of parts) {
    const m = SPAN.exec(p);
    if (!m) return undefined;
    const from = Number(m[1]) * 60 + Number(m[2]);
    const to = Number(m[3]) * 60 + Number(m[4]);
    if (to <= from || to > 24 * 60) return undefined;
    const last = spans[spans.length - 1];
    if (last && from < last.to) return undefined;
    spans.push({ from, to });
  }
  return spans.length ? spans : undefined;
}

/** 510 → "08:30" (minutes after midnight as a wall-clock time; 1440 → "24:00"). */
export function formatHm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function formatOpeningHours(spans: readonly TimeSpan[]): string {
  return spans.map((s) => `${formatHm(s.from)}-${formatHm(s.to)}`).join(',');
}

/** Whether a ticket may be taken at `minuteOfDay` (Beijing time). */
export function isOpenAt(openingHours: string | null, minuteOfDay: number): boolean {
  if (openingHours === null) return true;
  const spans = parseOpeningHours(openingHours);
  // A stored value is validated on write; an unreadable one closes the category rather than
  // silently issuing numbers outside the posted hours.
  return !!spans?.some((s) => minuteOfDay >= s.from && minuteOfDay < s.to);
}

export type CategoryProblem = 'prefix' | 'range' | 'quota' | 'openingHours' | 'restDayHours' | 'summerHours';

/** What is wrong with a category's rules, empty when it can issue tickets. */
export function categoryProblems(c: CategoryRules): CategoryProblem[] {
  const out: CategoryProblem[] = [];
  if (!PREFIX.test(c.prefix)) out.push('prefix');
  const rangeOk =
    Number.isInteger(c.rangeStart) &&
    Number.isInteger(c.rangeEnd) &&
    c.rangeStart >= 1 &&
    c.rangeStart <= c.rangeEnd &&
    c.rangeEnd <= MAX_RANGE_END;
  if (!rangeOk) out.push('range');
  // A quota above the range could never be reached: the numbers would run out first.
  if (!Number.isInteger(c.dailyQuota) || c.dailyQuota < 1 || (rangeOk && c.dailyQuota > c.rangeEnd - c.rangeStart + 1)) out.push('quota');
  if (c.openingHours !== null && !parseOpeningHours(c.openingHours)) out.push('openingHours');
  if (c.restDayHours !== null && !parseOpeningHours(c.restDayHours)) out.push('restDayHours');
  if (c.summerHours !== null && !parseOpeningHours(c.summerHours)) out.push('summerHours');
  return out;
}

const beijing = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The hall's day and minute: numbering restarts each Beijing day whatever the server's zone. */
export function hallTime(now: Date): { serviceDate: string; minuteOfDay: number } {
  const parts = Object.fromEntries(beijing.formatToParts(now).map((p) => [p.type, p.value]));
  return { serviceDate: `${parts.year}-${parts.month}-${parts.day}`, minuteOfDay: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** "2026-11-30 02:23": a moment as the hall reads it, for printed and exported reports. */
export function hallStamp(now: Date): string {
  const t = hallTime(now);
  return `${t.serviceDate} ${formatHm(t.minuteOfDay)}`;
}

/**
 * The hall's hours as the center writes them for people ("周一至周五 9:00-12:00, 13:30-17:30"):
 * the time spans in it, in the form categories use ("09:00-12:00,13:30-17:30"); null when it
 * names none. The days come from the working-day calendar, not from this text.
 */
export function hoursInText(text: string | null | undefined): string | null {
  if (!text) return null;
  const spans = [...text.matchAll(/(\d{1,2})[:：](\d{2})\s*[-–—~～至到]\s*(\d{1,2})[:：](\d{2})/g)].map(
    (m) => `${m[1]!.padStart(2, '0')}:${m[2]}-${m[3]!.padStart(2, '0')}:${m[4]}`,
  );
  const joined = spans.join(',');
  return spans.length && parseOpeningHours(joined) ? formatOpeningHours(parseOpeningHours(joined)!) : null;
}

/**
 * The one answer to "when is this served": the category's own hours of the day where it has
 * them, else the hall's (the center's hours). The guide, the booking slots and the kiosk all
 * show this; the kiosk refuses tickets only outside a category's own hours.
 */
export function servedHours(categoryHoursOfDay: string | null, hallHours: string | null): string | null {
  return categoryHoursOfDay ?? hallHours;
}
