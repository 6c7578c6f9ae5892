// The portal's calls to the public catalog API: published guides only, no sign-in.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Audience, CaseType, Theme } from '../../../../domain/catalog/code-tables.ts';
import { api, type Page } from '../../../api/client.ts';

export type { DepartmentCount, PortalGuide, PortalItem, ThemeCount } from '../../../../contract/catalog.ts';
import type { DepartmentCount, PortalGuide, PortalItem, ThemeCount } from '../../../../contract/catalog.ts';

export interface SearchFilters {
  q?: string;
  theme?: Theme;
  audience?: Audience;
  departmentId?: string;
  caseType?: CaseType;
  page?: number;
  pageSize?: number;
}

const hour = 60 * 60 * 1000;

export function useThemes() {
  return useQuery({ queryKey: ['portal', 'themes'], queryFn: () => api<{ items: ThemeCount[] }>('/portal/items/themes'), staleTime: hour });
}

export function useDepartments() {
  return useQuery({ queryKey: ['portal', 'departments'], queryFn: () => api<{ items: DepartmentCount[] }>('/portal/items/departments'), staleTime: hour });
}

export function useSearch(filters: SearchFilters, enabled = true) {
  return useQuery({
    queryKey: ['portal', 'search', filters],
    queryFn: () => api<Page<PortalItem>>('/portal/items', { query: { ...filters } }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    enabled,
  });
}

/** GET /hall/:centerId/item-hours: the hours the item is served in its hall (the same the booking slots are cut from). */
export type { ItemHours } from '../../../../contract/queue.ts';
import type { ItemHours } from '../../../../contract/queue.ts';

export function useItemHours(centerId: string | undefined, itemId: string) {
  return useQuery({
    queryKey: ['portal', 'item-hours', centerId, itemId],
    queryFn: () => api<ItemHours>(`/hall/${centerId}/item-hours?itemId=${itemId}`),
    enabled: !!centerId,
    staleTime: 5 * 60_000,
  });
}

export function useGuide(itemId: string) {
  return useQuery({ queryKey: ['portal', 'guide', itemId], queryFn: () => api<PortalGuide>(`/portal/items/${itemId}`), staleTime: 5 * 60_000 });
}

/** The printable guide (the server renders it). */
/** With 情形 answers the PDF is the applicant's 一次性告知单: only what their situation needs. */
export function guidePdfUrl(itemId: string, answers: Record<string, string> = {}): string {
  const pairs = Object.entries(answers).map(([q, o]) => `${q}:${o}`);
  return `/api/v1/portal/items/${itemId}/guide.pdf${pairs.length ? `?answers=${encodeURIComponent(pairs.join(','))}` : ''}`;
}

/** The guide's own address, for the QR code and sharing. */
export function guidePageUrl(itemId: string): string {
  return `${window.location.origin}/portal/items/${itemId}`;
}

/** 一件事 (decision 0048): the published bundles, and one with its items, materials and merged form. */
export type { PortalBundle, PortalBundleSummary } from '../../../../contract/bundles.ts';
import type { PortalBundle, PortalBundleSummary } from '../../../../contract/bundles.ts';

export function usePortalBundles() {
  return useQuery({ queryKey: ['portal', 'bundles'], queryFn: () => api<{ items: PortalBundleSummary[] }>('/portal/bundles'), staleTime: 5 * 60_000 });
}

export function usePortalBundle(id: string) {
  return useQuery({ queryKey: ['portal', 'bundle', id], queryFn: () => api<PortalBundle>(`/portal/bundles/${id}`), staleTime: 5 * 60_000 });
}

/** Where 在线申请 of a bundle leads: the apply screen with every item and the bundle. */
export function bundleApplyUrl(b: Pick<PortalBundle, 'id' | 'items'>): string {
  return `/portal/apply?items=${b.items.map((i) => i.itemId).join(',')}&bundle=${b.id}`;
}
