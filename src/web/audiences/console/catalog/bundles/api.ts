// The console's calls for 一件事 bundles (decision 0048). Keys start with '/catalog', so a
// catalog write refreshes them too.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bundle, BundleDetail } from '../../../../../contract/bundles.ts';
import { api, type Page } from '../../../../api/client.ts';
import type { ItemSummary } from '../types.ts';

export type { Bundle, BundleDetail } from '../../../../../contract/bundles.ts';

export interface BundleBody {
  centerId?: string;
  name?: string;
  description?: string;
  itemIds?: string[];
  published?: boolean;
}

export function useBundles() {
  return useQuery({ queryKey: ['/catalog', 'bundles'], queryFn: () => api<{ items: Bundle[] }>('/catalog/bundles') });
}

export function useBundle(id: string | undefined) {
  return useQuery({ queryKey: ['/catalog', 'bundle', id], queryFn: () => api<BundleDetail>(`/catalog/bundles/${id}`), enabled: !!id });
}

/** Items matching a search, for the item picker (publishing the bundle needs them published). */
export function useItemSearch(q: string) {
  return useQuery({
    queryKey: ['/catalog', 'bundle-picker', q],
    queryFn: () => api<Page<ItemSummary>>('/catalog/items', { query: { q: q || undefined, pageSize: 30 } }),
    staleTime: 30_000,
  });
}

export function useBundleCommands() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ['/catalog'] });
  return {
    create: useMutation({ mutationFn: (body: BundleBody) => api<BundleDetail>('/catalog/bundles', { body }), onSuccess: done }),
    update: useMutation({ mutationFn: ({ id, body }: { id: string; body: BundleBody }) => api<BundleDetail>(`/catalog/bundles/${id}`, { method: 'PATCH', body }), onSuccess: done }),
    remove: useMutation({ mutationFn: (id: string) => api<void>(`/catalog/bundles/${id}`, { method: 'DELETE' }), onSuccess: done }),
  };
}
