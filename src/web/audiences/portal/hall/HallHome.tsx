import { CalendarOutlined, EnvironmentOutlined, MobileOutlined, ProfileOutlined } from '@ant-design/icons';
import { Alert, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCenterParam, useHallCenters, useHallInfo } from '../../../features/hall/index.ts';
import { useDocumentTitle } from '../shared/hooks.ts';
import { useAppointmentOptions } from './api.ts';
import './hall.css';

/** The halls people can visit, one touch each; the choice goes into the address (?center=) to bookmark or share. */
function CenterList({ onPick }: { onPick: (id: string) => void }) {
  const { t } = useTranslation();
  const centers = useHallCenters();
  return (
    <section className="ow-panel">
      <h1 style={{ marginBottom: 4 }}>{t('portal.hall.pickCenter')}</h1>
      <p className="ow-muted" style={{ marginBottom: 12 }}>
        {t('portal.hall.pickHint')}
      </p>
      {centers.isPending && <Skeleton active />}
      {centers.isError && <Alert type="error" showIcon title={t('portal.hall.loadFailed')} />}
      {centers.data?.length === 0 && <p>{t('portal.hall.noCenters')}</p>}
      <div className="ow-stack">
        {centers.data?.map((c) => (
          <button key={c.id} type="button" className="ow-hall-choice" onClick={() => onPick(c.id)} data-testid="hall-center">
            <EnvironmentOutlined />
            <strong>{c.name}</strong>
          </button>
        ))}
      </div>
    </section>
  );
}

/** /portal/hall: choose a hall, then book a visit, take a ticket from the phone, or find one's bookings. */
export function HallHome() {
  const { t } = useTranslation();
  const [centerId, choose] = useCenterParam();
  useDocumentTitle(t('portal.hall.title'), t('portal.title'));
  if (!centerId) return <CenterList onPick={choose} />;
  return <CenterActions centerId={centerId} />;
}

function CenterActions({ centerId }: { centerId: string }) {
  const { t } = useTranslation();
  const name = useHallCenters().data?.find((c) => c.id === centerId)?.name;
  const info = useHallInfo(centerId);
  const options = useAppointmentOptions(centerId);
  const remoteOn = info.data ? info.data.remoteTickets !== false : false;
  const bookOn = options.data?.enabled ?? false;
  const q = `?center=${centerId}`;
  const action = (to: string, on: boolean, icon: ReactNode, title: string, hint: string, testId: string) => (
    <Link to={on ? to : '#'} className={on ? 'ow-hall-action' : 'ow-hall-action is-off'} aria-disabled={!on} data-testid={testId}>
      {icon}
      <span>
        <strong>{title}</strong>
        <span className="ow-small ow-muted">{hint}</span>
      </span>
    </Link>
  );
  return (
    <>
      <section className="ow-panel">
        <h1 data-testid="hall-center-name">{name ?? '\u00a0'}</h1>
        <Link to="/portal/hall" className="ow-small">
          {t('portal.hall.changeCenter')}
        </Link>
      </section>
      {info.data?.notice && <Alert type="info" showIcon title={info.data.notice} style={{ marginBottom: 12 }} />}
      {(info.isError || options.isError) && (
        <Alert type="error" showIcon title={t('portal.hall.loadFailed')} style={{ marginBottom: 12 }} />
      )}
      <div className="ow-hall-actions">
        {action(
          `/portal/hall/book${q}`,
          bookOn,
          <CalendarOutlined />,
          t('portal.hall.book'),
          bookOn || options.isPending ? t('portal.hall.bookHint') : t('portal.hall.appointmentsOff'),
          'hall-book',
        )}
        {/* Offered only while the hall takes tickets from phones (a hall switch in the console). */}
        {remoteOn &&
          action(
            `/portal/hall/remote${q}`,
            !info.data?.restingToday,
            <MobileOutlined />,
            t('portal.hall.remote'),
            info.data?.restingToday ? t('portal.hall.restingToday') : t('portal.hall.remoteHint'),
            'hall-remote',
          )}
        {action(`/portal/hall/mine${q}`, true, <ProfileOutlined />, t('portal.hall.mine'), t('portal.hall.mineHint'), 'hall-mine')}
      </div>
    </>
  );
}
