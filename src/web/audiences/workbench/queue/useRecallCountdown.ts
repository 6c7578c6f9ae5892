import { useEffect, useState } from 'react';

/** The hall's default recall interval (the server's default); the server's refusal tells the real one. */
export const DEFAULT_RECALL_SECONDS = 15;

/**
 * Seconds until 重呼 is allowed again: the hall's interval after the last call, or the wait the
 * server named when it refused a recall, whichever ends later. 0 when allowed.
 */
export function useRecallCountdown(lastCalledAt: string | null | undefined, intervalSeconds: number, blockedUntil: number) {
  const [now, setNow] = useState(() => Date.now());
  const until = Math.max(lastCalledAt ? Date.parse(lastCalledAt) + intervalSeconds * 1000 : 0, blockedUntil);
  const waiting = until > now;
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [waiting, until]);
  return waiting ? Math.ceil((until - now) / 1000) : 0;
}
