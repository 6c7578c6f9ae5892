import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../../api/client.ts';
import type { Region } from './types.ts';

interface Props {
  value?: string;
  onChange?: (value: string) => void;
  /** Code lengths this place accepts: 6 county, 9 township, 12 village (GB/T 2260). */
  digits?: number[];
  /** Shown before anything is typed: usually the parent's region, whose children start with it. */
  prefix?: string;
  id?: string;
  disabled?: boolean;
}

/** Regions searched on the server by name or code prefix; there are too many to list at once. */
export function RegionSelect({ value, onChange, digits, prefix, id, disabled }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const query = q || prefix || value || '';
  const { data, isFetching } = useQuery({
    queryKey: ['/regions', 'search', query],
    queryFn: () => api<Page<Region>>('/regions', { query: { q: query, pageSize: 50 } }),
    staleTime: 60_000,
  });
  const items = (data?.items ?? []).filter((r) => !digits || digits.includes(r.code.length));
  // Keep the current value visible even when the search does not return it.
  const options = items.map((r) => ({ value: r.code, label: `${r.code} ${r.name}` }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: value });
  return (
    <Select
      id={id}
      disabled={disabled}
      value={value}
      onChange={onChange}
      options={options}
      loading={isFetching}
      placeholder={t('console.regions.searchPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={t('console.regions.notFound')}
    />
  );
}
