import { Button, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { audiences, caseTypes, type Audience, type CaseType, type Theme } from '../../../../domain/catalog/code-tables.ts';
import { useDepartments, useThemes } from '../shared/api.ts';
import { useFormat } from '../shared/format.ts';
import type { SearchState } from './useSearchState.ts';

interface Props {
  state: SearchState;
  update: (change: Partial<SearchState>) => void;
  filtered: boolean;
}

/** Applicant, theme, department and case type; each a labelled select. */
export function SearchFilters({ state, update, filtered }: Props) {
  const { t } = useTranslation();
  const { lang, label } = useFormat();
  const themes = useThemes();
  const departments = useDepartments();
  const any = { value: '', label: t('portal.search.any') };
  const department = state.departmentId ?? (state.body ? `body:${state.body}` : '');

  return (
    <fieldset className="ow-fieldset">
      <legend className="ow-small ow-muted">{t('portal.search.filters')}</legend>
      <div className="ow-filters">
        <label>
          {t('portal.search.audience')}
          <Select<string>
            value={state.audience ?? ''}
            onChange={(v) => update({ audience: (v || undefined) as Audience | undefined })}
            options={[any, ...(Object.keys(audiences) as Audience[]).map((a) => ({ value: a, label: audiences[a][lang] }))]}
            data-testid="filter-audience"
          />
        </label>
        <label>
          {t('portal.search.theme')}
          <Select<string>
            value={state.theme ?? ''}
            onChange={(v) => update({ theme: (v || undefined) as Theme | undefined })}
            options={[any, ...(themes.data?.items ?? []).map((th) => ({ value: th.code, label: th[lang] }))]}
            data-testid="filter-theme"
          />
        </label>
        <label>
          {t('portal.search.department')}
          <Select<string>
            value={department}
            onChange={(v) => update(v.startsWith('body:') ? { departmentId: undefined, body: v.slice(5) } : { departmentId: v || undefined, body: undefined })}
            options={[any, ...(departments.data?.items ?? []).map((d) => ({ value: d.departmentId ?? `body:${d.name}`, label: d.name }))]}
            popupMatchSelectWidth={false}
            data-testid="filter-department"
          />
        </label>
        <label>
          {t('portal.search.caseType')}
          <Select<string>
            value={state.caseType ?? ''}
            onChange={(v) => update({ caseType: (v || undefined) as CaseType | undefined })}
            options={[any, ...(Object.keys(caseTypes) as CaseType[]).map((c) => ({ value: c, label: label(caseTypes, c) }))]}
            data-testid="filter-case-type"
          />
        </label>
      </div>
      {filtered && (
        <Button type="link" style={{ paddingLeft: 0, marginTop: 4 }} onClick={() => update({ theme: undefined, audience: undefined, caseType: undefined, departmentId: undefined, body: undefined })}>
          {t('portal.search.clear')}
        </Button>
      )}
    </fieldset>
  );
}
