import { Alert, App, Button, Col, Divider, Form, InputNumber, Row, Select, Spin, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyServerError } from '../shared/serverErrors.ts';
import { ListError } from '../shared/table.tsx';
import { formatHm, isReminderTime, ruleBounds } from '../../../../domain/appointment/index.ts';
import { useAppointmentRules, useHallWrite, type AppointmentRules } from './api.ts';

type NumberField = keyof typeof ruleBounds;
// Every half hour the domain allows, so the form offers only what the server takes.
const reminderTimes = Array.from({ length: 48 }, (_, i) => formatHm(i * 30)).filter(isReminderTime);

/** 预约规则: the booking window, slots and places, cancel and check-in times, and the no-show ban (FACTS §H). */
export function AppointmentRulesTab({ centerId }: { centerId: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.hall.appointments.rules' });
  const { t: tc } = useTranslation(undefined, { keyPrefix: 'console.common' });
  const { message } = App.useApp();
  const rules = useAppointmentRules(centerId);
  const write = useHallWrite(centerId);
  const [form] = Form.useForm<AppointmentRules>();

  if (rules.isPending) return <Spin />;
  if (!rules.data) return <ListError error={rules.error} />;
  const save = async (v: AppointmentRules) => {
    try {
      await write.mutateAsync({ path: `/queue/centers/${centerId}/appointment-rules`, method: 'PUT', body: v });
      message.success(tc('saved'));
    } catch (err) {
      message.error(applyServerError(form, err));
    }
  };
  const num = (name: NumberField, span = 8) => (
    <Col span={span}>
      <Form.Item
        name={name}
        label={t(name)}
        tooltip={t(`${name}Hint`, { defaultValue: '' }) || undefined}
        rules={[{ required: true, message: tc('required') }]}
      >
        <InputNumber min={ruleBounds[name][0]} max={ruleBounds[name][1]} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
  const range = {
    validator: (_: unknown, max?: number) =>
      max === undefined || max >= (form.getFieldValue('minDaysAhead') as number)
        ? Promise.resolve()
        : Promise.reject(new Error(t('rangeRule'))),
  };
  return (
    <Form<AppointmentRules> form={form} layout="vertical" initialValues={rules.data} onFinish={save} style={{ maxWidth: 760 }}>
      <Form.Item name="enabled" label={t('enabled')} extra={t('enabledHint')} valuePropName="checked">
        <Switch data-testid="rules-enabled" />
      </Form.Item>
      <Divider titlePlacement="start">{t('window')}</Divider>
      <Row gutter={16}>
        {num('minDaysAhead')}
        <Col span={8}>
          <Form.Item
            name="maxDaysAhead"
            label={t('maxDaysAhead')}
            tooltip={t('maxDaysAheadHint')}
            dependencies={['minDaysAhead']}
            rules={[{ required: true, message: tc('required') }, range]}
          >
            <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="slotMinutes" label={t('slotMinutes')} tooltip={t('slotMinutesHint')}>
            <Select options={[15, 20, 30, 60].map((m) => ({ value: m, label: t('minutes', { count: m }) }))} />
          </Form.Item>
        </Col>
        {num('perWindowPerSlot')}
        {num('cancelCutoffMinutes')}
        {num('releaseDelayMinutes')}
      </Row>
      <Divider titlePlacement="start">{t('checkIn')}</Divider>
      <Row gutter={16}>
        {num('checkInEarlyMinutes')}
        {num('checkInLateMinutes')}
      </Row>
      <Divider titlePlacement="start">{t('noShow')}</Divider>
      <Row gutter={16}>
        {num('noShowLimit')}
        {num('noShowWindowDays')}
        {num('banDays')}
      </Row>
      <Divider titlePlacement="start">{t('reminder')}</Divider>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="reminderEnabled" label={t('reminderEnabled')} tooltip={t('reminderEnabledHint')} valuePropName="checked">
            <Switch data-testid="rules-reminder" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item noStyle dependencies={['reminderEnabled']}>
            {() => (
              <Form.Item name="reminderTime" label={t('reminderTime')} tooltip={t('reminderTimeHint')}>
                <Select
                  data-testid="rules-reminder-time"
                  showSearch
                  disabled={!form.getFieldValue('reminderEnabled')}
                  options={reminderTimes.map((v) => ({ value: v, label: v }))}
                />
              </Form.Item>
            )}
          </Form.Item>
        </Col>
      </Row>
      <Alert type="info" showIcon title={t('notice')} style={{ marginBottom: 16 }} />
      <Button type="primary" htmlType="submit" loading={write.isPending}>
        {tc('save')}
      </Button>
    </Form>
  );
}
