import { Alert, App, Button, Card, Empty, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CollectiveInput, ExpertReviewInput, SpecialStepsView } from '../../../../contract/special.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { useRecordWrite } from './api.ts';
import { lines, names, parts } from './lines.ts';
import { RecordFields, RecordLinks } from './RecordLinks.tsx';

function Records({ view, kind }: { view: SpecialStepsView; kind: 'expert_review' | 'collective' }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbenchSpecial' });
  const records = view.records.filter((r) => r.kind === kind);
  if (!records.length) return <Empty description={t('none')} />;
  return (
    <>
      {records.map((r) => (
        <Card key={r.id} size="small" title={r.number} extra={<RecordLinks record={r} />} data-testid={`record-${kind}`}>
          <RecordFields record={r} />
        </Card>
      ))}
    </>
  );
}

/** 专家评审: experts, opinion, conclusion; a §45 procedure where the guide says so (the clock is paused on the case page). */
export function ExpertTab({ view }: { view: SpecialStepsView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbenchSpecial' });
  const { message } = App.useApp();
  const write = useRecordWrite<ExpertReviewInput>(view.caseId, 'expert-reviews');
  const [form] = Form.useForm();
  const mustPause = view.declared.expertReview.pausesClock && !view.paused;
  const submit = (v: { heldOn: string; experts: string; opinion: string; conclusion: string }) =>
    write.mutate(
      {
        heldOn: v.heldOn,
        experts: lines(v.experts).map((l) => {
          const [name = '', title = '', unit = ''] = parts(l);
          return { name, title, unit };
        }),
        opinion: v.opinion,
        conclusion: v.conclusion,
      },
      { onSuccess: () => form.resetFields(), onError: (e) => void message.error(errorText(e, t('newExpert'))) },
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {mustPause && <Alert type="warning" showIcon title={t('expertPause')} data-testid="expert-pause-hint" />}
      <Records view={view} kind="expert_review" />
      {view.owner && (
        <Card size="small" title={t('newExpert')}>
          <Form form={form} layout="vertical" onFinish={submit} disabled={mustPause}>
            <Form.Item name="heldOn" label={t('fields.heldOn')} rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}>
              <Input placeholder="YYYY-MM-DD" data-testid="expert-held-on" />
            </Form.Item>
            <Form.Item name="experts" label={t('fields.experts')} rules={[{ required: true }]}>
              <Input.TextArea rows={2} data-testid="expert-experts" />
            </Form.Item>
            <Form.Item name="opinion" label={t('fields.opinion')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} data-testid="expert-opinion" />
            </Form.Item>
            <Form.Item name="conclusion" label={t('fields.conclusion')} rules={[{ required: true }]}>
              <Input data-testid="expert-conclusion" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={write.isPending} data-testid="expert-save">
              {t('save')}
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}

/** 集体研究: participants (at least three), date, conclusion and the record. */
export function CollectiveTab({ view }: { view: SpecialStepsView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbenchSpecial' });
  const { message } = App.useApp();
  const write = useRecordWrite<CollectiveInput>(view.caseId, 'collective-discussions');
  const [form] = Form.useForm();
  const submit = (v: { heldOn: string; chair: string; people: string; topic: string; conclusion: string; record: string }) =>
    write.mutate(
      { heldOn: v.heldOn, chair: v.chair, participants: names(v.people), topic: v.topic, conclusion: v.conclusion, record: v.record },
      { onSuccess: () => form.resetFields(), onError: (e) => void message.error(errorText(e, t('newCollective'))) },
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Records view={view} kind="collective" />
      {view.owner && (
        <Card size="small" title={t('newCollective')}>
          <Form form={form} layout="vertical" onFinish={submit}>
            <Space>
              <Form.Item name="heldOn" label={t('fields.heldOn')} rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}>
                <Input placeholder="YYYY-MM-DD" data-testid="collective-held-on" />
              </Form.Item>
              <Form.Item name="chair" label={t('fields.chair')} rules={[{ required: true }]}>
                <Input data-testid="collective-chair" />
              </Form.Item>
            </Space>
            <Form.Item name="people" label={t('fields.people')} rules={[{ required: true }]}>
              <Input data-testid="collective-people" />
            </Form.Item>
            <Form.Item name="topic" label={t('fields.topic')} rules={[{ required: true }]}>
              <Input data-testid="collective-topic" />
            </Form.Item>
            <Form.Item name="record" label={t('fields.record')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} data-testid="collective-record" />
            </Form.Item>
            <Form.Item name="conclusion" label={t('fields.conclusion')} rules={[{ required: true }]}>
              <Input.TextArea rows={2} data-testid="collective-conclusion" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={write.isPending} data-testid="collective-save">
              {t('save')}
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}
