import type { Board, BoardCall } from './types.ts';

// Pure helpers of the live board connection (useLiveBoard), kept apart so they are tested alone.

/** First retry after 1 s, doubling to 30 s at most, with up to 30 % jitter so a hall's screens do not reconnect in step after a restart. */
export function backoffDelay(attempt: number, random = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
  return Math.round(base * (1 + 0.3 * random()));
}

/** ws:// or wss:// to the same host that served the page (the server answers the socket on the API path). */
export function liveUrl(centerId: string, location: { protocol: string; host: string }): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/api/v1/hall/${encodeURIComponent(centerId)}/live`;
}

/** A call is news for this long: a screen back within it still announces it; an older one is left unsaid. */
export const CATCH_UP_MS = 60_000;

/**
 * Calls made while the screen was disconnected: tickets at a window now, still "called", whose
 * call is newer than anything the screen saw before and recent enough to be worth saying.
 */
export function missedCalls(before: Board | undefined, after: Board, now = Date.now()): BoardCall[] {
  if (!before) return [];
  const seen = new Map(before.current.map((c) => [c.ticketId, c.calledAt]));
  return after.current.filter((c) => {
    if (c.state !== 'called' || !c.calledAt) return false;
    const at = Date.parse(c.calledAt);
    if (now - at > CATCH_UP_MS) return false;
    const prev = seen.get(c.ticketId);
    return prev === undefined || prev === null || Date.parse(prev) < at;
  });
}
