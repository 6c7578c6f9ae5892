import { and, inArray, lt } from 'drizzle-orm';
import { hallTime, openTicketStates } from '../../../../domain/queue/index.ts';
import { auditBy } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/types.ts';
import type { ModuleJobs } from '../../../platform/jobs/index.ts';
import { findSettings } from '../setup/category.queries.ts';
import { closeOpenTickets } from './day.service.ts';
import { publishQueueEvent } from '../live/events.ts';
import { tickets } from '../queue.schema.ts';

export const AUTO_CLOSE_REASON = '日终自动关闭';

/** Halls with tickets still open from a day before `today`. */
async function centersWithStaleTickets(db: Db, today: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ centerId: tickets.centerId })
    .from(tickets)
    .where(and(lt(tickets.serviceDate, today), inArray(tickets.state, [...openTicketStates])));
  return rows.map((r) => r.centerId);
}

/**
 * 日终自动关闭: numbers are valid for one day, so tickets left open from an earlier day are
 * closed with a fixed reason in every hall whose setting is 'close'; halls set to 'keep'
 * wait for the manager's own close-day. One transaction, history events and one audit row per hall.
 */
export async function closeStaleDays(db: Db, now = new Date()): Promise<{ centerId: string; closed: number }[]> {
  const today = hallTime(now).serviceDate;
  const yesterday = hallTime(new Date(now.getTime() - 86_400_000)).serviceDate;
  const done: { centerId: string; closed: number }[] = [];
  for (const centerId of await centersWithStaleTickets(db, today)) {
    if ((await findSettings(db, centerId)).endOfDay !== 'close') continue;
    const closed = await db.transaction(async (tx) => {
      const open = await closeOpenTickets(tx, centerId, yesterday, AUTO_CLOSE_REASON, null, now);
      if (!open.length) return 0;
      await auditBy(
        tx,
        { systemLabel: '系统（日终自动关闭）' },
        {
          centerId,
          action: 'queue.day.auto-close',
          objectType: 'center',
          objectId: centerId,
          summary: { before: today, closed: open.length },
        },
      );
      await publishQueueEvent(tx, { centerId, ticketId: null, windowId: null, action: 'close_day' });
      return open.length;
    });
    if (closed) done.push({ centerId, closed });
  }
  return done;
}

/** Every ten minutes in one instance (the one job runner, decision 0021); tickets of yesterday close soon after midnight. */
export const queueJobs: ModuleJobs = (jobs, ctx) =>
  jobs.register({ name: 'queue-day-sweep', cron: '*/10 * * * *', handler: async () => ({ closed: await closeStaleDays(ctx.db) }) });
