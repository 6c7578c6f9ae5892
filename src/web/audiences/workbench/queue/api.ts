import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Priority, TicketState } from '../../../../domain/queue/index.ts';
import { api, type Page } from '../../../api/client.ts';
import type { BoardCall } from '../../../features/hall/index.ts';

// Shapes of the window API (src/server/modules/queue/queue.routes.ts, window.view.ts).

/** A ticket as staff see it: phone and ID arrive masked. */
export interface StaffTicket {
  id: string;
  number: string;
  categoryId: string;
  queueCategoryId: string;
  priority: Priority;
  priorityLabel: string;
  state: TicketState;
  stateLabel: string;
  windowId: string | null;
  targetWindowId: string | null;
  calledCount: number;
  firstCalledAt: string | null;
  lastCalledAt: string | null;
  startedAt: string | null;
  source: string;
  phone: string | null;
  idCard: string | null;
  createdAt: string;
}

export interface WindowView {
  window: { id: string; number: string; name: string; servingPost: string };
  actingAs: 'window' | 'manager';
  session: { status: 'open' | 'paused' | 'closed'; pauseReason: string | null; staffId: string | null; since: string | null };
  categoryIds: string[];
  rules: { recallIntervalSeconds: number; noShowAfterCalls: number };
  current: StaffTicket | null;
  parked: StaffTicket[];
  waiting: StaffTicket[];
  /** Tickets this window finished today. */
  doneToday: number;
}

/** A window as GET /windows lists it, with who holds its posts. */
export interface OrgWindow {
  id: string;
  centerId: string;
  number: string;
  name: string;
  servingPost: 'A' | 'B';
  active: boolean;
  posts: { post: 'A' | 'B'; staffId: string }[];
}

const windowKey = (windowId: string) => ['queue', 'window', windowId] as const;

/** The active windows of one center (a county has a few dozen at most: one page). */
export function useCenterWindows(centerId: string) {
  return useQuery({
    queryKey: ['/windows', 'center', centerId],
    queryFn: () => api<Page<OrgWindow>>('/windows', { query: { centerId, active: 'true', pageSize: 200 } }),
    select: (r) => r.items.filter((w) => w.centerId === centerId),
    staleTime: 60_000,
  });
}

export function useWindowView(windowId: string | undefined) {
  return useQuery({
    queryKey: windowKey(windowId ?? ''),
    queryFn: () => api<WindowView>(`/queue/windows/${windowId}`),
    enabled: !!windowId,
    // The hall socket refreshes this on every change; the interval only covers a lost socket.
    refetchInterval: 30_000,
    retry: false,
  });
}

export type WindowAction =
  | 'call-next'
  | 'finish-and-call-next'
  | 'call'
  | 'recall'
  | 'no-show'
  | 'start'
  | 'finish'
  | 'transfer'
  | 'park'
  | 'resume'
  | 'pause'
  | 'reopen';

export interface ActionResult {
  ticket?: StaffTicket | null;
  /** 办结并叫号: the ticket just finished, if one was at the window. */
  finished?: StaffTicket | null;
  call?: Omit<BoardCall, 'ticketId' | 'number'> | null;
}

/** One button of the window: POST, then refresh the window's view whatever the answer. */
export function useWindowAction(windowId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: WindowAction; body?: unknown }) =>
      api<ActionResult>(`/queue/windows/${windowId}/${action}`, { method: 'POST', body }),
    onSettled: () => qc.invalidateQueries({ queryKey: windowKey(windowId) }),
  });
}

export function useRefreshWindow(windowId: string) {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: windowKey(windowId) });
}
