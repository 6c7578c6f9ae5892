import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import { ListError } from '../shared/table.tsx';
import { useNotificationOutbox, type NotificationOutboxRow } from './api.ts';

const stateColors: Record<NotificationOutboxRow['state'], string> = { pending: 'gold', sent: 'green', failed: 'red' };

/** 通知发件箱: every message of the center on every channel (addresses masked, sign-in codes hidden) and its delivery state. */
export function NotificationOutboxTab({ centerId }: { centerId: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.notifications' });
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const outbox = useNotificationOutbox(centerId, paging);
  const columns: ColumnsType<NotificationOutboxRow> = [
    { title: t('createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => formatDateTime(v) },
    { title: t('channel'), dataIndex: 'channel', width: 90, render: (c: NotificationOutboxRow['channel']) => t(`channels.${c}`) },
    { title: t('to'), dataIndex: 'to', width: 170 },
    {
      title: t('text'),
      key: 'text',
      render: (_, m) => (
        <>
          {m.subject && <Typography.Text strong>{m.subject} </Typography.Text>}
          {m.text}
        </>
      ),
    },
    {
      title: t('state'),
      dataIndex: 'state',
      width: 100,
      render: (s: NotificationOutboxRow['state'], m) => (
        <Tag color={stateColors[s]} title={m.lastError ?? undefined}>
          {t(`states.${s}`)}
        </Tag>
      ),
    },
    { title: t('attempts'), dataIndex: 'attempts', width: 80, align: 'right' },
    { title: t('sentAt'), dataIndex: 'sentAt', width: 170, render: (v: string | null) => (v ? formatDateTime(v) : '—') },
  ];
  return (
    <>
      <ListError error={outbox.error} />
      <Table<NotificationOutboxRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={outbox.data?.items}
        loading={outbox.isFetching && !outbox.data}
        pagination={{ current: paging.page, pageSize: paging.pageSize, total: outbox.data?.total, onChange: (page, pageSize) => setPaging({ page, pageSize }) }}
      />
    </>
  );
}
