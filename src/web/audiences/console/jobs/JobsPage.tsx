import { PlayCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import { errorText } from '../shared/serverErrors.ts';
import { ListError } from '../shared/table.tsx';
import { useJobs, useRunJobNow, type JobRun, type JobStatus } from './api.ts';

const stateColors: Record<JobRun['state'], string> = { completed: 'green', failed: 'red', retry: 'orange' };

/** 后台任务 (system administrator): every job with its schedule, last and next run, failures, and a run-now button. */
export function JobsPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.jobs' });
  const { message } = App.useApp();
  const jobs = useJobs();
  const runNow = useRunJobNow();
  const label = (name: string) => t(`names.${name}`, { defaultValue: name });

  const run = (name: string) =>
    runNow.mutate(name, {
      onSuccess: (r) => void (r.queued ? message.success(t('queued', { name: label(name) })) : message.info(t('alreadyWaiting', { name: label(name) }))),
      onError: (e) => void message.error(errorText(e)),
    });

  const columns: ColumnsType<JobStatus> = [
    {
      title: t('job'),
      dataIndex: 'name',
      render: (name: string) => (
        <Space direction="vertical" size={0}>
          <span>{label(name)}</span>
          <Typography.Text type="secondary" code>
            {name}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('schedule'), key: 'schedule', width: 190, render: (_, j) => t(`kinds.${j.kind}`, { schedule: j.schedule ?? '' }) },
    {
      title: t('lastRun'),
      key: 'lastRun',
      width: 220,
      render: (_, j) => (
        <Space size={4} wrap>
          {j.lastRun ? (
            <>
              <Tag color={stateColors[j.lastRun.state]}>{t(`states.${j.lastRun.state}`)}</Tag>
              <span>{formatDateTime(j.lastRun.endedAt)}</span>
            </>
          ) : (
            <Typography.Text type="secondary">{t('never')}</Typography.Text>
          )}
          {j.running > 0 && <Tag color="processing">{t('running')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('nextRun'),
      key: 'nextRun',
      width: 190,
      render: (_, j) => (
        <Space size={4} wrap>
          <span>{j.nextRunAt ? formatDateTime(j.nextRunAt) : '—'}</span>
          {j.waiting > 0 && <Tag>{t('waiting', { count: j.waiting })}</Tag>}
        </Space>
      ),
    },
    {
      title: t('failures'),
      key: 'failures',
      width: 170,
      render: (_, j) =>
        j.failures.length ? <Tag color="red">{t('failuresLastDay', { count: j.failedLastDay })}</Tag> : <Typography.Text type="secondary">{t('noFailures')}</Typography.Text>,
    },
    {
      title: '',
      key: 'actions',
      width: 130,
      render: (_, j) =>
        j.kind === 'instance' ? null : (
          <Button
            size="small"
            icon={<PlayCircleOutlined />}
            loading={runNow.isPending && runNow.variables === j.name}
            onClick={() => run(j.name)}
          >
            {t('runNow')}
          </Button>
        ),
    },
  ];

  // A job's latest failures, each with the error it threw.
  const failureRows = (j: JobStatus) => (
    <Table<JobRun>
      rowKey={(r, i) => `${r.endedAt}-${i}`}
      size="small"
      pagination={false}
      dataSource={j.failures}
      columns={[
        { title: t('endedAt'), dataIndex: 'endedAt', width: 180, render: (v: string | null) => formatDateTime(v) },
        { title: t('failures'), dataIndex: 'state', width: 140, render: (s: JobRun['state']) => <Tag color={stateColors[s]}>{t(`states.${s}`)}</Tag> },
        { title: t('error'), dataIndex: 'error', render: (e: string | null) => <Typography.Text type="danger">{e ?? '—'}</Typography.Text> },
      ]}
    />
  );

  return (
    <Card title={t('title')}>
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      {jobs.data && !jobs.data.worker && <Alert type="info" showIcon title={t('notWorker')} style={{ marginBottom: 16 }} />}
      <ListError error={jobs.error} />
      <Table<JobStatus>
        rowKey="name"
        size="middle"
        columns={columns}
        dataSource={jobs.data?.items}
        loading={jobs.isLoading}
        pagination={false}
        expandable={{ expandedRowRender: failureRows, rowExpandable: (j) => j.failures.length > 0 }}
      />
    </Card>
  );
}
