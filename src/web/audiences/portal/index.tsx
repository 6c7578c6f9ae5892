import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { lazy, type ComponentType } from 'react';
import { HomePage } from './home/HomePage.tsx';
import { PortalLayout } from './PortalLayout.tsx';
import './messages.ts';

// The home page comes with the portal; every other page loads when first opened, so a phone
// on a slow link downloads the booking calendar, the guide's QR code or the search filters
// only when it needs them.
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
const SearchPage = page(() => import('./search/SearchPage.tsx'), 'SearchPage');
const GuidePage = page(() => import('./guide/GuidePage.tsx'), 'GuidePage');
const HallHome = page(() => import('./hall/HallHome.tsx'), 'HallHome');
const BookPage = page(() => import('./hall/BookPage.tsx'), 'BookPage');
const RemoteTicketPage = page(() => import('./hall/RemoteTicketPage.tsx'), 'RemoteTicketPage');
const MyAppointmentsPage = page(() => import('./hall/MyAppointmentsPage.tsx'), 'MyAppointmentsPage');
const AppointmentPage = page(() => import('./hall/AppointmentPage.tsx'), 'AppointmentPage');
const TrackPage = page(() => import('./track/TrackPage.tsx'), 'TrackPage');
const SignInPage = page(() => import('./account/SignInPage.tsx'), 'SignInPage');
const AccountPage = page(() => import('./account/AccountPage.tsx'), 'AccountPage');
// issue #19: 网上申报 — the apply wizard, 我的申请 and the correction screen
const ApplyStartPage = page(() => import('./online/ApplyStartPage.tsx'), 'ApplyStartPage');
const ApplyPage = page(() => import('./online/ApplyPage.tsx'), 'ApplyPage');
const ApplicationsPage = page(() => import('./online/ApplicationsPage.tsx'), 'ApplicationsPage');
const ApplicationPage = page(() => import('./online/ApplicationPage.tsx'), 'ApplicationPage');
const VerifyPage = page(() => import('./verify/VerifyPage.tsx'), 'VerifyPage'); // e-certificate verification (issue #18)

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
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="me" element={<AccountPage />} />
        <Route path="verify/:code?" element={<VerifyPage />} />
        <Route path="items/:id" element={<GuidePage />} />
        <Route path="apply" element={<ApplyStartPage />} />
        <Route path="apply/:applicationId" element={<ApplyPage />} />
        <Route path="applications" element={<ApplicationsPage />} />
        <Route path="applications/:id" element={<ApplicationPage />} />
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
