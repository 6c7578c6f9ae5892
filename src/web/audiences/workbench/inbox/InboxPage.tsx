import { Button, Card, Empty, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { TaskInboxQuery, TaskListItem } from '../../../../contract/task.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useInbox } from './api.ts';
import { JointTag } from './JointTag.tsx';
import '../../../features/case/index.ts'; // the case area's messages (上报件's label)
import { DueWithLevel, FollowupsCard, LevelBar, levelColor } from './InboxClocks.tsx';

/** The inbox colours follow the case clocks' levels (黄牌 / 红牌 / 逾期 / 暂停). */
export const warningColor: Record<TaskListItem['warning'], string> = levelColor;

/** /workbench/inbox — 待办任务 of the department and of the person, by due date. */
export function InboxPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.inbox' });
  const { t: tc } = useTranslation(undefined, { keyPrefix: 'case.escalation' });
  const navigate = useNavigate();
  const [filter, setFilter] = useState<Pick<TaskInboxQuery, 'view' | 'status' | 'due'> & { step?: string; level?: TaskListItem['warning'] }>({ view: 'department', status: 'open', due: 'all' });
  const [pages, setPages] = useState<string[]>([]);
  const cursor = pages.at(-1);
  const query = useInbox({ ...filter, ...(cursor ? { after: cursor } : {}), limit: 50 });
  const change = (patch: Partial<typeof filter>) => {
    setPages([]);
    setFilter((f) => ({ ...f, ...patch }));
  };
  const data = query.data;
  return (
    <Card title={t('title')} data-testid="task-inbox">
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented
          value={filter.view}
          onChange={(v) => change({ view: v as TaskInboxQuery['view'] })}
          options={(['department', 'mine'] as const).map((v) => ({ value: v, label: t(v) }))}
        />
        <Select style={{ width: 120 }} value={filter.status} onChange={(status) => change({ status })} options={(['open', 'done', 'returned'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))} data-testid="inbox-status" />
        <Select style={{ width: 140 }} value={filter.due} onChange={(due) => change({ due })} options={(['all', 'overdue', 'today', 'soon'] as const).map((d) => ({ value: d, label: t(`due.${d}`) }))} data-testid="inbox-due" />
        <Select
          style={{ width: 160 }}
          value={filter.step ?? ''}
          onChange={(step) => change({ step: step || undefined })}
          options={[{ value: '', label: t('allSteps') }, ...(data?.steps ?? []).map((s) => ({ value: s, label: s }))]}
          data-testid="inbox-step"
        />
      </Space>
      {data && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="inbox-counts">
          {(['open', 'mine', 'unclaimed', 'overdue', 'dueToday'] as const).map((k) => (
            <Tag key={k} color={k === 'overdue' && data.counts.overdue > 0 ? 'magenta' : k === 'dueToday' && data.counts.dueToday > 0 ? 'red' : 'default'}>
              {t(`counts.${k}`, { count: data.counts[k] })}
            </Tag>
          ))}
        </Space>
      )}
      {data && filter.status === 'open' && <LevelBar data={data} level={filter.level} onLevel={(level) => change({ level })} />}
      {query.error && <ErrorAlert error={query.error} />}
      {data && <FollowupsCard items={data.followups} />}
      <Table<TaskListItem>
        rowKey="id"
        size="small"
        loading={query.isFetching}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        onRow={(r) => ({ onDoubleClick: () => navigate(`/workbench/inbox/${r.id}`) })}
        columns={[
          {
            title: t('number'),
            dataIndex: 'caseNumber',
            render: (v: string, r) => (
              <>
                <Link to={`/workbench/inbox/${r.id}`}>{v}</Link>
                {/* 上报件 (decision 0035): forwarded by a township; the result goes back there. */}
                {r.escalatedFrom && (
                  <Tag color="orange" style={{ marginLeft: 6 }} title={r.escalatedFrom} data-testid={`inbox-escalated-${r.caseNumber}`}>
                    {tc('title')}
                  </Tag>
                )}
              </>
            ),
          },
          { title: t('item'), dataIndex: 'itemName' },
          { title: t('applicant'), dataIndex: 'applicantName' },
          {
            title: t('step'),
            dataIndex: 'stepName',
            render: (v: string, r) => (
              <span>
                {`${r.stepIndex + 1}. ${v}`} <JointTag kind={r.kind} />
              </span>
            ),
          },
          { title: t('assignee'), dataIndex: 'assignee', render: (a: TaskListItem['assignee']) => a?.name ?? <Typography.Text type="secondary">{t('unclaimed')}</Typography.Text> },
          {
            title: t('dueOn'),
            dataIndex: 'dueOn',
            render: (v: string, r) => (
              <span data-testid="task-due">
                <DueWithLevel dueOn={v} warning={r.warning} pausedWorkdays={r.pausedWorkdays} open={r.status === 'open'} />
              </span>
            ),
          },
          {
            title: '',
            key: 'open',
            render: (_: unknown, r) => (
              <Link to={`/workbench/inbox/${r.id}`}>
                <Button size="small" type={r.assignee ? 'default' : 'primary'}>
                  {r.assignee || r.status !== 'open' ? t('open') : t('claim')}
                </Button>
              </Link>
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        {pages.length > 0 && <Button onClick={() => setPages([])}>{t('first')}</Button>}
        {data?.next && <Button onClick={() => setPages((p) => [...p, data.next!])}>{t('more')}</Button>}
      </Space>
    </Card>
  );
}
