import { sql } from 'drizzle-orm';
import { WorkCalendar, type RegionOverride } from '../../../domain/calendar/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { parentRegionCode } from '../../../domain/identifiers/index.ts';
import { cacheFor } from '../../platform/db/pipelined.ts';
import type { Database, Db } from '../../platform/db/types.ts';
import { calendarCall } from './calendar.errors.ts';
import { listDaysOfRegions, listNationalYears, type DayRow, type YearRow } from './calendar.queries.ts';

export const CALENDAR_CHANNEL = 'calendar_changed';

export interface LoadedCalendar {
  calendar: WorkCalendar;
  years: YearRow[];
  /** The stored row that decides each listed date (the narrowest region wins). */
  rows: Map<string, DayRow>;
}

/**
 * '' (national) first, then every level down to `regionCode` itself: a county's override
 * applies to its townships and villages, and the narrower region wins where both speak.
 */
export function regionChain(regionCode: string): string[] {
  const chain: string[] = [];
  for (let c: string | undefined = regionCode || undefined; c; c = parentRegionCode(c)) chain.unshift(c);
  return ['', ...chain];
}

async function build(db: Db, regionCode: string, provisionalYears: readonly number[] = []): Promise<LoadedCalendar> {
  const chain = regionChain(regionCode);
  const [years, days] = await Promise.all([listNationalYears(db), listDaysOfRegions(db, chain)]);
  if (years.length === 0) throw new DomainError('CALENDAR_YEAR_MISSING', { years: [], hint: '尚无任何年份的节假日数据，请先导入' });
  const byRegion = new Map<string, DayRow[]>(chain.map((c) => [c, []]));
  for (const d of days) byRegion.get(d.regionCode)?.push(d);
  const rows = new Map<string, DayRow>();
  for (const c of chain) for (const d of byRegion.get(c) ?? []) rows.set(d.date, d);
  const toDay = (d: DayRow) => ({ date: d.date, kind: d.kind as 'off' | 'work', name: d.name || undefined });
  const overrides: RegionOverride[] = chain.slice(1).map((c) => ({ region: c, days: (byRegion.get(c) ?? []).map(toDay) }));
  const stored = years.map((y) => y.year);
  const extra = provisionalYears.filter((y) => !stored.includes(y));
  // A provisional year counts Monday to Friday with 元旦 off, the one statutory day whose date
  // never moves (see loadDeadlineCalendar).
  const provisionalDays = extra.map((y) => ({ date: `${y}-01-01`, kind: 'off' as const, name: '元旦' }));
  const national = { years: [...stored, ...extra], days: [...(byRegion.get('') ?? []).map(toDay), ...provisionalDays] };
  return { calendar: calendarCall(() => new WorkCalendar(national, overrides)), years, rows };
}

// One cache per database handle, so two platforms in one process (tests) never share one.
const caches = new WeakMap<Db, Map<string, Promise<LoadedCalendar>>>();

/** The working-day calendar of a region ('' = national), built from the tables and cached until the next write. */
export function loadCalendar(db: Db, regionCode = ''): Promise<LoadedCalendar> {
  const cache = cacheFor(caches, db);
  let entry = cache.get(regionCode);
  if (!entry) {
    entry = build(db, regionCode);
    cache.set(regionCode, entry);
    // A failed load (database down) must not stick: the next call tries again.
    entry.catch(() => cache.get(regionCode) === entry && cache.delete(regionCode));
  }
  return entry;
}

export async function loadWorkCalendar(db: Db, regionCode = ''): Promise<WorkCalendar> {
  return (await loadCalendar(db, regionCode)).calendar;
}

/**
 * The calendar legal deadlines are counted on, reaching at least `throughYear`. The State
 * Council publishes a year's days off only in the November before it, and an administrator
 * imports them; until then a case accepted in December whose limit runs into January still has
 * to get its due date. Each missing year up to `throughYear` then counts Monday to Friday with
 * 元旦 off, and is named in `provisionalYears` so the caller can say the date is provisional.
 * Stored years always win.
 */
export async function loadDeadlineCalendar(db: Db, regionCode: string, throughYear: number): Promise<{ calendar: WorkCalendar; provisionalYears: number[] }> {
  const loaded = await loadCalendar(db, regionCode);
  const stored = new Set(loaded.years.map((y) => y.year));
  const last = Math.max(...stored);
  const missing: number[] = [];
  for (let y = last + 1; y <= throughYear; y++) if (!stored.has(y)) missing.push(y);
  if (missing.length === 0) return { calendar: loaded.calendar, provisionalYears: [] };
  const cache = cacheFor(caches, db);
  const key = `${regionCode}|provisional:${missing.join(',')}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = build(db, regionCode, missing);
    cache.set(key, entry);
    entry.catch(() => cache.get(key) === entry && cache.delete(key));
  }
  return { calendar: (await entry).calendar, provisionalYears: missing };
}

/** Drops every cached region: one write can change a region and everything below it. */
export function invalidateCalendar(db: Db): void {
  caches.get(db)?.clear();
}

/**
 * Tells every instance that the calendar changed. Called inside the writing transaction:
 * PostgreSQL delivers NOTIFY only when that transaction commits, and never if it rolls back.
 */
export async function notifyCalendarChanged(tx: Db, regionCode: string): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${CALENDAR_CHANNEL}, ${regionCode})`);
}

/** Other instances' writes invalidate this instance's cache; returns the unsubscribe function. */
export function listenForCalendarChanges(database: Database, db: Db): Promise<() => Promise<void>> {
  // A change made while the listening connection was down sent no notice we heard: drop the cache then too.
  return database.listen(
    CALENDAR_CHANNEL,
    () => invalidateCalendar(db),
    () => invalidateCalendar(db),
  );
}
