import { Route, Routes } from 'react-router';
import { RequirePermission } from '../../features/session/index.ts';
import { QueuePage } from './queue/QueuePage.tsx';
import { CaseListsPage } from './cases/CaseListsPage.tsx';
import { CaseRoute } from './cases/CaseRoute.tsx';
import { ScanToOpen } from './cases/ScanToOpen.tsx';
import { ConsultPage } from './consult/ConsultPage.tsx';
import { IntakePage } from './intake/IntakePage.tsx';
import { NotYetPage } from './NotYetPage.tsx';
import { WorkbenchHome } from './WorkbenchHome.tsx';
import './messages.ts';

// The menu lives in its own file: the shell reads it without loading this audience's pages.
export { workbenchMenu } from './menu.ts';

export function WorkbenchRoutes() {
  return (
    <>
      <ScanToOpen />
      <WorkbenchPages />
    </>
  );
}

function WorkbenchPages() {
  return (
    <Routes>
      <Route index element={<WorkbenchHome />} />
      <Route path="home" element={<WorkbenchHome />} />
      <Route
        path="queue"
        element={
          <RequirePermission permission="queue.serve">
            <QueuePage />
          </RequirePermission>
        }
      />
      <Route
        path="intake"
        element={
          <RequirePermission permission="case.intake">
            <IntakePage />
          </RequirePermission>
        }
      />
      <Route
        path="cases"
        element={
          <RequirePermission permission="case.read">
            <CaseListsPage />
          </RequirePermission>
        }
      />
      <Route
        path="cases/:id"
        element={
          <RequirePermission permission="case.read">
            <CaseRoute />
          </RequirePermission>
        }
      />
      <Route
        path="consult"
        element={
          <RequirePermission permission="case.consult">
            <ConsultPage />
          </RequirePermission>
        }
      />
      <Route path="inbox" element={<NotYetPage />} />
      <Route path="*" element={<WorkbenchHome />} />
    </Routes>
  );
}
