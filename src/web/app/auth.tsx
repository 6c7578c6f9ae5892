import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Result, Spin } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { Surface } from '../../domain/access/index.ts';
import { api } from '../api/client.ts';
import { forgetSession, meQueryKey, setupPending, tabHadSession, useMe } from '../features/session/index.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Forbidden } from '../ui/Forbidden.tsx';
import { isSessionLost, useSessionEvents, type SignInNotice } from './session.ts';
import { firstPathOf } from './staff-menu.ts';

export { useMe, type Me } from '../features/session/index.ts';

/** What the sign-in page receives in the router state. */
export interface SignInState {
  notice?: SignInNotice;
  from?: string;
}

function toSignIn(notice: SignInNotice | undefined, from: string): { to: string; state: SignInState } {
  return { to: '/login', state: { notice, from } };
}

/** Ends the session on the server (best effort) and forgets every cached answer. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (notice: SignInNotice = 'signed-out') => {
    await api('/auth/sign-out', { method: 'POST' }).catch(() => undefined);
    forgetSession();
    queryClient.clear();
    navigate('/login', { replace: true, state: { notice } satisfies SignInState });
  };
}

/**
 * Staff screens render only for a signed-in account that finished its first-sign-in setup;
 * everyone else goes to /login, which remembers where they were going.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const lostNotice = (): SignInNotice => (tabHadSession() ? 'expired' : 'required');
  useSessionEvents(
    () => {
      const { to, state } = toSignIn(lostNotice(), location.pathname);
      forgetSession();
      queryClient.clear();
      navigate(to, { replace: true, state });
    },
    () => void queryClient.invalidateQueries({ queryKey: meQueryKey }),
  );

  if (me.isPending) return <Spin fullscreen />;
  if (me.error) {
    if (!isSessionLost(me.error)) return <Result status="error" extra={<ErrorAlert error={me.error} />} />;
    const { to, state } = toSignIn(lostNotice(), location.pathname);
    return <Navigate to={to} state={state} replace />;
  }
  if (setupPending(me.data)) return <Navigate to="/login" state={{ from: location.pathname } satisfies SignInState} replace />;
  return children;
}

/** A staff surface the user's roles do not include answers 403, not an empty screen. */
export function SurfaceGate({ surface, children }: { surface: Surface; children: ReactNode }) {
  const me = useMe().data;
  const { pathname } = useLocation();
  if (!me) return null;
  if (!me.surfaces.includes(surface)) return <Forbidden />;
  const first = firstPathOf(me, surface);
  if (pathname.replace(/\/$/, '') === `/${surface}` && first !== `/${surface}`) return <Navigate to={first} replace />;
  return children;
}
