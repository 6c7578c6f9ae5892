import { DomainError } from '../../../domain/errors/index.ts';
import { hallTime, nextState, type TicketState } from '../../../domain/queue/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { assertCenterInScope, listCenterWindows, staffNames, type Who } from '../org/index.ts';
import { sessionsOf, statsBy, statsByCategory } from './board.queries.ts';
import { listCategories, windowCategoryIds } from './category.queries.ts';
import { auditQueue, publishQueueEvent } from './queue.events.ts';
import { closeTickets, insertEvents, lockOpenTickets, parkedAtWindow, ticketAtWindow, windowQueue } from './ticket.queries.ts';
import { staffTicket } from './ticket.view.ts';
import { windowAccess } from './window.access.ts';

/**
 * 日终: numbers belong to one day, so whatever is still open (waiting, called, parked…) up to
 * `date` is closed with the manager's reason, one history event per ticket, one audit row.
 */
export async function closeDay(db: Db, who: Who, centerId: string, reason: string, date?: string, now = new Date()) {
  const day = date ?? hallTime(now).serviceDate;
  return db.transaction(async (tx) => {
    await assertCenterInScope(tx, who.actor, centerId);
    const open = await lockOpenTickets(tx, centerId, day);
    for (const t of open) if (!nextState(t.state as TicketState, 'close_day', 'manager')) throw new DomainError('QUEUE_TRANSITION', { id: t.id, state: t.state, action: 'close_day' });
    await closeTickets(tx, open.map((t) => t.id), reason, now);
    await insertEvents(tx, open.map((t) => ({ ticketId: t.id, centerId, at: now, action: 'close_day', fromState: t.state, toState: 'closed', windowId: t.windowId, staffId: who.actor.staffId, reason })));
    const byState: Record<string, number> = {};
    for (const t of open) byState[t.state] = (byState[t.state] ?? 0) + 1;
    await auditQueue(tx, who, 'queue.day.close', 'center', centerId, centerId, { date: day, reason, closed: open.length, byState });
    await publishQueueEvent(tx, { centerId, ticketId: null, windowId: null, action: 'close_day' });
    return { centerId, date: day, closed: open.length, byState };
  });
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
  const names = await staffNames(db, byStaff.map((s) => s.key).filter((k): k is string => !!k));
  return {
    centerId,
    date: day,
    categories: byCategory.map((c) => {
      const cat = categories.find((x) => x.id === c.categoryId);
      return { ...c, prefix: cat?.prefix ?? null, name: cat?.name ?? null, medianWaitSeconds: round(c.medianWaitSeconds), maxWaitSeconds: round(c.maxWaitSeconds), medianServiceSeconds: round(c.medianServiceSeconds) };
    }),
    windows: byWindow.map((w) => ({ windowId: w.key, windowNumber: windows.find((x) => x.id === w.key)?.number ?? null, done: w.done, noShow: w.noShow, medianServiceSeconds: round(w.medianServiceSeconds) })),
    staff: byStaff.map((s) => ({ staffId: s.key, name: s.key ? (names.get(s.key) ?? null) : null, done: s.done, noShow: s.noShow, medianServiceSeconds: round(s.medianServiceSeconds) })),
  };
}

/** The workbench's view of one window: its session, the ticket at it, the parked ones and the queue it calls from. */
export async function windowView(db: Db, who: Who, windowId: string, now = new Date()) {
  const { window, as } = await windowAccess(db, who, windowId);
  const serviceDate = hallTime(now).serviceDate;
  const [current, parked, queue, categoryIds, sessions] = await Promise.all([
    ticketAtWindow(db, windowId, false),
    parkedAtWindow(db, windowId),
    windowQueue(db, windowId, window.centerId, serviceDate, now),
    windowCategoryIds(db, windowId),
    sessionsOf(db, window.centerId),
  ]);
  const session = sessions.find((s) => s.windowId === windowId);
  return {
    window: { id: window.id, number: window.number, name: window.name, servingPost: window.servingPost },
    actingAs: as,
    session: { status: session?.status ?? 'closed', pauseReason: session?.pauseReason ?? null, staffId: session?.staffId ?? null, since: session?.since ?? null },
    categoryIds,
    current: current ? staffTicket(current) : null,
    parked: parked.map(staffTicket),
    waiting: queue.map(staffTicket),
  };
}
