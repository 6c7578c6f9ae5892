import { Spin } from 'antd';
import { Navigate, Route, Routes } from 'react-router';
import { ConsoleRoutes } from '../audiences/console/index.tsx';
import { StatsPrintPage } from '../audiences/console/hall/StatsPrintPage.tsx';
import { DisplayRoutes } from '../audiences/display/index.tsx';
import { KioskRoutes } from '../audiences/kiosk/index.tsx';
import { PortalRoutes } from '../audiences/portal/index.tsx';
import { RateRoutes } from '../audiences/rate/index.tsx';
import { SupervisionRoutes } from '../audiences/supervision/index.tsx';
import { WorkbenchRoutes } from '../audiences/workbench/index.tsx';
import { setupPending, useMe } from '../features/session/index.ts';
import { NotFound } from '../ui/NotFound.tsx';
import { AuthGate, SurfaceGate } from './auth.tsx';
import { LoginPage } from './login/LoginPage.tsx';
import { StaffLayout } from './StaffLayout.tsx';
import './messages.ts';
import { homePathOf } from './staff-menu.ts';

// Public surfaces (portal, kiosk, display, rate) need no account; staff surfaces sit behind
// the AuthGate and answer 403 to roles that do not include them.
export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/portal/*" element={<PortalRoutes />} />
      <Route path="/kiosk/*" element={<KioskRoutes />} />
      <Route path="/display/*" element={<DisplayRoutes />} />
      <Route path="/rate/*" element={<RateRoutes />} />
      <Route
        element={
          <AuthGate>
            <StaffLayout />
          </AuthGate>
        }
      >
        <Route
          path="/workbench/*"
          element={
            <SurfaceGate surface="workbench">
              <WorkbenchRoutes />
            </SurfaceGate>
          }
        />
        <Route
          path="/console/*"
          element={
            <SurfaceGate surface="console">
              <ConsoleRoutes />
            </SurfaceGate>
          }
        />
        <Route
          path="/supervision/*"
          element={
            <SurfaceGate surface="supervision">
              <SupervisionRoutes />
            </SurfaceGate>
          }
        />
      </Route>
      {/* Print pages: signed in, but without the staff layout around them. */}
      <Route
        path="/print/hall-stats"
        element={
          <AuthGate>
            <SurfaceGate surface="console">
              <StatsPrintPage />
            </SurfaceGate>
          </AuthGate>
        }
      />
      <Route path="/" element={<Home />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

/** The bare address: staff go to their own surface, everyone else to sign-in. */
function Home() {
  const me = useMe();
  if (me.isPending) return <Spin fullscreen />;
  if (!me.data || setupPending(me.data)) return <Navigate to="/login" replace />;
  return <Navigate to={homePathOf(me.data)} replace />;
}
