// Which dates can be booked: the working days from minDaysAhead to maxDaysAhead working days
// after today (0 = today itself, when it is a working day), by the center's calendar.
import { CalendarError, type IsoDate, type WorkCalendar } from '../calendar/index.ts';
import type { AppointmentRules } from './rules.ts';

type Window = Pick<AppointmentRules, 'minDaysAhead' | 'maxDaysAhead'>;

/**
 * The bookable dates, ascending. Where the calendar has no data for a year (the State Council
 * publishes next year's holidays in November) the list stops short instead of guessing.
 */
export function bookableDates(calendar: WorkCalendar, today: IsoDate, rules: Window): IsoDate[] {
  const out: IsoDate[] = [];
  for (let n = rules.minDaysAhead; n <= rules.maxDaysAhead; n++) {
    let date: IsoDate;
    try {
      // n = 0 on a day off rolls to the next working day, which is day 1: counted once.
      if (n === 0 && !calendar.isWorkday(today)) continue;
      date = calendar.addWorkdays(today, n);
    } catch (e) {
      if (e instanceof CalendarError && e.code === 'CALENDAR_YEAR_MISSING') break;
      throw e;
    }
    if (out.at(-1) !== date) out.push(date);
  }
  return out;
}

export function isBookableDate(calendar: WorkCalendar, today: IsoDate, date: IsoDate, rules: Window): boolean {
  return bookableDates(calendar, today, rules).includes(date);
}
