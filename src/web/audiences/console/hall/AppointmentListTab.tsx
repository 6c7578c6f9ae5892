import { BellOutlined } from '@ant-design/icons';
import { Button, DatePicker, Select, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hallTime } from '../../../../domain/queue/index.ts';
import { formatTime, useLang } from '../shared/lang.ts';
import { ListError } from '../shared/table.tsx';
import { CancelAppointmentModal } from './CancelAppointmentModal.tsx';
import { useAppointmentList, type AppointmentRow, type AppointmentState } from './api.ts';

const stateColors: Record<AppointmentState, string> = { booked: 'blue', checked_in: 'green', cancelled: 'default', no_show: 'red' };
const states = Object.keys(stateColors) as AppointmentState[];

/** 预约名单: one day's bookings, masked as the server sends them, with state, ticket and the person's no-show count. */
export function AppointmentListTab({ centerId }: { centerId: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.hall.appointments.list' });
  const { t: tc } = useTranslation(undefined, { keyPrefix: 'console.common' });
  const [date, setDate] = useState(() => hallTime(new Date()).serviceDate);
  const [state, setState] = useState<AppointmentState>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const list = useAppointmentList(centerId, { date, state, ...paging });
  const [cancelling, setCancelling] = useState<AppointmentRow>();
  const lang = useLang();

  const columns: ColumnsType<AppointmentRow> = [
    { title: t('time'), key: 'time', width: 120, render: (_, r) => `${r.start}–${r.end}` },
    { title: t('category'), dataIndex: 'categoryName' },
    { title: t('name'), dataIndex: 'name', width: 100 },
    { title: t('idCard'), dataIndex: 'idCardMasked', width: 190 },
    { title: t('phone'), dataIndex: 'phoneMasked', width: 130 },
    {
      title: t('state'),
      dataIndex: 'state',
      width: 130,
      render: (s: AppointmentState, r) => (
        <Space size={4}>
          <Tag color={stateColors[s]}>{t(`states.${s}`)}</Tag>
          {r.remindedAt && (
            <Tooltip title={t('remindedAt', { at: formatTime(r.remindedAt, lang) })}>
              <BellOutlined aria-label={t('reminded')} data-testid={`appointment-reminded-${r.id}`} />
            </Tooltip>
          )}
        </Space>
      ),
    },
    { title: t('ticket'), dataIndex: 'ticketNumber', width: 90, render: (n: string | null) => n ?? '—' },
    {
      title: t('noShows'),
      dataIndex: 'noShowCount',
      width: 90,
      align: 'right',
      render: (n: number) => (n > 0 ? <Tag color="orange">{n}</Tag> : 0),
    },
    {
      title: t('actions'),
      key: 'actions',
      width: 100,
      render: (_, r) =>
        r.state === 'booked' ? (
          <Button size="small" danger onClick={() => setCancelling(r)} data-testid={`appointment-cancel-${r.id}`}>
            {t('cancelFor')}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>{t('date')}</span>
        <DatePicker
          value={dayjs(date)}
          allowClear={false}
          onChange={(v) => {
            if (!v) return;
            setDate(v.format('YYYY-MM-DD'));
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          data-testid="appointments-date"
        />
        <Select<AppointmentState | undefined>
          value={state}
          allowClear
          placeholder={t('allStates')}
          style={{ width: 140 }}
          onChange={(v) => {
            setState(v);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          options={states.map((s) => ({ value: s, label: t(`states.${s}`) }))}
        />
      </Space>
      <ListError error={list.error} />
      <Table<AppointmentRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        locale={{ emptyText: t('empty') }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: list.data?.total,
          showSizeChanger: true,
          showTotal: (n) => tc('total', { count: n }),
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
      {cancelling && <CancelAppointmentModal centerId={centerId} row={cancelling} onClose={() => setCancelling(undefined)} />}
    </>
  );
}
