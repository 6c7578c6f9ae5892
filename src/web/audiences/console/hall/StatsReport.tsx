import { Col, Row, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { rateText } from '../../../../domain/appointment/index.ts';
import { useTranslation } from 'react-i18next';
import type { AppointmentFigures, HallStats, TicketFigures } from './api.ts';

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

/**
 * 排队统计报表: the period's totals, then per category, day, window and clerk; on the print
 * page (`heading`) under a heading naming the hall, the period and when it was printed.
 */
export function StatsReport({
  stats,
  appointments,
  loading,
  printedAt,
  heading = false,
}: {
  stats: HallStats | undefined;
  /** Shown when the period has any booking. */
  appointments?: AppointmentFigures;
  loading: boolean;
  printedAt?: string;
  heading?: boolean;
}) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.hall.stats' });
  const d = useDuration();
  const num = (title: string, dataIndex: string) => ({ title, dataIndex, width: 80, align: 'right' as const });
  const dur = (title: string, dataIndex: string) => ({ title, dataIndex, width: 120, align: 'right' as const, render: d });
  const figures = [
    num(t('tickets'), 'tickets'),
    num(t('done'), 'done'),
    num(t('noShow'), 'noShow'),
    num(t('cancelled'), 'cancelled'),
    num(t('closed'), 'closed'),
    dur(t('medianWait'), 'medianWaitSeconds'),
    dur(t('maxWait'), 'maxWaitSeconds'),
    dur(t('medianService'), 'medianServiceSeconds'),
  ];
  const served = [num(t('done'), 'done'), num(t('noShow'), 'noShow'), dur(t('medianService'), 'medianServiceSeconds')];
  const table = <T extends object>(
    title: string,
    rows: T[] | undefined,
    columns: ColumnsType<T>,
    key: (r: T) => string,
    testId: string,
  ) => (
    <section className="ow-stats-section">
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {title}
      </Typography.Title>
      <Table<T>
        size="small"
        pagination={false}
        rowKey={key}
        dataSource={rows}
        columns={columns}
        loading={loading}
        locale={{ emptyText: t('empty') }}
        data-testid={testId}
      />
    </section>
  );
  const total: TicketFigures | undefined = stats?.total;
  const period = stats ? (stats.from === stats.to ? stats.from : t('periodText', { from: stats.from, to: stats.to })) : '';
  return (
    <div className="ow-stats-report" data-testid="stats-report">
      {heading && (
        <header>
          <h2>{t('printTitle', { center: stats?.centerName ?? '' })}</h2>
          <p>
            <span style={{ marginRight: '2em' }}>
              {t('period')}：{period}
            </span>
            {t('printedAt')}：{printedAt}
          </p>
        </header>
      )}
      <Row gutter={16} style={{ marginTop: 16 }}>
        {(
          [
            ['tickets', total?.tickets],
            ['done', total?.done],
            ['noShow', total?.noShow],
            ['medianWait', total && d(total.medianWaitSeconds)],
            ['medianService', total && d(total.medianServiceSeconds)],
          ] as const
        ).map(([k, v]) => (
          <Col key={k} span={4} data-testid={`stats-total-${k}`}>
            <Statistic title={t(k)} value={v ?? '—'} loading={loading} />
          </Col>
        ))}
      </Row>
      {appointments && appointments.booked > 0 && (
        <section className="ow-stats-section" data-testid="stats-appointments">
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('appointments')}
          </Typography.Title>
          <Row gutter={16}>
            {(['booked', 'checkedIn', 'noShow', 'cancelled'] as const).map((k) => (
              <Col key={k} span={4}>
                <Statistic title={t(`appointment.${k}`)} value={appointments[k]} />
              </Col>
            ))}
            <Col span={4}>
              <Statistic title={t('appointment.noShowRate')} value={rateText(appointments.noShowRate) ?? '—'} />
            </Col>
          </Row>
        </section>
      )}
      {table(
        t('byCategory'),
        stats?.categories,
        [{ title: t('category'), key: 'c', render: (_, r) => (r.prefix ? `${r.prefix} ${r.name}` : t('unknown')) }, ...figures],
        (r) => r.categoryId,
        'stats-categories',
      )}
      {stats &&
        stats.from !== stats.to &&
        table(t('byDay'), stats.days, [{ title: t('date'), dataIndex: 'date', width: 120 }, ...figures], (r) => r.date, 'stats-days')}
      {table(
        t('byWindow'),
        stats?.windows,
        [{ title: t('window'), dataIndex: 'windowNumber', render: (n: string | null) => n ?? t('unknown') }, ...served],
        (r) => r.windowId ?? 'none',
        'stats-windows',
      )}
      {table(
        t('byStaff'),
        stats?.staff,
        [{ title: t('staff'), dataIndex: 'name', render: (n: string | null) => n ?? t('unknown') }, ...served],
        (r) => r.staffId ?? 'none',
        'stats-staff',
      )}
    </div>
  );
}
