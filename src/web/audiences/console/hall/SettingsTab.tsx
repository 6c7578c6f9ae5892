import { App, Button, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Space, Spin, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { greenChannelClasses, isValidCallTemplate, parseMonthDay, priorityLabels, renderCallText } from '../../../../domain/queue/index.ts';
import { applyServerError } from '../shared/serverErrors.ts';
import { ListError } from '../shared/table.tsx';
import { useHallSettings, useHallWrite, type HallSettings } from './api.ts';

const sample = { ticketNumber: 'A012', windowNumber: '3' };

type Values = Omit<HallSettings, 'summerFrom' | 'summerTo'> & { summerFrom?: string; summerTo?: string };

/** The hall's calling conventions (FACTS §H, configurable): templates, recall interval, no-show rule, wait sample. */
export function SettingsTab({ centerId }: { centerId: string }) {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'console.hall.settings' });
  const en = i18n.language?.startsWith('en');
  const { t: tc } = useTranslation(undefined, { keyPrefix: 'console.common' });
  const { message } = App.useApp();
  const settings = useHallSettings(centerId);
  const write = useHallWrite(centerId);
  const [form] = Form.useForm<Values>();
  const voice = Form.useWatch('voiceTemplate', form);
  const led = Form.useWatch('ledTemplate', form);

  if (settings.isPending) return <Spin />;
  if (!settings.data) return <ListError error={settings.error} />;
  const template = {
    validator: (_: unknown, v?: string) =>
      v && isValidCallTemplate(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('templateRule'))),
  };
  const preview = (v?: string) => (v ? t('preview', { text: renderCallText(v, sample) }) : undefined);
  // 夏季作息: both days or neither; the other field is re-checked when one changes (dependencies).
  // Sent as typed ('5月1日'): the server stores it as MM-DD.
  const monthDay = (other: 'summerFrom' | 'summerTo') => ({
    validator: (_: unknown, v?: string) => {
      const value = v?.trim() ?? '';
      if (value && !parseMonthDay(value)) return Promise.reject(new Error(t('monthDayRule')));
      if (!value && form.getFieldValue(other)?.trim()) return Promise.reject(new Error(t('summerBothRule')));
      return Promise.resolve();
    },
  });
  const save = async (v: Values) => {
    try {
      await write.mutateAsync({
        path: `/queue/centers/${centerId}/settings`,
        method: 'PUT',
        body: { ...v, noticeText: v.noticeText ?? '', summerFrom: v.summerFrom?.trim() || null, summerTo: v.summerTo?.trim() || null },
      });
      message.success(tc('saved'));
    } catch (err) {
      message.error(applyServerError(form, err));
    }
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ ...settings.data, summerFrom: settings.data.summerFrom ?? '', summerTo: settings.data.summerTo ?? '' }}
      onFinish={save}
      style={{ maxWidth: 760 }}
    >
      <Form.Item name="voiceTemplate" label={t('voiceTemplate')} tooltip={t('voiceHint')} rules={[template]} extra={preview(voice)}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="ledTemplate" label={t('ledTemplate')} tooltip={t('ledHint')} rules={[template]} extra={preview(led)}>
        <Input maxLength={100} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="recallIntervalSeconds" label={t('recallIntervalSeconds')} tooltip={t('recallHint')} rules={[{ required: true }]}>
            <InputNumber min={0} max={600} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="noShowAfterCalls" label={t('noShowAfterCalls')} rules={[{ required: true }]}>
            <InputNumber min={1} max={10} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="waitSample" label={t('waitSample')} tooltip={t('waitSampleHint')} rules={[{ required: true }]}>
            <InputNumber min={1} max={200} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="noticeText" label={t('noticeText')} extra={t('noticeHint')}>
        <Input.TextArea maxLength={200} showCount autoSize={{ minRows: 2, maxRows: 4 }} data-testid="hall-notice" />
      </Form.Item>
      <Form.Item name="greenChannels" label={t('greenChannels')} extra={t('greenChannelsHint')}>
        <Checkbox.Group
          options={greenChannelClasses.map((p) => ({ value: p, label: en ? priorityLabels[p].en : priorityLabels[p].zh }))}
          data-testid="hall-green-channels"
        />
      </Form.Item>
      <Form.Item name="ticketFooter" label={t('ticketFooter')} extra={t('ticketFooterHint')}>
        <Input maxLength={60} showCount data-testid="hall-ticket-footer" />
      </Form.Item>
      <Form.Item name="remoteTickets" label={t('remoteTickets')} extra={t('remoteHint')} valuePropName="checked">
        <Switch data-testid="hall-remote-tickets" />
      </Form.Item>
      <Form.Item name="restDayTickets" label={t('restDayTickets')} extra={t('restDayTicketsHint')} valuePropName="checked">
        <Switch data-testid="hall-rest-day-tickets" />
      </Form.Item>
      <Form.Item name="screenStaffNames" label={t('screenStaffNames')} extra={t('screenStaffNamesHint')} valuePropName="checked">
        <Switch data-testid="hall-screen-staff-names" />
      </Form.Item>
      <Form.Item label={t('summer')} extra={t('summerHint')} required={false}>
        <Space.Compact>
          <Form.Item name="summerFrom" noStyle dependencies={['summerTo']} rules={[monthDay('summerTo')]}>
            <Input placeholder="05-01" maxLength={8} aria-label={t('summerFrom')} style={{ width: 110 }} />
          </Form.Item>
          <Input value={t('summerUntil')} tabIndex={-1} readOnly style={{ width: 48, textAlign: 'center', pointerEvents: 'none' }} />
          <Form.Item name="summerTo" noStyle dependencies={['summerFrom']} rules={[monthDay('summerFrom')]}>
            <Input placeholder="09-30" maxLength={8} aria-label={t('summerTo')} style={{ width: 110 }} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item name="endOfDay" label={t('endOfDay')} extra={t('endOfDayHint')}>
        <Radio.Group
          options={[
            { value: 'close', label: t('endOfDayClose') },
            { value: 'keep', label: t('endOfDayKeep') },
          ]}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={write.isPending}>
        {tc('save')}
      </Button>
    </Form>
  );
}
