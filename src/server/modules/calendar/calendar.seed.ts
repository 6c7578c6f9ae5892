import { sql } from 'drizzle-orm';
import { officialCalendarData } from '../../../domain/calendar/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { insertYears, listNationalYears, upsertDays } from './calendar.queries.ts';

// Two instances starting together on one PostgreSQL must not both seed.
const SEED_LOCK = 727_003;

/**
 * Loads the bundled national arrangement (2007–2026, chinese-days) into the tables for every
 * bundled year the database does not have yet. Years already present are never touched, so an
 * administrator's edits and imports survive restarts and upgrades; a release that bundles a
 * newer year adds just that year. Returns the years added.
 */
export async function ensureCalendarSeeded(db: Db): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
    const present = new Set((await listNationalYears(tx)).map((y) => y.year));
    const data = officialCalendarData();
    const missing = data.years.filter((y) => !present.has(y));
    if (missing.length === 0) return [];
    const wanted = new Set(missing);
    const days = data.days
      .filter((d) => wanted.has(Number(d.date.slice(0, 4))))
      .map((d) => ({ regionCode: '', date: d.date, kind: d.kind, name: d.name ?? '', source: 'chinese-days', updatedBy: 'system' }));
    await upsertDays(tx, days);
    await insertYears(tx, missing.map((year) => ({ regionCode: '', year, source: 'chinese-days', importedBy: 'system' })));
    return missing;
  });
}
