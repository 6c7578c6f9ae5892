import { App, Spin } from 'antd';
import type { ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequirePermission } from '../../features/session/index.ts';
import { Forbidden } from '../../ui/Forbidden.tsx';
import { CalendarPage } from './calendar/CalendarPage.tsx';
import { CatalogRoutes } from './catalog/CatalogRoutes.tsx';
import { CentersPage } from './centers/CentersPage.tsx';
import { CertificateKeysPage } from './certificate-keys/CertificateKeysPage.tsx';
import { DepartmentsPage } from './departments/DepartmentsPage.tsx';
import { HallPage } from './hall/HallPage.tsx';
import { JobsPage } from './jobs/JobsPage.tsx';
import { NotificationsPage } from './notifications/NotificationsPage.tsx';
import { RegionsPage } from './regions/RegionsPage.tsx';
import { useCan, useMe } from './shared/hooks.ts';
import { StaffPage } from './staff/StaffPage.tsx';
import { WindowsPage } from './windows/WindowsPage.tsx';
import { WarningSettingsPage } from './warnings/WarningSettingsPage.tsx';
import './messages.ts';
import { consoleMenu } from './menu.ts';

// The menu lives in its own file: the shell reads it without loading the console's pages.
export { consoleMenu, type ConsoleMenuItem } from './menu.ts';

const pages: Record<string, ComponentType> = {
  centers: CentersPage,
  departments: DepartmentsPage,
  windows: WindowsPage,
  staff: StaffPage,
  regions: RegionsPage,
  catalog: CatalogRoutes,
  calendar: CalendarPage,
  hall: HallPage,
  jobs: JobsPage,
  'certificate-keys': CertificateKeysPage, // issue #18, e-certificate part
  warnings: WarningSettingsPage,
  notifications: NotificationsPage,
};

/** /console lands on the first page this person may open (a security admin has no org pages). */
function FirstAllowed() {
  const { isLoading } = useMe();
  const can = useCan();
  if (isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  const first = consoleMenu.find((m) => can(m.permission));
  return first ? <Navigate to={first.path} replace /> : <Forbidden />;
}

/** Routes under /console/*; antd's App gives the pages message and modal in the shell's theme. */
export function ConsoleRoutes() {
  return (
    <App component={false}>
      <Routes>
        <Route index element={<FirstAllowed />} />
        {consoleMenu.map(({ key, permission }) => {
          const Page = pages[key]!;
          return (
            <Route
              key={key}
              // "/*": a page may have pages of its own (catalog/:itemId/edit).
              path={`${key}/*`}
              element={
                <RequirePermission permission={permission}>
                  <Page />
                </RequirePermission>
              }
            />
          );
        })}
        <Route path="*" element={<FirstAllowed />} />
      </Routes>
    </App>
  );
}
