import { hallTime } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import type { Who } from '../../org/index.ts';
import { sessionsOf } from '../live/board.queries.ts';
import { windowCategoryIds } from '../setup/category.queries.ts';
import { hallSettings } from '../setup/settings.cache.ts';
import { doneAtWindow, parkedAtWindow, ticketAtWindow, windowQueue } from '../tickets/ticket.queries.ts';
import { staffTicket } from '../tickets/ticket.view.ts';
import { windowAccess } from './window.access.ts';

/** The workbench's view of one window: its session, the ticket at it, the parked ones and the queue it calls from. */
export async function windowView(db: Db, who: Who, windowId: string, now = new Date()) {
  const { window, as } = await windowAccess(db, who, windowId);
  const serviceDate = hallTime(now).serviceDate;
  const [current, parked, queue, categoryIds, sessions, settings, doneToday] = await Promise.all([
    ticketAtWindow(db, windowId, false),
    parkedAtWindow(db, windowId),
    windowQueue(db, windowId, window.centerId, serviceDate, now),
    windowCategoryIds(db, windowId),
    sessionsOf(db, window.centerId),
    hallSettings(db, window.centerId),
    doneAtWindow(db, windowId, serviceDate),
  ]);
  const session = sessions.find((s) => s.windowId === windowId);
  return {
    window: { id: window.id, number: window.number, name: window.name, servingPost: window.servingPost },
    actingAs: as as 'window' | 'manager', // windowAccess admits no one else
    session: {
      status: session?.status ?? 'closed',
      pauseReason: session?.pauseReason ?? null,
      staffId: session?.staffId ?? null,
      since: session?.since ?? null,
    },
    categoryIds,
    // The buttons count down and unlock by the hall's own rules rather than guess them.
    rules: { recallIntervalSeconds: settings.recallIntervalSeconds, noShowAfterCalls: settings.noShowAfterCalls },
    current: current ? staffTicket(current) : null,
    parked: parked.map(staffTicket),
    waiting: queue.map(staffTicket),
    /** Tickets this window finished today. */
    doneToday,
  };
}
