import { App, Card, Input, Segmented, Space, Table, Tabs, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { storedWarningLevels, type CaseListItem, type HandoverView } from '../../../../contract/case.ts';
import { api } from '../../../api/client.ts';
import { caseByNumber, FlagTags, LevelTag, StateTag, useCaseList, WarningLegend } from '../../../features/case/index.ts';
import { ErrorAlert, errorText } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';

type View = 'window_today' | 'mine' | 'search' | 'warnings' | 'results_ready';
type Level = (typeof storedWarningLevels)[number];

/** 办件: today at my window, my cases, search; and the barcode box a scanner types into. */
export function CaseListsPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.cases' });
  const [params, setParams] = useSearchParams();
  const view = (params.get('view') as View | null) ?? 'window_today';
  const q = params.get('q') ?? '';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <Space wrap>
        <BarcodeBox />
        <HandoverConfirmBox />
      </Space>
      <Card size="small">
        <Tabs
          activeKey={view}
          onChange={(v) => setParams({ view: v })}
          items={[
            { key: 'window_today', label: t('today'), children: view === 'window_today' && <CaseTable view="window_today" /> },
            { key: 'mine', label: t('mine'), children: view === 'mine' && <CaseTable view="mine" /> },
            { key: 'warnings', label: t('warnings'), children: view === 'warnings' && <WarnedCases /> },
            {
              key: 'results_ready',
              label: t('resultsReady'),
              // issue #18: the hand-out itself is on the pickup window's page and each case's delivery card.
              children: view === 'results_ready' && (
                <>
                  <Link to="/workbench/delivery" data-testid="to-pickup-window">
                    {t('toPickupWindow')}
                  </Link>
                  <CaseTable view="results_ready" />
                </>
              ),
            },
            {
              key: 'search',
              label: t('search'),
              children: view === 'search' && (
                <>
                  <Input.Search
                    allowClear
                    enterButton={t('searchButton')}
                    defaultValue={q}
                    placeholder={t('searchHint')}
                    onSearch={(v) => setParams({ view: 'search', q: v.trim() })}
                    style={{ maxWidth: 520, marginBottom: 12 }}
                    data-testid="case-search"
                  />
                  {q && <CaseTable view="search" q={q} />}
                </>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}

/** A handheld scanner types the Code 128 case number and Enter: open that case. */
function BarcodeBox() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.cases' });
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const busy = useRef(false);
  const open = async () => {
    const number = value.trim();
    if (!number || busy.current) return;
    busy.current = true;
    try {
      const c = await caseByNumber(number);
      navigate(`/workbench/cases/${c.id}`);
    } catch (e) {
      void message.error(errorText(e, t('scanNotFound', { number })));
      setValue('');
    } finally {
      busy.current = false;
    }
  };
  return (
    <Input
      autoFocus
      size="large"
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onPressEnter={() => void open()}
      placeholder={t('scanHint')}
      prefix={<span aria-hidden>▥</span>}
      style={{ width: 480 }}
      data-testid="case-barcode"
      data-scanner="own"
    />
  );
}

/** 流转签收: the receiving department scans the case barcode on the 流转表 to confirm the papers arrived. */
function HandoverConfirmBox() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.cases' });
  const { message } = App.useApp();
  const [value, setValue] = useState('');
  const confirm = async () => {
    const caseNumber = value.trim();
    if (!caseNumber) return;
    try {
      const h = await api<HandoverView>('/cases/handovers/confirm', { method: 'POST', body: { caseNumber } });
      void message.success(t('handoverConfirmed', { number: h.caseNumber, department: h.toDepartment }));
    } catch (e) {
      void message.error(errorText(e, t('handoverConfirm')));
    }
    setValue('');
  };
  return (
    <Input
      size="large"
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onPressEnter={() => void confirm()}
      placeholder={t('handoverConfirmHint')}
      style={{ width: 360 }}
      data-testid="handover-confirm"
      data-scanner="own"
    />
  );
}

/** 预警办件: my center's open cases with a warning, worst first, one level at a time if chosen. */
function WarnedCases() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.cases' });
  const { t: tc } = useTranslation(undefined, { keyPrefix: 'case' });
  const [level, setLevel] = useState<Level | 'all'>('all');
  const options = [{ value: 'all', label: t('allWarned') }, ...(['overdue', 'red', 'yellow', 'paused'] as const).map((l) => ({ value: l, label: tc(`levels.${l}`) }))];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Segmented value={level} options={options} onChange={(v) => setLevel(v as Level | 'all')} data-testid="warning-filter" />
        <WarningLegend />
      </Space>
      <CaseTable key={level} view="warnings" level={level === 'all' ? undefined : level} />
    </Space>
  );
}

function CaseTable({ view, q, level }: { view: View; q?: string; level?: Level }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.cases' });
  const [page, setPage] = useState(1);
  const list = useCaseList({ view, q, level, page, pageSize: 20 });
  if (list.error) return <ErrorAlert error={list.error} />;
  return (
    <Table<CaseListItem>
      size="small"
      rowKey="id"
      loading={list.isFetching}
      dataSource={list.data?.items ?? []}
      data-testid={`case-list-${view}`}
      pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
      columns={[
        { title: t('number'), render: (_, c) => <Link to={`/workbench/cases/${c.id}`}>{c.number}</Link> },
        { title: t('item'), dataIndex: 'itemName' },
        { title: t('applicant'), render: (_, c) => `${c.applicantName} ${c.applicantIdNumber}` },
        {
          title: t('state'),
          render: (_, c) => (
            <Space size={4}>
              <StateTag state={c.state} />
              <FlagTags flags={c.flags} />
            </Space>
          ),
        },
        { title: t('receivedAt'), render: (_, c) => formatDateTime(c.receivedAt) },
        view === 'results_ready'
          ? { title: t('certificateDue'), render: (_, c) => <span data-testid="result-certificate-due">{c.certificateDue ?? '—'}</span> }
          : { title: t('promisedDue'), render: (_, c) => c.promisedDue ?? '—' },
        { title: t('legalDue'), render: (_, c) => c.legalDue ?? '—' },
        { title: <Space size={4}>{t('warning')}{view !== 'warnings' && <WarningLegend />}</Space>, render: (_, c) => <LevelTag level={c.warningLevel} testId="case-warning-level" /> },
        { title: t('ticket'), render: (_, c) => c.ticketNumber ?? '—' },
      ]}
    />
  );
}
