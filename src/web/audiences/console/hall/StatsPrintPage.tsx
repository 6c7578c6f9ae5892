import { PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { hallStamp, hallTime, periodOfQuery, periodProblem } from '../../../../domain/queue/index.ts';
import { ListError } from '../shared/table.tsx';
import { useAppointmentFigures, useHallStats } from './api.ts';
import { StatsReport } from './StatsReport.tsx';
import './stats.css';
import '../messages.ts'; // a page of its own outside the console's layout: it loads the console's words itself

/**
 * 打印排队统计: the report alone on A4, opened from the statistics tab in a tab of its own
 * (/print/hall-stats?center=…&from=…&to=…), so the console around it never reaches the paper.
 * The print dialog opens once the figures are in.
 */
export function StatsPrintPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.hall.stats' });
  const [params] = useSearchParams();
  const today = hallTime(new Date()).serviceDate;
  const centerId = params.get('center') ?? '';
  const period = periodOfQuery({ from: params.get('from') ?? undefined, to: params.get('to') ?? undefined }, today);
  const problem = periodProblem(period);
  const stats = useHallStats(centerId, period, !!centerId && !problem);
  const appointments = useAppointmentFigures(centerId, period, !!centerId && !problem);
  const printed = useRef(false);
  useEffect(() => {
    if (!stats.data || printed.current) return;
    printed.current = true;
    // After the tables are painted.
    requestAnimationFrame(() => window.print());
  }, [stats.data]);
  return (
    <App component={false}>
      <main className="ow-stats-print">
        <Space className="ow-stats-toolbar">
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            disabled={!stats.data}
            data-testid="stats-print-again"
          >
            {t('print')}
          </Button>
          <Button onClick={() => window.close()}>{t('closePrint')}</Button>
        </Space>
        {problem && <Alert type="warning" showIcon title={t('tooLong')} />}
        <ListError error={stats.error} />
        <StatsReport
          stats={stats.data}
          appointments={appointments.data}
          loading={stats.isFetching}
          printedAt={hallStamp(new Date())}
          heading
        />
      </main>
    </App>
  );
}
