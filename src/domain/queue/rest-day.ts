import { DomainError } from '../errors/index.ts';

/** The part of the working-day calendar the hall asks. */
export interface WorkdayCalendar {
  isWorkday(date: string): boolean;
}

/**
 * Whether walk-in and phone tickets are issued on `date`: every working day of the calendar
 * (a make-up working Saturday included), and a rest day only where the hall serves then
 * (`restDayTickets`). A year the calendar holds no data for, or no calendar at all
 * (`undefined`: nothing imported yet), is treated as open: a missing holiday import must not
 * shut the hall.
 */
export function issuesTicketsOn(calendar: WorkdayCalendar | undefined, date: string, restDayTickets: boolean): boolean {
  return restDayTickets || !isRestDay(calendar, date);
}

/** A rest day the calendar knows of; an unknown year or no calendar counts as a working day. */
export function isRestDay(calendar: WorkdayCalendar | undefined, date: string): boolean {
  if (!calendar) return false;
  try {
    return !calendar.isWorkday(date);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'CALENDAR_YEAR_MISSING') return false;
    throw err;
  }
}
