// The window's three ways to hand a result out: to the collector at the window (ID checked
// against the applicant or the mandated agent, signed on the pad), by mail (waybill typed or
// scanned), or into a self-service cabinet door (the code goes by SMS, never to the screen).
import { App, Button, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliveryActionRequest, DeliveryView } from '../../../contract/delivery.ts';
import { validateIdCard } from '../../../domain/identifiers/index.ts';
import { errorText } from '../../ui/ErrorAlert.tsx';
import { SignaturePad } from './SignaturePad.tsx';

type Act = UseMutationResult<DeliveryView, Error, DeliveryActionRequest>;

const COURIERS = ['EMS', '顺丰速运', '京东物流', '中通快递'];
export const DEFAULT_CABINET = 'XY-CAB-1';

function useSubmit(act: Act) {
  const { t } = useTranslation(undefined, { keyPrefix: 'delivery' });
  const { message } = App.useApp();
  return async (body: DeliveryActionRequest) => {
    try {
      await act.mutateAsync(body);
      void message.success(t('done'));
    } catch (e) {
      void message.error(errorText(e, t('failed')));
    }
  };
}

export function HandOutForm({ v, act }: { v: DeliveryView; act: Act }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'delivery' });
  const submit = useSubmit(act);
  const [signature, setSignature] = useState<string | null>(null);
  const [form] = Form.useForm<{ who: string; name: string; idType: '111' | '414'; idNumber: string }>();
  const first = v.collectors[0];
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ who: first?.as ?? 'other', name: first?.name ?? '', idType: '111', idNumber: '' }}
      onValuesChange={(changed: { who?: string }) => {
        const c = v.collectors.find((x) => x.as === changed.who);
        if (c) form.setFieldsValue({ name: c.name });
      }}
      onFinish={(f) => {
        if (!signature) return;
        void submit({ action: 'window.hand_out', collector: { name: f.name, idType: f.idType, idNumber: f.idNumber.trim() }, signaturePng: signature });
      }}
      style={{ maxWidth: 560 }}
    >
      <Form.Item name="who" label={t('collectorIs')}>
        <Radio.Group>
          {v.collectors.map((c) => (
            <Radio key={c.as} value={c.as}>
              {t(`as.${c.as}`)}：{c.name} {c.idNumber}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Space wrap>
        <Form.Item name="name" label={t('collectorName')} rules={[{ required: true, message: t('required') }]}>
          <Input data-testid="collector-name" />
        </Form.Item>
        <Form.Item name="idType" label={t('idType')}>
          <Select style={{ width: 140 }} options={[{ value: '111', label: t('idTypes.111') }, { value: '414', label: t('idTypes.414') }]} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('collectorId')}
          // The same GB 11643 check the server makes: a misread number is caught before the signature.
          rules={[
            { required: true, message: t('required') },
            {
              validator: (_, value: string) => (form.getFieldValue('idType') !== '111' || !value || validateIdCard(value.trim().toUpperCase()).ok ? Promise.resolve() : Promise.reject(new Error(t('idInvalid')))),
            },
          ]}
        >
          <Input style={{ width: 240 }} data-testid="collector-id" data-scanner="own" />
        </Form.Item>
      </Space>
      <Form.Item label={t('signHere')} required help={signature ? undefined : t('signFirst')}>
        <SignaturePad onChange={setSignature} />
      </Form.Item>
      <Button type="primary" htmlType="submit" disabled={!signature} loading={act.isPending} data-testid="hand-out">
        {t('handOut')}
      </Button>
    </Form>
  );
}

export function MailForm({ v, act }: { v: DeliveryView; act: Act }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'delivery' });
  const submit = useSubmit(act);
  const initial = { address: v.address ?? v.choice.address ?? '', recipient: v.recipient ?? v.choice.recipient ?? v.collectors[0]?.name ?? '', phone: v.choice.phone ?? '', courier: 'EMS', waybill: '' };
  return (
    <Form layout="vertical" initialValues={initial} onFinish={(f: typeof initial) => void submit({ action: 'mail.send', ...f, waybill: f.waybill.trim() })} style={{ maxWidth: 560 }}>
      <Form.Item name="address" label={t('address')} rules={[{ required: true, message: t('required') }]}>
        <Input data-testid="mail-address" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="recipient" label={t('recipient')} rules={[{ required: true, message: t('required') }]}>
          <Input data-testid="mail-recipient" />
        </Form.Item>
        <Form.Item name="phone" label={t('phone')} rules={[{ required: true, message: t('required') }]}>
          <Input data-testid="mail-phone" />
        </Form.Item>
        <Form.Item name="courier" label={t('courier')}>
          <Select style={{ width: 140 }} options={COURIERS.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
      </Space>
      <Form.Item name="waybill" label={t('waybillScan')} rules={[{ required: true, pattern: /^[A-Za-z0-9-]{6,40}$/, message: t('waybillInvalid') }]}>
        {/* A scanner reads the waybill's barcode into this field (not the case-opening scan). */}
        <Input data-testid="mail-waybill" data-scanner="own" onPressEnter={(e) => e.preventDefault()} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={act.isPending} data-testid="mail-send">
        {t('mailSend')}
      </Button>
    </Form>
  );
}

export function CabinetForm({ act }: { act: Act }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'delivery' });
  const submit = useSubmit(act);
  return (
    <Form layout="inline" initialValues={{ cabinetId: DEFAULT_CABINET, door: 1 }} onFinish={(f: { cabinetId: string; door: number }) => void submit({ action: 'cabinet.deposit', cabinetId: f.cabinetId.trim(), door: f.door })}>
      <Form.Item name="cabinetId" label={t('cabinetId')} rules={[{ required: true, message: t('required') }]}>
        <Input style={{ width: 160 }} data-testid="cabinet-id" />
      </Form.Item>
      <Form.Item name="door" label={t('doorNumber')} rules={[{ required: true, message: t('required') }]}>
        <InputNumber min={1} max={500} data-testid="cabinet-door" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={act.isPending} data-testid="cabinet-deposit">
        {t('deposit')}
      </Button>
    </Form>
  );
}
