// Shapes of calendar data, shared by the calendar, the bundled data loader and converters.
import type { IsoDate } from './dates.ts';

/** An exception to the plain Mon–Fri rule: an official day off, or a make-up working day (调休). */
export interface CalendarDay {
  date: IsoDate;
  kind: 'off' | 'work';
  name?: string;
}

export interface CalendarData {
  /** Years whose arrangement is fully known; every other year is refused. */
  years: readonly number[];
  days: readonly CalendarDay[];
}

/** Local changes (a regional holiday, a day the center must open); later entries win. */
export interface RegionOverride {
  region: string;
  days: readonly CalendarDay[];
}

export interface DayInfo {
  date: IsoDate;
  workday: boolean;
  name?: string;
}
