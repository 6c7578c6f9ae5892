import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { callableStates } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { ticketCounters, tickets, windowCategories, windowSessions } from '../queue.schema.ts';
import type { TicketRow } from './ticket.queries.ts';

// What the kiosk and the phone show besides the number: people ahead, the wait, what is left today.

const callable = [...callableStates];

/** Tickets before `t` in its own queue: same queue category, callable, earlier in call order. */
export async function countAhead(db: Db, t: TicketRow): Promise<number> {
  const before = sql`(${tickets.priorityRank}, ${tickets.createdAt}, ${tickets.id}) < (${t.priorityRank}, ${t.createdAt}, ${t.id})`;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(tickets)
    .where(
      and(
        eq(tickets.centerId, t.centerId),
        eq(tickets.serviceDate, t.serviceDate),
        eq(tickets.queueCategoryId, t.queueCategoryId),
        inArray(tickets.state, callable),
        before,
      ),
    );
  return row?.n ?? 0;
}

/** Service durations in seconds of the category's last `n` finished tickets, newest first. */
export async function recentServiceSeconds(db: Db, queueCategoryId: string, n: number): Promise<number[]> {
  const rows = await db
    .select({ s: sql<number>`extract(epoch FROM ${tickets.finishedAt} - COALESCE(${tickets.startedAt}, ${tickets.lastCalledAt}))::float8` })
    .from(tickets)
    .where(and(eq(tickets.queueCategoryId, queueCategoryId), eq(tickets.state, 'done')))
    .orderBy(desc(tickets.finishedAt))
    .limit(n);
  return rows.map((r) => Number(r.s));
}

/** Windows mapped to the category, and how many of them are open now (a paused window serves nobody). */
export async function windowsServing(db: Db, categoryId: string): Promise<{ mapped: number; open: number }> {
  const [row] = await db
    .select({
      mapped: sql<number>`count(*)::int`,
      open: sql<number>`count(*) FILTER (WHERE ${windowSessions.status} = 'open')::int`,
    })
    .from(windowCategories)
    .leftJoin(windowSessions, eq(windowSessions.windowId, windowCategories.windowId))
    .where(eq(windowCategories.categoryId, categoryId));
  return { mapped: row?.mapped ?? 0, open: row?.open ?? 0 };
}

/** Today's counters of a center: how many tickets each category has issued. */
export function countersOf(db: Db, centerId: string, serviceDate: string) {
  return db
    .select({ categoryId: ticketCounters.categoryId, issued: ticketCounters.issued })
    .from(ticketCounters)
    .where(and(eq(ticketCounters.centerId, centerId), eq(ticketCounters.serviceDate, serviceDate)));
}
