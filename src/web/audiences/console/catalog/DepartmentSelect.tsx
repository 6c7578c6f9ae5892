import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useCenters, useDepartments } from '../shared/hooks.ts';

interface Props {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** Only departments a guide of this center may name: its own and those of centers above it. */
  itemCenterId?: string;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  id?: string;
}

/** Active departments in scope, searchable by name; the server checks the same rule. */
export function DepartmentSelect({ value, onChange, itemCenterId, placeholder, allowClear, disabled, style, id }: Props) {
  const { t } = useTranslation();
  const departments = useDepartments();
  const { data: centers = [] } = useCenters();
  const itemCenter = centers.find((c) => c.id === itemCenterId);
  const pathOf = (centerId: string) => centers.find((c) => c.id === centerId)?.path;
  const usable = (centerId: string) => {
    if (!itemCenter) return true;
    const path = pathOf(centerId);
    return !path || itemCenter.path.startsWith(path);
  };
  const shown = (departments.data ?? []).filter((d) => (d.active && usable(d.centerId)) || d.id === value);
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      loading={departments.isLoading}
      allowClear={allowClear}
      disabled={disabled}
      style={style}
      placeholder={placeholder ?? t('console.catalog.edit.chooseDepartment')}
      aria-label={id ? undefined : (placeholder ?? t('console.catalog.edit.chooseDepartment'))}
      showSearch={{ optionFilterProp: 'label' }}
      options={shown.map((d) => ({ value: d.id, label: d.name }))}
    />
  );
}

/** A department's name by id from the cached scope list, or the fallback text. */
export function useDepartmentName() {
  const { data = [] } = useDepartments();
  return (id: string | null | undefined, fallback = '—') => (id ? (data.find((d) => d.id === id)?.name ?? fallback) : fallback);
}
