import { Alert, Button, Popconfirm, Spin } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { cancelHallTicket, fetchHallTicket, useLiveBoard } from '../../features/hall/index.ts';
import { formatDateTime } from '../../ui/format.ts';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { kioskColors } from './KioskLayout.tsx';
import { waitText } from './waitText.ts';

const SOON = 2;

/** Vibrates once each time the ticket enters a new stage worth a nudge (almost there, called). */
function useNudge(stage: string | undefined) {
  const last = useRef<string>(undefined);
  useEffect(() => {
    if (stage && stage !== 'none' && stage !== last.current) navigator.vibrate?.([300, 120, 300]);
    last.current = stage;
  }, [stage]);
}

/**
 * The visitor's phone, opened from the ticket's QR code: place in the queue and the wait,
 * kept current by the hall's live socket (every change refetches this ticket), a banner and a
 * vibration when two or fewer are ahead, and the window once called.
 */
export function PhoneTicket() {
  const { t } = useTranslation();
  const { centerId = '', id = '' } = useParams();
  const ticket = useQuery({
    queryKey: ['hall', centerId, 'ticket', id],
    queryFn: () => fetchHallTicket(centerId, id),
    refetchInterval: 60_000,
    retry: (n, err) => n < 2 && !(err instanceof ApiError && err.status < 500),
  });
  const live = useLiveBoard(centerId, { onChange: () => void ticket.refetch() });
  const cancel = useMutation({ mutationFn: () => cancelHallTicket(centerId, id), onSuccess: () => void ticket.refetch() });
  const data = ticket.data;
  const waiting = data?.state === 'waiting' || data?.state === 'transferred';
  const soon = waiting && data.ahead <= SOON;
  const called = data?.state === 'called';
  useNudge(called ? 'called' : soon ? 'soon' : 'none');

  if (ticket.isPending) return <Spin size="large" style={{ display: 'block', margin: '30vh auto' }} />;
  if (!data)
    return (
      <Alert
        type="error"
        showIcon
        style={{ margin: 16 }}
        title={ticket.error instanceof ApiError && ticket.error.status === 404 ? t('kiosk.notFound') : t('kiosk.loadFailed')}
      />
    );
  const box = { background: '#fff', borderRadius: 16, border: `2px solid ${kioskColors.line}`, padding: 16, textAlign: 'center' as const };
  return (
    <div
      style={{
        minHeight: '100vh',
        background: kioskColors.paper,
        color: kioskColors.ink,
        padding: 16,
        boxSizing: 'border-box',
        maxWidth: 520,
        margin: '0 auto',
      }}
    >
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 12 }}>
        <h1 style={{ fontSize: 22, margin: 0, color: kioskColors.brand }}>{t('kiosk.phoneTitle')}</h1>
        <LanguageSwitch size="small" />
      </header>
      {live.status === 'reconnecting' && <Alert type="warning" showIcon title={t('kiosk.offline')} style={{ marginBottom: 12 }} />}
      {soon && (
        <Alert
          type="warning"
          showIcon
          banner
          title={data.ahead === 0 ? t('kiosk.next') : t('kiosk.soon', { count: data.ahead })}
          style={{ marginBottom: 12, fontSize: 18 }}
          data-testid="phone-soon"
        />
      )}
      {called && data.windowNumber && (
        <div
          role="alert"
          style={{ ...box, background: kioskColors.brand, color: '#fff', border: 'none', fontSize: 30, fontWeight: 700, marginBottom: 12 }}
          data-testid="phone-called"
        >
          {t('kiosk.goTo', { window: data.windowNumber })}
        </div>
      )}
      <section style={{ ...box, marginBottom: 12 }}>
        <div style={{ fontSize: 16, color: kioskColors.soft }}>{t('kiosk.yourNumber')}</div>
        <div style={{ fontSize: 72, fontWeight: 800, color: kioskColors.brand, lineHeight: 1.1 }} data-testid="phone-number">
          {data.number}
        </div>
        <div style={{ fontSize: 20, fontWeight: 600 }}>{data.categoryName}</div>
        <div style={{ fontSize: 18, marginTop: 8 }} data-testid="phone-state">
          {t(`kiosk.state.${data.state}`)}
        </div>
      </section>
      {waiting && (
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12, marginBottom: 12 }}>
          <div style={box}>
            <div style={{ color: kioskColors.soft }}>{t('kiosk.ahead')}</div>
            <div style={{ fontSize: 32, fontWeight: 700 }} data-testid="phone-ahead">
              {t('kiosk.aheadCount', { count: data.ahead })}
            </div>
          </div>
          <div style={box}>
            <div style={{ color: kioskColors.soft }}>{t('kiosk.wait')}</div>
            <div style={{ fontSize: 24, fontWeight: 700, lineHeight: '48px' }}>{waitText(t, data)}</div>
          </div>
        </div>
      )}
      <p style={{ fontSize: 15, color: kioskColors.soft }}>{t('kiosk.watch')}</p>
      <p style={{ fontSize: 13, color: kioskColors.soft }}>{t('kiosk.updated', { time: formatDateTime(ticket.dataUpdatedAt) })}</p>
      {waiting && (
        <Popconfirm
          title={t('kiosk.cancelConfirm')}
          onConfirm={() => cancel.mutate()}
          okText={t('kiosk.cancel')}
          cancelText={t('kiosk.back')}
        >
          <Button block size="large" danger loading={cancel.isPending} style={{ marginTop: 12 }}>
            {t('kiosk.cancel')}
          </Button>
        </Popconfirm>
      )}
      {cancel.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={cancel.error instanceof ApiError ? cancel.error.body.message : t('kiosk.loadFailed')}
        />
      )}
    </div>
  );
}
