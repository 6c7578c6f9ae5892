import { CalculatorOutlined, ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Calendar, Card, Input, Select, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../shared/hooks.ts';
import { useYearDays, useYears } from './api.ts';
import { DayEditModal } from './DayEditModal.tsx';
import { DayMark, MonthMark } from './DayMark.tsx';
import { ProblemAlert } from './errors.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { WorkdayCalculator } from './WorkdayCalculator.tsx';
import { chinaToday } from '../../../ui/format.ts';

const REGION_RE = /^\d{6}(\d{3}){0,2}$/;

/**
 * 工作日历: the national arrangement (or one region's view of it) month by month. Deadlines
 * are computed from exactly these days, so a missing year is shown loudly, never guessed.
 */
export function CalendarPage() {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'console.calendar' });
  const can = useCan();
  const manage = can('calendar.manage');
  const years = useYears();
  const [value, setValue] = useState<Dayjs>(() => dayjs(chinaToday()));
  const [regionInput, setRegionInput] = useState('');
  const [region, setRegion] = useState('');
  const [editing, setEditing] = useState<string>();
  const [importing, setImporting] = useState(false);
  const [calculator, setCalculator] = useState(false);

  const year = value.year();
  const covered = new Set(years.data?.years.map((y) => y.year) ?? []);
  const days = useYearDays(year, region, covered.has(year));
  const byDate = useMemo(() => new Map((days.data?.days ?? []).map((d) => [d.date, d])), [days.data]);

  // Covered years plus this year and next, so a missing next year can be selected and imported.
  const thisYear = Number(chinaToday().slice(0, 4));
  const yearOptions = [...new Set([...covered, thisYear, thisYear + 1, year])]
    .sort((a, b) => b - a)
    .map((y) => ({ value: y, label: covered.has(y) || !years.data ? String(y) : `${y}（${t('noData')}）` }));

  const applyRegion = (v: string) => {
    const code = v.trim();
    if (code === '' || REGION_RE.test(code)) setRegion(code);
  };

  const warning = years.data?.warning;
  return (
    <Card
      title={t('title')}
      extra={
        <Space wrap>
          <span>{t('year')}</span>
          <Select style={{ width: 200 }} value={year} options={yearOptions} onChange={(y: number) => setValue(value.year(y))} />
          <Input.Search
            style={{ width: 260 }}
            allowClear
            placeholder={t('regionPlaceholder')}
            value={regionInput}
            status={regionInput.trim() && !REGION_RE.test(regionInput.trim()) ? 'error' : undefined}
            onChange={(e) => setRegionInput(e.target.value)}
            onSearch={applyRegion}
          />
          <Button icon={<CalculatorOutlined />} onClick={() => setCalculator((c) => !c)}>
            {t('calculator')}
          </Button>
          {manage && (
            <Button type="primary" icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              {t('import')}
            </Button>
          )}
        </Space>
      }
    >
      {warning && (
        <Alert
          type="warning"
          showIcon
          banner
          style={{ marginBottom: 12 }}
          // The server words the warning in both languages.
          title={i18n.language?.startsWith('en') && warning.messageEn ? warning.messageEn : warning.message}
          action={
            manage && (
              <Button size="small" onClick={() => setImporting(true)}>
                {t('importYear', { year: warning.year })}
              </Button>
            )
          }
        />
      )}
      {years.data && !covered.has(year) && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('yearMissing', { year })} />}
      <ProblemAlert error={years.error ?? days.error} />
      {calculator && (
        <Card size="small" style={{ marginBottom: 12 }}>
          <WorkdayCalculator region={region} />
        </Card>
      )}
      <Space size="large" style={{ marginBottom: 4 }}>
        <Typography.Text type="danger">{t('legendOff')}</Typography.Text>
        <Typography.Text style={{ color: '#1677ff' }}>{t('legendWork')}</Typography.Text>
        <Typography.Text type="secondary">
          {t('region')}：{region || t('national')}
        </Typography.Text>
      </Space>
      <Spin spinning={years.isLoading || days.isFetching}>
        <Calendar
          value={value}
          onPanelChange={(d) => setValue(d)}
          onSelect={(d, info) => {
            setValue(d);
            if (info.source === 'date' && manage && covered.has(d.year())) setEditing(d.format('YYYY-MM-DD'));
          }}
          // A month cell (year view) gets its holidays, not info.originNode: antd draws the month's name itself, so that showed it twice.
          cellRender={(current, info) =>
            info.type === 'date' ? (
              <DayMark day={byDate.get(current.format('YYYY-MM-DD'))} />
            ) : info.type === 'month' ? (
              <MonthMark days={(days.data?.days ?? []).filter((d) => d.date.startsWith(current.format('YYYY-MM')))} />
            ) : (
              info.originNode
            )
          }
        />
      </Spin>
      {editing && <DayEditModal date={editing} region={region} day={byDate.get(editing)} onClose={() => setEditing(undefined)} />}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </Card>
  );
}
