import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldChange, MaterialChange } from '../../../../../domain/catalog/index.ts';
import type { VersionSummary } from '../types.ts';
import { useColon } from '../labels.tsx';
import { useFormatValue } from './useFormatValue.tsx';

const oldStyle = { background: '#fff1f0' };
const newStyle = { background: '#f6ffed' };

/** Guide elements that differ: old value on the left, new on the right. */
export function FieldDiffTable({ changes, from, to }: { changes: FieldChange[]; from: VersionSummary; to: VersionSummary }) {
  const { t } = useTranslation();
  const format = useFormatValue();
  const columns: ColumnsType<FieldChange> = [
    {
      title: t('console.catalog.compare.field'),
      dataIndex: 'field',
      width: 180,
      render: (f: string) => <Typography.Text strong>{t(`console.catalog.fields.${f}`)}</Typography.Text>,
    },
    {
      title: `v${from.versionNo}`,
      key: 'before',
      width: '42%',
      onCell: () => ({ style: oldStyle }),
      render: (_, c) => format(c.field, c.before),
    },
    {
      title: `v${to.versionNo}`,
      key: 'after',
      width: '42%',
      onCell: () => ({ style: newStyle }),
      render: (_, c) => format(c.field, c.after),
    },
  ];
  return (
    <Table<FieldChange>
      rowKey="field"
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={changes}
      data-testid="field-diff"
    />
  );
}

type MaterialFields = Record<string, unknown>;

/** 申请材料 added, removed or changed (matched by name, as applicants and clerks know them). */
export function MaterialDiffTable({ changes }: { changes: MaterialChange[] }) {
  const { t } = useTranslation();
  const format = useFormatValue();
  const colon = useColon();
  const m = (k: string) => t(`console.catalog.material.${k}`);
  const summary = (v: unknown) => {
    const x = v as MaterialFields;
    return `${x.issuingBody || '—'} · ${m('originals')} ${x.originals ?? 0} · ${m('copies')} ${x.copies ?? 0}`;
  };
  const side = (c: MaterialChange, which: 'before' | 'after'): ReactNode => {
    if (c.change === 'added') return which === 'after' ? summary(c.after) : '—';
    if (c.change === 'removed') return which === 'before' ? summary(c.before) : '—';
    return (
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {c.fields.map((f) => (
          <li key={f.field}>
            {m(f.field)}
            {colon}
            {format(f.field, f[which])}
          </li>
        ))}
      </ul>
    );
  };
  const colors = { added: 'green', removed: 'red', changed: 'blue' } as const;
  const columns: ColumnsType<MaterialChange> = [
    { title: m('name'), dataIndex: 'name', width: 220 },
    {
      title: t('console.catalog.compare.change'),
      key: 'change',
      width: 90,
      render: (_, c) => <Tag color={colors[c.change]}>{t(`console.catalog.compare.${c.change}`)}</Tag>,
    },
    {
      title: t('console.catalog.compare.before'),
      key: 'before',
      width: '35%',
      onCell: () => ({ style: oldStyle }),
      render: (_, c) => side(c, 'before'),
    },
    {
      title: t('console.catalog.compare.after'),
      key: 'after',
      width: '35%',
      onCell: () => ({ style: newStyle }),
      render: (_, c) => side(c, 'after'),
    },
  ];
  return (
    <>
      <Typography.Title level={5}>{t('console.catalog.fields.materials')}</Typography.Title>
      <Table<MaterialChange>
        rowKey={(c) => `${c.change}-${c.name}`}
        size="small"
        bordered
        pagination={false}
        columns={columns}
        dataSource={changes}
        data-testid="material-diff"
      />
    </>
  );
}
