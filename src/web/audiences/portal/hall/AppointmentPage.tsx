import { Alert, Button, Popconfirm, Result, Skeleton } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { hallKey } from '../../../features/hall/index.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { useDocumentTitle } from '../shared/hooks.ts';
import { cancelAppointment, useAppointment } from './api.ts';
import { AppointmentFacts, StateLabel } from './AppointmentFacts.tsx';
import { QrCode } from '../../../features/hall/index.ts';
import { appointmentUrl, canCancel } from './slots.ts';
import './hall.css';

/**
 * /portal/appointment/:centerId/:id?code=: one booking, opened from the confirmation, the
 * QR code or "my bookings". The code in the address is the key: without it nothing shows.
 */
export function AppointmentPage() {
  const { t } = useTranslation();
  const { centerId = '', id = '' } = useParams();
  const [params] = useSearchParams();
  const code = (params.get('code') ?? '').toUpperCase();
  const fresh = params.get('new') === '1';
  const qc = useQueryClient();
  const appointment = useAppointment(centerId, id, code);
  const cancel = useMutation({
    mutationFn: () => cancelAppointment(centerId, id, code),
    onSuccess: (a) => {
      qc.setQueryData([...hallKey(centerId), 'appointment', id, code], a);
      void qc.invalidateQueries({ queryKey: [...hallKey(centerId), 'appointment-slots'] });
    },
  });
  useDocumentTitle(t('portal.hall.appointment'), t('portal.title'));

  if (appointment.isPending) return <Skeleton active />;
  const a = appointment.data;
  if (!a) {
    const missing = appointment.error instanceof ApiError && appointment.error.status === 404;
    return (
      <Alert
        type="error"
        showIcon
        title={missing ? t('portal.hall.notFound') : errorText(appointment.error, t('portal.hall.loadFailed'))}
      />
    );
  }
  const deadline = formatDateTime(a.cancelDeadline).slice(0, 16);
  const open = canCancel(a);
  return (
    <>
      {fresh && a.state === 'booked' && (
        <Result
          status="success"
          title={t('portal.hall.booked')}
          subTitle={t('portal.hall.bookedHint')}
          style={{ padding: '12px 0' }}
          data-testid="booked"
        />
      )}
      <section className="ow-panel">
        <div className="ow-row" style={{ justifyContent: 'space-between', marginBottom: 4 }}>
          <h1>{t('portal.hall.appointment')}</h1>
          <StateLabel state={a.state} />
        </div>
        <AppointmentFacts a={a} />
        {a.state === 'booked' && (
          <div className="ow-hall-qr">
            <QrCode value={appointmentUrl(window.location.origin, a)} size={200} alt={t('portal.hall.qrAlt')} testId="appointment-qr" />
            <span className="ow-small ow-muted">{t('portal.hall.code')}</span>
            <span className="ow-hall-code" data-testid="appointment-code">
              {a.code}
            </span>
            <span className="ow-small">{t('portal.hall.scanAtKiosk')}</span>
          </div>
        )}
        {a.state === 'checked_in' && a.ticketId && (
          <Link to={`/kiosk/ticket/${a.centerId}/${a.ticketId}`}>
            <Button type="primary" size="large" block>
              {t('portal.hall.followTicket')}
            </Button>
          </Link>
        )}
      </section>
      {a.state === 'booked' && (
        <section className="ow-panel">
          {open ? (
            <>
              <p className="ow-muted" style={{ marginBottom: 8 }} data-testid="cancel-deadline">
                {t('portal.hall.cancelBefore', { time: deadline })}
              </p>
              <Popconfirm
                title={t('portal.hall.cancelConfirm')}
                okText={t('portal.hall.cancelOk')}
                cancelText={t('portal.hall.keep')}
                onConfirm={() => cancel.mutate()}
              >
                <Button danger block size="large" loading={cancel.isPending} data-testid="appointment-cancel">
                  {t('portal.hall.cancel')}
                </Button>
              </Popconfirm>
            </>
          ) : (
            <p className="ow-muted">{t('portal.hall.cancelClosed', { time: deadline })}</p>
          )}
          {cancel.isError && (
            <Alert type="error" showIcon title={errorText(cancel.error, t('portal.hall.loadFailed'))} style={{ marginTop: 12 }} />
          )}
        </section>
      )}
      {cancel.isSuccess && <Alert type="success" showIcon title={t('portal.hall.cancelled')} style={{ marginBottom: 12 }} />}
      <p>
        <Link to={`/portal/hall?center=${a.centerId}`}>← {t('portal.hall.title')}</Link>
      </p>
    </>
  );
}
