import { Button, Card, Table, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { priorityLabels } from '../../../../domain/queue/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import type { StaffTicket } from './api.ts';

interface Props {
  waiting: StaffTicket[];
  parked: StaffTicket[];
  categoryName: (id: string) => string;
  /** The window is free and open: a waiting visitor at the counter may be called by number. */
  canCall: boolean;
  busy: boolean;
  onCall: (t: StaffTicket) => void;
  onResume: (t: StaffTicket) => void;
}

const minutesSince = (iso: string) => Math.max(0, Math.floor((Date.now() - Date.parse(iso)) / 60_000));

/** The queue this window calls from, in call order, and the tickets it parked. */
export function TicketLists({ waiting, parked, categoryName, canCall, busy, onCall, onResume }: Props) {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'workbench.queue' });
  const lang = i18n.language?.startsWith('en') ? 'en' : 'zh';
  const columns = (action: 'call' | 'resume') => [
    { title: t('number'), dataIndex: 'number', width: 90, render: (n: string) => <b style={{ fontSize: 16 }}>{n}</b> },
    { title: t('category'), dataIndex: 'queueCategoryId', render: (id: string) => categoryName(id) },
    {
      title: t('priority'),
      dataIndex: 'priority',
      width: 90,
      render: (p: StaffTicket['priority']) =>
        p === 'normal' ? null : <Tag color={p === 'appointment' ? 'blue' : 'green'}>{priorityLabels[p][lang]}</Tag>,
    },
    {
      title: t('waited'),
      dataIndex: 'createdAt',
      width: 90,
      render: (at: string) => <span title={formatDateTime(at)}>{t('minutes', { count: minutesSince(at) })}</span>,
    },
    {
      title: '',
      key: 'action',
      width: 110,
      render: (_: unknown, row: StaffTicket) =>
        action === 'call' ? (
          <Button size="small" disabled={!canCall || busy} onClick={() => onCall(row)}>
            {t('callThis')}
          </Button>
        ) : (
          <Button size="small" type="primary" ghost disabled={busy} onClick={() => onResume(row)} data-testid="queue-resume">
            {t('resume')}
          </Button>
        ),
    },
  ];
  return (
    <Card styles={{ body: { paddingTop: 4 } }}>
      <Tabs
        items={[
          {
            key: 'waiting',
            label: t('waitingList', { count: waiting.length }),
            children: (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                scroll={{ y: 460 }}
                dataSource={waiting}
                columns={columns('call')}
                locale={{ emptyText: t('noneWaiting') }}
                data-testid="queue-waiting"
              />
            ),
          },
          {
            key: 'parked',
            label: t('parkedList', { count: parked.length }),
            children: (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={parked}
                columns={columns('resume')}
                locale={{ emptyText: t('noneParked') }}
                data-testid="queue-parked"
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
