import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../api/client.ts';
import type { ServiceWindow } from '../shared/types.ts';

/** The active windows of one center (one page: a county hall has a few dozen at most). */
export function useCenterWindows(centerId: string) {
  return useQuery({
    queryKey: ['/windows', 'hall', centerId],
    queryFn: () => api<Page<ServiceWindow>>('/windows', { query: { centerId, active: 'true', pageSize: 200 } }),
    select: (r) => r.items.filter((w) => w.centerId === centerId),
  });
}
