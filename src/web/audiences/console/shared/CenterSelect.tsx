import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCenters } from './hooks.ts';
import type { Center } from './types.ts';

/** How far below the top of the user's scope a center sits: for indenting tree-ordered lists. */
export function depthOf(center: Center, all: Center[]): number {
  const top = Math.min(...all.map((c) => c.path.split('/').length));
  return center.path.split('/').length - top;
}

interface Props {
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** Only offer centers passing this test (active ones for new records, a line of centers). */
  filter?: (c: Center) => boolean;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: React.CSSProperties;
  id?: string;
}

/** Centers in tree order, indented, searchable by name or code. */
export function CenterSelect({ value, onChange, filter, placeholder, allowClear, disabled, style, id }: Props) {
  const { t } = useTranslation();
  const { data = [], isLoading } = useCenters();
  const shown = data.filter((c) => !filter || filter(c));
  return (
    <Select
      id={id}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      loading={isLoading}
      allowClear={allowClear}
      disabled={disabled}
      style={style}
      placeholder={placeholder ?? t('console.common.chooseCenter')}
      // Inside a form the field's own label names it; alone (a filter) it needs one.
      aria-label={id ? undefined : (placeholder ?? t('console.common.chooseCenter'))}
      showSearch={{ optionFilterProp: 'search' }}
      options={shown.map((c) => ({
        value: c.id,
        search: `${c.name} ${c.code}`,
        label: c.active ? c.name : `${c.name} (${t('console.common.inactive')})`,
        depth: depthOf(c, data),
      }))}
      // Indent only inside the dropdown: the chosen value reads as a plain name.
      optionRender={(o) => <span style={{ paddingLeft: (o.data.depth ?? 0) * 14 }}>{o.label}</span>}
    />
  );
}

/** Look up a center's name by id from the cached scope list. */
export function useCenterName() {
  const { data = [] } = useCenters();
  const byId = new Map(data.map((c) => [c.id, c]));
  return (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? '—') : '—');
}
