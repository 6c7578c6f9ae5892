import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { GuidePage } from './guide/GuidePage.tsx';
import { AppointmentPage } from './hall/AppointmentPage.tsx';
import { BookPage } from './hall/BookPage.tsx';
import { HallHome } from './hall/HallHome.tsx';
import { MyAppointmentsPage } from './hall/MyAppointmentsPage.tsx';
import { RemoteTicketPage } from './hall/RemoteTicketPage.tsx';
import { HomePage } from './home/HomePage.tsx';
import { PortalLayout } from './PortalLayout.tsx';
import { SearchPage } from './search/SearchPage.tsx';
import { TrackPage } from './track/TrackPage.tsx';

function PortalNotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('portal.notFound')}
      extra={
        <Link to="/portal">
          <Button type="primary">{t('portal.backHome')}</Button>
        </Link>
      }
    />
  );
}

/** The online hall (网上办事大厅): /portal, /portal/search, /portal/items/:id, and the hall's bookings and tickets (/portal/hall…, /portal/appointment/…). */
export function PortalRoutes() {
  return (
    <Routes>
      <Route element={<PortalLayout />}>
        <Route index element={<HomePage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="track" element={<TrackPage />} />
        <Route path="items/:id" element={<GuidePage />} />
        <Route path="hall" element={<HallHome />} />
        <Route path="hall/book" element={<BookPage />} />
        <Route path="hall/remote" element={<RemoteTicketPage />} />
        <Route path="hall/mine" element={<MyAppointmentsPage />} />
        <Route path="appointment/:centerId/:id" element={<AppointmentPage />} />
        <Route path="*" element={<PortalNotFound />} />
      </Route>
    </Routes>
  );
}
