import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../api/client.ts';
import type { PortalItem } from '../shared/api.ts';
import { ALL_PAGE_SIZE, type SearchState } from './useSearchState.ts';

const latin = /^[a-z]{2,20}$/i;

/**
 * Pinyin initials or full pinyin ("dbsq", "shenfenzheng") matched against item names in the
 * browser. The pinyin dictionary (~300 KB) loads only when someone types Latin letters.
 */
export function usePinyinMatches(state: SearchState) {
  const q = state.q?.replace(/\s+/g, '') ?? '';
  const enabled = latin.test(q);
  const { q: _q, page: _p, ...filters } = state;
  return useQuery({
    queryKey: ['portal', 'pinyin', q, filters],
    enabled,
    staleTime: 60_000,
    queryFn: async () => {
      const [{ match }, all] = await Promise.all([
        import('pinyin-pro'),
        api<Page<PortalItem>>('/portal/items', { query: { ...filters, body: undefined, pageSize: ALL_PAGE_SIZE } }),
      ]);
      const hit = (text: string | null) => !!text && match(text, q, { continuous: true, insensitive: true }) !== null;
      return all.items.filter((i) => (!state.body || i.implementingBody === state.body) && (hit(i.name) || hit(i.subItemName)));
    },
  });
}
