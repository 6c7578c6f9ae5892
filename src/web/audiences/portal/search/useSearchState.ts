import { useSearchParams } from 'react-router';
import { audiences, caseTypes, themes, type Audience, type CaseType, type Theme } from '../../../../domain/catalog/code-tables.ts';
import type { SearchFilters } from '../shared/api.ts';

export const PAGE_SIZE = 20;
/** The public API's largest page: enough for a county's whole published catalog. */
export const ALL_PAGE_SIZE = 200;

export interface SearchState extends SearchFilters {
  /** An implementing body without a department record, matched by name in the browser. */
  body?: string;
}

const oneOf = <T extends string>(table: Record<string, unknown>, v: string | null): T | undefined => (v && v in table ? (v as T) : undefined);
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The search lives in the address, so Back, reload and shared links show the same list. */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page'));
  const department = params.get('departmentId');
  const state: SearchState = {
    q: params.get('q')?.trim() || undefined,
    theme: oneOf<Theme>(themes, params.get('theme')),
    audience: oneOf<Audience>(audiences, params.get('audience')),
    caseType: oneOf<CaseType>(caseTypes, params.get('caseType')),
    departmentId: department && uuid.test(department) ? department : undefined,
    body: params.get('body') || undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
  /** Changes some filters; any change but the page goes back to page 1. */
  const update = (change: Partial<SearchState>, opts: { replace?: boolean } = {}) => {
    const next: Record<string, string> = {};
    const merged = { ...state, ...('page' in change ? {} : { page: 1 }), ...change };
    for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== '' && !(k === 'page' && v === 1)) next[k] = String(v);
    setParams(next, { replace: opts.replace });
  };
  const filtered = !!(state.theme || state.audience || state.caseType || state.departmentId || state.body);
  return { state, update, filtered };
}
