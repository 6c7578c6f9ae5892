import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/server/platform/db/connect.ts';
import { migrateDatabase } from '../../src/server/platform/db/migrate.ts';
import type { Database, Db, DbKind } from '../../src/server/platform/db/types.ts';
import { readCatalog, rowsOf } from '../../src/server/platform/backup/catalog.ts';
import type { BackupHeader } from '../../src/server/platform/backup/format.ts';
import { seedDemo } from '../../src/server/seed/seed.ts';
import { testDatabase } from '../db.ts';

export const pgUrl = process.env.DATABASE_URL;

/** Source → target kinds to prove: every pairing this run can reach. */
export const kindPairs: [DbKind, DbKind][] = pgUrl
  ? [
      ['postgres', 'postgres'],
      ['postgres', 'pglite'],
      ['pglite', 'postgres'],
    ]
  : [['pglite', 'pglite']];

/** A database with no tables at all; PostgreSQL ones are created here and dropped on close. */
export async function blankDatabase(kind: DbKind): Promise<Database> {
  if (kind === 'pglite') return openDatabase({});
  if (!pgUrl) throw new Error('DATABASE_URL is needed for a PostgreSQL database');
  const name = `ow_restore_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 3 });
  const close = database.close.bind(database);
  database.close = async () => {
    await close();
    const dropper = new pg.Client({ connectionString: pgUrl });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await dropper.end();
  };
  return database;
}

/** The migrated demo database of a kind: the shared test database when the kind matches this run. */
export async function seededDatabase(kind: DbKind): Promise<Database> {
  if ((kind === 'postgres') === !!pgUrl) return testDatabase();
  const database = await blankDatabase(kind);
  await migrateDatabase(database);
  await seedDemo(database.db, { forcePasswordChange: false });
  return database;
}

/**
 * Every row of every table as PostgreSQL's own JSON text, timestamps in UTC, sorted in JS
 * (the two engines may collate text keys differently): equal snapshots mean equal data.
 */
export async function snapshot(db: Db): Promise<Record<string, string[]>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL TimeZone = 'UTC'`);
    const out: Record<string, string[]> = {};
    for (const t of await readCatalog(tx)) {
      const rows = await rowsOf<{ j: string }>(tx, sql.raw(`SELECT row_to_json(t)::text AS j FROM ${t.quoted} t`));
      out[t.name] = rows.map((r) => r.j).sort();
    }
    return out;
  });
}

export async function countOf(db: Db, table: string): Promise<number> {
  const [r] = await rowsOf<{ n: number }>(db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
  return r!.n;
}

/** Rewrites an unencrypted backup: the header through `edit`, rows kept when `keep` says so, through `map`. */
export function rewriteBackup(from: string, to: string, edit: (h: BackupHeader) => BackupHeader, keep = (_line: string) => true, map = (line: string) => line) {
  const [head, ...rows] = gunzipSync(fs.readFileSync(from)).toString('utf8').split('\n');
  const header = edit(JSON.parse(head!) as BackupHeader);
  const body = [JSON.stringify(header), ...rows.filter((l) => l === '' || keep(l)).map(map)].join('\n');
  fs.writeFileSync(to, gzipSync(body));
}

/** The message of a rejected query, whichever driver (drizzle wraps the database error as `cause`). */
export async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    const err = e as Error & { cause?: Error };
    return `${err.message} ${err.cause?.message ?? ''}`;
  }
  throw new Error('expected the query to fail');
}

/** A table with every awkward type, a GENERATED ALWAYS identity, a generated column and a self reference. */
export const awkwardTable = `CREATE TABLE bk_node (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  parent_id bigint REFERENCES bk_node(id),
  big bigint, amount numeric, tags text[], doc jsonb, raw bytea, flag boolean,
  at timestamptz, day date, label text, label_len int GENERATED ALWAYS AS (length(label)) STORED)`;

// Children before parents in key order (1 → 3), a row that is its own parent (4).
export const awkwardRows = `INSERT INTO bk_node (id, parent_id, big, amount, tags, doc, raw, flag, at, day, label) OVERRIDING SYSTEM VALUE VALUES
  (3, NULL, 9007199254740993, 12345678901234567890.123456789, ARRAY['a,b', 'say "hi"', NULL, '多字节'], '{"z": 1, "a": [1.50, null, {"k": "值"}]}', '\\x00ff10', true, '2024-02-29 23:59:59.123456+00', '2024-02-29', E'line\\nbreak'),
  (1, 3, -9223372036854775808, 0.000000001, '{}', 'null', '\\x', false, '1999-12-31 16:00:00.5+08', '0001-01-01', ''),
  (2, 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (4, 4, 1, 'NaN', ARRAY['x'], '[]', NULL, NULL, 'infinity', NULL, '末')`;
