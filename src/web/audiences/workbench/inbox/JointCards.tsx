// 联办件 on the step screens (issue #17, decision 0034). A joint department submits its
// sub-task's opinion (同意 / 不同意 with the opinion text) as the case action joint.opinion;
// the lead's step lists every joint department's opinion and says whether it may decide yet
// (the server refuses the decision while one is open: JOINT_SUBTASK_OPEN).
import { Alert, App, Button, Card, List, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskView } from '../../../../contract/task.ts';
import { newIdempotencyKey, useCaseAction } from '../../../features/case/index.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { warningColor } from './InboxPage.tsx';
import './joint.messages.ts';

export { JointTag } from './JointTag.tsx';

type Verdict = 'agree' | 'disagree';
const verdictColor: Record<Verdict, string> = { agree: 'green', disagree: 'red' };

/** A joint department's opinion on its sub-task: the verdict here, the text from the step's opinion box. */
export function JointSubmit({ task, record, onDone }: { task: TaskView; record: { checklist: TaskView['checklist']; opinion: string }; onDone: () => void }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'jointTask' });
  const { message } = App.useApp();
  const act = useCaseAction(task.caseId);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  if (!task.actions.includes('joint.opinion')) return null;
  const submit = () => {
    if (!verdict) return void message.warning(t('chooseVerdict'));
    if (!record.opinion.trim()) return void message.warning(t('writeOpinion'));
    act.mutate(
      { action: 'joint.opinion', idempotencyKey: newIdempotencyKey(), joint: { taskId: task.id, verdict, opinion: record.opinion, checklist: record.checklist } },
      {
        onSuccess: () => {
          void message.success(t('submitted'));
          onDone();
        },
        onError: (e) => void message.error(errorText(e, t('submit'))),
      },
    );
  };
  return (
    <Space wrap data-testid="joint-submit">
      <Typography.Text strong>{t('verdictLabel')}</Typography.Text>
      <Radio.Group value={verdict} onChange={(e) => setVerdict(e.target.value as Verdict)} data-testid="joint-verdict">
        <Radio value="agree">{t('verdict.agree')}</Radio>
        <Radio value="disagree">{t('verdict.disagree')}</Radio>
      </Radio.Group>
      <Button type="primary" loading={act.isPending} onClick={submit} data-testid="action-joint.opinion">
        {t('submit')}
      </Button>
    </Space>
  );
}

/** The lead's step: whether every joint department has given its opinion (the decision waits for all). */
export function JointPending({ task }: { task: TaskView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'jointTask' });
  if (task.kind !== 'step' || task.joint.length === 0 || task.status !== 'open') return null;
  const open = task.joint.filter((j) => j.status === 'open').length;
  return <Alert style={{ marginTop: 16 }} showIcon type={open ? 'warning' : 'success'} message={open ? t('pending', { count: open }) : t('allIn')} data-testid="joint-pending" />;
}

/** Every joint department's sub-task: status, who works it, due date and colour, verdict and opinion. */
export function JointOpinionsCard({ task }: { task: TaskView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'jointTask' });
  const { t: tInbox } = useTranslation(undefined, { keyPrefix: 'workbench.inbox' });
  if (task.joint.length === 0) return null;
  return (
    <Card size="small" title={t('opinionsTitle')} data-testid="joint-opinions">
      <List
        size="small"
        dataSource={task.joint}
        renderItem={(j) => (
          <List.Item data-testid="joint-opinion">
            <Space orientation="vertical" size={0} style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{j.departmentName}</Typography.Text>
                {j.verdict ? <Tag color={verdictColor[j.verdict]}>{t(`verdict.${j.verdict}`)}</Tag> : <Tag>{t('notYet')}</Tag>}
                <Typography.Text type="secondary">{j.assigneeName ?? tInbox('unclaimed')}</Typography.Text>
              </Space>
              {j.opinion && j.status !== 'open' && <Typography.Text>{j.opinion}</Typography.Text>}
              <Space size={4}>
                <Typography.Text type="secondary">{t('dueOn', { date: j.dueOn })}</Typography.Text>
                {j.status === 'open' && <Tag color={warningColor[j.warning]}>{tInbox(`warning.${j.warning}`)}</Tag>}
                {j.closedAt && <Typography.Text type="secondary">{t('submittedAt', { at: formatDateTime(j.closedAt) })}</Typography.Text>}
              </Space>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
