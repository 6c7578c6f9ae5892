// The intake screen's calls: applicant lookup, the ID-card reader bridge, item search, and the application.
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ApplicantLookup, IntakeRequest, IntakeResult } from '../../../../contract/case.ts';
import { api, type Page } from '../../../api/client.ts';
import type { PortalGuide, PortalItem } from '../../portal/shared/api.ts';
import { ALL_PAGE_SIZE } from '../../portal/search/useSearchState.ts';

export function lookupApplicant(idType: string, idNumber: string) {
  return api<ApplicantLookup>('/cases/applicants/lookup', { query: { idType, idNumber } });
}

export function useCreateApplication() {
  return useMutation({ mutationFn: (body: IntakeRequest) => api<IntakeResult>('/cases/applications', { method: 'POST', body }) });
}

const latin = /^[a-z]{2,20}$/i;

/**
 * The catalog's item search by name or code; Latin letters are pinyin initials or full pinyin,
 * matched in the browser against the published items (the dictionary loads only then).
 */
export function useItemSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['intake', 'items', text],
    enabled: text.length > 0,
    staleTime: 60_000,
    queryFn: async (): Promise<PortalItem[]> => {
      if (latin.test(text)) {
        const [{ match }, all] = await Promise.all([import('pinyin-pro'), api<Page<PortalItem>>('/portal/items', { query: { pageSize: ALL_PAGE_SIZE } })]);
        const hit = (s: string | null) => !!s && match(s, text, { continuous: true, insensitive: true }) !== null;
        const byCode = all.items.filter((i) => i.basicCode.toLowerCase().startsWith(text.toLowerCase()));
        return [...byCode, ...all.items.filter((i) => !byCode.includes(i) && (hit(i.name) || hit(i.subItemName)))].slice(0, 30);
      }
      return (await api<Page<PortalItem>>('/portal/items', { query: { q: text, pageSize: 30 } })).items;
    },
  });
}

/** The item's current published guide: its materials and form are what the case pins. */
export function useItemGuide(itemId: string) {
  return useQuery({ queryKey: ['portal', 'guide', itemId], queryFn: () => api<PortalGuide>(`/portal/items/${itemId}`), staleTime: 5 * 60_000 });
}

// ---- the ID-card reader bridge ----

const READER_KEY = 'ow.idCardReaderUrl';
/** The vendor-neutral local bridge: GET → { name, idNumber, address?, … }. */
export const defaultReaderUrl = 'http://127.0.0.1:18651/read';

export function readerUrl(): string {
  return localStorage.getItem(READER_KEY) || defaultReaderUrl;
}

export function setReaderUrl(url: string) {
  if (url.trim()) localStorage.setItem(READER_KEY, url.trim());
  else localStorage.removeItem(READER_KEY);
}

export interface CardRead {
  name: string;
  idNumber: string;
  address?: string;
  sex?: string;
  nation?: string;
  birth?: string;
}

/** One read from the bridge; rejects on no bridge, no card, or an answer that is not a card. */
export async function readIdCard(url = readerUrl(), timeoutMs = 5000): Promise<CardRead> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const body = (await res.json()) as Partial<CardRead>;
  if (typeof body.name !== 'string' || typeof body.idNumber !== 'string') throw new Error('not a card');
  return body as CardRead;
}
