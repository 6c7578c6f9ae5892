import { and, eq, inArray, lte } from 'drizzle-orm';
import { openTicketStates } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { ticketEvents, tickets } from '../queue.schema.ts';
import type { EventInsert } from '../tickets/ticket.queries.ts';

// End of day: close what is still open.

/** Every open ticket of the center up to and including `date`, locked for closing. */
export function lockOpenTickets(db: Db, centerId: string, date: string): Promise<{ id: string; state: string; windowId: string | null }[]> {
  return db
    .select({ id: tickets.id, state: tickets.state, windowId: tickets.windowId })
    .from(tickets)
    .where(and(eq(tickets.centerId, centerId), lte(tickets.serviceDate, date), inArray(tickets.state, [...openTicketStates])))
    .for('update');
}

export async function closeTickets(db: Db, ids: readonly string[], reason: string, now: Date): Promise<void> {
  if (ids.length)
    await db
      .update(tickets)
      .set({ state: 'closed', closeReason: reason, updatedAt: now })
      .where(inArray(tickets.id, [...ids]));
}

export async function insertEvents(db: Db, rows: EventInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insert(ticketEvents).values(rows.slice(i, i + 500));
}
