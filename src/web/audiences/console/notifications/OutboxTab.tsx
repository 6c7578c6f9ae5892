import { App, Button, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import { errorText } from '../shared/serverErrors.ts';
import { ListError } from '../shared/table.tsx';
import { useNotificationOutbox, useNotificationTemplates, useRetryNotification, type NotificationChannel, type NotificationLang, type NotificationOutboxRow, type OutboxQuery } from './api.ts';

const statusColors: Record<NotificationOutboxRow['status'], string> = { queued: 'gold', failed: 'orange', sent: 'green', given_up: 'red' };
const statuses: NotificationOutboxRow['status'][] = ['queued', 'failed', 'sent', 'given_up'];
const channels: NotificationChannel[] = ['sms', 'email', 'inbox'];

/**
 * 通知发件箱: every message of the center on every channel (addresses masked, sign-in codes
 * hidden), its delivery status, attempts and last error, filtered by status, channel and event;
 * a failed or given-up SMS or e-mail can be sent again.
 */
export function NotificationOutboxTab({ centerId }: { centerId: string }) {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'console.notifications' });
  const { message } = App.useApp();
  const lang: NotificationLang = i18n.language?.startsWith('en') ? 'en' : 'zh';
  const [query, setQuery] = useState<OutboxQuery>({ page: 1, pageSize: 20 });
  const filter = (patch: Partial<OutboxQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }));
  const outbox = useNotificationOutbox(centerId, query);
  const events = useNotificationTemplates(centerId, lang);
  const label = (event: string | null) => (event ? (events.data?.find((e) => e.event === event)?.label ?? event) : '—');
  const retry = useRetryNotification(centerId);
  const sendAgain = async (id: string) => {
    try {
      await retry.mutateAsync(id);
      message.success(t('retried'));
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const columns: ColumnsType<NotificationOutboxRow> = [
    { title: t('createdAt'), dataIndex: 'createdAt', width: 160, render: (v: string) => formatDateTime(v) },
    { title: t('event'), dataIndex: 'event', width: 130, render: (v: string | null) => label(v) },
    { title: t('channel'), dataIndex: 'channel', width: 80, render: (c: NotificationChannel) => t(`channels.${c}`) },
    { title: t('to'), dataIndex: 'to', width: 160 },
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
      dataIndex: 'status',
      width: 150,
      render: (s: NotificationOutboxRow['status'], m) => (
        <Space direction="vertical" size={0}>
          <Tag color={statusColors[s]} data-testid="outbox-status">
            {t(`statuses.${s}`)}
          </Tag>
          {m.status === 'failed' && m.nextAttemptAt && <Typography.Text type="secondary">{t('nextAttempt', { at: formatDateTime(m.nextAttemptAt) })}</Typography.Text>}
        </Space>
      ),
    },
    { title: t('attempts'), dataIndex: 'attempts', width: 70, align: 'right' },
    { title: t('lastError'), dataIndex: 'lastError', width: 180, render: (v: string | null) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : '—') },
    { title: t('sentAt'), dataIndex: 'sentAt', width: 160, render: (v: string | null) => (v ? formatDateTime(v) : '—') },
    {
      title: t('actions'),
      key: 'retry',
      width: 80,
      render: (_, m) =>
        m.retryable ? (
          <Button type="link" size="small" loading={retry.isPending && retry.variables === m.id} onClick={() => sendAgain(m.id)} data-testid="outbox-retry">
            {t('retry')}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<NotificationOutboxRow['status']>
          allowClear
          aria-label={t('state')}
          placeholder={t('allStatuses')}
          style={{ width: 150 }}
          value={query.status}
          onChange={(v) => filter({ status: v })}
          options={statuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          data-testid="outbox-filter-status"
        />
        <Select<NotificationChannel>
          allowClear
          aria-label={t('channel')}
          placeholder={t('allChannels')}
          style={{ width: 130 }}
          value={query.channel}
          onChange={(v) => filter({ channel: v })}
          options={channels.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
        />
        <Select<string>
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('event')}
          placeholder={t('allEvents')}
          style={{ width: 220 }}
          value={query.event}
          onChange={(v) => filter({ event: v })}
          options={events.data?.map((e) => ({ value: e.event, label: `${e.groupLabel} · ${e.label}` }))}
        />
      </Space>
      <ListError error={outbox.error} />
      <Table<NotificationOutboxRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={outbox.data?.items}
        loading={outbox.isFetching && !outbox.data}
        scroll={{ x: 1300 }}
        pagination={{ current: query.page, pageSize: query.pageSize, total: outbox.data?.total, onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })) }}
      />
    </>
  );
}
