import { Alert, Button, Input, Skeleton } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isMobile, normalizeMobile } from '../../../../domain/identifiers/index.ts';
import { CategoryIcon, hallKey, issueHallTicket, useHallInfo, type HallCategory } from '../../../features/hall/index.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { useDocumentTitle } from '../shared/hooks.ts';
import { CenterGate } from './CenterGate.tsx';
import './hall.css';

/** Why a category cannot issue now, in the visitor's words; undefined when it can. */
function unavailable(c: HallCategory, t: (k: string, o?: Record<string, unknown>) => string): string | undefined {
  if (!c.openNow) return c.openingHours ? t('portal.hall.closedNow', { hours: c.openingHours }) : t('portal.hall.paused');
  if (c.remainingToday <= 0) return t('portal.hall.soldOut');
  return undefined;
}

/** /portal/hall/remote?center=: choose a category, optionally a mobile, take the ticket, follow it on the live page. */
export function RemoteTicketPage() {
  return <CenterGate>{(centerId) => <RemoteTicket centerId={centerId} />}</CenterGate>;
}

function RemoteTicket({ centerId }: { centerId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const info = useHallInfo(centerId);
  const [picked, setPicked] = useState<string>();
  const [phone, setPhone] = useState('');
  const [checked, setChecked] = useState(false);
  useDocumentTitle(t('portal.hall.remoteTitle'), t('portal.title'));
  const take = useMutation({
    mutationFn: () => issueHallTicket(centerId, { categoryId: picked!, phone: phone ? normalizeMobile(phone) : undefined, source: 'remote' }),
    onSuccess: (ticket) => {
      void qc.invalidateQueries({ queryKey: hallKey(centerId) });
      navigate(`/kiosk/ticket/${ticket.centerId}/${ticket.id}`);
    },
  });
  const phoneBad = phone !== '' && !isMobile(normalizeMobile(phone));

  if (info.isPending) return <Skeleton active />;
  if (!info.data) return <Alert type="error" showIcon title={errorText(info.error, t('portal.hall.loadFailed'))} />;
  if (info.data.remoteTickets === false || info.data.restingToday)
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="remote-unavailable"
        title={t(info.data.remoteTickets === false ? 'portal.hall.remoteOff' : 'portal.hall.restingToday')}
        action={<Link to={`/portal/hall?center=${centerId}`}>{t('portal.hall.back')}</Link>}
      />
    );
  const submit = () => {
    setChecked(true);
    if (picked && !phoneBad) take.mutate();
  };
  return (
    <section className="ow-panel">
      <h1 style={{ marginBottom: 12 }}>{t('portal.hall.remoteChoose')}</h1>
      <div className="ow-stack" role="radiogroup">
        {info.data.items.map((c) => {
          const why = unavailable(c, t);
          return (
            <button
              key={c.id}
              type="button"
              role="radio"
              aria-checked={picked === c.id}
              disabled={!!why}
              className="ow-hall-choice"
              style={picked === c.id ? { borderColor: 'var(--blue)', background: '#eef3fc' } : undefined}
              onClick={() => setPicked(c.id)}
              data-testid="remote-category"
              data-prefix={c.prefix}
            >
              <CategoryIcon name={c.icon} />
              <span>
                <strong>{c.name}</strong>
                <span className="ow-small ow-muted">{why ?? t('portal.hall.waiting', { count: c.waiting })}</span>
              </span>
            </button>
          );
        })}
      </div>
      <label htmlFor="remote-phone" style={{ display: 'block', margin: '16px 0 4px' }}>
        {t('portal.hall.phoneOptional')}
      </label>
      <Input
        id="remote-phone"
        size="large"
        inputMode="tel"
        maxLength={20}
        value={phone}
        status={checked && phoneBad ? 'error' : undefined}
        onChange={(e) => setPhone(e.target.value.replace(/\D/g, ''))}
        placeholder={t('portal.hall.phonePlaceholder')}
        data-testid="remote-phone"
      />
      {checked && phoneBad && (
        <p role="alert" style={{ color: '#cf1322', marginTop: 4 }}>
          {t('portal.hall.phoneInvalid')}
        </p>
      )}
      <p className="ow-small ow-muted" style={{ margin: '12px 0' }}>
        {t('portal.hall.remoteNote')}
      </p>
      {take.isError && (
        <Alert type="error" showIcon title={errorText(take.error, t('portal.hall.loadFailed'))} style={{ marginBottom: 12 }} />
      )}
      <div className="ow-hall-bar">
        <Button size="large" onClick={() => navigate(`/portal/hall?center=${centerId}`)}>
          {t('portal.hall.back')}
        </Button>
        <Button type="primary" size="large" disabled={!picked} loading={take.isPending} onClick={submit} data-testid="remote-take">
          {take.isPending ? t('portal.hall.taking') : t('portal.hall.take')}
        </Button>
      </div>
    </section>
  );
}
