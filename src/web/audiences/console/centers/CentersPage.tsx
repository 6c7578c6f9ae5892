import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { depthOf } from '../shared/CenterSelect.tsx';
import { useCan, useCenters, useList, useListState, useMe } from '../shared/hooks.ts';
import { ListToolbar } from '../shared/ListToolbar.tsx';
import { StatusTag } from '../shared/StatusTag.tsx';
import { ListError, usePagination } from '../shared/table.tsx';
import type { Center } from '../shared/types.ts';
import { useToggleActive } from '../shared/useToggleActive.tsx';
import { CenterForm } from './CenterForm.tsx';
import { levelColors, mayHaveChildren } from './levels.ts';

type Editing = { center?: Center; parent?: Center } | null;

/**
 * The centers of the user's scope as an indented tree: the server orders by path, so every
 * page is a depth-first slice and indentation alone shows who sits under whom.
 */
export function CentersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { data: me } = useMe();
  const { params, setFilter, setPage } = useListState();
  const list = useList<Center>('/centers', params);
  const { data: all = [] } = useCenters();
  const toggle = useToggleActive('/centers', 'centers');
  const [editing, setEditing] = useState<Editing>(null);
  const manage = can('org.manage');
  const pagination = usePagination(params, list.data?.total, setPage);
  const parentName = (id: string | null) => all.find((c) => c.id === id)?.name ?? '—';

  const columns: ColumnsType<Center> = [
    {
      title: t('console.centers.name'),
      key: 'name',
      width: 340,
      render: (_, c) => (
        <span style={{ paddingLeft: depthOf(c, all.length ? all : [c]) * 24, whiteSpace: 'nowrap' }}>
          <Tag color={levelColors[c.level]}>{t(`console.levels.${c.level}`)}</Tag>
          <Typography.Text strong={c.id === me?.center.id}>{c.name}</Typography.Text>
        </span>
      ),
    },
    { title: t('console.centers.code'), dataIndex: 'code', width: 130 },
    { title: t('console.centers.region'), dataIndex: 'regionCode', width: 130 },
    { title: t('console.centers.parent'), key: 'parent', width: 180, render: (_, c) => parentName(c.parentId) },
    { title: t('console.centers.address'), dataIndex: 'address', ellipsis: true, width: 200 },
    { title: t('console.common.phone'), dataIndex: 'phone', width: 130 },
    { title: t('console.centers.openingHours'), dataIndex: 'openingHours', ellipsis: true, width: 200 },
    { title: t('console.common.status'), key: 'active', width: 80, render: (_, c) => <StatusTag active={c.active} /> },
  ];
  if (manage)
    columns.push({
      title: t('console.common.actions'),
      key: 'actions',
      width: 220,
      fixed: 'right',
      render: (_, c) => (
        <Space size={0} wrap>
          {mayHaveChildren(c) && (
            <Button type="link" size="small" onClick={() => setEditing({ parent: c })}>
              {t('console.centers.addChild')}
            </Button>
          )}
          <Button type="link" size="small" onClick={() => setEditing({ center: c })}>
            {t('console.common.edit')}
          </Button>
          {/* The server refuses to switch off one's own center; no button to fail. */}
          {c.id !== me?.center.id && (
            <Button type="link" size="small" danger={c.active} onClick={() => toggle(c, c.name)}>
              {c.active ? t('console.common.deactivate') : t('console.common.activate')}
            </Button>
          )}
        </Space>
      ),
    });

  return (
    <Card title={t('console.centers.title')}>
      <ListToolbar
        params={params}
        setFilter={setFilter}
        placeholder={t('console.centers.searchPlaceholder')}
        actions={
          manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
              {t('console.centers.create')}
            </Button>
          )
        }
      />
      <ListError error={list.error} />
      <Table<Center>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        scroll={{ x: 1500 }}
        pagination={pagination}
      />
      {editing && <CenterForm center={editing.center} parent={editing.parent} onClose={() => setEditing(null)} />}
    </Card>
  );
}
