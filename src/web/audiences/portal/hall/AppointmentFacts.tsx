import { useTranslation } from 'react-i18next';
import type { AppointmentPublic } from './api.ts';

/** 已预约 / 已签到 …: the booking's state as a coloured label. */
export function StateLabel({ state }: { state: AppointmentPublic['state'] }) {
  const { t } = useTranslation();
  return (
    <span className={`ow-hall-state ow-hall-state--${state}`} data-testid="appointment-state" data-state={state}>
      {t(`portal.hall.state.${state}`)}
    </span>
  );
}

/** Hall, service, date and time, the person (masked): the same lines on the booking page and in "my bookings". */
export function AppointmentFacts({ a }: { a: AppointmentPublic }) {
  const { t } = useTranslation();
  const rows: [string, string, string][] = [
    [t('portal.hall.center'), a.centerName, 'center'],
    [t('portal.hall.category'), a.categoryName, 'category'],
    [t('portal.hall.date'), a.date, 'date'],
    [t('portal.hall.time'), `${a.start}–${a.end}`, 'time'],
    [t('portal.hall.person'), `${a.name} ${a.phoneMasked}`, 'person'],
  ];
  if (a.ticketNumber) rows.push([t('portal.hall.ticket'), a.ticketNumber, 'ticket']);
  return (
    <dl className="ow-kv" style={{ margin: '8px 0' }}>
      {rows.map(([k, v, id]) => (
        <div key={id} style={{ display: 'contents' }}>
          <dt>{k}</dt>
          <dd data-testid={`appointment-${id}`}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
