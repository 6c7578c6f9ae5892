import { useEffect, useRef } from 'react';
import { ApiError } from '../api/client.ts';

/** Why the user is back at the sign-in page; the page shows a matching notice. */
export type SignInNotice = 'required' | 'expired' | 'idle' | 'signed-out';

const SESSION_LOST = 'ow:session-lost';
const SETUP_REQUIRED = 'ow:setup-required';
const sessionCodes = new Set(['UNAUTHENTICATED', 'SESSION_EXPIRED']);
const setupCodes = new Set(['PASSWORD_CHANGE_REQUIRED', 'TWO_FACTOR_SETUP_REQUIRED']);

export function isSessionLost(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && sessionCodes.has(error.body.code);
}

export function reportApiError(error: unknown) {
  if (isSessionLost(error)) window.dispatchEvent(new Event(SESSION_LOST));
  else if (error instanceof ApiError && error.status === 403 && setupCodes.has(error.body.code)) window.dispatchEvent(new Event(SETUP_REQUIRED));
}

/** Calls back when any API call finds the session gone or the account's setup unfinished. */
export function useSessionEvents(onLost: () => void, onSetupRequired: () => void) {
  const lost = useRef(onLost);
  const setup = useRef(onSetupRequired);
  lost.current = onLost;
  setup.current = onSetupRequired;
  useEffect(() => {
    const l = () => lost.current();
    const s = () => setup.current();
    window.addEventListener(SESSION_LOST, l);
    window.addEventListener(SETUP_REQUIRED, s);
    return () => {
      window.removeEventListener(SESSION_LOST, l);
      window.removeEventListener(SETUP_REQUIRED, s);
    };
  }, []);
}

const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const LAST_ACTIVITY = 'ow.lastActivity';

// Tabs share the moment of the last activity, so a forgotten second tab does not sign out
// the session the clerk is busy with in the first one.
function lastActivityAnywhere(mine: number): number {
  const shared = Number(localStorage.getItem(LAST_ACTIVITY) ?? 0);
  return Math.max(mine, Number.isFinite(shared) ? shared : 0);
}

/**
 * Signs out after `minutes` without keyboard, mouse or touch activity (等保: session
 * timeout). The server's session slides too; this makes the screen leave as well, so an
 * unattended counter does not keep showing a citizen's data.
 */
export function useIdleTimeout(minutes: number, onIdle: () => void) {
  const idle = useRef(onIdle);
  idle.current = onIdle;
  useEffect(() => {
    let last = Date.now();
    let shared = 0;
    const touch = () => {
      last = Date.now();
      if (last - shared > 10_000) {
        shared = last; // pointermove fires constantly; localStorage is written at most every 10 s
        localStorage.setItem(LAST_ACTIVITY, String(last));
      }
    };
    touch();
    for (const e of activityEvents) window.addEventListener(e, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivityAnywhere(last) < minutes * 60_000) return;
      window.clearInterval(timer);
      idle.current();
    }, 5_000);
    return () => {
      for (const e of activityEvents) window.removeEventListener(e, touch);
      window.clearInterval(timer);
    };
  }, [minutes]);
}
