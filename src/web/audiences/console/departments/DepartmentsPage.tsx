import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenterSelect, useCenterName } from '../shared/CenterSelect.tsx';
import { useCan, useList, useListState } from '../shared/hooks.ts';
import { ListToolbar } from '../shared/ListToolbar.tsx';
import { StatusTag } from '../shared/StatusTag.tsx';
import { ListError, usePagination } from '../shared/table.tsx';
import type { Department } from '../shared/types.ts';
import { useToggleActive } from '../shared/useToggleActive.tsx';
import { DepartmentForm } from './DepartmentForm.tsx';

export function DepartmentsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { params, setFilter, setPage } = useListState();
  const list = useList<Department>('/departments', params);
  const pagination = usePagination(params, list.data?.total, setPage);
  const centerName = useCenterName();
  const toggle = useToggleActive('/departments', 'departments');
  const [editing, setEditing] = useState<{ department?: Department } | null>(null);
  const manage = can('org.manage');

  const columns: ColumnsType<Department> = [
    { title: t('console.departments.name'), dataIndex: 'name' },
    { title: t('console.departments.shortName'), dataIndex: 'shortName', width: 120, render: (v: string | null) => v || '—' },
    { title: t('console.departments.uscc'), dataIndex: 'uscc', width: 200, render: (v: string) => <code>{v}</code> },
    { title: t('console.common.center'), dataIndex: 'centerId', width: 220, render: centerName },
    { title: t('console.common.phone'), dataIndex: 'phone', width: 140, render: (v: string | null) => v || '—' },
    { title: t('console.common.status'), key: 'active', width: 80, render: (_, d) => <StatusTag active={d.active} /> },
  ];
  if (manage)
    columns.push({
      title: t('console.common.actions'),
      key: 'actions',
      width: 140,
      render: (_, d) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing({ department: d })}>
            {t('console.common.edit')}
          </Button>
          <Button type="link" size="small" danger={d.active} onClick={() => toggle(d, d.name)}>
            {d.active ? t('console.common.deactivate') : t('console.common.activate')}
          </Button>
        </Space>
      ),
    });

  return (
    <Card title={t('console.departments.title')}>
      <ListToolbar
        params={params}
        setFilter={setFilter}
        placeholder={t('console.departments.searchPlaceholder')}
        filters={
          <CenterSelect
            allowClear
            value={params.centerId}
            onChange={(centerId) => setFilter({ centerId })}
            placeholder={t('console.common.allCenters')}
            style={{ width: 240 }}
          />
        }
        actions={
          manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
              {t('console.departments.create')}
            </Button>
          )
        }
      />
      <ListError error={list.error} />
      <Table<Department>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        pagination={pagination}
        scroll={{ x: 1000 }}
      />
      {editing && <DepartmentForm department={editing.department} centerId={params.centerId} onClose={() => setEditing(null)} />}
    </Card>
  );
}
