// Converter for the holiday-cn open data set (one JSON file per year). holiday-cn lists the
// official days off and the make-up working days; weekends next to a holiday are not listed,
// which is harmless because weekends are days off under the plain rule anyway.
import type { CalendarDay } from './types.ts';
import { CalendarError, isIsoDate } from './dates.ts';

export interface HolidayCnYear {
  year: number;
  papers?: string[];
  days: { name: string; date: string; isOffDay: boolean }[];
}

/** Day list of one holiday-cn year file: isOffDay true → 'off', false → make-up 'work' day. */
export function fromHolidayCn(json: HolidayCnYear): CalendarDay[] {
  if (!json || !Number.isInteger(json.year) || !Array.isArray(json.days)) {
    throw new CalendarError('CALENDAR_BAD_DATA', 'Not a holiday-cn year file', undefined, json);
  }
  return json.days.map((d) => {
    if (!isIsoDate(d.date) || typeof d.isOffDay !== 'boolean') {
      throw new CalendarError('CALENDAR_BAD_DATA', `Bad holiday-cn entry ${JSON.stringify(d)}`, undefined, d);
    }
    return { date: d.date, kind: d.isOffDay ? 'off' : 'work', name: d.name };
  });
}
