import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/types.ts';
import { BackupError } from './errors.ts';

export const MIGRATIONS_TABLE = 'drizzle.__drizzle_migrations';

export interface Column {
  name: string;
  type: string;
  /** Generated (computed) columns are never inserted: the target computes them again. */
  generated: boolean;
  /** Backed by a serial/identity sequence that restore moves past the restored rows. */
  serial: boolean;
}
export interface ForeignKey {
  ref: string;
  cols: string[];
  refCols: string[];
}
export interface TableInfo {
  /** `audit_log` for the public schema, `drizzle.__drizzle_migrations` otherwise. */
  name: string;
  quoted: string;
  columns: Column[];
  /** Primary key columns, in key order; empty when the table has none. */
  pk: string[];
  fks: ForeignKey[];
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Rows of a raw query; PGlite and node-postgres both put them under `rows`. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(res) ? res : (res.rows ?? []);
}

// One query, answered as JSON text so both drivers hand back the same thing (STACK.md trap 3).
// Partitions are left out: their rows are read (and restored) through the partitioned parent.
const CATALOG = sql.raw(`
SELECT coalesce(json_agg(json_build_object(
  'oid', c.oid, 'schema', n.nspname, 'name', c.relname,
  'columns', (SELECT json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod),
      'generated', a.attgenerated <> '',
      'serial', pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) IS NOT NULL) ORDER BY a.attnum)
    FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
  'pk', (SELECT json_agg(a.attname ORDER BY k.ord) FROM pg_index i
    CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(num, ord)
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.num
    WHERE i.indrelid = c.oid AND i.indisprimary),
  'fks', (SELECT json_agg(json_build_object('ref', f.confrelid,
      'cols', (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(f.conkey) WITH ORDINALITY AS k(num, ord)
        JOIN pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = k.num),
      'refCols', (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(f.confkey) WITH ORDINALITY AS k(num, ord)
        JOIN pg_attribute a ON a.attrelid = f.confrelid AND a.attnum = k.num)))
    FROM pg_constraint f WHERE f.conrelid = c.oid AND f.contype = 'f')
) ORDER BY n.nspname, c.relname), '[]')::text AS j
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND (n.nspname = 'public' OR (n.nspname = 'drizzle' AND c.relname = '__drizzle_migrations'))`);

interface RawTable {
  oid: number;
  schema: string;
  name: string;
  columns: Column[] | null;
  pk: string[] | null;
  fks: { ref: number; cols: string[]; refCols: string[] }[] | null;
}

/** Every application table (public schema) plus the migrations table, in dependency order. */
export async function readCatalog(db: Db): Promise<TableInfo[]> {
  const [row] = await rowsOf<{ j: string }>(db, CATALOG);
  const raw = JSON.parse(row?.j ?? '[]') as RawTable[];
  const nameOf = new Map(raw.map((t) => [t.oid, t.schema === 'public' ? t.name : `${t.schema}.${t.name}`]));
  const tables = raw.map((t) => ({
    name: nameOf.get(t.oid)!,
    quoted: `${quoteIdent(t.schema)}.${quoteIdent(t.name)}`,
    columns: t.columns ?? [],
    pk: t.pk ?? [],
    // References to tables outside the backup (other schemas) cannot be ordered; they are not ours.
    fks: (t.fks ?? []).filter((f) => nameOf.has(f.ref)).map((f) => ({ ...f, ref: nameOf.get(f.ref)! })),
  }));
  return dependencyOrder(tables);
}

/**
 * Referenced tables before the tables that reference them (Kahn's algorithm, ties by name so
 * the order is stable). A table referencing itself is fine: restore stages its rows. A cycle
 * between tables is not, and we say so at backup time, long before anyone needs a restore.
 */
export function dependencyOrder(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const waitingOn = new Map(tables.map((t) => [t.name, new Set(t.fks.map((f) => f.ref).filter((r) => r !== t.name))]));
  const done: TableInfo[] = [];
  while (waitingOn.size > 0) {
    const ready = [...waitingOn].filter(([, deps]) => deps.size === 0).map(([n]) => n).sort();
    if (ready.length === 0) {
      throw new BackupError('fk-cycle', `外键存在环，无法确定写入顺序: ${[...waitingOn.keys()].join(', ')}`, `foreign keys form a cycle between: ${[...waitingOn.keys()].join(', ')}`);
    }
    for (const name of ready) {
      done.push(byName.get(name)!);
      waitingOn.delete(name);
      for (const deps of waitingOn.values()) deps.delete(name);
    }
  }
  return done;
}

/** Hashes of the migrations a database has applied, oldest first ([] for a blank database). */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const [probe] = await rowsOf<{ present: boolean }>(db, sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present`);
  if (!probe?.present) return [];
  const rows = await rowsOf<{ hash: string }>(db, sql`SELECT hash FROM drizzle.__drizzle_migrations ORDER BY created_at, id`);
  return rows.map((r) => r.hash);
}

/** The first application table holding a row, if any: restore writes into empty databases only. */
export async function firstNonEmptyTable(db: Db, tables: TableInfo[]): Promise<string | undefined> {
  for (const t of tables) {
    if (t.name === MIGRATIONS_TABLE) continue;
    const [r] = await rowsOf<{ any: boolean }>(db, sql`SELECT EXISTS (SELECT 1 FROM ${sql.raw(t.quoted)}) AS any`);
    if (r?.any) return t.name;
  }
  return undefined;
}
