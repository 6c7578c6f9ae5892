import { DomainError } from '../../../../domain/errors/index.ts';
import { hallTime, nextState, type TicketState } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { assertCenterInScope, type Who } from '../../org/index.ts';
import { auditQueue, publishQueueEvent } from '../live/events.ts';
import { closeTickets, insertEvents, lockOpenTickets } from './day.queries.ts';

/**
 * 日终: numbers belong to one day, so whatever is still open (waiting, called, parked…) up to
 * `date` is closed with the manager's reason, one history event per ticket, one audit row.
 */
export async function closeDay(db: Db, who: Who, centerId: string, reason: string, date?: string, now = new Date()) {
  const day = date ?? hallTime(now).serviceDate;
  return db.transaction(async (tx) => {
    await assertCenterInScope(tx, who.actor, centerId);
    const open = await closeOpenTickets(tx, centerId, day, reason, who.actor.staffId, now);
    const byState: Record<string, number> = {};
    for (const t of open) byState[t.state] = (byState[t.state] ?? 0) + 1;
    await auditQueue(tx, who, 'queue.day.close', 'center', centerId, centerId, { date: day, reason, closed: open.length, byState });
    await publishQueueEvent(tx, { centerId, ticketId: null, windowId: null, action: 'close_day' });
    return { centerId, date: day, closed: open.length, byState };
  });
}

/**
 * Closes every open ticket of the center up to and including `upTo`, one history event each;
 * shared by the manager's close-day and the automatic end-of-day sweep. Returns what it closed.
 */
export async function closeOpenTickets(tx: Db, centerId: string, upTo: string, reason: string, staffId: string | null, now: Date) {
  const open = await lockOpenTickets(tx, centerId, upTo);
  for (const t of open)
    if (!nextState(t.state as TicketState, 'close_day', staffId ? 'manager' : 'system'))
      throw new DomainError('QUEUE_TRANSITION', { id: t.id, state: t.state, action: 'close_day' });
  await closeTickets(
    tx,
    open.map((t) => t.id),
    reason,
    now,
  );
  await insertEvents(
    tx,
    open.map((t) => ({
      ticketId: t.id,
      centerId,
      at: now,
      action: 'close_day',
      fromState: t.state,
      toState: 'closed',
      windowId: t.windowId,
      staffId,
      reason,
    })),
  );
  return open;
}
