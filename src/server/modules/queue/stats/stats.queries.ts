import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { StatsPeriod } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { tickets } from '../queue.schema.ts';

// 大厅统计: the hall's tickets of a period, per category, day, window and clerk. Waits run
// from taking the ticket to its first call; service from the start (or the last call) to the
// finish of tickets served.

const seconds = (a: unknown, b: unknown) => sql<number>`extract(epoch FROM ${a} - ${b})::float8`;
const medianOf = (x: ReturnType<typeof seconds>) => sql<number | null>`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${x})::float8`;
const serviceSeconds = seconds(tickets.finishedAt, sql`COALESCE(${tickets.startedAt}, ${tickets.lastCalledAt})`);
const waitSeconds = seconds(tickets.firstCalledAt, tickets.createdAt);
const medianServiceOfDone = sql<
  number | null
>`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${serviceSeconds}) FILTER (WHERE ${tickets.state} = 'done')`;

/** Issued, served, no-shows, cancelled, closed; median and longest wait, median service (seconds). */
const ticketFigures = {
  tickets: sql<number>`count(*)::int`,
  done: sql<number>`count(*) FILTER (WHERE ${tickets.state} = 'done')::int`,
  noShow: sql<number>`count(*) FILTER (WHERE ${tickets.state} = 'no_show')::int`,
  cancelled: sql<number>`count(*) FILTER (WHERE ${tickets.state} = 'cancelled')::int`,
  closed: sql<number>`count(*) FILTER (WHERE ${tickets.state} = 'closed')::int`,
  medianWaitSeconds: medianOf(waitSeconds),
  maxWaitSeconds: sql<number | null>`max(${waitSeconds})`,
  medianServiceSeconds: medianServiceOfDone,
};

/** The center's tickets of the period, both days included (ticket_center_day_idx). */
const inPeriod = (centerId: string, p: StatsPeriod) =>
  and(eq(tickets.centerId, centerId), gte(tickets.serviceDate, p.from), lte(tickets.serviceDate, p.to));

/** Per queue category over the period. */
export function statsByCategory(db: Db, centerId: string, p: StatsPeriod) {
  return db
    .select({ categoryId: tickets.queueCategoryId, ...ticketFigures })
    .from(tickets)
    .where(inPeriod(centerId, p))
    .groupBy(tickets.queueCategoryId);
}

/** Per day of the period (days without tickets are left out), in date order. */
export function statsByDay(db: Db, centerId: string, p: StatsPeriod) {
  return db
    .select({ date: tickets.serviceDate, ...ticketFigures })
    .from(tickets)
    .where(inPeriod(centerId, p))
    .groupBy(tickets.serviceDate)
    .orderBy(tickets.serviceDate);
}

/** The whole period in one row: medians over all its tickets, not a median of medians. */
export async function statsTotal(db: Db, centerId: string, p: StatsPeriod) {
  const [row] = await db.select(ticketFigures).from(tickets).where(inPeriod(centerId, p));
  return row!;
}

/** Per window or per clerk: tickets finished and no-shows, median service time. */
export function statsBy(db: Db, centerId: string, p: StatsPeriod, by: 'window' | 'staff') {
  const key = by === 'window' ? tickets.windowId : sql<string | null>`COALESCE(${tickets.servedBy}, ${tickets.calledBy})`;
  return db
    .select({
      key: sql<string | null>`${key}`,
      done: sql<number>`count(*) FILTER (WHERE ${tickets.state} = 'done')::int`,
      noShow: sql<number>`count(*) FILTER (WHERE ${tickets.state} = 'no_show')::int`,
      medianServiceSeconds: medianServiceOfDone,
    })
    .from(tickets)
    .where(and(inPeriod(centerId, p), inArray(tickets.state, ['done', 'no_show'])))
    .groupBy(key);
}
