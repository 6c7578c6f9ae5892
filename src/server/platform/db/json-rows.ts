// Rows as one JSON parameter (decision 0053): drizzle's multi-row INSERT binds every value
// separately and builds its text chunk by chunk (`is()` per chunk), which for an intake's
// case records and material lines was the largest part of this process's CPU per
// application. This writes the same rows as
//   INSERT INTO t (cols) SELECT cols FROM jsonb_populate_recordset(NULL::t, $1::jsonb)
// with the column list built once per table and set of columns, each value converted by its
// column as drizzle would (dates to text, …); json, jsonb and array columns go as JSON.
// Columns left undefined in every row take their database default, as with drizzle.
import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

const AS_JSON = new Set(['PgJson', 'PgJsonb', 'PgArray']);
type Head = (table: string, names: string) => string;
const heads = new WeakMap<Head, WeakMap<PgTable, Map<string, string>>>();

/** The statement's text up to its JSON parameter, built once per kind, table and set of columns. */
function headOf(kind: Head, table: PgTable, columns: Record<string, PgColumn>, keys: string[]): string {
  let byTable = heads.get(kind);
  if (!byTable) heads.set(kind, (byTable = new WeakMap()));
  let byKeys = byTable.get(table);
  if (!byKeys) byTable.set(table, (byKeys = new Map()));
  const id = keys.join(',');
  let head = byKeys.get(id);
  if (!head) {
    head = kind(`"${getTableName(table)}"`, keys.map((k) => `"${columns[k]!.name}"`).join(', '));
    byKeys.set(id, head);
  }
  return head;
}

const insertHead: Head = (name, names) => `INSERT INTO ${name} (${names}) SELECT ${names} FROM jsonb_populate_recordset(NULL::${name}, `;
const updateHead: Head = (name, names) => `UPDATE ${name} SET (${names}) = (SELECT ${names} FROM jsonb_populate_record(NULL::${name}, `;

function jsonValues(columns: Record<string, PgColumn>, keys: readonly string[], r: Record<string, unknown>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const k of keys) {
    const c = columns[k]!;
    const v = r[k];
    o[c.name] = v === null || v === undefined ? null : AS_JSON.has(c.columnType) ? v : c.mapToDriverValue(v);
  }
  return o;
}

/**
 * The INSERT of `rows` into `table`, with every value in one JSON parameter (not sent: a
 * statement to send or to put into a larger one). `asJsonb` turns the rows' JSON text into the
 * jsonb the statement reads (by default the parameter itself; the write path's numbering
 * statement replaces its number stand-ins there).
 */
export function insertRows<T extends PgTable>(table: T, rows: readonly T['$inferInsert'][], asJsonb?: (text: string) => SQL): SQL {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const records = rows as readonly Record<string, unknown>[];
  const keys = Object.keys(columns).filter((k) => records.some((r) => r[k] !== undefined));
  const values = records.map((r) => jsonValues(columns, keys, r));
  const text = JSON.stringify(values);
  const statement = sql`${sql.raw(headOf(insertHead, table, columns, keys))}${asJsonb ? asJsonb(text) : sql`${text}::jsonb`})`;
  if (!asJsonb) plainInserts.set(statement, { table, columns: keys.join(','), rows: records });
  return statement;
}

/** The statements insertRows built from plain rows (no stand-ins to replace): rowsInserted can merge them. */
const plainInserts = new WeakMap<SQL, { table: PgTable; columns: string; rows: readonly Record<string, unknown>[] }>();

/**
 * Several inserts of insertRows as fewer statements: the rows of each table in one INSERT, in
 * the order they were given (an identity column numbers them as before), the tables in the
 * order they first appear. Answers undefined when one of them is not such an insert, or when
 * two inserts into one table set different columns (a column one leaves to its default would
 * be written as null by the other's).
 */
export function mergedInserts(writes: readonly SQL[]): SQL[] | undefined {
  const byTable = new Map<PgTable, { columns: string; rows: Record<string, unknown>[] }>();
  for (const w of writes) {
    const plain = plainInserts.get(w);
    if (!plain) return undefined;
    const seen = byTable.get(plain.table);
    if (!seen) byTable.set(plain.table, { columns: plain.columns, rows: [...plain.rows] });
    else if (seen.columns !== plain.columns) return undefined;
    else seen.rows.push(...plain.rows);
  }
  return [...byTable].map(([table, { rows }]) => insertRows(table, rows));
}

/**
 * `UPDATE table SET … WHERE where` with the values of `set` in one JSON parameter, as
 * insertRows does; keys left undefined are not set (as with drizzle). A value that is itself
 * SQL (a number drawn by the same statement) is set by that expression after the others.
 * Answers undefined when every value is SQL (the caller then builds it with drizzle).
 */
export function updateRow<T extends PgTable>(table: T, set: Partial<T['$inferInsert']>, where: SQL): SQL | undefined {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const record = set as Record<string, unknown>;
  const isSql = (v: unknown) => typeof v === 'object' && v !== null && 'getSQL' in v;
  const keys = Object.keys(columns).filter((k) => record[k] !== undefined);
  const plain = keys.filter((k) => !isSql(record[k]));
  if (!plain.length) return undefined;
  const computed = keys.filter((k) => isSql(record[k])).map((k) => sql`, ${sql.raw(`"${columns[k]!.name}"`)} = ${record[k] as SQL}`);
  const head = headOf(updateHead, table, columns, plain);
  return sql`${sql.raw(head)}${JSON.stringify(jsonValues(columns, plain, record))}::jsonb))${sql.join(computed)} WHERE ${where}`;
}

/**
 * The row as the database holds it right after inserting `values`: each column left undefined
 * takes its default (a constant in the schema) or null, as the INSERT above gives it. For a
 * use case that goes on with a row it has just inserted in the same transaction, which no other
 * transaction can see yet: it needs no read back (decision 0055). Throws for a default the
 * database computes (`defaultNow()`, a sequence): that row must be read.
 */
export function asInserted<T extends PgTable>(table: T, values: T['$inferInsert']): T['$inferSelect'] {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const given = values as Record<string, unknown>;
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columns)) {
    const v = given[key];
    if (v !== undefined) row[key] = v;
    else if (!column.hasDefault) row[key] = null;
    else if (column.default === undefined || (typeof column.default === 'object' && column.default !== null && 'getSQL' in column.default)) {
      throw new Error(`asInserted: ${getTableName(table)}.${column.name} takes a default the database computes; read the row instead`);
    } else row[key] = structuredClone(column.default);
  }
  return row as T['$inferSelect'];
}
