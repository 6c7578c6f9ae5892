import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useList, useListState } from '../shared/hooks.ts';
import { ListToolbar } from '../shared/ListToolbar.tsx';
import { StatusTag } from '../shared/StatusTag.tsx';
import { ListError, usePagination } from '../shared/table.tsx';
import type { Region } from '../shared/types.ts';
import { RegionForm } from './RegionForm.tsx';

const levelIndent: Record<Region['level'], number> = { province: 0, city: 1, county: 2, township: 3, village: 4 };

/** 行政区划: ordered by code, which is also the tree order, so indentation shows the nesting. */
export function RegionsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { params, setFilter, setPage } = useListState({ pageSize: 50 });
  const list = useList<Region>('/regions', params);
  const pagination = usePagination(params, list.data?.total, setPage);
  const [creating, setCreating] = useState(false);

  const columns: ColumnsType<Region> = [
    { title: t('console.regions.code'), dataIndex: 'code', width: 160, render: (c: string) => <code>{c}</code> },
    {
      title: t('console.regions.name'),
      dataIndex: 'name',
      render: (name: string, r) => <span style={{ paddingLeft: levelIndent[r.level] * 20 }}>{name}</span>,
    },
    {
      title: t('console.regions.level'),
      dataIndex: 'level',
      width: 120,
      render: (l: Region['level']) => <Tag>{t(`console.regions.levels.${l}`)}</Tag>,
    },
    { title: t('console.regions.parentCode'), dataIndex: 'parentCode', width: 160, render: (c: string | null) => c ?? '—' },
    { title: t('console.common.status'), key: 'active', width: 90, render: (_, r) => <StatusTag active={r.active} /> },
  ];

  return (
    <Card title={t('console.regions.title')}>
      <ListToolbar
        params={params}
        setFilter={setFilter}
        placeholder={t('console.regions.searchPlaceholder')}
        actions={
          can('org.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('console.regions.create')}
            </Button>
          )
        }
      />
      <ListError error={list.error} />
      <Table<Region>
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        pagination={pagination}
      />
      {creating && <RegionForm onClose={() => setCreating(false)} />}
    </Card>
  );
}
