import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { appointmentEvents, appointmentRules, appointments } from './appointment.schema.ts';

export type AppointmentRow = typeof appointments.$inferSelect;
export type RulesRow = typeof appointmentRules.$inferSelect;

export async function findRules(db: Db, centerId: string): Promise<RulesRow | undefined> {
  const [row] = await db.select().from(appointmentRules).where(eq(appointmentRules.centerId, centerId)).limit(1);
  return row;
}

export async function upsertRules(db: Db, row: typeof appointmentRules.$inferInsert): Promise<void> {
  const { centerId, ...rest } = row;
  await db
    .insert(appointmentRules)
    .values(row)
    .onConflictDoUpdate({ target: appointmentRules.centerId, set: { ...rest, updatedAt: new Date() } });
  void centerId;
}

/**
 * Serialises bookings of one slot across connections until the transaction ends: the count
 * and the insert below it then see every earlier booking of the slot. A hash collision only
 * makes two unrelated slots wait for each other briefly.
 */
export async function lockSlot(tx: Db, categoryId: string, date: string, startMinute: number): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`appointment:${categoryId}:${date}:${startMinute}`}, 0))`);
}

/** Places taken in each slot of a category and day at `now` (a cancelled booking holds its place until release_at). */
export async function takenBySlot(db: Db, categoryId: string, dates: readonly string[], now: Date) {
  if (dates.length === 0) return [];
  return db
    .select({ date: appointments.serviceDate, start: appointments.startMinute, taken: count() })
    .from(appointments)
    .where(and(eq(appointments.categoryId, categoryId), inArray(appointments.serviceDate, [...dates]), holding(now)))
    .groupBy(appointments.serviceDate, appointments.startMinute);
}

function holding(now: Date): SQL {
  return or(
    inArray(appointments.state, ['booked', 'checked_in', 'no_show']),
    and(eq(appointments.state, 'cancelled'), sql`${appointments.releaseAt} > ${now.toISOString()}`),
  )!;
}

export async function takenInSlot(db: Db, categoryId: string, date: string, startMinute: number, now: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(appointments)
    .where(
      and(
        eq(appointments.categoryId, categoryId),
        eq(appointments.serviceDate, date),
        eq(appointments.startMinute, startMinute),
        holding(now),
      ),
    );
  return Number(row?.n ?? 0);
}

export async function activeOfPersonOn(db: Db, centerId: string, idCard: string, date: string): Promise<AppointmentRow | undefined> {
  const [row] = await db
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.centerId, centerId),
        eq(appointments.idCard, idCard),
        eq(appointments.serviceDate, date),
        inArray(appointments.state, ['booked', 'checked_in']),
      ),
    )
    .limit(1);
  return row;
}

/** Dates of the person's no-shows at this hall since `from`. */
export async function noShowDates(db: Db, centerId: string, idCard: string, from: string): Promise<string[]> {
  const rows = await db
    .select({ date: appointments.serviceDate })
    .from(appointments)
    .where(
      and(
        eq(appointments.centerId, centerId),
        eq(appointments.idCard, idCard),
        eq(appointments.state, 'no_show'),
        gte(appointments.serviceDate, from),
      ),
    );
  return rows.map((r) => r.date);
}

export async function noShowCounts(db: Db, centerId: string, idCards: readonly string[], from: string): Promise<Map<string, number>> {
  if (idCards.length === 0) return new Map();
  const rows = await db
    .select({ idCard: appointments.idCard, n: count() })
    .from(appointments)
    .where(
      and(
        eq(appointments.centerId, centerId),
        inArray(appointments.idCard, [...new Set(idCards)]),
        eq(appointments.state, 'no_show'),
        gte(appointments.serviceDate, from),
      ),
    )
    .groupBy(appointments.idCard);
  return new Map(rows.map((r) => [r.idCard, Number(r.n)]));
}

export async function insertAppointment(db: Db, row: typeof appointments.$inferInsert): Promise<AppointmentRow> {
  const [out] = await db.insert(appointments).values(row).returning();
  return out!;
}

export async function findAppointment(db: Db, id: string, forUpdate = false): Promise<AppointmentRow | undefined> {
  const q = db.select().from(appointments).where(eq(appointments.id, id)).limit(1);
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function updateAppointment(db: Db, id: string, patch: Partial<typeof appointments.$inferInsert>): Promise<AppointmentRow> {
  const [out] = await db.update(appointments).set(patch).where(eq(appointments.id, id)).returning();
  return out!;
}

export function insertAppointmentEvent(db: Db, row: typeof appointmentEvents.$inferInsert) {
  return db.insert(appointmentEvents).values(row);
}

/** Today's bookings at a hall matching what the kiosk read, locked, newest first; checked-in ones too (a second check-in answers the same ticket). */
export function findForCheckIn(db: Db, centerId: string, date: string, by: { code?: string; idCard?: string; phone?: string }) {
  const match = by.code
    ? eq(appointments.code, by.code)
    : by.idCard
      ? eq(appointments.idCard, by.idCard)
      : eq(appointments.phone, by.phone ?? '');
  return db
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.centerId, centerId),
        eq(appointments.serviceDate, date),
        inArray(appointments.state, ['booked', 'checked_in']),
        match,
      ),
    )
    .orderBy(asc(appointments.startMinute))
    .for('update');
}

/** The person's appointments at this hall dated `from` or later. */
export function listOfPerson(db: Db, centerId: string, idCard: string, phone: string, from: string): Promise<AppointmentRow[]> {
  return db
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.centerId, centerId),
        eq(appointments.idCard, idCard),
        eq(appointments.phone, phone),
        gte(appointments.serviceDate, from),
      ),
    )
    .orderBy(desc(appointments.serviceDate), desc(appointments.startMinute))
    .limit(100);
}

export async function listOfCenter(db: Db, centerId: string, q: { date?: string; state?: string; limit: number; offset: number }) {
  const where = and(
    eq(appointments.centerId, centerId),
    q.date ? eq(appointments.serviceDate, q.date) : undefined,
    q.state ? eq(appointments.state, q.state) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(appointments)
      .where(where)
      .orderBy(desc(appointments.serviceDate), asc(appointments.startMinute), asc(appointments.createdAt))
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: count() }).from(appointments).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

/** Bookings still waiting whose day is at or before `lastDate`: candidates of the no-show sweep. */
/** The bookings of a period by what became of them (service dates, both ends included). */
export async function appointmentFigures(db: Db, centerId: string, from: string, to: string) {
  const [row] = await db
    .select({
      booked: sql<number>`count(*)::int`,
      waiting: sql<number>`count(*) FILTER (WHERE ${appointments.state} = 'booked')::int`,
      checkedIn: sql<number>`count(*) FILTER (WHERE ${appointments.state} = 'checked_in')::int`,
      cancelled: sql<number>`count(*) FILTER (WHERE ${appointments.state} = 'cancelled')::int`,
      noShow: sql<number>`count(*) FILTER (WHERE ${appointments.state} = 'no_show')::int`,
    })
    .from(appointments)
    .where(and(eq(appointments.centerId, centerId), gte(appointments.serviceDate, from), lte(appointments.serviceDate, to)));
  return row!;
}

/** Bookings on `date` still waiting for their visitor and not yet reminded (the reminder round's candidates). */
export function unremindedOn(db: Db, date: string, limit = 500): Promise<AppointmentRow[]> {
  return db
    .select()
    .from(appointments)
    .where(and(eq(appointments.state, 'booked'), eq(appointments.serviceDate, date), isNull(appointments.remindedAt)))
    .orderBy(asc(appointments.startMinute), asc(appointments.id))
    .limit(limit);
}

export function bookedUpTo(db: Db, lastDate: string, limit = 500): Promise<AppointmentRow[]> {
  return db
    .select()
    .from(appointments)
    .where(and(eq(appointments.state, 'booked'), lte(appointments.serviceDate, lastDate)))
    .orderBy(asc(appointments.serviceDate), asc(appointments.startMinute))
    .limit(limit);
}
