import { App, Button, Card, Checkbox, Col, Empty, Form, Input, List, Modal, Row, Select, Space, Spin, Steps, Tag, Timeline, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TaskView } from '../../../../contract/task.ts';
import type { CaseAction } from '../../../../domain/case/states.ts';
import { CaseActionBar, CaseHeader, newIdempotencyKey, useCase, useCaseAction } from '../../../features/case/index.ts';
import { hasPermission, useMe } from '../../../features/session/index.ts';
import { ErrorAlert, errorText } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { attachmentUrl, taskKey, uploadAttachment, useAssignees, useTask, useTaskWrite } from './api.ts';
import { JointOpinionsCard, JointPending, JointSubmit, JointTag } from './JointCards.tsx';
import { SpecialStepsPanel } from '../special/SpecialStepsPanel.tsx';
import { DueWithLevel } from './InboxClocks.tsx';
import { useQueryClient } from '@tanstack/react-query';

type Answer = TaskView['checklist'][number];

/** /workbench/inbox/:taskId — one step of a case: claim, the checklist, the opinion, attachments, pass or return. */
export function StepPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.inbox' });
  const { taskId } = useParams();
  const task = useTask(taskId!);
  if (task.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (task.error) return <ErrorAlert error={task.error} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="step-page">
      <Link to="/workbench/inbox">
        <Button size="small">{t('back')}</Button>
      </Link>
      <Summary caseId={task.data.caseId} />
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <StepCard task={task.data} />
            {/* issue #17, special steps: inspection, expert review, hearing, collective discussion */}
            <SpecialStepsPanel caseId={task.data.caseId} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <JointOpinionsCard task={task.data} />
            <PlanCard task={task.data} />
            <EarlierCard task={task.data} />
            <HistoryCard task={task.data} />
          </Space>
        </Col>
      </Row>
    </Space>
  );
}

function Summary({ caseId }: { caseId: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.inbox' });
  const c = useCase(caseId);
  if (!c.data) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <CaseHeader c={c.data} />
      <Link to={`/workbench/cases/${caseId}`}>{t('openCase')}</Link>
    </Space>
  );
}

function StepCard({ task }: { task: TaskView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.inbox' });
  const { message } = App.useApp();
  const me = useMe().data!;
  const qc = useQueryClient();
  const write = useTaskWrite(task.id);
  const act = useCaseAction(task.caseId);
  const step = task.plan[task.stepIndex];
  const rules = step?.reviewRules ?? [];
  const [answers, setAnswers] = useState<Answer[]>([]);
  const [opinion, setOpinion] = useState('');
  const [returning, setReturning] = useState(false);
  const [form] = Form.useForm<{ returnTo: number; reason: string }>();
  useEffect(() => {
    setAnswers(rules.map((_, rule) => task.checklist.find((a) => a.rule === rule) ?? { rule, checked: false, note: '' }));
    setOpinion(task.opinion);
    // Reset when another task (or a fresh answer of this one) arrives.
  }, [task.id, task.status, task.opinion, JSON.stringify(task.checklist)]);
  const setAnswer = (rule: number, patch: Partial<Answer>) => setAnswers((list) => list.map((a) => (a.rule === rule ? { ...a, ...patch } : a)));
  const refresh = () => Promise.all([qc.invalidateQueries({ queryKey: taskKey(task.id) }), qc.invalidateQueries({ queryKey: ['tasks'] })]);
  const record = { checklist: answers, opinion };

  const runStep = (action: CaseAction, extra: { returnTo?: number; reason?: string } = {}) =>
    act.mutate(
      { action, idempotencyKey: newIdempotencyKey(), ...(action.startsWith('step.') ? { step: { taskId: task.id, ...record, ...extra } } : {}) },
      {
        onSuccess: () => {
          setReturning(false);
          void message.success(action === 'step.return' ? t('returned') : action === 'step.pass' ? t('passed') : t('saved'));
          void refresh();
        },
        onError: (e) => void message.error(errorText(e, t('pass'))),
      },
    );
  const open = task.status === 'open';
  const decisions = task.actions.filter((a) => a === 'decide.approve' || a === 'decide.refuse');
  const head = hasPermission(me, 'task.assign');

  return (
    <Card
      size="small"
      title={
        <Space>
          <span data-testid="step-title">{t('stepTitle', { n: task.stepIndex + 1, name: task.stepName })}</span>
          <JointTag kind={task.kind} />
          <Typography.Text type="secondary">{task.post}</Typography.Text>
        </Space>
      }
      extra={
        <span data-testid="step-due">
          <DueWithLevel dueOn={task.dueOn} warning={task.warning} pausedWorkdays={task.pausedWorkdays} open={open} />
        </span>
      }
    >
      {!open && <Typography.Paragraph type="secondary">{t('closed')}</Typography.Paragraph>}
      {open && !task.mine && (
        <Space style={{ marginBottom: 12 }} wrap>
          <Typography.Text data-testid="step-holder">{task.assignee ? t('heldBy', { name: task.assignee.name }) : t('claimFirst')}</Typography.Text>
          {!task.assignee && (
            <Button type="primary" loading={write.claim.isPending} onClick={() => write.claim.mutate(undefined, { onError: (e) => void message.error(errorText(e, t('claim'))) })} data-testid="claim">
              {t('claim')}
            </Button>
          )}
        </Space>
      )}
      {open && head && <Reassign task={task} />}
      {task.returnReason && <Typography.Paragraph type="warning">{t('returnedBecause', { reason: task.returnReason })}</Typography.Paragraph>}

      <Typography.Title level={5}>{t('checklist')}</Typography.Title>
      {rules.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('noRules')}</Typography.Paragraph>
      ) : (
        <List
          size="small"
          bordered
          dataSource={rules.map((r, i) => ({ r, a: answers[i] ?? { rule: i, checked: false, note: '' } }))}
          renderItem={({ r, a }) => (
            <List.Item data-testid="review-rule">
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Checkbox checked={a.checked} disabled={!task.mine} onChange={(e) => setAnswer(a.rule, { checked: e.target.checked })}>
                  <Typography.Text strong>{r.point}</Typography.Text>
                </Checkbox>
                {r.basis && <Typography.Text type="secondary">{t('basis')}：{r.basis}</Typography.Text>}
                {r.keyPoints && <Typography.Text type="secondary">{t('keyPoints')}：{r.keyPoints}</Typography.Text>}
                <Input size="small" placeholder={t('note')} value={a.note} disabled={!task.mine} onChange={(e) => setAnswer(a.rule, { note: e.target.value })} maxLength={500} />
              </Space>
            </List.Item>
          )}
        />
      )}

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('opinion')}
      </Typography.Title>
      <Input.TextArea rows={3} value={opinion} disabled={!task.mine} placeholder={t('opinionHint')} maxLength={2000} onChange={(e) => setOpinion(e.target.value)} data-testid="opinion" />

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('attachments')}
      </Typography.Title>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {task.attachments.map((a) => (
          <a key={a.sha256} href={attachmentUrl(task.id, a.sha256)} target="_blank" rel="noreferrer" data-testid="attachment">
            {a.name}
          </a>
        ))}
        {task.mine && (
          <Upload
            showUploadList={false}
            customRequest={({ file, onSuccess, onError }) => {
              uploadAttachment(task.id, file as File)
                .then((v) => {
                  qc.setQueryData(taskKey(task.id), v);
                  onSuccess?.(v);
                })
                .catch((e: unknown) => {
                  void message.error(errorText(e, t('upload')));
                  onError?.(e as Error);
                });
            }}
          >
            <Button size="small">{t('upload')}</Button>
          </Upload>
        )}
      </Space>

      {task.mine && (
        <Space wrap style={{ marginTop: 16 }} data-testid="step-actions">
          <Button loading={write.save.isPending} onClick={() => write.save.mutate(record, { onSuccess: () => void message.success(t('saved')), onError: (e) => void message.error(errorText(e, t('save'))) })}>
            {t('save')}
          </Button>
          {task.actions.includes('review.start') && (
            <Button type="primary" loading={act.isPending} onClick={() => runStep('review.start')} data-testid="action-review.start">
              {t('startReview')}
            </Button>
          )}
          {task.actions.includes('step.pass') && (
            <Button type="primary" loading={act.isPending} onClick={() => runStep('step.pass')} data-testid="action-step.pass">
              {t('pass')}
            </Button>
          )}
          {task.actions.includes('step.return') && (
            <Button danger onClick={() => setReturning(true)} data-testid="action-step.return">
              {t('returnTo')}
            </Button>
          )}
          <JointSubmit task={task} record={record} onDone={() => void refresh()} />
        </Space>
      )}
      <JointPending task={task} />
      {decisions.length > 0 && (
        <Card size="small" style={{ marginTop: 16 }} title={t('decision')} data-testid="step-decision">
          <CaseActionBar caseId={task.caseId} allowedActions={decisions} checklist={[]} materials={[]} onDone={() => void refresh()} />
        </Card>
      )}
      <Modal
        open={returning}
        title={t('returnTitle')}
        onCancel={() => setReturning(false)}
        confirmLoading={act.isPending}
        onOk={() => form.validateFields().then((v) => runStep('step.return', v))}
        okButtonProps={{ danger: true, ...({ 'data-testid': 'return-confirm' } as Record<string, string>) }}
      >
        <Form form={form} layout="vertical" initialValues={{ returnTo: task.returnTargets.at(-1)?.index }}>
          <Form.Item name="returnTo" label={t('returnTarget')} rules={[{ required: true }]}>
            <Select options={task.returnTargets.map((s) => ({ value: s.index, label: `${s.index + 1}. ${s.name}` }))} />
          </Form.Item>
          <Form.Item name="reason" label={t('returnReason')} rules={[{ required: true, whitespace: true, message: t('returnReason') }]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="return-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

function Reassign({ task }: { task: TaskView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.inbox' });
  const { message } = App.useApp();
  const write = useTaskWrite(task.id);
  const people = useAssignees(task.id, true);
  const onError = (e: unknown) => void message.error(errorText(e, t('reassign')));
  return (
    <Space style={{ marginBottom: 12 }} wrap data-testid="reassign">
      <Select
        style={{ width: 180 }}
        placeholder={t('reassign')}
        value={task.assignee?.id}
        options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        onChange={(id: string) => write.assign.mutate(id, { onError })}
      />
      {task.assignee && (
        <Button size="small" onClick={() => write.assign.mutate(null, { onError })}>
          {t('takeBack')}
        </Button>
      )}
    </Space>
  );
}

function PlanCard({ task }: { task: TaskView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.inbox' });
  return (
    <Card size="small" title={t('plan')}>
      <Steps
        direction="vertical"
        size="small"
        current={task.stepIndex}
        items={task.plan.map((s) => ({
          title: s.name,
          description: [s.post, s.limit ? t('limit', { amount: s.limit.amount, unit: t(`units.${s.limit.unit}`) }) : ''].filter(Boolean).join(' · '),
        }))}
      />
    </Card>
  );
}

function EarlierCard({ task }: { task: TaskView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.inbox' });
  return (
    <Card size="small" title={t('earlier')}>
      {task.earlier.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={task.earlier}
          renderItem={(e) => (
            <List.Item data-testid="earlier-step">
              <Space orientation="vertical" size={0}>
                <Space>
                  <Typography.Text strong>{e.stepName}</Typography.Text>
                  <Tag color={e.status === 'returned' ? 'orange' : 'green'}>{t(`status.${e.status}`)}</Tag>
                  <Typography.Text type="secondary">{e.assigneeName ?? ''}</Typography.Text>
                </Space>
                {e.opinion && <Typography.Text>{e.opinion}</Typography.Text>}
                {e.returnReason && <Typography.Text type="warning">{t('returnedBecause', { reason: e.returnReason })}</Typography.Text>}
                {e.closedAt && <Typography.Text type="secondary">{formatDateTime(e.closedAt)}</Typography.Text>}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function HistoryCard({ task }: { task: TaskView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.inbox' });
  return (
    <Card size="small" title={t('history')}>
      <Timeline
        items={task.history.map((h) => ({
          children: (
            <span>
              {formatDateTime(h.at)} {h.actorName} {t(`historyActions.${h.action}`, { defaultValue: h.action })}
              {h.toName ? ` → ${h.toName}` : ''}
              {h.note ? `（${h.note}）` : ''}
            </span>
          ),
        }))}
      />
    </Card>
  );
}
