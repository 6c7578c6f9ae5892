import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hallTime, periodProblem, presetPeriod, statsPresets, type StatsPeriod } from '../../../../domain/queue/index.ts';
import { ListError } from '../shared/table.tsx';
import { statsPrintUrl, statsWorkbookUrl, useAppointmentFigures, useHallStats } from './api.ts';
import { CloseDayModal } from './CloseDayModal.tsx';
import { StatsReport } from './StatsReport.tsx';

const day = (v: string) => dayjs(v);
const iso = (v: Dayjs) => v.format('YYYY-MM-DD');

/** 排队统计: a day by default, or the week, month or any period a report needs; export, print, and closing the day. */
export function StatsTab({ centerId }: { centerId: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.hall' });
  const today = hallTime(new Date()).serviceDate;
  const [period, setPeriod] = useState<StatsPeriod>({ from: today, to: today });
  const [closing, setClosing] = useState(false);
  const problem = periodProblem(period);
  const stats = useHallStats(centerId, period, !problem);
  const appointments = useAppointmentFigures(centerId, period, !problem);
  const oneDay = period.from === period.to;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <span>{t('stats.period')}</span>
          <DatePicker.RangePicker
            value={[day(period.from), day(period.to)]}
            allowClear={false}
            disabledDate={(d) => iso(d) > today}
            presets={statsPresets.map((p) => {
              const v = presetPeriod(p, today);
              return { label: t(`stats.presets.${p}`), value: [day(v.from), day(v.to)] as [Dayjs, Dayjs] };
            })}
            onChange={(v) => v?.[0] && v[1] && setPeriod({ from: iso(v[0]), to: iso(v[1]) })}
            data-testid="stats-period"
          />
        </Space>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={statsWorkbookUrl(centerId, period)} disabled={!!problem} data-testid="stats-export">
            {t('stats.export')}
          </Button>
          <Button
            icon={<PrinterOutlined />}
            href={statsPrintUrl(centerId, period)}
            target="_blank"
            disabled={!!problem}
            data-testid="stats-print"
          >
            {t('stats.print')}
          </Button>
          <Button
            danger
            onClick={() => setClosing(true)}
            disabled={!oneDay}
            title={oneDay ? undefined : t('close.oneDay')}
            data-testid="close-day"
          >
            {t('close.button')}
          </Button>
        </Space>
      </Space>
      {problem && <Alert type="warning" showIcon title={t('stats.tooLong')} style={{ marginTop: 12 }} data-testid="stats-period-problem" />}
      <ListError error={stats.error} />
      {!problem && <StatsReport stats={stats.data} appointments={appointments.data} loading={stats.isFetching} />}
      {closing && <CloseDayModal centerId={centerId} date={period.to} onClose={() => setClosing(false)} />}
    </>
  );
}
