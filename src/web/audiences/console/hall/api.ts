import type { AppointmentPublic, AppointmentRules, AppointmentState, BookingFigures } from '../../../../domain/appointment/index.ts';
import type { StatsPeriod } from '../../../../domain/queue/index.ts';
import type { GreenChannel } from '../../../../domain/queue/index.ts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../../api/client.ts';

// Shapes of the hall console API (src/server/modules/queue/console.routes.ts), queue.manage.

export interface TicketCategory {
  id: string;
  centerId: string;
  prefix: string;
  name: string;
  description: string;
  icon: string | null;
  itemIds: string[];
  rangeStart: number;
  rangeEnd: number;
  dailyQuota: number;
  openingHours: string | null;
  /** On rest days the hall serves; null: as openingHours. */
  restDayHours: string | null;
  /** While the hall's summer timetable runs; null: as openingHours. */
  summerHours: string | null;
  sortOrder: number;
  active: boolean;
  /** 绿色通道: every ticket of this category is called first, without asking the visitor again. */
  greenChannel: boolean;
}

export type CategoryFields = Omit<TicketCategory, 'id' | 'centerId' | 'itemIds' | 'active'>;

export interface HallSettings {
  voiceTemplate: string;
  ledTemplate: string;
  recallIntervalSeconds: number;
  noShowAfterCalls: number;
  waitSample: number;
  noticeText: string;
  remoteTickets: boolean;
  restDayTickets: boolean;
  endOfDay: 'close' | 'keep';
  greenChannels: GreenChannel[];
  ticketFooter: string;
  /** 夏季作息: 'MM-DD' to 'MM-DD'; both null: one timetable all year. */
  summerFrom: string | null;
  summerTo: string | null;
  /** Window screens name the clerk at the window (亮牌服务). */
  screenStaffNames: boolean;
}

/** Issued, served, no-shows, cancelled, closed; median and longest wait, median service (seconds). */
export interface TicketFigures {
  tickets: number;
  done: number;
  noShow: number;
  cancelled: number;
  closed: number;
  medianWaitSeconds: number | null;
  maxWaitSeconds: number | null;
  medianServiceSeconds: number | null;
}

interface ServedFigures {
  done: number;
  noShow: number;
  medianServiceSeconds: number | null;
}

export interface HallStats {
  centerId: string;
  centerName: string;
  from: string;
  to: string;
  total: TicketFigures;
  categories: (TicketFigures & { categoryId: string; prefix: string | null; name: string | null })[];
  days: (TicketFigures & { date: string })[];
  windows: (ServedFigures & { windowId: string | null; windowNumber: string | null })[];
  staff: (ServedFigures & { staffId: string | null; name: string | null })[];
}

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

/** 预约统计: the period's bookings by outcome (GET …/appointment-stats). */
export type AppointmentFigures = BookingFigures;

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

/** A row of the day's list: the booking as the visitor sees it (masked by the server), with the person's no-show count. */
export type AppointmentRow = AppointmentPublic & { noShowCount: number; remindedAt: string | null };

export interface OutboxRow {
  id: string;
  channel: 'sms';
  to: string;
  text: string;
  state: 'pending' | 'sent' | 'failed';
  attempts: number;
  createdAt: string;
  sentAt: string | null;
}

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
