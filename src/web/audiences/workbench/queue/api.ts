import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../../api/client.ts';

// Shapes of the window API: src/contract/queue.ts (and org.ts for the windows list).
export type { StaffTicket, WindowView } from '../../../../contract/queue.ts';
export type { ServiceWindow as OrgWindow } from '../../../../contract/org.ts';
import type { WindowStep, WindowView } from '../../../../contract/queue.ts';
import type { ServiceWindow as OrgWindow } from '../../../../contract/org.ts';

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

export type ActionResult = WindowStep;

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
