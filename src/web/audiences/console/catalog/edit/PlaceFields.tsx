import { Checkbox, Col, Form, Input, InputNumber, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { channels } from '../../../../../domain/catalog/index.ts';
import { useLang } from '../../shared/lang.ts';
import { optionsOf } from '../labels.tsx';
import { FormSchemaPreview } from './FormSchemaPreview.tsx';
import { FaqList } from './ListFields.tsx';
import { useGuideRules } from './rules.ts';

/** 办理地点和时间 and the ways to apply: channels, 到现场次数, appointments, online, courier. */
export function PlaceFields() {
  const { t } = useTranslation();
  const lang = useLang();
  const f = (k: string) => t(`console.catalog.fields.${k}`);
  const form = Form.useFormInstance();
  const online = Form.useWatch('online', form);
  const chosen: string[] | undefined = Form.useWatch('channels', form);
  const needsUrl = online || chosen?.includes('online');
  const flag = (name: string) => (
    <Col xs={12} md={6}>
      <Form.Item name={name} label={f(name)} valuePropName="checked">
        <Switch />
      </Form.Item>
    </Col>
  );
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="address" label={f('address')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} count={{ show: true, max: 500 }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="hours" label={f('hours')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} count={{ show: true, max: 500 }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item name="channels" label={f('channels')}>
          <Checkbox.Group options={optionsOf(channels, lang)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="visits"
          label={f('visits')}
          extra={t('console.catalog.edit.visitsHint')}
          rules={[{ required: true, message: t('console.common.required') }]}
        >
          <InputNumber min={0} max={9} precision={0} style={{ width: 120 }} />
        </Form.Item>
      </Col>
      {flag('online')}
      {flag('appointment')}
      {flag('onlinePayment')}
      {flag('express')}
      {needsUrl && (
        <Col xs={24}>
          <Form.Item
            name="onlineUrl"
            label={f('onlineUrl')}
            rules={[{ max: 500 }, { type: 'url', message: t('console.catalog.edit.urlRule') }]}
          >
            <Input count={{ show: true, max: 500 }} placeholder="https://" />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}

/** 咨询和投诉: the phones published with the guide, and the FAQ. */
export function ContactFields() {
  const { t } = useTranslation();
  const { phone } = useGuideRules();
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="consultPhone" label={t('console.catalog.fields.consultPhone')} rules={[phone]}>
            <Input count={{ show: true, max: 50 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="complaintPhone" label={t('console.catalog.fields.complaintPhone')} rules={[phone]}>
            <Input count={{ show: true, max: 50 }} />
          </Form.Item>
        </Col>
      </Row>
      <FaqList />
    </>
  );
}

/** 在线表单: a JSON Schema object the portal renders; checked as JSON here, as a schema by the server. */
export function FormSchemaField() {
  const { t } = useTranslation();
  const jsonRule = {
    validator: async (_: unknown, v?: string) => {
      if (!v?.trim()) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(v);
      } catch (err) {
        throw new Error(t('console.catalog.edit.badJson', { error: (err as Error).message }));
      }
      if (!parsed || typeof parsed !== 'object' || (parsed as { type?: unknown }).type !== 'object')
        throw new Error(t('console.catalog.edit.schemaObject'));
    },
  };
  return (
    <Row gutter={16}>
      <Col xs={24} xl={12}>
        <Form.Item
          name="formSchema"
          label={t('console.catalog.fields.formSchema')}
          extra={t('console.catalog.edit.formSchemaHint')}
          rules={[jsonRule]}
        >
          <Input.TextArea rows={18} style={{ fontFamily: 'monospace' }} placeholder='{"type":"object","properties":{}}' />
        </Form.Item>
      </Col>
      <Col xs={24} xl={12}>
        <FormSchemaPreview />
      </Col>
    </Row>
  );
}
