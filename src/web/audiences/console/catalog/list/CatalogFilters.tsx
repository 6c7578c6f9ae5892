import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { audiences, caseTypes, themes, versionStateLabels } from '../../../../../domain/catalog/index.ts';
import { CenterSelect } from '../../shared/CenterSelect.tsx';
import { useLang } from '../../shared/lang.ts';
import { optionsOf } from '../labels.tsx';
import type { CatalogListParams } from '../types.ts';
import { DepartmentSelect } from '../DepartmentSelect.tsx';

interface Props {
  params: CatalogListParams;
  setFilter: (patch: Partial<CatalogListParams>) => void;
}

/** Search (Chinese keywords, codes by prefix) and the list's filters. */
export function CatalogFilters({ params, setFilter }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const select = <K extends keyof CatalogListParams>(
    key: K,
    placeholder: string,
    options: { value: string; label: string }[],
    width = 150,
  ) => (
    <Select
      allowClear
      value={params[key] as string | undefined}
      onChange={(v) => setFilter({ [key]: v ?? undefined } as Partial<CatalogListParams>)}
      placeholder={placeholder}
      aria-label={placeholder}
      options={options}
      style={{ width }}
      showSearch={{ optionFilterProp: 'label' }}
      data-testid={`filter-${key}`}
    />
  );
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        placeholder={t('console.catalog.list.searchPlaceholder')}
        aria-label={t('console.catalog.list.searchPlaceholder')}
        defaultValue={params.q}
        onSearch={(q) => setFilter({ q: q.trim() || undefined })}
        style={{ width: 280 }}
        data-testid="catalog-search"
      />
      {select('theme', t('console.catalog.list.allThemes'), optionsOf(themes, lang), 140)}
      {select('audience', t('console.catalog.list.allAudiences'), optionsOf(audiences, lang), 130)}
      <DepartmentSelect
        allowClear
        value={params.departmentId}
        onChange={(departmentId) => setFilter({ departmentId })}
        placeholder={t('console.catalog.list.allDepartments')}
        style={{ width: 180 }}
      />
      {select('caseType', t('console.catalog.list.allCaseTypes'), optionsOf(caseTypes, lang), 140)}
      {select('state', t('console.catalog.list.allStates'), optionsOf(versionStateLabels, lang), 120)}
      <CenterSelect
        allowClear
        value={params.centerId}
        onChange={(centerId) => setFilter({ centerId })}
        placeholder={t('console.common.allCenters')}
        style={{ width: 200 }}
      />
    </Space>
  );
}
