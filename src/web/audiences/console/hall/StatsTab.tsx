import { Button, DatePicker, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hallTime } from '../../../../domain/queue/index.ts';
import { ListError } from '../shared/table.tsx';
import { useDayStats, type DayStats } from './api.ts';
import { CloseDayModal } from './CloseDayModal.tsx';

/** 12 min 5 s: medians of waits and services read better in minutes than in raw seconds. */
function useDuration() {
  const { i18n } = useTranslation();
  const en = i18n.language?.startsWith('en');
  return (s: number | null) => {
    if (s === null) return '—';
    const m = Math.floor(s / 60);
    const r = s % 60;
    if (en) return m ? `${m} min ${r} s` : `${r} s`;
    return m ? `${m} 分 ${r} 秒` : `${r} 秒`;
  };
}

/** The day in numbers, per category, window and clerk; and closing the day. */
export function StatsTab({ centerId }: { centerId: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.hall' });
  const [date, setDate] = useState(() => hallTime(new Date()).serviceDate);
  const [closing, setClosing] = useState(false);
  const stats = useDayStats(centerId, date);
  const d = useDuration();
  const s = stats.data;
  const num = (title: string, dataIndex: string) => ({ title, dataIndex, width: 90, align: 'right' as const });
  const dur = (title: string, dataIndex: string) => ({ title, dataIndex, width: 130, align: 'right' as const, render: d });
  const table = <T extends object>(title: string, rows: T[] | undefined, columns: object[], key: (r: T) => string) => (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {title}
      </Typography.Title>
      <Table<T>
        size="small"
        pagination={false}
        rowKey={key}
        dataSource={rows}
        columns={columns}
        loading={stats.isFetching}
        locale={{ emptyText: t('stats.empty') }}
      />
    </>
  );
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space>
          <span>{t('stats.date')}</span>
          <DatePicker value={dayjs(date)} allowClear={false} onChange={(v) => v && setDate(v.format('YYYY-MM-DD'))} />
        </Space>
        <Button danger onClick={() => setClosing(true)} data-testid="close-day">
          {t('close.button')}
        </Button>
      </Space>
      <ListError error={stats.error} />
      {table<DayStats['categories'][number]>(
        t('stats.byCategory'),
        s?.categories,
        [
          {
            title: t('stats.category'),
            key: 'c',
            render: (_: unknown, r: DayStats['categories'][number]) => (r.prefix ? `${r.prefix} ${r.name}` : t('stats.unknown')),
          },
          num(t('stats.tickets'), 'tickets'),
          num(t('stats.done'), 'done'),
          num(t('stats.noShow'), 'noShow'),
          num(t('stats.cancelled'), 'cancelled'),
          num(t('stats.closed'), 'closed'),
          dur(t('stats.medianWait'), 'medianWaitSeconds'),
          dur(t('stats.maxWait'), 'maxWaitSeconds'),
          dur(t('stats.medianService'), 'medianServiceSeconds'),
        ],
        (r) => r.categoryId,
      )}
      {table<DayStats['windows'][number]>(
        t('stats.byWindow'),
        s?.windows,
        [
          { title: t('stats.window'), dataIndex: 'windowNumber', render: (n: string | null) => n ?? t('stats.unknown') },
          num(t('stats.done'), 'done'),
          num(t('stats.noShow'), 'noShow'),
          dur(t('stats.medianService'), 'medianServiceSeconds'),
        ],
        (r) => r.windowId ?? 'none',
      )}
      {table<DayStats['staff'][number]>(
        t('stats.byStaff'),
        s?.staff,
        [
          { title: t('stats.staff'), dataIndex: 'name', render: (n: string | null) => n ?? t('stats.unknown') },
          num(t('stats.done'), 'done'),
          num(t('stats.noShow'), 'noShow'),
          dur(t('stats.medianService'), 'medianServiceSeconds'),
        ],
        (r) => r.staffId ?? 'none',
      )}
      {closing && <CloseDayModal centerId={centerId} date={date} onClose={() => setClosing(false)} />}
    </>
  );
}
