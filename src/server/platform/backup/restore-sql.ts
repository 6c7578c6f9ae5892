import { sql } from 'drizzle-orm';
import type { Db } from '../db/types.ts';
import { MIGRATIONS_TABLE, quoteIdent, rowsOf, type ForeignKey, type TableInfo } from './catalog.ts';
import { BackupError } from './errors.ts';
import type { BackupHeader } from './format.ts';

export interface TablePlan {
  info: TableInfo;
  /** The backup's columns: target-only columns keep their defaults. */
  columns: string;
  /** Foreign keys onto the table itself: its rows go through a staging table, parents first. */
  selfFks: ForeignKey[];
}

const STAGE = 'onewindow_restore_stage';

const mismatch = (zh: string, en: string) =>
  new BackupError('schema-mismatch', `备份与目标数据库结构不符：${zh}，未写入任何数据。`, `The backup does not fit the target schema: ${en}. No rows were written.`);

/** One plan per table of the backup; refuses anything that would silently lose data. */
export function planInserts(header: BackupHeader, tables: TableInfo[]): Map<string, TablePlan> {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const position = new Map(header.tables.map((t, i) => [t.name, i]));
  const plans = new Map<string, TablePlan>();
  header.tables.forEach((bt, i) => {
    if (bt.name === MIGRATIONS_TABLE) return;
    const info = byName.get(bt.name);
    if (!info) throw mismatch(`缺少表 ${bt.name}`, `table ${bt.name} is missing`);
    // json_populate_recordset ignores keys it has no column for: such values would vanish.
    const insertable = new Set(info.columns.filter((c) => !c.generated).map((c) => c.name));
    const lost = bt.columns.filter((c) => !insertable.has(c));
    if (lost.length > 0) throw mismatch(`表 ${bt.name} 缺少列 ${lost.join(', ')}`, `table ${bt.name} lacks columns ${lost.join(', ')}`);
    for (const fk of info.fks) {
      if (fk.ref !== info.name && (position.get(fk.ref) ?? -1) > i) {
        throw mismatch(`表 ${bt.name} 在其引用的 ${fk.ref} 之前`, `${bt.name} comes before ${fk.ref}, which it references`);
      }
    }
    plans.set(bt.name, { info, columns: bt.columns.map(quoteIdent).join(', '), selfFks: info.fks.filter((f) => f.ref === info.name) });
  });
  return plans;
}

export async function startTable(tx: Db, plan: TablePlan): Promise<void> {
  if (plan.selfFks.length === 0) return;
  await tx.execute(sql.raw(`CREATE TEMP TABLE ${STAGE} ON COMMIT DROP AS SELECT * FROM ${plan.info.quoted} WITH NO DATA`));
}

/** Rows go back through PostgreSQL's own JSON reader, the inverse of the row_to_json that wrote them. */
export async function insertBatch(tx: Db, plan: TablePlan, rows: string[]): Promise<void> {
  const into = plan.selfFks.length > 0 ? STAGE : plan.info.quoted;
  // OVERRIDING SYSTEM VALUE: GENERATED ALWAYS identity columns take the backed-up values.
  await tx.execute(
    sql`INSERT INTO ${sql.raw(into)} (${sql.raw(plan.columns)}) OVERRIDING SYSTEM VALUE
        SELECT ${sql.raw(plan.columns)} FROM json_populate_recordset(NULL::${sql.raw(plan.info.quoted)}, ${`[${rows.join(',')}]`}::json)`,
  );
}

/**
 * For a self-referencing table, move staged rows whose parent is already in place (or who have
 * none, or are their own parent), one tree level per pass, until the stage is empty.
 */
export async function finishTable(tx: Db, plan: TablePlan): Promise<void> {
  if (plan.selfFks.length === 0) return;
  const ready = plan.selfFks
    .map((f) => {
      const nulls = f.cols.map((c) => `s.${quoteIdent(c)} IS NULL`);
      const self = f.cols.map((c, i) => `s.${quoteIdent(c)} = s.${quoteIdent(f.refCols[i]!)}`).join(' AND ');
      const parent = f.cols.map((c, i) => `p.${quoteIdent(f.refCols[i]!)} = s.${quoteIdent(c)}`).join(' AND ');
      return `(${nulls.join(' OR ')} OR (${self}) OR EXISTS (SELECT 1 FROM ${plan.info.quoted} p WHERE ${parent}))`;
    })
    .join(' AND ');
  for (;;) {
    const [moved] = await rowsOf<{ n: number }>(
      tx,
      sql.raw(`WITH moved AS (DELETE FROM ${STAGE} s WHERE ${ready} RETURNING s.*),
        ins AS (INSERT INTO ${plan.info.quoted} (${plan.columns}) OVERRIDING SYSTEM VALUE SELECT ${plan.columns} FROM moved RETURNING 1)
        SELECT count(*)::int AS n FROM ins`),
    );
    if (!moved || moved.n === 0) break;
  }
  const [left] = await rowsOf<{ n: number }>(tx, sql.raw(`SELECT count(*)::int AS n FROM ${STAGE}`));
  if (left && left.n > 0) throw mismatch(`表 ${plan.info.name} 有 ${left.n} 行引用了不存在的上级`, `${left.n} rows of ${plan.info.name} reference parents that do not exist`);
  await tx.execute(sql.raw(`DROP TABLE ${STAGE}`));
}

/** Every serial/identity sequence continues after the largest restored value. */
export async function resetSequences(tx: Db, tables: TableInfo[]): Promise<void> {
  for (const t of tables) {
    if (t.name === MIGRATIONS_TABLE) continue;
    for (const c of t.columns.filter((col) => col.serial)) {
      await tx.execute(
        sql`SELECT setval(pg_get_serial_sequence(${t.quoted}, ${c.name}), coalesce((SELECT max(${sql.raw(quoteIdent(c.name))}) FROM ${sql.raw(t.quoted)}), 0) + 1, false)`,
      );
    }
  }
}
