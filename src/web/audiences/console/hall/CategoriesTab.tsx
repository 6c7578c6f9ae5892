import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryIcon } from '../../../features/hall/index.ts';
import { errorText } from '../shared/serverErrors.ts';
import { StatusTag } from '../shared/StatusTag.tsx';
import { ListError } from '../shared/table.tsx';
import { useHallWrite, useTicketCategories, useWindowCategories, type TicketCategory } from './api.ts';
import { CategoryForm } from './CategoryForm.tsx';
import { useCenterWindows } from './useCenterWindows.ts';

/** The kiosk's choices for this hall: prefix, plain name, range, quota, hours; and which windows call each. */
export function CategoriesTab({ centerId }: { centerId: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.hall' });
  const { t: tc } = useTranslation(undefined, { keyPrefix: 'console.common' });
  const { message, modal } = App.useApp();
  const list = useTicketCategories(centerId);
  const mapping = useWindowCategories(centerId);
  const windows = useCenterWindows(centerId);
  const write = useHallWrite(centerId);
  const [editing, setEditing] = useState<{ category?: TicketCategory } | null>(null);

  const windowsOf = (id: string) =>
    (mapping.data ?? [])
      .filter((m) => m.categoryId === id)
      .map((m) => windows.data?.find((w) => w.id === m.windowId)?.number)
      .filter((n): n is string => !!n);

  const toggle = (c: TicketCategory) => {
    const label = t('category.label', { prefix: c.prefix, name: c.name });
    const run = () =>
      write.mutateAsync({ path: `/queue/categories/${c.id}`, method: 'PATCH', body: { active: !c.active } }).then(
        () => message.success(tc(c.active ? 'deactivated' : 'activated', { name: label })),
        (err: unknown) => message.error(errorText(err)),
      );
    if (!c.active) return void run();
    modal.confirm({ title: tc('confirmDeactivate', { name: label }), onOk: run });
  };

  const columns: ColumnsType<TicketCategory> = [
    {
      title: t('category.prefix'),
      dataIndex: 'prefix',
      width: 100,
      // 票号前缀 on one line: a narrow column broke the four characters over two.
      onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' }, 'data-testid': 'category-prefix-header' }) as object,
      render: (p: string) => (
        <Tag color="geekblue" style={{ fontSize: 15 }}>
          {p}
        </Tag>
      ),
    },
    {
      title: t('category.name'),
      key: 'name',
      render: (_, c) => (
        <Space align="start">
          <CategoryIcon name={c.icon} style={{ fontSize: 22, color: '#a40e26', marginTop: 2 }} />
          <span>
            <Typography.Text strong>{c.name}</Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.description}
            </Typography.Text>
          </span>
        </Space>
      ),
    },
    { title: t('category.range'), key: 'range', width: 90, render: (_, c) => `${c.rangeStart}–${c.rangeEnd}` },
    { title: t('category.dailyQuota'), dataIndex: 'dailyQuota', width: 80 },
    {
      title: t('category.openingHours'),
      key: 'openingHours',
      width: 170,
      render: (_, c) => (
        <>
          {c.openingHours ?? <Typography.Text type="secondary">{t('category.allDay')}</Typography.Text>}
          {c.restDayHours && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('category.restDayLabel')} {c.restDayHours}
            </Typography.Text>
          )}
          {c.summerHours && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('category.summerLabel')} {c.summerHours}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: t('category.windows'),
      key: 'windows',
      width: 120,
      render: (_, c) => {
        const numbers = windowsOf(c.id);
        if (numbers.length) return numbers.map((n) => <Tag key={n}>{n}</Tag>);
        return c.active ? (
          <Tag color="red" title={t('category.noWindowWarning')}>
            {t('category.noWindow')}
          </Tag>
        ) : (
          '—'
        );
      },
    },
    { title: t('category.sortOrder'), dataIndex: 'sortOrder', width: 60 },
    { title: tc('status'), key: 'active', width: 80, render: (_, c) => <StatusTag active={c.active} /> },
    {
      title: tc('actions'),
      key: 'actions',
      width: 120,
      render: (_, c) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing({ category: c })}>
            {tc('edit')}
          </Button>
          <Button type="link" size="small" danger={c.active} onClick={() => toggle(c)}>
            {c.active ? tc('deactivate') : tc('activate')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
          {t('category.create')}
        </Button>
      </div>
      <ListError error={list.error} />
      <Table<TicketCategory>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data}
        loading={list.isFetching}
        pagination={false}
      />
      {editing && <CategoryForm centerId={centerId} category={editing.category} onClose={() => setEditing(null)} />}
    </>
  );
}
