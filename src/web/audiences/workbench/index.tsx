import { Route, Routes } from 'react-router';
import { hasPermission, RequirePermission, useMe } from '../../features/session/index.ts';
import { QueuePage } from './queue/QueuePage.tsx';
import { CaseListsPage } from './cases/CaseListsPage.tsx';
import { CaseRoute } from './cases/CaseRoute.tsx';
import { ScanToOpen } from './cases/ScanToOpen.tsx';
import { ConsultPage } from './consult/ConsultPage.tsx';
import { IntakePage } from './intake/IntakePage.tsx';
import { NotYetPage } from './NotYetPage.tsx';
import { VerificationsPage } from './verifications/VerificationsPage.tsx';
import { InboxPage } from './inbox/InboxPage.tsx';
import { StepPage } from './inbox/StepPage.tsx';
import { WorkbenchHome } from './WorkbenchHome.tsx';
import { ArchivePage } from './archive/ArchivePage.tsx';
import './messages.ts';

// The menu lives in its own file: the shell reads it without loading this audience's pages.
export { workbenchMenu } from './menu.ts';

/** 待办: the back office's task inbox; a cashier's payment inbox is not built yet (its page says so). */
function InboxRoute() {
  const me = useMe().data!;
  return hasPermission(me, 'task.work') ? <InboxPage /> : <NotYetPage />;
}

export function WorkbenchRoutes() {
  return (
    <>
      <ScanToOpen />
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
        <Route path="inbox" element={<InboxRoute />} />
        <Route
          path="inbox/:taskId"
          element={
            <RequirePermission permission="task.work">
              <StepPage />
            </RequirePermission>
          }
        />
        <Route
          path="verifications"
          element={
            <RequirePermission permission="case.read">
              <VerificationsPage />
            </RequirePermission>
          }
        />
        <Route
          path="archive"
          element={
            <RequirePermission permission="archive.read">
              <ArchivePage />
            </RequirePermission>
          }
        />
        <Route path="*" element={<WorkbenchHome />} />
      </Routes>
    </>
  );
}
