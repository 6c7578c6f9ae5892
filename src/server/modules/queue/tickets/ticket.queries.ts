import { and, asc, eq, getTableColumns, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { atWindowStates, callableStates } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { ticketCounters, ticketEvents, tickets, windowCategories, windowSessions } from '../queue.schema.ts';

export type TicketRow = typeof tickets.$inferSelect;
export type SessionRow = typeof windowSessions.$inferSelect;
export type EventInsert = typeof ticketEvents.$inferInsert;

const callable = [...callableStates];

/**
 * Locks today's counter of a category (creating it for the first ticket of the day) and
 * returns it. The lock is held until the issuing transaction ends: a second kiosk waits, so
 * numbers are consecutive and a refused ticket (quota, range) consumes none.
 */
export async function lockCounter(
  db: Db,
  centerId: string,
  categoryId: string,
  serviceDate: string,
): Promise<{ lastSeq: number; issued: number }> {
  await db.insert(ticketCounters).values({ centerId, categoryId, serviceDate, lastSeq: 0, issued: 0 }).onConflictDoNothing();
  const [row] = await db
    .select({ lastSeq: ticketCounters.lastSeq, issued: ticketCounters.issued })
    .from(ticketCounters)
    .where(
      and(eq(ticketCounters.centerId, centerId), eq(ticketCounters.categoryId, categoryId), eq(ticketCounters.serviceDate, serviceDate)),
    )
    .for('update');
  return row!;
}

export async function advanceCounter(db: Db, centerId: string, categoryId: string, serviceDate: string, seq: number): Promise<void> {
  await db
    .update(ticketCounters)
    .set({ lastSeq: seq, issued: sql`${ticketCounters.issued} + 1` })
    .where(
      and(eq(ticketCounters.centerId, centerId), eq(ticketCounters.categoryId, categoryId), eq(ticketCounters.serviceDate, serviceDate)),
    );
}

export async function insertTicket(db: Db, row: typeof tickets.$inferInsert): Promise<TicketRow> {
  const [out] = await db.insert(tickets).values(row).returning();
  return out!;
}

export async function findTicket(db: Db, id: string, lock = false): Promise<TicketRow | undefined> {
  const q = db.select().from(tickets).where(eq(tickets.id, id)).limit(1);
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function updateTicket(db: Db, id: string, set: Partial<typeof tickets.$inferInsert>): Promise<TicketRow> {
  const [out] = await db
    .update(tickets)
    .set({ ...set, updatedAt: set.updatedAt ?? new Date() })
    .where(eq(tickets.id, id))
    .returning();
  return out!;
}

export async function insertEvent(db: Db, row: EventInsert): Promise<void> {
  await db.insert(ticketEvents).values(row);
}

const ticketColumns = Object.entries(getTableColumns(tickets)).map(([key, column]) => [key, column] as const);

/** A raw result row (database column names) as a drizzle ticket row, values mapped as a drizzle select maps them (timestamps as Dates on both drivers). */
export function toTicketRow(raw: Record<string, unknown>): TicketRow {
  return Object.fromEntries(
    ticketColumns.map(([key, column]) => {
      const value = raw[column.name];
      return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
    }),
  ) as TicketRow;
}

/** The rows of `db.execute`: node-postgres and PGlite both answer `{ rows }`. */
export function rowsOf(result: unknown): Record<string, unknown>[] {
  return (result as { rows?: Record<string, unknown>[] }).rows ?? (result as Record<string, unknown>[]);
}

/**
 * One step of a ticket in one statement: the update and its history event. One round trip
 * instead of two matters when twenty windows call at once. The notification leaves after
 * the commit (publishQueueEvent).
 */
export async function updateWithEvent(db: Db, id: string, set: Partial<typeof tickets.$inferInsert>, e: EventInsert): Promise<TicketRow> {
  const update = db.update(tickets).set(set).where(eq(tickets.id, id)).returning();
  const detail = e.detail === undefined || e.detail === null ? null : JSON.stringify(e.detail);
  const result = await db.execute(sql`
    WITH event AS (
      INSERT INTO ticket_event (ticket_id, center_id, at, action, from_state, to_state, window_id, staff_id, reason, detail)
      VALUES (${e.ticketId}, ${e.centerId}, ${e.at}, ${e.action}, ${e.fromState}, ${e.toState}, ${e.windowId}, ${e.staffId}, ${e.reason}, ${detail}::jsonb)
    )
    ${update.getSQL()}`);
  return toTicketRow(rowsOf(result)[0]!);
}

/**
 * Creates the window's session row if needed and locks it for the transaction: every action
 * of one window runs one at a time (a double click cannot call two visitors to one counter).
 */
export async function lockSession(db: Db, windowId: string, centerId: string, staffId: string | null): Promise<SessionRow> {
  const [row] = await db
    .insert(windowSessions)
    .values({ windowId, centerId, staffId, status: 'open' })
    .onConflictDoUpdate({ target: windowSessions.windowId, set: { staffId: sql`COALESCE(excluded.staff_id, ${windowSessions.staffId})` } })
    .returning();
  return row!;
}

export async function setSessionStatus(
  db: Db,
  windowId: string,
  status: 'open' | 'paused',
  pauseReason: string | null,
  since: Date,
): Promise<void> {
  await db.update(windowSessions).set({ status, pauseReason, since }).where(eq(windowSessions.windowId, windowId));
}

export async function ticketAtWindow(db: Db, windowId: string, lock = true): Promise<TicketRow | undefined> {
  const q = db
    .select()
    .from(tickets)
    .where(and(eq(tickets.windowId, windowId), inArray(tickets.state, [...atWindowStates])))
    .limit(1);
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** What the window may call, in call order (the SQL twin of the domain's pickNext). */
function callableFor(windowId: string, centerId: string, serviceDate: string, now: Date) {
  return and(
    eq(tickets.centerId, centerId),
    eq(tickets.serviceDate, serviceDate),
    inArray(tickets.state, callable),
    sql`${tickets.queueCategoryId} IN (SELECT ${windowCategories.categoryId} FROM ${windowCategories} WHERE ${windowCategories.windowId} = ${windowId})`,
    or(isNull(tickets.targetWindowId), eq(tickets.targetWindowId, windowId)),
    lte(tickets.createdAt, now),
  );
}
const callOrder = [asc(tickets.priorityRank), asc(tickets.createdAt), asc(tickets.id)];

export function windowQueue(db: Db, windowId: string, centerId: string, serviceDate: string, now: Date, limit = 50): Promise<TicketRow[]> {
  return db
    .select()
    .from(tickets)
    .where(callableFor(windowId, centerId, serviceDate, now))
    .orderBy(...callOrder)
    .limit(limit);
}

export function parkedAtWindow(db: Db, windowId: string): Promise<TicketRow[]> {
  return db
    .select()
    .from(tickets)
    .where(and(eq(tickets.windowId, windowId), eq(tickets.state, 'parked')))
    .orderBy(asc(tickets.createdAt));
}

/** How many tickets this window finished on a service day (the clerk's overview). */
export async function doneAtWindow(db: Db, windowId: string, serviceDate: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(tickets)
    .where(and(eq(tickets.windowId, windowId), eq(tickets.serviceDate, serviceDate), eq(tickets.state, 'done')));
  return Number(row?.n ?? 0);
}
