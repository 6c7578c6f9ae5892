// The inbox's clocks (issue #17, decision 0033): the warning levels with their legend and
// counts (each a filter), and the department's follow-ups (容缺补交, 承诺核查) as claimable
// entries whose work is the case page's own action (waiver.supply, commitment.verify / revoke).
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowupItem, TaskInbox, TaskListItem } from '../../../../contract/task.ts';
import { api } from '../../../api/client.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';

type Level = TaskListItem['warning'];
export const levelOrder: Level[] = ['overdue', 'red', 'yellow', 'paused', 'normal'];
/** The colours of the case clocks' levels (黄牌 / 红牌 / 逾期 / 暂停). */
export const levelColor: Record<Level, string> = { normal: 'green', yellow: 'gold', red: 'red', overdue: 'magenta', paused: 'blue' };

/** Counts per level (click one to filter by it) and the legend naming the center's yellow threshold. */
export function LevelBar({ data, level, onLevel }: { data: TaskInbox; level: Level | undefined; onLevel: (l: Level | undefined) => void }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.inbox' });
  return (
    <Space orientation="vertical" size={4} style={{ marginBottom: 12 }}>
      <Space wrap data-testid="inbox-levels">
        <Tag.CheckableTag checked={!level} onChange={() => onLevel(undefined)}>
          {t('allLevels')}
        </Tag.CheckableTag>
        {levelOrder.map((l) => (
          <Tag.CheckableTag key={l} checked={level === l} onChange={(on) => onLevel(on ? l : undefined)} data-testid={`inbox-level-${l}`}>
            <Tag color={levelColor[l]} style={{ marginInlineEnd: 0 }}>
              {t('levelCount', { label: t(`levels.${l}`), count: data.levels[l] })}
            </Tag>
          </Tag.CheckableTag>
        ))}
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="inbox-legend">
        {t('legend', { n: data.yellowWorkdays })}
      </Typography.Text>
    </Space>
  );
}

/** A step's due date with its colour, and how far pauses moved it. */
export function DueWithLevel({ dueOn, warning, pausedWorkdays, open }: { dueOn: string; warning: Level; pausedWorkdays: number; open: boolean }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.inbox' });
  return (
    <Space size={4} wrap>
      <span data-testid="due-date">{dueOn}</span>
      {open && (
        <Tag color={levelColor[warning]} data-testid="due-level">
          {t(`levels.${warning}`)}
        </Tag>
      )}
      {pausedWorkdays > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="due-moved">
          {t('movedBy', { n: pausedWorkdays })}
        </Typography.Text>
      )}
    </Space>
  );
}

export function FollowupsCard({ items }: { items: FollowupItem[] }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.inbox' });
  const { message } = App.useApp();
  const qc = useQueryClient();
  const claim = useMutation({
    mutationFn: (id: string) => api<FollowupItem>(`/tasks/followups/${id}/claim`, { method: 'POST', body: {} }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['tasks'] }),
    onError: (e) => void message.error(errorText(e, t('claim'))),
  });
  if (items.length === 0) return null;
  return (
    <Card size="small" title={t('followups')} style={{ marginBottom: 12 }} data-testid="inbox-followups">
      <Table<FollowupItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        onRow={(r) => ({ 'data-testid': `followup-${r.caseNumber}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('number'), dataIndex: 'caseNumber', render: (v: string, r) => <Link to={`/workbench/cases/${r.caseId}`}>{v}</Link> },
          { title: t('step'), dataIndex: 'kind', render: (k: FollowupItem['kind']) => t(`followupKinds.${k}`) },
          { title: t('item'), dataIndex: 'itemName' },
          { title: t('applicant'), dataIndex: 'applicantName' },
          { title: t('assignee'), dataIndex: 'assignee', render: (a: FollowupItem['assignee']) => a?.name ?? <Typography.Text type="secondary">{t('unclaimed')}</Typography.Text> },
          { title: t('followupDue'), dataIndex: 'dueOn', render: (v: string, r) => <DueWithLevel dueOn={v} warning={r.warning} pausedWorkdays={0} open /> },
          {
            title: '',
            key: 'work',
            render: (_: unknown, r) =>
              r.assignee ? (
                <Link to={`/workbench/cases/${r.caseId}`}>
                  <Button size="small" data-testid="followup-work">
                    {t('followupWork')}
                  </Button>
                </Link>
              ) : (
                <Button size="small" type="primary" loading={claim.isPending && claim.variables === r.id} onClick={() => claim.mutate(r.id)} data-testid="followup-claim">
                  {t('claim')}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
