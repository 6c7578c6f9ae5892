import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { CenterPicker, useCenterParam } from '../../features/hall/index.ts';
import { KioskApp } from './KioskApp.tsx';
import { KioskSettingsPage } from './KioskSettingsPage.tsx';
import { PhoneTicket } from './PhoneTicket.tsx';
import './kiosk.css';
import './messages.ts';

/** /kiosk?center=<id>: the kiosk of that hall; without one, the hall picker for whoever sets the device up. */
function KioskEntry() {
  const { t } = useTranslation();
  const [centerId, choose] = useCenterParam();
  if (centerId) return <KioskApp key={centerId} centerId={centerId} />;
  return (
    <CenterPicker
      title={t('kiosk.title')}
      subtitle={t('kiosk.pickCenter')}
      hint={t('kiosk.pickCenterHint')}
      empty={t('kiosk.noCenters')}
      failed={t('kiosk.loadFailed')}
      onPick={choose}
    />
  );
}

/** The hall kiosk (/kiosk), its per-device settings, and the visitor's phone page behind the ticket's QR code. */
export function KioskRoutes() {
  return (
    <Routes>
      <Route path="ticket/:centerId/:id" element={<PhoneTicket />} />
      <Route path="settings" element={<KioskSettingsPage />} />
      <Route path="*" element={<KioskEntry />} />
    </Routes>
  );
}
