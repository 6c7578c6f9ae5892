import { App, Button, Card, Descriptions, Form, Input, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseActionRequest } from '../../../../contract/case.ts';
import type { HearingRecordInput, SpecialStepsView } from '../../../../contract/special.ts';
import { newIdempotencyKey, useCaseAction } from '../../../features/case/index.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { useRecordWrite, useSpecialRefresh } from './api.ts';
import { lines, parts } from './lines.ts';
import { RecordFields, RecordLinks } from './RecordLinks.tsx';

/** 听证: where it stands with its deadlines (computed on the server), the next step the states table allows, the record. */
export function HearingTab({ view }: { view: SpecialStepsView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbenchSpecial.hearing' });
  const h = view.hearing;
  const record = view.records.find((r) => r.kind === 'hearing_record');
  const item = (key: string, label: string, value: string | null) => ({ key, label, children: <span data-testid={`hearing-${key}`}>{value ?? '—'}</span> });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          { key: 'phase', label: '状态', children: <Tag data-testid="hearing-phase" data-phase={h.phase}>{t(`phase.${h.phase}`)}</Tag> },
          item('parties', t('parties'), h.parties.length ? h.parties.join('、') : null),
          item('told-on', t('toldOn'), h.toldOn),
          item('request-by', t('requestBy'), h.requestBy),
          item('requested-on', t('requestedOn'), h.requestedOn && `${h.requestedOn}（${h.requestedBy ?? ''}）`),
          item('hold-by', t('holdBy'), h.holdBy),
          item('earliest', t('earliest'), h.earliestHearing),
          item('scheduled-on', t('scheduledOn'), h.scheduledOn && `${h.scheduledOn} ${h.place ?? ''}`),
        ]}
      />
      {view.hearingActions.includes('hearing.inform') && <InformForm view={view} />}
      {view.hearingActions.includes('hearing.request') && <RequestForm view={view} />}
      {view.hearingActions.includes('hearing.schedule') && <ScheduleForm view={view} />}
      {h.phase === 'noticed' && view.owner && <HearingRecordForm view={view} />}
      {record && (
        <Card size="small" title={record.number} extra={<RecordLinks record={record} />} data-testid="hearing-record">
          <RecordFields record={record} />
        </Card>
      )}
    </Space>
  );
}

/** A hearing step as a case action: the write path numbers its notice; the view reloads. */
function useHearingAction(caseId: string) {
  const act = useCaseAction(caseId);
  const refresh = useSpecialRefresh(caseId);
  const { message } = App.useApp();
  return {
    pending: act.isPending,
    run: (body: Omit<CaseActionRequest, 'idempotencyKey'>, what: string) =>
      act.mutate({ ...body, idempotencyKey: newIdempotencyKey() } as CaseActionRequest, { onSuccess: () => void refresh(), onError: (e) => void message.error(errorText(e, what)) }),
  };
}

function InformForm({ view }: { view: SpecialStepsView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbenchSpecial.hearing' });
  const a = useHearingAction(view.caseId);
  return (
    <Card size="small" title={t('inform')}>
      <Form layout="vertical" onFinish={(v: { parties?: string; ground?: string }) => a.run({ action: 'hearing.inform', hearing: { parties: lines(v.parties), ground: v.ground ?? '' } }, t('inform'))}>
        <Form.Item name="parties" label={t('informParties')}>
          <Input.TextArea rows={2} data-testid="hearing-inform-parties" />
        </Form.Item>
        <Form.Item name="ground" label={t('ground')} rules={[{ required: !view.declared.hearing.declared }]}>
          <Input maxLength={500} data-testid="hearing-inform-ground" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={a.pending} data-testid="hearing-inform">
          {t('inform')}
        </Button>
      </Form>
    </Card>
  );
}

function RequestForm({ view }: { view: SpecialStepsView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbenchSpecial.hearing' });
  const a = useHearingAction(view.caseId);
  return (
    <Card size="small" title={t('request')}>
      <Form layout="inline" onFinish={(v: { requestedBy: string; requestedOn?: string }) => a.run({ action: 'hearing.request', hearing: { requestedBy: v.requestedBy, ...(v.requestedOn ? { requestedOn: v.requestedOn } : {}) } }, t('request'))}>
        <Form.Item name="requestedBy" label={t('requestedBy')} rules={[{ required: true }]}>
          <Input data-testid="hearing-requested-by" />
        </Form.Item>
        <Form.Item name="requestedOn" label={t('requestedOn')} rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/ }]}>
          <Input placeholder="YYYY-MM-DD" data-testid="hearing-request-date" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={a.pending} data-testid="hearing-request">
          {t('request')}
        </Button>
      </Form>
    </Card>
  );
}

function ScheduleForm({ view }: { view: SpecialStepsView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbenchSpecial.hearing' });
  const a = useHearingAction(view.caseId);
  return (
    <Card size="small" title={t('schedule')}>
      <Form layout="inline" initialValues={{ scheduledOn: view.hearing.earliestHearing ?? '' }} onFinish={(v: { scheduledOn: string; place: string }) => a.run({ action: 'hearing.schedule', hearing: v }, t('schedule'))}>
        <Form.Item name="scheduledOn" label={t('scheduledOn')} rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}>
          <Input placeholder="YYYY-MM-DD" data-testid="hearing-schedule-date" />
        </Form.Item>
        <Form.Item name="place" label={t('place')} rules={[{ required: true }]}>
          <Input data-testid="hearing-place" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={a.pending} data-testid="hearing-schedule">
          {t('schedule')}
        </Button>
      </Form>
    </Card>
  );
}

interface RecordForm {
  place: string;
  presiding: string;
  recorder: string;
  people: string;
  statements: string;
  conclusion: string;
}

function HearingRecordForm({ view }: { view: SpecialStepsView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbenchSpecial' });
  const { message } = App.useApp();
  const write = useRecordWrite<HearingRecordInput>(view.caseId, 'hearing-records');
  const submit = (v: RecordForm) =>
    write.mutate(
      {
        heldOn: view.hearing.scheduledOn!,
        place: v.place,
        presiding: v.presiding,
        recorder: v.recorder,
        participants: lines(v.people).map((l) => {
          const [name = '', role = ''] = parts(l);
          return { name, role: role || '参加人' };
        }),
        statements: v.statements,
        conclusion: v.conclusion,
      },
      { onError: (e) => void message.error(errorText(e, t('hearing.record'))) },
    );
  return (
    <Card size="small" title={t('hearing.record')}>
      <Form layout="vertical" initialValues={{ place: view.hearing.place ?? '' }} onFinish={submit}>
        <Form.Item name="place" label={t('fields.hearingPlace')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Space>
          <Form.Item name="presiding" label={t('fields.presiding')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="recorder" label={t('fields.recorder')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </Space>
        <Form.Item name="people" label={t('fields.hearingPeople')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="statements" label={t('fields.statements')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="conclusion" label={t('fields.conclusion')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={write.isPending}>
          {t('save')}
        </Button>
      </Form>
    </Card>
  );
}
