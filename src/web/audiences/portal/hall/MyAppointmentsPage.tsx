import { Alert, Button, Empty, Form, Input } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isMobile, normalizeIdCard, normalizeMobile, validateIdCard } from '../../../../domain/identifiers/index.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { useDocumentTitle } from '../shared/hooks.ts';
import { lookupAppointments } from './api.ts';
import { AppointmentFacts, StateLabel } from './AppointmentFacts.tsx';
import { CenterGate } from './CenterGate.tsx';
import './hall.css';

/** /portal/hall/mine?center=: the person's bookings at this hall, found by ID number and mobile together. */
export function MyAppointmentsPage() {
  return <CenterGate>{(centerId) => <MyAppointments centerId={centerId} />}</CenterGate>;
}

function MyAppointments({ centerId }: { centerId: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('portal.hall.mine'), t('portal.title'));
  const lookup = useMutation({ mutationFn: (v: { idCard: string; phone: string }) => lookupAppointments(centerId, v) });
  const idRule = {
    validator: (_: unknown, v?: string) =>
      v && validateIdCard(normalizeIdCard(v)).ok ? Promise.resolve() : Promise.reject(new Error(t('portal.hall.idCardInvalid'))),
  };
  const phoneRule = {
    validator: (_: unknown, v?: string) =>
      v && isMobile(normalizeMobile(v)) ? Promise.resolve() : Promise.reject(new Error(t('portal.hall.phoneInvalid'))),
  };
  const items = lookup.data?.items;
  return (
    <>
      <section className="ow-panel">
        <h1 style={{ marginBottom: 4 }}>{t('portal.hall.lookupTitle')}</h1>
        <p className="ow-muted" style={{ marginBottom: 12 }}>
          {t('portal.hall.lookupHint')}
        </p>
        <Form
          layout="vertical"
          size="large"
          requiredMark={false}
          onFinish={(v: { idCard: string; phone: string }) =>
            lookup.mutate({ idCard: v.idCard.trim().toUpperCase(), phone: v.phone.trim() })
          }
        >
          <Form.Item name="idCard" label={t('portal.hall.idCard')} rules={[idRule]}>
            <Input maxLength={24} autoComplete="off" data-testid="mine-id" />
          </Form.Item>
          <Form.Item name="phone" label={t('portal.hall.phone')} rules={[phoneRule]}>
            <Input maxLength={20} inputMode="tel" data-testid="mine-phone" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={lookup.isPending} data-testid="mine-submit">
            {t('portal.hall.lookup')}
          </Button>
        </Form>
        {lookup.isError && (
          <Alert type="error" showIcon title={errorText(lookup.error, t('portal.hall.loadFailed'))} style={{ marginTop: 12 }} />
        )}
      </section>
      {items && items.length === 0 && <Empty description={t('portal.hall.none')} />}
      {items?.map((a) => (
        <section key={a.id} className="ow-panel" data-testid="mine-item">
          <div className="ow-row" style={{ justifyContent: 'space-between' }}>
            <strong>
              {a.date} {a.start}
            </strong>
            <StateLabel state={a.state} />
          </div>
          <AppointmentFacts a={a} />
          <Link to={`/portal/appointment/${a.centerId}/${a.id}?code=${a.code}`}>{t('portal.hall.open')} →</Link>
        </section>
      ))}
    </>
  );
}
