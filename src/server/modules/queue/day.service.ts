import { DomainError } from '../../../domain/errors/index.ts';
import { hallTime, nextState, type TicketState } from '../../../domain/queue/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { assertCenterInScope, listCenterWindows, staffNames, type Who } from '../org/index.ts';
import { statsBy, statsByCategory } from './board.queries.ts';
import { listCategories } from './category.queries.ts';
import { auditQueue, publishQueueEvent } from './queue.events.ts';
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

const round = (s: number | null) => (s === null || s === undefined ? null : Math.round(Number(s)));

/** 统计: per category, window and clerk for one day — waiting time, service time, no-shows. */
export async function dayStats(db: Db, who: Who, centerId: string, date?: string, now = new Date()) {
  await assertCenterInScope(db, who.actor, centerId);
  const day = date ?? hallTime(now).serviceDate;
  const [categories, windows, byCategory, byWindow, byStaff] = await Promise.all([
    listCategories(db, centerId, true),
    listCenterWindows(db, centerId),
    statsByCategory(db, centerId, day),
    statsBy(db, centerId, day, 'window'),
    statsBy(db, centerId, day, 'staff'),
  ]);
  const names = await staffNames(
    db,
    byStaff.map((s) => s.key).filter((k): k is string => !!k),
  );
  return {
    centerId,
    date: day,
    categories: byCategory.map((c) => {
      const cat = categories.find((x) => x.id === c.categoryId);
      return {
        ...c,
        prefix: cat?.prefix ?? null,
        name: cat?.name ?? null,
        medianWaitSeconds: round(c.medianWaitSeconds),
        maxWaitSeconds: round(c.maxWaitSeconds),
        medianServiceSeconds: round(c.medianServiceSeconds),
      };
    }),
    windows: byWindow.map((w) => ({
      windowId: w.key,
      windowNumber: windows.find((x) => x.id === w.key)?.number ?? null,
      done: w.done,
      noShow: w.noShow,
      medianServiceSeconds: round(w.medianServiceSeconds),
    })),
    staff: byStaff.map((s) => ({
      staffId: s.key,
      name: s.key ? (names.get(s.key) ?? null) : null,
      done: s.done,
      noShow: s.noShow,
      medianServiceSeconds: round(s.medianServiceSeconds),
    })),
  };
}
