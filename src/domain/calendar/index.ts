// Public API of the working-day calendar (pure: no I/O, safe for server and browser).
export {
  CalendarError,
  addDays,
  fromEpochDay,
  isIsoDate,
  toEpochDay,
  weekdayOf,
  type CalendarErrorCode,
  type IsoDate,
} from './dates.ts';
export type { CalendarData, CalendarDay, DayInfo, RegionOverride } from './types.ts';
export { WorkCalendar } from './calendar.ts';
export {
  mergeCalendarData,
  officialCalendar,
  officialCalendarData,
  parseCalendarData,
  type CalendarFile,
} from './official.ts';
export { fromHolidayCn, type HolidayCnYear } from './holiday-cn.ts';
