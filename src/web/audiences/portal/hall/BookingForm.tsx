import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { isMobile, normalizeIdCard, normalizeMobile, validateIdCard } from '../../../../domain/identifiers/index.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import type { AppointmentOptions } from './api.ts';

export interface PersonFields {
  name: string;
  idCard: string;
  phone: string;
}

/** 2 小时 / 90 分钟: the cut-off in the unit people say it. */
function useCutoffText() {
  const { t } = useTranslation();
  return (minutes: number) =>
    minutes % 60 === 0 ? t('portal.hall.hours', { count: minutes / 60 }) : t('portal.hall.minutes', { count: minutes });
}

/** The hall's booking rules in plain words: read before the visitor commits. */
export function BookingRules({ rules }: { rules: AppointmentOptions['rules'] }) {
  const { t } = useTranslation();
  const cutoff = useCutoffText();
  return (
    <section
      aria-labelledby="booking-rules"
      style={{ background: '#fff7ec', border: '1px solid #f3c58a', borderRadius: 8, padding: '10px 12px', margin: '12px 0' }}
    >
      <h2 id="booking-rules" style={{ fontSize: 'calc(15px * var(--fs))', marginBottom: 4 }}>
        {t('portal.hall.rulesTitle')}
      </h2>
      <ul className="ow-hall-rules" data-testid="booking-rules">
        <li>{t('portal.hall.rules.realName')}</li>
        <li>{t('portal.hall.rules.oneADay')}</li>
        <li>{t('portal.hall.rules.cancel', { hours: cutoff(rules.cancelCutoffMinutes) })}</li>
        <li>{t('portal.hall.rules.checkIn', { early: rules.checkInEarlyMinutes, late: rules.checkInLateMinutes })}</li>
        {rules.reminderTime && <li>{t('portal.hall.rules.reminder', { time: rules.reminderTime })}</li>}
        <li>{t('portal.hall.rules.noShow')}</li>
      </ul>
    </section>
  );
}

/** Step three: the real name, ID number (checked by its checksum here as on the server) and mobile. */
export function BookingForm({
  rules,
  busy,
  error,
  onBack,
  onSubmit,
}: {
  rules: AppointmentOptions['rules'];
  busy: boolean;
  error: unknown;
  onBack: () => void;
  onSubmit: (v: PersonFields) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PersonFields>();
  const idRule = {
    validator: (_: unknown, v?: string) =>
      v && validateIdCard(normalizeIdCard(v)).ok ? Promise.resolve() : Promise.reject(new Error(t('portal.hall.idCardInvalid'))),
  };
  const phoneRule = {
    validator: (_: unknown, v?: string) =>
      v && isMobile(normalizeMobile(v)) ? Promise.resolve() : Promise.reject(new Error(t('portal.hall.phoneInvalid'))),
  };
  const submit = (v: PersonFields) => onSubmit({ name: v.name.trim(), idCard: normalizeIdCard(v.idCard), phone: normalizeMobile(v.phone) });
  return (
    <Form<PersonFields> form={form} layout="vertical" onFinish={submit} requiredMark={false} size="large">
      <Form.Item
        name="name"
        label={t('portal.hall.name')}
        rules={[{ required: true, whitespace: true, message: t('portal.hall.nameRequired') }]}
      >
        <Input maxLength={50} autoComplete="name" placeholder={t('portal.hall.namePlaceholder')} data-testid="book-name" />
      </Form.Item>
      <Form.Item name="idCard" label={t('portal.hall.idCard')} rules={[idRule]} validateTrigger="onBlur">
        <Input maxLength={24} autoComplete="off" placeholder={t('portal.hall.idCardPlaceholder')} data-testid="book-id" />
      </Form.Item>
      <Form.Item name="phone" label={t('portal.hall.phone')} rules={[phoneRule]} validateTrigger="onBlur">
        <Input
          maxLength={20}
          inputMode="tel"
          autoComplete="tel"
          placeholder={t('portal.hall.phonePlaceholder')}
          data-testid="book-phone"
        />
      </Form.Item>
      <BookingRules rules={rules} />
      {!!error && (
        <Alert
          type="error"
          showIcon
          title={errorText(error, t('portal.hall.loadFailed'))}
          style={{ marginBottom: 12 }}
          data-testid="book-error"
        />
      )}
      <div className="ow-hall-bar">
        <Button onClick={onBack}>{t('portal.hall.back')}</Button>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="book-submit">
          {busy ? t('portal.hall.submitting') : t('portal.hall.submit')}
        </Button>
      </div>
    </Form>
  );
}
