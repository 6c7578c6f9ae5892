import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Row = [key: string, value: ReactNode];

/** Label-value rows as a bordered table, '—' for what is not filled in. */
export function Rows({ rows, column = 2 }: { rows: Row[]; column?: number }) {
  const { t } = useTranslation();
  const items = rows.map(([key, value]) => ({
    key,
    label: t(`console.catalog.fields.${key}`),
    children: value === null || value === undefined || value === '' ? '—' : value,
  }));
  return <Descriptions bordered size="small" column={column} items={items} styles={{ label: { width: 170 } }} />;
}

export function Prose({ text }: { text: string | null | undefined }) {
  const { t } = useTranslation();
  if (!text?.trim()) return <Typography.Text type="secondary">{t('console.catalog.guide.none')}</Typography.Text>;
  return <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{text}</Typography.Paragraph>;
}
