import { and, asc, between, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { calendarDays, calendarYears } from './calendar.schema.ts';

export type DayRow = typeof calendarDays.$inferSelect;
export type YearRow = typeof calendarYears.$inferSelect;

/** Years with national data, ascending. */
export function listNationalYears(db: Db): Promise<YearRow[]> {
  return db.select().from(calendarYears).where(eq(calendarYears.regionCode, '')).orderBy(asc(calendarYears.year));
}

/** Every stored day of the given region codes ('' = national), for building a calendar. */
export function listDaysOfRegions(db: Db, regionCodes: readonly string[]): Promise<DayRow[]> {
  return db.select().from(calendarDays).where(inArray(calendarDays.regionCode, [...regionCodes])).orderBy(asc(calendarDays.date));
}

export async function findDay(db: Db, regionCode: string, date: string): Promise<DayRow | undefined> {
  const [row] = await db
    .select()
    .from(calendarDays)
    .where(and(eq(calendarDays.regionCode, regionCode), eq(calendarDays.date, date)))
    .limit(1);
  return row;
}

/** National rows from the previous December to the end of `year`: what an import of `year` may touch. */
export function listNationalDaysForImport(db: Db, year: number): Promise<DayRow[]> {
  return db
    .select()
    .from(calendarDays)
    .where(and(eq(calendarDays.regionCode, ''), between(calendarDays.date, `${year - 1}-12-01`, `${year}-12-31`)))
    .orderBy(asc(calendarDays.date));
}

export async function deleteNationalYearDays(db: Db, year: number): Promise<void> {
  await db.delete(calendarDays).where(and(eq(calendarDays.regionCode, ''), between(calendarDays.date, `${year}-01-01`, `${year}-12-31`)));
}

export async function deleteDay(db: Db, regionCode: string, date: string): Promise<void> {
  await db.delete(calendarDays).where(and(eq(calendarDays.regionCode, regionCode), eq(calendarDays.date, date)));
}

const sqlExcluded = (column: string) => sql.raw(`excluded.${column}`);

export async function upsertDays(db: Db, rows: (typeof calendarDays.$inferInsert)[]): Promise<void> {
  // Chunks keep each statement far below PostgreSQL's 65,535 bind parameters.
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(calendarDays)
      .values(rows.slice(i, i + 500))
      .onConflictDoUpdate({
        target: [calendarDays.regionCode, calendarDays.date],
        set: { kind: sqlExcluded('kind'), name: sqlExcluded('name'), source: sqlExcluded('source'), updatedBy: sqlExcluded('updated_by'), updatedAt: sqlExcluded('updated_at') },
      });
  }
}

export async function upsertYear(db: Db, row: typeof calendarYears.$inferInsert): Promise<void> {
  await db
    .insert(calendarYears)
    .values(row)
    .onConflictDoUpdate({
      target: [calendarYears.regionCode, calendarYears.year],
      set: { source: row.source, importedAt: row.importedAt ?? new Date(), importedBy: row.importedBy ?? null },
    });
}

export async function insertYears(db: Db, rows: (typeof calendarYears.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(calendarYears).values(rows).onConflictDoNothing();
}
