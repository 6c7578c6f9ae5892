import { sql } from 'drizzle-orm';
import { migrateDatabase } from '../db/migrate.ts';
import type { Database, Db } from '../db/types.ts';
import { appliedMigrations, firstNonEmptyTable, MIGRATIONS_TABLE, readCatalog, rowsOf } from './catalog.ts';
import { BackupError } from './errors.ts';
import { inspectBackup, openBackup, type BackupHeader } from './format.ts';
import { isPrefix, migrateTo, shippedMigrations } from './migrations.ts';
import { finishTable, insertBatch, planInserts, resetSequences, startTable, type TablePlan } from './restore-sql.ts';

export interface RestoreOptions {
  /** Passphrase for an encrypted backup (BACKUP_KEY). */
  key?: string;
  batchRows?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface RestoreSummary {
  header: BackupHeader;
  /** Rows now in each table of the restored database. */
  tables: { name: string; rows: number }[];
}

const BATCH_BYTES = 8 << 20;

const notEmpty = (table: string) =>
  new BackupError('not-empty', `目标数据库非空（表 ${table} 已有数据），恢复只能写入空数据库，未做任何修改。`, `The target database is not empty (table ${table} has rows); restore writes into an empty database only. Nothing was changed.`);

/**
 * Restores a backup into an empty database: check the whole file, migrate to the backup's
 * schema, insert every row in one transaction (a failure leaves the database empty), move the
 * sequences past the restored rows, then apply any migrations newer than the backup.
 */
export async function restoreBackup(database: Database, file: string, opts: RestoreOptions = {}): Promise<RestoreSummary> {
  const header = await inspectBackup(file, opts.key);
  const shipped = shippedMigrations();
  if (!isPrefix(header.migrations, shipped)) {
    throw new BackupError('newer-backup', '备份中的数据库迁移与本程序不一致（来自更新或不同的版本），请用与备份相同或更新的版本恢复。', 'The backup has migrations this program does not ship (made by a newer or different version); restore it with the same or a newer version.');
  }
  const busy = await firstNonEmptyTable(database.db, await readCatalog(database.db));
  if (busy) throw notEmpty(busy);
  if (!isPrefix(await appliedMigrations(database.db), header.migrations)) {
    throw new BackupError('target-ahead', '目标数据库的迁移版本比备份新，请恢复到一个全新的空数据库。', 'The target database has migrations newer than the backup; restore into a new, blank database.');
  }
  await migrateTo(database, header.migrations.length);
  const tables = await readCatalog(database.db);
  const plans = planInserts(header, tables);
  const total = header.tables.reduce((s, t) => s + t.rows, 0);
  await database.db.transaction(async (tx) => {
    // Checked again inside the transaction: nothing may have been written since the first look.
    const late = await firstNonEmptyTable(tx, tables);
    if (late) throw notEmpty(late);
    await copyRows(tx, file, opts, plans, total);
    await resetSequences(tx, tables);
  });
  if (header.migrations.length < shipped.length) await migrateDatabase(database);
  return { header, tables: await countRows(database.db) };
}

async function copyRows(tx: Db, file: string, opts: RestoreOptions, plans: Map<string, TablePlan>, total: number) {
  const maxRows = opts.batchRows ?? 2000;
  const { rows } = await openBackup(file, opts.key);
  let current: TablePlan | undefined;
  let batch: string[] = [];
  let bytes = 0;
  let done = 0;
  const flush = async () => {
    if (current && batch.length > 0) await insertBatch(tx, current, batch);
    done += batch.length;
    if (batch.length > 0) opts.onProgress?.(done, total);
    batch = [];
    bytes = 0;
  };
  for await (const { table, row } of rows) {
    // The migrator wrote the migrations table already, from the same files: skip its rows.
    if (table === MIGRATIONS_TABLE) {
      done++;
      continue;
    }
    if (current?.info.name !== table || batch.length >= maxRows || bytes >= BATCH_BYTES) {
      await flush();
      if (current?.info.name !== table) {
        if (current) await finishTable(tx, current);
        current = plans.get(table)!;
        await startTable(tx, current);
      }
    }
    batch.push(row);
    bytes += row.length;
  }
  await flush();
  if (current) await finishTable(tx, current);
}

async function countRows(db: Db) {
  const result: { name: string; rows: number }[] = [];
  for (const t of await readCatalog(db)) {
    const [c] = await rowsOf<{ n: string }>(db, sql`SELECT count(*)::text AS n FROM ${sql.raw(t.quoted)}`);
    result.push({ name: t.name, rows: Number(c?.n ?? 0) });
  }
  return result;
}
