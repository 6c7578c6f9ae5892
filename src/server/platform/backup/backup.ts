import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../db/types.ts';
import { appliedMigrations, quoteIdent, readCatalog, rowsOf, type TableInfo } from './catalog.ts';
import { encryptStream } from './crypto.ts';
import { BackupError } from './errors.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, rowLine, type BackupHeader } from './format.ts';

export interface BackupOptions {
  /** Passphrase (BACKUP_KEY): when given, the file is encrypted. */
  key?: string;
  pageSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface BackupSummary {
  file: string;
  bytes: number;
  encrypted: boolean;
  header: BackupHeader;
}

/**
 * Streams every table into `file`. One read-only REPEATABLE READ transaction gives a single
 * snapshot, so audit_seal never names an audit row the file lacks and the header's counts are
 * exact. Written to `<file>.partial` and renamed at the end: a file under the final name is
 * always complete. On PGlite the transaction holds the only connection for the whole run.
 */
export async function writeBackup(database: Database, file: string, opts: BackupOptions = {}): Promise<BackupSummary> {
  if (fs.existsSync(file)) {
    throw new BackupError('file-exists', `${file} 已存在，不覆盖已有备份。`, `${file} exists already; an existing backup is never overwritten.`);
  }
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  const pageSize = opts.pageSize ?? 2000;
  try {
    const header = await database.db.transaction(
      async (tx) => {
        // JSON renders timestamptz in the session time zone; UTC makes files comparable.
        await tx.execute(sql`SET LOCAL TimeZone = 'UTC'`);
        const tables = await readCatalog(tx);
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: new Date().toISOString(),
          database: database.kind,
          migrations: await appliedMigrations(tx),
          tables: [],
        };
        for (const t of tables) {
          const [c] = await rowsOf<{ n: string }>(tx, sql`SELECT count(*)::text AS n FROM ${sql.raw(t.quoted)}`);
          header.tables.push({ name: t.name, rows: Number(c?.n ?? 0), columns: t.columns.filter((col) => !col.generated).map((col) => col.name) });
        }
        const total = header.tables.reduce((s, t) => s + t.rows, 0);
        let done = 0;
        async function* lines() {
          yield `${JSON.stringify(header)}\n`;
          for (const t of tables) {
            for await (const page of pages(tx, t, pageSize)) {
              yield page.map((row) => rowLine(t.name, row)).join('');
              done += page.length;
              opts.onProgress?.(done, total);
            }
          }
        }
        // Backups hold password hashes and TOTP secrets: readable by the owner only.
        const out = fs.createWriteStream(partial, { mode: 0o600 });
        if (opts.key) await pipeline(lines(), createGzip(), await encryptStream(opts.key), out);
        else await pipeline(lines(), createGzip(), out);
        return header;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    fs.renameSync(partial, file);
    return { file, bytes: fs.statSync(file).size, encrypted: !!opts.key, header };
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
}

/**
 * Pages of row JSON in primary-key order, by keyset (WHERE key > last) so page 5,000 costs
 * what page 1 does. A table without a primary key is paged by ctid, stable within the snapshot.
 */
async function* pages(tx: Db, t: TableInfo, size: number): AsyncGenerator<string[]> {
  const keys = t.pk.length > 0 ? t.pk.map((name) => ({ name: quoteIdent(name), type: t.columns.find((c) => c.name === name)!.type })) : [{ name: 'ctid', type: 'tid' }];
  const keyList = sql.raw(keys.map((k) => `t.${k.name}`).join(', '));
  const keyText = sql.raw(keys.map((k, i) => `t.${k.name}::text AS k${i}`).join(', '));
  let last: string[] | undefined;
  for (;;) {
    const after = last ? sql`WHERE (${keyList}) > (${sql.join(last.map((v, i) => sql`${v}::${sql.raw(keys[i]!.type)}`), sql`, `)})` : sql``;
    const rows = await rowsOf<Record<string, string>>(
      tx,
      sql`SELECT row_to_json(t)::text AS j, ${keyText} FROM ${sql.raw(t.quoted)} AS t ${after} ORDER BY ${keyList} LIMIT ${size}`,
    );
    if (rows.length > 0) yield rows.map((r) => r.j!);
    if (rows.length < size) return;
    const end = rows[rows.length - 1]!;
    last = keys.map((_, i) => end[`k${i}`]!);
  }
}
