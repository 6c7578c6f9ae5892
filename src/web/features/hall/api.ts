import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client.ts';
import type { Board, HallCenter, PublicTicket } from './types.ts';

// The public hall API (no sign-in): the kiosk, the display and the visitor's phone.

export const hallKey = (centerId: string) => ['hall', centerId] as const;

export function useHallCenters() {
  return useQuery({
    queryKey: ['hall', 'centers'],
    queryFn: () => api<{ items: HallCenter[] }>('/hall/centers'),
    select: (r) => r.items,
    staleTime: 300_000,
  });
}

/** What GET /hall/:centerId/categories answers: the choices plus the hall's remote-ticket switch and notice line. */
export type { HallInfo } from '../../../contract/queue.ts';
import type { HallInfo } from '../../../contract/queue.ts';

const hallInfoQuery = (centerId: string) => ({
  queryKey: [...hallKey(centerId), 'categories'],
  queryFn: () => api<HallInfo>(`/hall/${centerId}/categories`),
  refetchInterval: 30_000,
  retry: (n: number, err: Error) => n < 2 && !(err instanceof ApiError && err.status < 500),
});

/** The kiosk's choices; refreshed every half minute so waiting counts and "closed now" stay true. */
export function useHallCategories(centerId: string) {
  return useQuery({ ...hallInfoQuery(centerId), select: (r: HallInfo) => r.items });
}

/** The whole answer (one request shared with useHallCategories): the display's notice, the phone's remote switch. */
export function useHallInfo(centerId: string) {
  return useQuery(hallInfoQuery(centerId));
}

export function fetchBoard(centerId: string): Promise<Board> {
  return api<Board>(`/hall/${centerId}/board`);
}

export function fetchHallTicket(centerId: string, id: string): Promise<PublicTicket> {
  return api<PublicTicket>(`/hall/${centerId}/tickets/${id}`);
}

export interface IssueBody {
  categoryId: string;
  priority?: 'normal' | 'elderly' | 'disabled' | 'military' | 'pregnant';
  phone?: string;
  idCard?: string;
  source?: 'kiosk' | 'remote';
}

export function issueHallTicket(centerId: string, body: IssueBody): Promise<PublicTicket> {
  return api<PublicTicket>(`/hall/${centerId}/tickets`, { body });
}

export function cancelHallTicket(centerId: string, id: string): Promise<PublicTicket> {
  return api<PublicTicket>(`/hall/${centerId}/tickets/${id}/cancel`, { method: 'POST' });
}
