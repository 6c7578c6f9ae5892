// Public face of the calendar module: other modules compute deadlines through these.
export { calendarRoutes } from './calendar.routes.ts';
export { loadDeadlineCalendar, loadWorkCalendar, invalidateCalendar, regionChain } from './calendar.loader.ts';
export { ensureCalendarSeeded } from './calendar.seed.ts';
export { calendarCall, toDomainError } from './calendar.errors.ts';
export { chinaToday, missingYearWarning } from './calendar.warning.ts';
