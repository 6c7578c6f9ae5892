import { App, Spin } from 'antd';
import type { ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequirePermission } from '../../features/session/index.ts';
import { Forbidden } from '../../ui/Forbidden.tsx';
import { CalendarPage } from './calendar/CalendarPage.tsx';
import { CatalogRoutes } from './catalog/CatalogRoutes.tsx';
import { CentersPage } from './centers/CentersPage.tsx';
import { DepartmentsPage } from './departments/DepartmentsPage.tsx';
import { HallPage } from './hall/HallPage.tsx';
import { JobsPage } from './jobs/JobsPage.tsx';
import { RegionsPage } from './regions/RegionsPage.tsx';
import { useCan, useMe } from './shared/hooks.ts';
import { StaffPage } from './staff/StaffPage.tsx';
import { WindowsPage } from './windows/WindowsPage.tsx';
import './messages.ts';

export interface ConsoleMenuItem {
  key: string;
  path: string;
  labelKey: string;
  /** The server permission the page's list needs (src/domain/access/permissions.ts). */
  permission: string;
}

/** The console's pages, in menu order; the shell draws the menu from this. */
export const consoleMenu: ConsoleMenuItem[] = [
  { key: 'centers', path: '/console/centers', labelKey: 'console.menu.centers', permission: 'org.read' },
  { key: 'departments', path: '/console/departments', labelKey: 'console.menu.departments', permission: 'org.read' },
  { key: 'windows', path: '/console/windows', labelKey: 'console.menu.windows', permission: 'org.read' },
  { key: 'staff', path: '/console/staff', labelKey: 'console.menu.staff', permission: 'staff.read' },
  { key: 'regions', path: '/console/regions', labelKey: 'console.menu.regions', permission: 'org.read' },
  { key: 'catalog', path: '/console/catalog', labelKey: 'console.menu.catalog', permission: 'catalog.read' },
  // Every console role may read the catalog, so this shows the calendar to all of them; editing
  // days inside it checks calendar.manage.
  { key: 'calendar', path: '/console/calendar', labelKey: 'console.menu.calendar', permission: 'catalog.read' },
  { key: 'hall', path: '/console/hall', labelKey: 'console.menu.hall', permission: 'queue.manage' },
  { key: 'jobs', path: '/console/jobs', labelKey: 'console.menu.jobs', permission: 'jobs.manage' },
];

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
