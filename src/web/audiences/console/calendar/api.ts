import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';

// Shapes of the /calendar API (src/server/modules/calendar/calendar.routes.ts).
export interface CalendarDayView {
  date: string;
  workday: boolean;
  name: string | null;
  source: 'chinese-days' | 'holiday-cn import' | 'manual' | null;
  /** Which stored row decided the day: '' national, a region code, or null for the plain Mon–Fri rule. */
  region: string | null;
}

export interface YearsView {
  today: string;
  years: { year: number; source: string; importedAt: string; importedBy: string | null }[];
  missingNextYearWarning: boolean;
  warning: { year: number; message: string; messageEn: string } | null;
}

export interface DayChange {
  date: string;
  before?: { kind: string; name: string; source: string };
  after?: { kind: string; name: string };
}

export interface ImportPreview {
  year: number;
  days: number;
  offDays: number;
  workDays: number;
  added: DayChange[];
  changed: DayChange[];
  removed: DayChange[];
}

// Every calendar query key starts with 'calendar', so one invalidation refreshes the screen.
export const calendarKey = ['calendar'] as const;

export function useYears() {
  return useQuery({ queryKey: [...calendarKey, 'years'], queryFn: () => api<YearsView>('/calendar/years'), staleTime: 60_000 });
}

/** A whole year at once (≤ 366 days, within the API's 400-day limit): the month view never waits. */
export function useYearDays(year: number, region: string, enabled: boolean) {
  return useQuery({
    queryKey: [...calendarKey, 'days', year, region],
    queryFn: () => api<{ days: CalendarDayView[] }>('/calendar/days', { query: { from: `${year}-01-01`, to: `${year}-12-31`, region } }),
    enabled,
    retry: false,
  });
}
