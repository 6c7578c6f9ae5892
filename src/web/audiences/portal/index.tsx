import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { lazy, type ComponentType } from 'react';
import { HomePage } from './home/HomePage.tsx';
import { PortalLayout } from './PortalLayout.tsx';
import { PortalMissing } from './shared/pageParts.tsx';
import './messages.ts';

// The home page comes with the portal; every other page loads when first opened, so a phone
// on a slow link downloads the booking calendar, the guide's QR code or the search filters
// only when it needs them.
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
const SearchPage = page(() => import('./search/SearchPage.tsx'), 'SearchPage');
const GuidePage = page(() => import('./guide/GuidePage.tsx'), 'GuidePage');
const BundlePage = page(() => import('./bundle/BundlePage.tsx'), 'BundlePage'); // 一件事 (decision 0048)
const HallHome = page(() => import('./hall/HallHome.tsx'), 'HallHome');
const BookPage = page(() => import('./hall/BookPage.tsx'), 'BookPage');
const RemoteTicketPage = page(() => import('./hall/RemoteTicketPage.tsx'), 'RemoteTicketPage');
const MyAppointmentsPage = page(() => import('./hall/MyAppointmentsPage.tsx'), 'MyAppointmentsPage');
const AppointmentPage = page(() => import('./hall/AppointmentPage.tsx'), 'AppointmentPage');
const TrackPage = page(() => import('./track/TrackPage.tsx'), 'TrackPage');
const SignInPage = page(() => import('./account/SignInPage.tsx'), 'SignInPage');
const AccountPage = page(() => import('./account/AccountPage.tsx'), 'AccountPage');
const EnterprisesPage = page(() => import('./account/EnterprisesPage.tsx'), 'EnterprisesPage'); // 企业账号 (decision 0044)
const MandatesPage = page(() => import('./account/MandatesPage.tsx'), 'MandatesPage'); // 委托代理 (decision 0044)
const MyCasesPage = page(() => import('./cases/MyCasesPage.tsx'), 'MyCasesPage'); // 我的办件 (issue #19)
const MyCasePage = page(() => import('./cases/MyCasePage.tsx'), 'MyCasePage');
const DemoPayPage = page(() => import('./cases/DemoPayPage.tsx'), 'DemoPayPage');
const MessagesPage = page(() => import('./account/MessagesPage.tsx'), 'MessagesPage');
const NotificationSettingsPage = page(() => import('./account/NotificationSettingsPage.tsx'), 'NotificationSettingsPage');
// issue #19: 网上申报 — the apply wizard, 我的申请 and the correction screen
const ApplyStartPage = page(() => import('./online/ApplyStartPage.tsx'), 'ApplyStartPage');
const ApplyPage = page(() => import('./online/ApplyPage.tsx'), 'ApplyPage');
const ApplicationsPage = page(() => import('./online/ApplicationsPage.tsx'), 'ApplicationsPage');
const ApplicationPage = page(() => import('./online/ApplicationPage.tsx'), 'ApplicationPage');
const VerifyPage = page(() => import('./verify/VerifyPage.tsx'), 'VerifyPage'); // e-certificate verification (issue #18)

function PortalNotFound() {
  const { t } = useTranslation();
  return <PortalMissing title={t('portal.notFound')} />;
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
        <Route path="me/enterprises" element={<EnterprisesPage />} />
        <Route path="me/mandates" element={<MandatesPage />} />
        <Route path="cases" element={<MyCasesPage />} />
        <Route path="cases/:id" element={<MyCasePage />} />
        <Route path="pay/demo/:token" element={<DemoPayPage />} />
        <Route path="me/messages" element={<MessagesPage />} />
        <Route path="me/notifications" element={<NotificationSettingsPage />} />
        <Route path="verify/:code?" element={<VerifyPage />} />
        <Route path="items/:id" element={<GuidePage />} />
        <Route path="bundles/:id" element={<BundlePage />} />
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
