import type { AppointmentState } from '../../../../domain/appointment/index.ts';
import type { AppointmentFigures, AppointmentRow, AppointmentRules, OutboxRow } from '../../../../contract/appointment.ts';
export type { AppointmentFigures, AppointmentRow, OutboxRow } from '../../../../contract/appointment.ts';
import type { StatsPeriod } from '../../../../domain/queue/index.ts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../../api/client.ts';

// Shapes of the hall console API (src/server/modules/queue/setup/console.routes.ts), queue.manage.

export type { HallSettings, HallStats, TicketCategory, TicketFigures } from '../../../../contract/queue.ts';
import type { HallSettings, HallStats, TicketCategory } from '../../../../contract/queue.ts';

export type CategoryFields = Omit<TicketCategory, 'id' | 'centerId' | 'itemIds' | 'active' | 'createdAt' | 'updatedAt'>;

// Every key starts with 'queue-console' and the center: one invalidation refreshes the page.
const key = (centerId: string, ...rest: unknown[]) => ['queue-console', centerId, ...rest];

export function useTicketCategories(centerId: string) {
  return useQuery({
    queryKey: key(centerId, 'categories'),
    queryFn: () => api<{ items: TicketCategory[] }>('/queue/categories', { query: { centerId, includeInactive: 'true' } }),
    select: (r) => r.items,
  });
}

export function useWindowCategories(centerId: string) {
  return useQuery({
    queryKey: key(centerId, 'window-categories'),
    queryFn: () => api<{ items: { windowId: string; categoryId: string }[] }>(`/queue/centers/${centerId}/window-categories`),
    select: (r) => r.items,
  });
}

export function useHallSettings(centerId: string) {
  return useQuery({ queryKey: key(centerId, 'settings'), queryFn: () => api<HallSettings>(`/queue/centers/${centerId}/settings`) });
}

export function useHallStats(centerId: string, period: StatsPeriod, enabled: boolean) {
  return useQuery({
    queryKey: key(centerId, 'stats', period.from, period.to),
    queryFn: () => api<HallStats>(`/queue/centers/${centerId}/stats`, { query: { ...period } }),
    enabled,
  });
}


export function useAppointmentFigures(centerId: string, period: StatsPeriod, enabled: boolean) {
  return useQuery({
    queryKey: key(centerId, 'appointment-stats', period.from, period.to),
    queryFn: () => api<AppointmentFigures>(`/queue/centers/${centerId}/appointment-stats`, { query: { ...period } }),
    enabled,
  });
}

/** The same figures as a workbook: a plain link, so the browser downloads it with the session cookie. */
export const statsWorkbookUrl = (centerId: string, p: StatsPeriod) =>
  `/api/v1/queue/centers/${centerId}/stats.xlsx?${new URLSearchParams({ from: p.from, to: p.to })}`;

/** The A4 print page of the same figures (StatsPrintPage). */
export const statsPrintUrl = (centerId: string, p: StatsPeriod) =>
  `/print/hall-stats?${new URLSearchParams({ center: centerId, from: p.from, to: p.to })}`;

/** Any write of the hall console; afterwards everything of the center is read again. */
export function useHallWrite(centerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, method = 'POST', body }: { path: string; method?: string; body?: unknown }) =>
      api<unknown>(path, { method, body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(centerId) }),
  });
}

export type { AppointmentRules, AppointmentState };

export function useAppointmentRules(centerId: string) {
  return useQuery({
    queryKey: key(centerId, 'appointment-rules'),
    queryFn: () => api<AppointmentRules>(`/queue/centers/${centerId}/appointment-rules`),
  });
}

export function useAppointmentList(centerId: string, q: { date: string; state?: AppointmentState; page: number; pageSize: number }) {
  return useQuery({
    queryKey: key(centerId, 'appointments', q),
    queryFn: () => api<Page<AppointmentRow>>(`/queue/centers/${centerId}/appointments`, { query: q }),
    placeholderData: keepPreviousData,
  });
}

export function useOutbox(centerId: string, q: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: key(centerId, 'notifications', q),
    queryFn: () => api<Page<OutboxRow>>(`/queue/centers/${centerId}/notifications`, { query: q }),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  });
}
