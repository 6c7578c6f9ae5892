// 夏季作息时间: many halls keep a summer timetable beside the usual one (afternoons from 14:30
// instead of 13:30, say, from 5月1日 to 9月30日). The timetable's span is the same part of
// every year, 'MM-DD' to 'MM-DD', both days included. A span whose start comes after its end
// runs over the new year, so a hall that thinks of its second timetable as the winter one
// (10-01 to 04-30) can write it that way.
import type { HallDay } from './categories.ts';
import { isRestDay, type WorkdayCalendar } from './rest-day.ts';

export interface YearSpan {
  from: string;
  to: string;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** 'MM-DD' of a day that some year has (02-29 included). */
export function isMonthDay(text: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
}

/**
 * A month-day as a manager may type it ('5-1', '05-01', '5/1', '5月1日') in the stored form
 * 'MM-DD'; undefined when it is not a day some year has.
 */
export function parseMonthDay(text: string): string | undefined {
  const m = /^(\d{1,2})\s*(?:-|\/|月)\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return undefined;
  const monthDay = `${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  return isMonthDay(monthDay) ? monthDay : undefined;
}

/** The span the hall set, or null when either end is missing (no second timetable). */
export function yearSpanOf(from: string | null, to: string | null): YearSpan | null {
  return from !== null && to !== null ? { from, to } : null;
}

/** Whether `date` (YYYY-MM-DD) falls in the span; never, when there is no span. */
export function inYearSpan(span: YearSpan | null, date: string): boolean {
  if (!span) return false;
  const monthDay = date.slice(5, 10);
  return span.from <= span.to ? span.from <= monthDay && monthDay <= span.to : monthDay >= span.from || monthDay <= span.to;
}

/** The day as the ticket hours see it (categories.ts `ticketHours`). */
export function hallDayOf(
  calendar: WorkdayCalendar | undefined,
  settings: { summerFrom: string | null; summerTo: string | null },
  date: string,
): HallDay {
  return { restDay: isRestDay(calendar, date), summer: inYearSpan(yearSpanOf(settings.summerFrom, settings.summerTo), date) };
}
