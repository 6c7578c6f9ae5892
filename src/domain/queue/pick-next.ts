// Who a window calls next. The server runs the same rule in SQL (ORDER BY priority_rank,
// created_at, id with SKIP LOCKED); this pure version is its specification and is what the
// property tests check.
import { priorityRank, type Priority } from './priority.ts';
import { callableStates, type TicketState } from './states.ts';

export interface QueuedTicket {
  id: string;
  /** The queue the ticket waits in now (changes on transfer; the number does not). */
  queueCategoryId: string;
  priority: Priority;
  state: TicketState;
  /** Arrival: the time the number was issued (kept across transfers and parking). */
  createdAt: Date;
  /** Set when the ticket was sent to one window (transfer or resume): only that window calls it. */
  targetWindowId?: string | null;
}

export interface ServingWindow {
  id: string;
  categoryIds: readonly string[];
}

/** Whether `window` may call `t` at all (before any ordering). */
export function eligible(t: QueuedTicket, window: ServingWindow): boolean {
  return (
    callableStates.includes(t.state) &&
    window.categoryIds.includes(t.queueCategoryId) &&
    (t.targetWindowId == null || t.targetWindowId === window.id)
  );
}

/**
 * Sort order of the queue: priority rank (green channel, then appointments, then the rest),
 * then arrival, then id (ties broken the same way in every process).
 *
 * Fairness between categories: one arrival order across all the window's categories. A
 * ticket waits only for tickets of its rank issued before it, so no category starves however
 * busy another one is, and a window serving A and B alternates between them as they arrived.
 * (A weighted round-robin was considered and rejected: it lets a later B jump an earlier A,
 * which visitors watching the display read as unfair.)
 */
export function compareQueued(a: QueuedTicket, b: QueuedTicket): number {
  return (
    priorityRank[a.priority] - priorityRank[b.priority] ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The ticket `window` should call next, or undefined when nobody waits for it. `now`
 * excludes tickets stamped in the future (clock skew between instances): a ticket is not
 * callable before it exists.
 */
export function pickNext(waiting: readonly QueuedTicket[], window: ServingWindow, now: Date): QueuedTicket | undefined {
  let best: QueuedTicket | undefined;
  for (const t of waiting) {
    if (!eligible(t, window) || t.createdAt.getTime() > now.getTime()) continue;
    if (!best || compareQueued(t, best) < 0) best = t;
  }
  return best;
}

/** How many tickets are ahead of `t` in its own queue, whichever window calls them (what the kiosk prints). */
export function peopleAhead(t: QueuedTicket, queue: readonly QueuedTicket[]): number {
  return queue.filter(
    (o) => o.id !== t.id && callableStates.includes(o.state) && o.queueCategoryId === t.queueCategoryId && compareQueued(o, t) < 0,
  ).length;
}
