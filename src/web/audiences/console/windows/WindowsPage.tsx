import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenterSelect, useCenterName } from '../shared/CenterSelect.tsx';
import { useCan, useDepartments, useList, useListState, useStaffDirectory } from '../shared/hooks.ts';
import { ListToolbar } from '../shared/ListToolbar.tsx';
import { StatusTag } from '../shared/StatusTag.tsx';
import { ListError, usePagination } from '../shared/table.tsx';
import type { Post, ServiceWindow } from '../shared/types.ts';
import { useToggleActive } from '../shared/useToggleActive.tsx';
import { PostsDrawer } from './PostsDrawer.tsx';
import { ServingTag } from './ServingTag.tsx';
import { WindowForm } from './WindowForm.tsx';

export function WindowsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { params, setFilter, setPage } = useListState();
  const list = useList<ServiceWindow>('/windows', params);
  const pagination = usePagination(params, list.data?.total, setPage);
  const centerName = useCenterName();
  const { data: departments = [] } = useDepartments();
  const { data: staff = [] } = useStaffDirectory(can('staff.read'));
  const toggle = useToggleActive('/windows', 'windows');
  const [editing, setEditing] = useState<{ window?: ServiceWindow } | null>(null);
  // By id, so the drawer always shows the freshly fetched window after a post changes.
  const [postsOf, setPostsOf] = useState<string>();
  const postsWindow = list.data?.items.find((w) => w.id === postsOf);
  const manage = can('org.manage');

  const holderName = (w: ServiceWindow, post: Post) => {
    const id = w.posts.find((p) => p.post === post)?.staffId;
    if (!id) return undefined;
    return staff.find((s) => s.id === id)?.name ?? t('console.windows.assignedShort');
  };
  const postCell = (post: Post) => (_: unknown, w: ServiceWindow) => {
    const name = holderName(w, post);
    if (!name) return <Tag>{t('console.windows.vacant')}</Tag>;
    return <span style={{ fontWeight: w.servingPost === post ? 600 : undefined }}>{name}</span>;
  };

  const servingCell = (_: unknown, w: ServiceWindow) => {
    const name = holderName(w, w.servingPost);
    return name ? <ServingTag post={w.servingPost} name={name} /> : <Tag color="red">{t('console.windows.nobodyServing')}</Tag>;
  };
  const departmentName = (id: string | null) => departments.find((d) => d.id === id)?.name ?? '—';

  const columns: ColumnsType<ServiceWindow> = [
    { title: t('console.windows.number'), dataIndex: 'number', width: 80, render: (n: string) => <Tag color="geekblue">{n}</Tag> },
    { title: t('console.windows.name'), dataIndex: 'name', width: 160 },
    { title: t('console.windows.servingNow'), key: 'serving', width: 180, render: servingCell },
    { title: t('console.windows.postA'), key: 'A', width: 140, render: postCell('A') },
    { title: t('console.windows.postB'), key: 'B', width: 110, render: postCell('B') },
    {
      title: t('console.windows.kind'),
      dataIndex: 'kind',
      width: 100,
      render: (k: ServiceWindow['kind']) => t(`console.windows.kinds.${k}`),
    },
    { title: t('console.windows.department'), dataIndex: 'departmentId', width: 160, render: departmentName },
    { title: t('console.common.center'), dataIndex: 'centerId', width: 180, render: centerName },
    { title: t('console.common.status'), key: 'active', width: 80, render: (_, w) => <StatusTag active={w.active} /> },
    {
      title: t('console.common.actions'),
      key: 'actions',
      width: 200,
      fixed: 'right',
      render: (_, w) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setPostsOf(w.id)}>
            {t('console.windows.posts')}
          </Button>
          {manage && (
            <Button type="link" size="small" onClick={() => setEditing({ window: w })}>
              {t('console.common.edit')}
            </Button>
          )}
          {manage && (
            <Button type="link" size="small" danger={w.active} onClick={() => toggle(w, t('console.windows.label', { number: w.number }))}>
              {w.active ? t('console.common.deactivate') : t('console.common.activate')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card title={t('console.windows.title')}>
      <ListToolbar
        params={params}
        setFilter={setFilter}
        placeholder={t('console.windows.searchPlaceholder')}
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
              {t('console.windows.create')}
            </Button>
          )
        }
      />
      <ListError error={list.error} />
      <Table<ServiceWindow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        pagination={pagination}
        scroll={{ x: 1380 }}
      />
      {editing && <WindowForm window={editing.window} centerId={params.centerId} onClose={() => setEditing(null)} />}
      {postsWindow && <PostsDrawer window={postsWindow} onClose={() => setPostsOf(undefined)} />}
    </Card>
  );
}
