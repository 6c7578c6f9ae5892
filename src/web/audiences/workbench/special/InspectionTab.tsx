import { App, Button, Card, Empty, Form, Input, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionInput, SpecialRecordView, SpecialStepsView } from '../../../../contract/special.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { photoUrl, uploadPhoto, useRecordWrite, useSign, useSpecialRefresh } from './api.ts';
import { lines, parts } from './lines.ts';
import { RecordFields, RecordLinks } from './RecordLinks.tsx';

/** 现场踏勘: the records with photos inline and the joint record's signatures; the case's department records new ones. */
export function InspectionTab({ view }: { view: SpecialStepsView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbenchSpecial' });
  const records = view.records.filter((r) => r.kind === 'inspection');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {records.length === 0 && <Empty description={t('none')} />}
      {records.map((r) => (
        <InspectionRecord key={r.id} record={r} owner={view.owner} />
      ))}
      {view.owner && <NewInspection view={view} />}
    </Space>
  );
}

function InspectionRecord({ record, owner }: { record: SpecialRecordView; owner: boolean }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbenchSpecial' });
  const { message } = App.useApp();
  const sign = useSign(record.caseId);
  const refresh = useSpecialRefresh(record.caseId);
  const [opinion, setOpinion] = useState('');
  const [uploading, setUploading] = useState(false);
  return (
    <Card size="small" title={<span data-testid="inspection-number">{record.number}</span>} extra={<RecordLinks record={record} />} data-testid="inspection-record">
      <RecordFields record={record} />
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('photos')}
      </Typography.Title>
      <Space wrap>
        {record.photos.map((p) => (
          <a key={p.sha256} href={photoUrl(record.caseId, record.id, p.sha256)} target="_blank" rel="noreferrer">
            <img src={photoUrl(record.caseId, record.id, p.sha256)} alt={p.name} style={{ height: 96, border: '1px solid #ddd' }} data-testid="inspection-photo" />
          </a>
        ))}
        {owner && (
          <Upload
            accept="image/jpeg,image/png,image/webp"
            showUploadList={false}
            customRequest={async ({ file }) => {
              setUploading(true);
              try {
                await uploadPhoto(record.caseId, record.id, file as File);
                await refresh();
              } catch (e) {
                void message.error(errorText(e, t('addPhoto')));
              } finally {
                setUploading(false);
              }
            }}
          >
            <Button loading={uploading} data-testid="inspection-photo-upload">
              {t('addPhoto')}
            </Button>
          </Upload>
        )}
      </Space>
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('signatures')}
      </Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey="departmentId"
        dataSource={record.signatures}
        columns={[
          { title: '部门', dataIndex: 'departmentName' },
          { title: '意见', dataIndex: 'opinion' },
          { title: '签字', dataIndex: 'staffName' },
        ]}
        data-testid="inspection-signatures"
      />
      <div style={{ marginTop: 8 }} data-testid="inspection-unsigned">
        {record.unsigned.length ? <Tag color="orange">{t('unsigned', { names: record.unsigned.map((d) => d.name).join('、') })}</Tag> : <Tag color="green">{t('allSigned')}</Tag>}
      </div>
      {record.canSign && (
        <Space.Compact style={{ width: '100%', marginTop: 8 }}>
          <Input placeholder={t('signOpinion')} value={opinion} onChange={(e) => setOpinion(e.target.value)} maxLength={2000} data-testid="sign-opinion" />
          <Button
            type="primary"
            disabled={!opinion.trim()}
            loading={sign.isPending}
            onClick={() => sign.mutate({ recordId: record.id, opinion: opinion.trim() }, { onError: (e) => void message.error(errorText(e, t('sign'))) })}
            data-testid="sign-inspection"
          >
            {t('sign')}
          </Button>
        </Space.Compact>
      )}
    </Card>
  );
}

interface InspectionForm {
  place: string;
  inspectedAt: string;
  participants: string;
  findings: string;
  departmentIds?: string[];
}

function NewInspection({ view }: { view: SpecialStepsView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbenchSpecial' });
  const { message } = App.useApp();
  const [form] = Form.useForm<InspectionForm>();
  const write = useRecordWrite<InspectionInput>(view.caseId, 'inspections');
  const submit = (v: InspectionForm) => {
    const body: InspectionInput = {
      place: v.place,
      inspectedAt: v.inspectedAt.trim(),
      participants: lines(v.participants).map((l) => {
        const [name = '', unit = ''] = parts(l);
        return { name, unit: unit || '—' };
      }),
      findings: v.findings,
      departmentIds: v.departmentIds ?? [],
    };
    write.mutate(body, { onSuccess: () => (form.resetFields(), void message.success(t('saved'))), onError: (e) => void message.error(errorText(e, t('newInspection'))) });
  };
  return (
    <Card size="small" title={t('newInspection')} data-testid="new-inspection">
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="place" label={t('fields.place')} rules={[{ required: true }]}>
          <Input maxLength={200} data-testid="inspection-place" />
        </Form.Item>
        <Form.Item name="inspectedAt" label={t('fields.inspectedAt')} rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/ }]}>
          <Input placeholder="2026-09-28 09:30" data-testid="inspection-time" />
        </Form.Item>
        <Form.Item name="participants" label={t('fields.participants')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} data-testid="inspection-participants" />
        </Form.Item>
        <Form.Item name="findings" label={t('fields.findings')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="inspection-findings" />
        </Form.Item>
        <Form.Item name="departmentIds" label={t('fields.departments')}>
          <Select mode="multiple" options={view.departments.map((d) => ({ value: d.id, label: d.name }))} optionFilterProp="label" data-testid="inspection-departments" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={write.isPending} data-testid="inspection-save">
          {t('save')}
        </Button>
      </Form>
    </Card>
  );
}
