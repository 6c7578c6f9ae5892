// SQL of the case-warning-levels job: one set-based UPDATE per batch of case ids, comparing each
// case's stored due dates with its center's two boundary dates (warnings.ts). No calendar or
// clock runs per case: the per-center boundaries come in as a VALUES list.
import { sql, type SQL } from 'drizzle-orm';
import type { WarningBoundaries } from '../../../../domain/case/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { caseWarningSettings } from '../case.schema.ts';

export type CenterBoundaries = WarningBoundaries & { centerId: string };

// Both drivers answer db.execute with { rows } (node-postgres) or the rows themselves.
async function select<T>(db: Db, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(res) ? res : (res.rows ?? []);
}

const list = (values: readonly string[]): SQL => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** Centers that have a case with a running clock or a stored level (to set or to clear). */
export async function centersWithLevels(db: Db, runningStates: readonly string[]): Promise<string[]> {
  const r = await select<{ center_id: string }>(db, sql`SELECT DISTINCT center_id FROM case_record WHERE state IN (${list(runningStates)}) OR warning_level IS NOT NULL`);
  return r.map((x) => x.center_id);
}

export async function listWarningSettings(db: Db) {
  return db.select().from(caseWarningSettings);
}

/** The last id of the batch starting after `after` (null: the rest of the table is one batch). */
export async function batchEnd(db: Db, after: string, size: number): Promise<string | null> {
  const r = await select<{ id: string }>(db, sql`SELECT id FROM case_record WHERE id > ${after} ORDER BY id OFFSET ${size - 1} LIMIT 1`);
  return r[0]?.id ?? null;
}

/**
 * Recomputes the level of the cases with ids in (after, upTo] and writes only the ones that
 * changed. The level follows the earlier of the two due dates (the promise before an extension,
 * the legal date otherwise), which is the worse of the two clocks' levels. A paused case shows
 * 'paused' unless its limit had run out before (a stored due date already in the past).
 */
export async function updateLevels(db: Db, b: readonly CenterBoundaries[], runningStates: readonly string[], after: string, upTo: string | null, now: Date): Promise<number> {
  if (b.length === 0) return 0;
  const values = sql.join(b.map((x) => sql`(${x.centerId}, ${x.today}::date, ${x.yellowBefore}::date)`), sql`, `);
  const due = sql`LEAST(c.legal_due, c.promised_due)`;
  // One pass over the batch, no self-join: the level expression is both the new value and the
  // "changed?" test. Counted in SQL: both drivers answer rows alike, not affected-row counts.
  const lvl = sql`CASE
        WHEN c.state NOT IN (${list(runningStates)}) THEN NULL
        WHEN c.paused AND (${due} IS NULL OR ${due} >= b.today) THEN 'paused'
        WHEN ${due} IS NULL THEN NULL
        WHEN ${due} < b.today THEN 'overdue'
        WHEN ${due} = b.today THEN 'red'
        WHEN ${due} < b.yellow_before THEN 'yellow'
        ELSE 'normal' END`;
  const r = await select<{ n: number }>(db, sql`
    WITH changed AS (
      UPDATE case_record c SET warning_level = ${lvl}, warning_level_at = ${now.toISOString()}::timestamptz
      FROM (VALUES ${values}) AS b(center_id, today, yellow_before)
      WHERE b.center_id = c.center_id AND c.id > ${after} ${upTo === null ? sql`` : sql`AND c.id <= ${upTo}`}
        AND c.warning_level IS DISTINCT FROM (${lvl})
      RETURNING 1)
    SELECT count(*)::int AS n FROM changed`);
  return Number(r[0]?.n ?? 0);
}
