import { Route, Routes } from 'react-router';
import { RequirePermission } from '../../features/session/index.ts';
import { QueuePage } from './queue/QueuePage.tsx';
import { WorkbenchHome } from './WorkbenchHome.tsx';
import './messages.ts';

// The menu lives in its own file: the shell reads it without loading this audience's pages.
export { workbenchMenu } from './menu.ts';

export function WorkbenchRoutes() {
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
      <Route path="*" element={<WorkbenchHome />} />
    </Routes>
  );
}
