import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client.ts';
import type { Board, HallCategory, HallCenter, PublicTicket } from './types.ts';

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

/** The kiosk's choices; refreshed every half minute so waiting counts and "closed now" stay true. */
export function useHallCategories(centerId: string) {
  return useQuery({
    queryKey: [...hallKey(centerId), 'categories'],
    queryFn: () => api<{ items: HallCategory[] }>(`/hall/${centerId}/categories`),
    select: (r) => r.items,
    refetchInterval: 30_000,
    retry: (n, err) => n < 2 && !(err instanceof ApiError && err.status < 500),
  });
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
