import { Alert, App, Button, Card, Checkbox, Col, Form, Input, Popover, Radio, Row, Select, Space, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicantLookup } from '../../../../contract/case.ts';
import { validateIdCard, validateUscc } from '../../../../domain/identifiers/index.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { lookupApplicant, readerUrl, readIdCard, setReaderUrl } from './api.ts';

export interface ApplicantValues {
  kind: 'person' | 'enterprise';
  idType: '111' | '414' | 'uscc';
  idNumber: string;
  name: string;
  legalRepresentative?: string;
  phone: string;
  address?: string;
  agentOn?: boolean;
  agent?: { name: string; idNumber: string; phone: string; mandate: string };
}

interface Props {
  form: FormInstance;
  onLookup: (found: ApplicantLookup | undefined) => void;
  lookup: ApplicantLookup | undefined;
}

/** 申请人: a person (GB 11643 ID), an enterprise (USCC + 法定代表人), optionally through an agent with a mandate. */
export function ApplicantBlock({ form, onLookup, lookup }: Props) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.intake' });
  const { message } = App.useApp();
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string>();
  const [url, setUrl] = useState(readerUrl);
  const kind = Form.useWatch('kind', form) as ApplicantValues['kind'] | undefined;
  const idType = Form.useWatch('idType', form) as ApplicantValues['idType'] | undefined;
  const agentOn = Form.useWatch('agentOn', form) as boolean | undefined;

  const idRule = {
    validator: (_: unknown, v?: string) => {
      if (!v) return Promise.resolve();
      if (idType === 'uscc') return validateUscc(v.trim().toUpperCase()).ok ? Promise.resolve() : Promise.reject(new Error(t('usccInvalid')));
      if (idType !== '111') return Promise.resolve();
      const r = validateIdCard(v.trim().toUpperCase());
      return r.ok ? Promise.resolve() : Promise.reject(new Error(t(`idInvalid.${r.reason}`)));
    },
  };
  const agentIdRule = {
    validator: (_: unknown, v?: string) => {
      if (!v) return Promise.resolve();
      const r = validateIdCard(v.trim().toUpperCase());
      return r.ok ? Promise.resolve() : Promise.reject(new Error(t(`idInvalid.${r.reason}`)));
    },
  };

  const doLookup = async () => {
    try {
      await form.validateFields(['idNumber']);
    } catch {
      return;
    }
    const idNumber = String(form.getFieldValue('idNumber') ?? '').trim().toUpperCase();
    if (!idNumber) return;
    try {
      const found = await lookupApplicant(idType ?? '111', idNumber);
      onLookup(found);
      if (found.applicant) {
        const a = found.applicant;
        form.setFieldsValue({
          name: a.name,
          ...(a.legalRepresentative ? { legalRepresentative: a.legalRepresentative } : {}),
          ...(a.address ? { address: a.address } : {}),
          // A masked phone cannot be sent back; the clerk confirms the number with the applicant.
          ...(a.phone.includes('*') ? {} : { phone: a.phone }),
        });
        void message.success(t('lookupFound', { name: a.name }));
      } else void message.info(t('lookupNone'));
    } catch (e) {
      void message.error(errorText(e, t('lookup')));
    }
  };

  const readCard = async () => {
    setReading(true);
    setReadError(undefined);
    try {
      const card = await readIdCard();
      form.setFieldsValue({ kind: 'person', idType: '111', idNumber: card.idNumber, name: card.name, ...(card.address ? { address: card.address } : {}) });
      void message.success(t('readOk', { name: card.name }));
      await doLookup();
    } catch (e) {
      setReadError(e instanceof Error ? e.message : String(e));
    } finally {
      setReading(false);
    }
  };

  return (
    <Card title={t('applicant')} size="small" data-testid="intake-applicant">
      <Form.Item name="kind" style={{ marginBottom: 12 }}>
        <Radio.Group
          onChange={(e) => form.setFieldsValue({ idType: e.target.value === 'enterprise' ? 'uscc' : '111' })}
          options={[
            { value: 'person', label: t('person') },
            { value: 'enterprise', label: t('enterprise') },
          ]}
        />
      </Form.Item>
      {readError && <Alert type="warning" showIcon closable title={t('readFailed', { error: readError })} style={{ marginBottom: 12 }} data-testid="intake-read-failed" />}
      {lookup?.badCredit && <Alert type="error" showIcon title={t('badCredit')} style={{ marginBottom: 12 }} />}
      {lookup && lookup.reusable.length > 0 && <Alert type="info" showIcon title={t('reusable', { count: lookup.reusable.length })} style={{ marginBottom: 12 }} />}
      <Row gutter={12}>
        {kind !== 'enterprise' && (
          <Col span={6}>
            <Form.Item name="idType" label={t('idType')}>
              <Select options={(['111', '414'] as const).map((v) => ({ value: v, label: t(`idTypes.${v}`) }))} />
            </Form.Item>
          </Col>
        )}
        <Col span={kind === 'enterprise' ? 12 : 10}>
          <Form.Item label={kind === 'enterprise' ? t('uscc') : t('idNumber')} required>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="idNumber" noStyle rules={[{ required: true, whitespace: true, message: t('required') }, idRule]} validateTrigger="onBlur">
                <Input data-testid="intake-id-number" onPressEnter={() => void doLookup()} />
              </Form.Item>
              <Button onClick={() => void doLookup()} data-testid="intake-lookup">
                {t('lookup')}
              </Button>
            </Space.Compact>
          </Form.Item>
        </Col>
        {kind !== 'enterprise' && (
          <Col span={8}>
            <Form.Item label=" " colon={false}>
              <Space.Compact>
                <Button loading={reading} onClick={() => void readCard()} data-testid="intake-read-card">
                  {t('readCard')}
                </Button>
                <Popover
                  trigger="click"
                  content={
                    <Space.Compact>
                      <Input style={{ width: 260 }} value={url} onChange={(e) => setUrl(e.target.value)} aria-label={t('readerUrl')} />
                      <Button
                        onClick={() => {
                          setReaderUrl(url);
                          void message.success(t('readerSaved'));
                        }}
                      >
                        OK
                      </Button>
                    </Space.Compact>
                  }
                >
                  <Button aria-label={t('readerUrl')}>⚙</Button>
                </Popover>
              </Space.Compact>
            </Form.Item>
          </Col>
        )}
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="name" label={kind === 'enterprise' ? t('entName') : t('name')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
            <Input data-testid="intake-name" />
          </Form.Item>
        </Col>
        {kind === 'enterprise' && (
          <Col span={8}>
            <Form.Item name="legalRepresentative" label={t('legalRepresentative')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
              <Input data-testid="intake-legal-rep" />
            </Form.Item>
          </Col>
        )}
        <Col span={8}>
          <Form.Item name="phone" label={t('phone')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
            <Input data-testid="intake-phone" />
          </Form.Item>
        </Col>
        <Col span={kind === 'enterprise' ? 24 : 8}>
          <Form.Item name="address" label={t('address')}>
            <Input data-testid="intake-address" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="agentOn" valuePropName="checked" style={{ marginBottom: agentOn ? 12 : 0 }}>
        <Checkbox data-testid="intake-agent-on">{t('agentOn')}</Checkbox>
      </Form.Item>
      {agentOn && (
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item name={['agent', 'name']} label={t('agentName')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={['agent', 'idNumber']} label={t('agentId')} rules={[{ required: true, whitespace: true, message: t('required') }, agentIdRule]} validateTrigger="onBlur">
              <Input />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name={['agent', 'phone']} label={t('agentPhone')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={['agent', 'mandate']} label={t('mandate')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      )}
    </Card>
  );
}
