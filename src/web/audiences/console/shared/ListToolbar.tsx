import { Input, Select, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActiveFilter, ListParams } from './types.ts';

interface Props {
  params: ListParams;
  setFilter: (patch: Partial<ListParams>) => void;
  placeholder: string;
  /** Extra filters (center, role) between the search box and the status filter. */
  filters?: ReactNode;
  /** Buttons on the right (create). */
  actions?: ReactNode;
}

/** Search box, filters and the active/inactive switch every list screen shares. */
export function ListToolbar({ params, setFilter, placeholder, filters, actions }: Props) {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12, marginBottom: 16, flexWrap: 'wrap' }}>
      <Space wrap>
        <Input.Search
          allowClear
          placeholder={placeholder}
          defaultValue={params.q}
          onSearch={(q) => setFilter({ q: q.trim() || undefined })}
          style={{ width: 260 }}
          aria-label={placeholder}
        />
        {filters}
        <Select<ActiveFilter>
          value={params.active}
          onChange={(active) => setFilter({ active })}
          style={{ width: 120 }}
          aria-label={t('console.common.status')}
          options={[
            { value: 'true', label: t('console.common.activeOnly') },
            { value: 'false', label: t('console.common.inactiveOnly') },
            { value: 'all', label: t('console.common.all') },
          ]}
        />
      </Space>
      <Space>{actions}</Space>
    </div>
  );
}
