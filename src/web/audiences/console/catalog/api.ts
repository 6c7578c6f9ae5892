import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { GuideDraft, GuidePatch, MaterialInput } from '../../../../domain/catalog/index.ts';
import { api, type Page } from '../../../api/client.ts';
import type {
  CatalogItem,
  CatalogListParams,
  Comparison,
  Delegation,
  ItemDetail,
  ItemSummary,
  MaterialRow,
  VersionDetail,
} from './types.ts';

// Every catalog query key starts with '/catalog', so one invalidation after a write refreshes
// the list, the item page and any open version.
const root = '/catalog';

export function useCatalogList(params: CatalogListParams) {
  return useQuery({
    queryKey: [root, 'list', params],
    queryFn: () => api<Page<ItemSummary>>('/catalog/items', { query: { ...params } }),
    placeholderData: keepPreviousData,
  });
}

/** Page, page size, search and filters of the list; any filter change goes back to page 1. */
export function useCatalogListState() {
  const [params, setParams] = useState<CatalogListParams>({ page: 1, pageSize: 20 });
  const setFilter = (patch: Partial<CatalogListParams>) => setParams((p) => ({ ...p, ...patch, page: 1 }));
  const setPage = (page: number, pageSize: number) => setParams((p) => ({ ...p, page: pageSize === p.pageSize ? page : 1, pageSize }));
  return { params, setFilter, setPage };
}

export function useItem(itemId: string) {
  return useQuery({ queryKey: [root, 'item', itemId], queryFn: () => api<ItemDetail>(`/catalog/items/${itemId}`) });
}

export function useVersion(versionId: string | undefined) {
  return useQuery({
    queryKey: [root, 'version', versionId],
    queryFn: () => api<VersionDetail>(`/catalog/versions/${versionId}`),
    enabled: !!versionId,
  });
}

export function useComparison(itemId: string, from: string | undefined, to: string | undefined) {
  return useQuery({
    queryKey: [root, 'compare', itemId, from, to],
    queryFn: () => api<Comparison>(`/catalog/items/${itemId}/compare`, { query: { from, to } }),
    enabled: !!from && !!to && from !== to,
  });
}

export type { CheckResult, PublishResult } from '../../../../contract/catalog.ts';
import type { CheckResult, PublishResult } from '../../../../contract/catalog.ts';

export interface CreateItemBody {
  centerId: string;
  basicCode: string;
  localCode?: string | null;
  guide: GuideDraft;
  materials?: MaterialInput[];
}

/** A catalog write that refreshes everything under '/catalog' when it succeeds. */
function useCatalogMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: [root] }) });
}

/** Every write of the catalog, by name. */
export function useCatalogCommands() {
  const command = useCatalogMutation;
  return {
    create: command((body: CreateItemBody) => api<{ item: CatalogItem; version: VersionDetail }>('/catalog/items', { body })),
    newDraft: command((itemId: string) => api<{ version: VersionDetail }>(`/catalog/items/${itemId}/drafts`, { method: 'POST' })),
    saveDraft: command(({ versionId, patch }: { versionId: string; patch: GuidePatch }) =>
      api<VersionDetail>(`/catalog/versions/${versionId}`, { method: 'PATCH', body: patch }),
    ),
    // A dry run: nothing changes, so nothing needs refreshing.
    check: useMutation({ mutationFn: (versionId: string) => api<CheckResult>(`/catalog/versions/${versionId}/check`) }),
    publish: command((versionId: string) => api<PublishResult>(`/catalog/versions/${versionId}/publish`, { method: 'POST' })),
    retire: command(({ itemId, reason }: { itemId: string; reason: string }) =>
      api<VersionDetail>(`/catalog/items/${itemId}/retire`, { body: { reason } }),
    ),
    addMaterial: command(({ versionId, body }: { versionId: string; body: MaterialInput }) =>
      api<MaterialRow>(`/catalog/versions/${versionId}/materials`, { body }),
    ),
    updateMaterial: command(({ id, body }: { id: string; body: Partial<MaterialInput> }) =>
      api<MaterialRow>(`/catalog/materials/${id}`, { method: 'PATCH', body }),
    ),
    removeMaterial: command((id: string) => api<void>(`/catalog/materials/${id}`, { method: 'DELETE' })),
    delegate: command(({ itemId, body }: { itemId: string; body: { toCenterId: string; mode: string; since?: string } }) =>
      api<Delegation>(`/catalog/items/${itemId}/delegations`, { body }),
    ),
    endDelegation: command(({ itemId, delegationId }: { itemId: string; delegationId: string }) =>
      api<Delegation>(`/catalog/items/${itemId}/delegations/${delegationId}`, { method: 'DELETE' }),
    ),
  };
}
