import { CalendarError, type CalendarErrorCode } from '../../../domain/calendar/index.ts';
import { DomainError, type ErrorCode } from '../../../domain/errors/index.ts';

// The pure calendar throws CalendarError; callers of the HTTP API and the CLI get the
// platform's DomainError with the same code name, so clients branch on one vocabulary.
const codes = {
  CALENDAR_YEAR_MISSING: 'CALENDAR_YEAR_MISSING',
  CALENDAR_BAD_DATE: 'CALENDAR_BAD_DATE',
  CALENDAR_BAD_ARGUMENT: 'CALENDAR_BAD_ARGUMENT',
  CALENDAR_BAD_DATA: 'CALENDAR_BAD_DATA',
} as const satisfies Record<CalendarErrorCode, ErrorCode>;

/** The administrator's next step, in Chinese, with the year named. */
export function yearMissingHint(year: number): string {
  return `${year} 年的节假日安排尚未导入：请系统管理员或中心管理员在「工作日历」中导入 ${year} 年国务院放假安排（holiday-cn 格式 JSON）后再计算`;
}

export function toDomainError(e: unknown): unknown {
  if (!(e instanceof CalendarError)) return e;
  const details =
    e.code === 'CALENDAR_YEAR_MISSING' && e.year !== undefined ? { year: e.year, hint: yearMissingHint(e.year) } : { input: e.input };
  return new DomainError(codes[e.code], details, e.message);
}

/** Runs calendar arithmetic, translating its errors (never a 500 for a missing year). */
export function calendarCall<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    throw toDomainError(e);
  }
}
