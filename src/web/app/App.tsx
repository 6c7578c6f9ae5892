import { lazy, Suspense, type ComponentType } from 'react';
import { Spin } from 'antd';
import { Navigate, Route, Routes } from 'react-router';
import { setupPending, useMe } from '../features/session/index.ts';
import { NotFound } from '../ui/NotFound.tsx';
import { AuthGate, SurfaceGate } from './auth.tsx';
import './messages.ts';
import { homePathOf } from './staff-menu.ts';

/** A page loaded on first visit: each audience is its own bundle, so a phone opening the portal loads no console. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

const PortalRoutes = page(() => import('../audiences/portal/index.tsx'), 'PortalRoutes');
const KioskRoutes = page(() => import('../audiences/kiosk/index.tsx'), 'KioskRoutes');
const DisplayRoutes = page(() => import('../audiences/display/index.tsx'), 'DisplayRoutes');
const RateRoutes = page(() => import('../audiences/rate/index.tsx'), 'RateRoutes');
const CabinetRoutes = page(() => import('../audiences/cabinet/index.tsx'), 'CabinetRoutes');
const WorkbenchRoutes = page(() => import('../audiences/workbench/index.tsx'), 'WorkbenchRoutes');
const ConsoleRoutes = page(() => import('../audiences/console/index.tsx'), 'ConsoleRoutes');
const SupervisionRoutes = page(() => import('../audiences/supervision/index.tsx'), 'SupervisionRoutes');
const StatsPrintPage = page(() => import('../audiences/console/hall/StatsPrintPage.tsx'), 'StatsPrintPage');
const RecordPrintPage = page(() => import('../audiences/workbench/special/RecordPrintPage.tsx'), 'RecordPrintPage');
const LoginPage = page(() => import('./login/LoginPage.tsx'), 'LoginPage');
const StaffLayout = page(() => import('./StaffLayout.tsx'), 'StaffLayout');

// Public surfaces (portal, kiosk, display, rate) need no account; staff surfaces sit behind
// the AuthGate and answer 403 to roles that do not include them.
export function App() {
  return (
    <Suspense fallback={<Spin fullscreen />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/portal/*" element={<PortalRoutes />} />
        <Route path="/kiosk/*" element={<KioskRoutes />} />
        <Route path="/display/*" element={<DisplayRoutes />} />
        <Route path="/rate/*" element={<RateRoutes />} />
        {/* issue #18: the simulated self-service cabinet (public, phone/kiosk sized) */}
        <Route path="/cabinet/*" element={<CabinetRoutes />} />
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
        {/* issue #17, special steps: 联合踏勘记录表 and the other records on paper */}
        <Route
          path="/print/special-record/:caseId/:recordId"
          element={
            <AuthGate>
              <SurfaceGate surface="workbench">
                <RecordPrintPage />
              </SurfaceGate>
            </AuthGate>
          }
        />
        <Route path="/" element={<Home />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
}

/** The bare address: staff go to their own surface, everyone else to sign-in. */
function Home() {
  const me = useMe();
  if (me.isPending) return <Spin fullscreen />;
  if (!me.data || setupPending(me.data)) return <Navigate to="/login" replace />;
  return <Navigate to={homePathOf(me.data)} replace />;
}
