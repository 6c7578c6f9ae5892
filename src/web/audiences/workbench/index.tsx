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
import { SpecialPage } from './special/SpecialPage.tsx';
import { PendingSignaturesCard } from './special/PendingSignaturesCard.tsx';
import { WorkbenchHome } from './WorkbenchHome.tsx';
import { DeliveryQueuePage } from './delivery/DeliveryQueuePage.tsx';
import { FeesPage } from './fees/FeesPage.tsx';
import { ArchivePage } from './archive/ArchivePage.tsx';
import { ReviewQueuePage } from './online/ReviewQueuePage.tsx';
import { ReviewPage } from './online/ReviewPage.tsx';
import './messages.ts';

// The menu lives in its own file: the shell reads it without loading this audience's pages.
export { workbenchMenu } from './menu.ts';

/** 待办: the back office's task inbox; a cashier's payment inbox is not built yet (its page says so). */
function InboxRoute() {
  const me = useMe().data!;
  if (!hasPermission(me, 'task.work')) return <NotYetPage />;
  return (
    <>
      {/* issue #17, special steps: joint inspection records waiting for this department's signature */}
      <PendingSignaturesCard />
      <InboxPage />
    </>
  );
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
        {/* issue #17, special steps: a co-signing department's page of one case's joint inspection */}
        <Route
          path="special/:caseId"
          element={
            <RequirePermission permission="task.work">
              <SpecialPage />
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
        {/* issue #18: the pickup window's queue (出件窗口) */}
        <Route
          path="delivery"
          element={
            <RequirePermission permission="case.read">
              <DeliveryQueuePage />
            </RequirePermission>
          }
        />
        <Route
          path="fees"
          element={
            <RequirePermission permission="fee.collect">
              <FeesPage />
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
        {/* issue #19: 网上预审, the window's queue of online applications */}
        <Route
          path="online-reviews"
          element={
            <RequirePermission permission="online.read">
              <ReviewQueuePage />
            </RequirePermission>
          }
        />
        <Route
          path="online-reviews/:id"
          element={
            <RequirePermission permission="online.read">
              <ReviewPage />
            </RequirePermission>
          }
        />
        <Route path="*" element={<WorkbenchHome />} />
      </Routes>
    </>
  );
}
