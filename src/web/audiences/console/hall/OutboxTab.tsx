import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import { ListError } from '../shared/table.tsx';
import { useOutbox, type OutboxRow } from './api.ts';

const stateColors: Record<OutboxRow['state'], string> = { pending: 'gold', sent: 'green', failed: 'red' };

/** 短信发件箱: what the hall texted people (numbers masked), newest first, and whether it went out. */
export function OutboxTab({ centerId }: { centerId: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.hall.appointments.outbox' });
  const { t: tc } = useTranslation(undefined, { keyPrefix: 'console.common' });
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const outbox = useOutbox(centerId, paging);
  const columns: ColumnsType<OutboxRow> = [
    { title: t('createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => formatDateTime(v) },
    { title: t('to'), dataIndex: 'to', width: 130 },
    { title: t('text'), dataIndex: 'text' },
    {
      title: t('state'),
      dataIndex: 'state',
      width: 100,
      render: (s: OutboxRow['state']) => <Tag color={stateColors[s]}>{t(`states.${s}`)}</Tag>,
    },
    { title: t('attempts'), dataIndex: 'attempts', width: 90, align: 'right' },
    { title: t('sentAt'), dataIndex: 'sentAt', width: 170, render: (v: string | null) => (v ? formatDateTime(v) : '—') },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      <ListError error={outbox.error} />
      <Table<OutboxRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={outbox.data?.items}
        loading={outbox.isFetching && !outbox.data}
        locale={{ emptyText: t('empty') }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: outbox.data?.total,
          showSizeChanger: true,
          showTotal: (n) => tc('total', { count: n }),
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
    </>
  );
}
