import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Page } from '../../../api/client.ts';
import { hasPermission, useMe } from '../../../features/session/index.ts';
import type { Center, Department, ListParams, Staff } from './types.ts';

// The signed-in person (GET /auth/me under the ['me'] key) comes from the shell's session
// feature, so the whole app shares one answer and one fetch.
export { useMe };

/** Buttons are hidden when the server would refuse them anyway (the server still decides). */
export function useCan() {
  const { data } = useMe();
  return (permission: string) => hasPermission(data, permission);
}

// Query keys start with the API path, so invalidating a path refreshes its lists and lookups.
export function useList<T>(path: string, params: ListParams, enabled = true) {
  return useQuery({
    queryKey: [path, 'list', params],
    queryFn: () => api<Page<T>>(path, { query: { ...params } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Every page of a list: for lookups (names by id, selects) where one page is not enough. */
async function fetchAll<T>(path: string, query: Record<string, unknown>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const r = await api<Page<T>>(path, { query: { ...query, page, pageSize: 200 } });
    items.push(...r.items);
    if (items.length >= r.total || r.items.length === 0) return items;
  }
}

/** Every center in the user's scope, in tree order (path), deactivated ones included. */
export function useCenters() {
  return useQuery({ queryKey: ['/centers', 'all'], queryFn: () => fetchAll<Center>('/centers', { active: 'all' }), staleTime: 60_000 });
}

/** Every department in scope: for names in other lists and for department selects. */
export function useDepartments() {
  return useQuery({
    queryKey: ['/departments', 'all'],
    queryFn: () => fetchAll<Department>('/departments', { active: 'all' }),
    staleTime: 60_000,
  });
}

/**
 * Every staff member in scope. A county has a few hundred people at most, and the window
 * screen needs names for post holders of any center on the line, which no single filter gives.
 */
export function useStaffDirectory(enabled: boolean) {
  return useQuery({ queryKey: ['/staff', 'all'], queryFn: () => fetchAll<Staff>('/staff', { active: 'all' }), staleTime: 60_000, enabled });
}

/** POST to create, PATCH to edit; then refresh everything under the path. */
export function useSave<T>(path: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: unknown }) =>
      api<T>(id ? `${path}/${id}` : path, { method: id ? 'PATCH' : 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [path] }),
  });
}

/** A command on one record (`/windows/:id/active`, `/staff/:id/unlock`, …). */
export function useCommand(path: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, method = 'POST', body }: { id: string; action: string; method?: string; body?: unknown }) =>
      api<unknown>(`${path}/${id}/${action}`, { method, body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [path] }),
  });
}

/** Page, page size, search text and filters of a list screen; any filter change goes back to page 1. */
export function useListState(initial: Partial<ListParams> = {}) {
  const [params, setParams] = useState<ListParams>({ page: 1, pageSize: 20, active: 'true', ...initial });
  const setFilter = (patch: Partial<ListParams>) => setParams((p) => ({ ...p, ...patch, page: 1 }));
  const setPage = (page: number, pageSize: number) => setParams((p) => ({ ...p, page: pageSize === p.pageSize ? page : 1, pageSize }));
  return { params, setFilter, setPage };
}
