import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles } from '../../../../domain/access/index.ts';
import { CenterSelect, useCenterName } from '../shared/CenterSelect.tsx';
import { useCan, useDepartments, useList, useListState } from '../shared/hooks.ts';
import { formatTime, roleLabel, useLang } from '../shared/lang.ts';
import { ListToolbar } from '../shared/ListToolbar.tsx';
import { ListError, usePagination } from '../shared/table.tsx';
import type { Staff } from '../shared/types.ts';
import { PasswordModal } from './PasswordModal.tsx';
import { RolesModal } from './RolesModal.tsx';
import { StaffActions, type StaffDialog } from './StaffActions.tsx';
import { StaffBadges } from './StaffBadges.tsx';
import { StaffDrawer } from './StaffDrawer.tsx';
import { StaffForm } from './StaffForm.tsx';

export function StaffPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const can = useCan();
  const { params, setFilter, setPage } = useListState();
  const list = useList<Staff>('/staff', params);
  const pagination = usePagination(params, list.data?.total, setPage);
  const centerName = useCenterName();
  const { data: departments = [] } = useDepartments();
  const [dialog, setDialog] = useState<{ kind: StaffDialog | 'create'; staff?: Staff } | null>(null);
  const open = (kind: StaffDialog, staff: Staff) => setDialog({ kind, staff });
  const close = () => setDialog(null);

  const columns: ColumnsType<Staff> = [
    { title: t('console.staff.username'), dataIndex: 'username', width: 120 },
    { title: t('console.staff.name'), dataIndex: 'name', width: 100 },
    { title: t('console.common.status'), key: 'state', width: 190, render: (_, s) => <StaffBadges s={s} /> },
    {
      title: t('console.staff.roles'),
      dataIndex: 'roles',
      width: 200,
      render: (rs: Staff['roles']) => (
        <Space size={[0, 4]} wrap>
          {rs.map((r) => (
            <Tag key={r}>{roleLabel(r, lang)}</Tag>
          ))}
        </Space>
      ),
    },
    { title: t('console.staff.mobile'), dataIndex: 'mobile', width: 130, render: (m: string | null) => m ?? '—' },
    { title: t('console.common.center'), dataIndex: 'centerId', width: 200, ellipsis: true, render: centerName },
    {
      title: t('console.staff.department'),
      dataIndex: 'departmentId',
      width: 170,
      render: (id: string | null) => departments.find((d) => d.id === id)?.name ?? '—',
    },
    { title: t('console.staff.lastSignIn'), dataIndex: 'lastSignInAt', width: 140, render: (v: string | null) => formatTime(v, lang) },
    {
      title: t('console.common.actions'),
      key: 'actions',
      width: 200,
      fixed: 'right',
      render: (_, s) => <StaffActions s={s} open={open} />,
    },
  ];

  return (
    <Card title={t('console.staff.title')}>
      <ListToolbar
        params={params}
        setFilter={setFilter}
        placeholder={t('console.staff.searchPlaceholder')}
        filters={
          <>
            <CenterSelect
              allowClear
              value={params.centerId}
              onChange={(centerId) => setFilter({ centerId })}
              placeholder={t('console.common.allCenters')}
              style={{ width: 240 }}
            />
            <Select
              allowClear
              value={params.role}
              onChange={(role?: string) => setFilter({ role })}
              placeholder={t('console.staff.allRoles')}
              aria-label={t('console.staff.roles')}
              style={{ width: 160 }}
              options={roles.map((r) => ({ value: r, label: roleLabel(r, lang) }))}
            />
          </>
        }
        actions={
          can('staff.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              {t('console.staff.create')}
            </Button>
          )
        }
      />
      <ListError error={list.error} />
      <Table<Staff>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        pagination={pagination}
        scroll={{ x: 1500 }}
      />
      {dialog?.kind === 'create' && <StaffForm centerId={params.centerId} onClose={close} />}
      {dialog?.kind === 'edit' && dialog.staff && <StaffForm staff={dialog.staff} onClose={close} />}
      {dialog?.kind === 'view' && dialog.staff && <StaffDrawer row={dialog.staff} onClose={close} />}
      {dialog?.kind === 'roles' && dialog.staff && <RolesModal staff={dialog.staff} onClose={close} />}
      {dialog?.kind === 'password' && dialog.staff && <PasswordModal staff={dialog.staff} onClose={close} />}
    </Card>
  );
}
