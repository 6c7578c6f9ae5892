import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';

import type { CalendarDays, YearsView } from '../../../../contract/calendar.ts';
import type { Json } from '../../../../contract/common.ts';

export type { CalendarDayView, DayChange, ImportPreview, YearsView } from '../../../../contract/calendar.ts';

// Every calendar query key starts with 'calendar', so one invalidation refreshes the screen.
export const calendarKey = ['calendar'] as const;

export function useYears() {
  return useQuery({ queryKey: [...calendarKey, 'years'], queryFn: () => api<YearsView>('/calendar/years'), staleTime: 60_000 });
}

/** A whole year at once (≤ 366 days, within the API's 400-day limit): the month view never waits. */
export function useYearDays(year: number, region: string, enabled: boolean) {
  return useQuery({
    queryKey: [...calendarKey, 'days', year, region],
    queryFn: () => api<Json<typeof CalendarDays>>('/calendar/days', { query: { from: `${year}-01-01`, to: `${year}-12-31`, region } }),
    enabled,
    retry: false,
  });
}
