import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { atWindowStates, callableStates } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { ticketEvents, tickets, windowSessions } from '../queue.schema.ts';

// What a display reads: one center, one day.

export function ticketsAtWindows(db: Db, centerId: string, serviceDate: string) {
  return db
    .select({
      ticketId: tickets.id,
      number: tickets.number,
      windowId: tickets.windowId,
      state: tickets.state,
      lastCalledAt: tickets.lastCalledAt,
    })
    .from(tickets)
    .where(and(eq(tickets.centerId, centerId), eq(tickets.serviceDate, serviceDate), inArray(tickets.state, [...atWindowStates])));
}

/** The last calls and recalls, newest first (the display's "刚才呼叫" column). */
export function recentCalls(db: Db, centerId: string, since: Date, limit: number) {
  return db
    .select({
      ticketId: ticketEvents.ticketId,
      number: tickets.number,
      windowId: ticketEvents.windowId,
      action: ticketEvents.action,
      at: ticketEvents.at,
    })
    .from(ticketEvents)
    .innerJoin(tickets, eq(tickets.id, ticketEvents.ticketId))
    .where(and(eq(ticketEvents.centerId, centerId), sql`${ticketEvents.at} >= ${since}`, inArray(ticketEvents.action, ['call', 'recall'])))
    .orderBy(desc(ticketEvents.id))
    .limit(limit);
}

export function waitingByCategory(db: Db, centerId: string, serviceDate: string) {
  return db
    .select({ categoryId: tickets.queueCategoryId, waiting: sql<number>`count(*)::int` })
    .from(tickets)
    .where(and(eq(tickets.centerId, centerId), eq(tickets.serviceDate, serviceDate), inArray(tickets.state, [...callableStates])))
    .groupBy(tickets.queueCategoryId);
}

export function sessionsOf(db: Db, centerId: string) {
  return db.select().from(windowSessions).where(eq(windowSessions.centerId, centerId));
}

/** One ticket with just what a call announcement needs. */
export async function callOf(db: Db, ticketId: string) {
  const [row] = await db
    .select({ ticketId: tickets.id, number: tickets.number, windowId: tickets.windowId, state: tickets.state })
    .from(tickets)
    .where(eq(tickets.id, ticketId))
    .limit(1);
  return row;
}

/** Numbers of a center's tickets of one day, or of just `ids`: what the live hub keeps to announce calls without a read. */
export function ticketNumbers(db: Db, centerId: string, serviceDate: string, ids?: string[]) {
  return db
    .select({ id: tickets.id, number: tickets.number })
    .from(tickets)
    .where(and(eq(tickets.centerId, centerId), eq(tickets.serviceDate, serviceDate), ids ? inArray(tickets.id, ids) : undefined));
}
