import { CheckOutlined } from '@ant-design/icons';
import { Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../../../../domain/catalog/index.ts';
import { useColon } from '../labels.tsx';

export type MaterialLike = Material & { id?: string; seq?: number };

const flag = (on: boolean) =>
  on ? <CheckOutlined style={{ color: '#389e0d' }} aria-label="✓" /> : <Typography.Text type="secondary">—</Typography.Text>;

/** The files an applicant can get: a filled-in sample, a blank form, how to fill it in. */
function Files({ m }: { m: MaterialLike }) {
  const { t } = useTranslation();
  const colon = useColon();
  const rows = [
    [t('console.catalog.material.sampleFile'), m.sampleFile],
    [t('console.catalog.material.blankFormFile'), m.blankFormFile],
    [t('console.catalog.material.fillGuide'), m.fillGuide],
    [t('console.catalog.material.notes'), m.notes],
  ].filter(([, v]) => v);
  if (!rows.length) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={0}>
      {rows.map(([k, v]) => (
        <Typography.Text key={k} style={{ fontSize: 12 }}>
          <Typography.Text type="secondary">{`${k}${colon}`}</Typography.Text>
          {v}
        </Typography.Text>
      ))}
    </Space>
  );
}

/** 申请材料 as the printed guide lists them, with the originals/copies counts and the flags. */
export function MaterialsTable({
  materials,
  actions,
}: {
  materials: MaterialLike[];
  actions?: (m: MaterialLike, index: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const columns: ColumnsType<MaterialLike> = [
    { title: t('console.catalog.material.seq'), key: 'seq', width: 56, align: 'center', render: (_, __, i) => i + 1 },
    { title: t('console.catalog.material.name'), dataIndex: 'name', width: 200 },
    { title: t('console.catalog.material.issuingBody'), dataIndex: 'issuingBody', width: 130, render: (v: string) => v || '—' },
    { title: t('console.catalog.material.originals'), dataIndex: 'originals', width: 64, align: 'center' },
    { title: t('console.catalog.material.copies'), dataIndex: 'copies', width: 72, align: 'center' },
    { title: t('console.catalog.material.required'), dataIndex: 'required', width: 64, align: 'center', render: flag },
    { title: t('console.catalog.material.waivable'), dataIndex: 'waivable', width: 72, align: 'center', render: flag },
    { title: t('console.catalog.material.exemptWhenShared'), dataIndex: 'exemptWhenShared', width: 72, align: 'center', render: flag },
    { title: t('console.catalog.edit.materialFiles'), key: 'files', width: 300, render: (_, m) => <Files m={m} /> },
  ];
  if (actions) columns.push({ title: t('console.common.actions'), key: 'actions', width: 120, render: (_, m, i) => actions(m, i) });
  return (
    <Table<MaterialLike>
      rowKey={(m) => m.id ?? `${m.seq}-${m.name}`}
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={materials}
      scroll={{ x: 1060 }}
      data-testid="materials-table"
      locale={{ emptyText: t('console.catalog.guide.noMaterials') }}
    />
  );
}
