// Fixed-shape statements built once (decision 0053). drizzle builds a statement's SQL text
// afresh on every call: for the case write path's reads of 50 columns that was a third of this
// process's CPU under load. A shaped statement is built by drizzle once, with placeholders
// (`sql.placeholder('id')`), and its text, parameters and field list are kept; each call runs
// it through the handle's own session (a pool, a transaction, PGlite alike), with drizzle's
// own row mapping. On node-postgres it goes as a named prepared statement (`{ name, text,
// values }`): each connection parses it once. The name must be unique per statement text.
import type { Db } from './types.ts';

interface Built {
  sql: string;
  params: unknown[];
  fields: unknown;
  arrayMode: boolean;
  joinsNotNullableMap: unknown;
}
interface PreparedInside {
  queryString: string;
  params: unknown[];
  fields: unknown;
  _isResponseInArrayMode?: boolean;
  joinsNotNullableMap?: unknown;
  execute(values?: Record<string, unknown>): Promise<unknown>;
}
interface Session {
  prepareQuery(query: { sql: string; params: unknown[] }, fields: unknown, name: string | undefined, arrayMode: boolean): PreparedInside;
}
type Preparable = { prepare(name: string): unknown };

/**
 * `build(db)` once (the first caller's handle; only its dialect is used), then every call runs
 * the kept statement with `values` for its placeholders on the caller's handle. Answers the
 * rows as the builder would (a select's typed rows; `.returning()`'s rows).
 */
export function shaped<Row>(name: string, build: (db: Db) => Preparable): (db: Db, values: Record<string, unknown>) => Promise<Row[]> {
  let built: Built | undefined;
  return async (db, values) => {
    if (!built) {
      const p = build(db).prepare(name) as PreparedInside;
      built = { sql: p.queryString, params: p.params, fields: p.fields, arrayMode: p._isResponseInArrayMode ?? false, joinsNotNullableMap: p.joinsNotNullableMap };
    }
    const session = (db as unknown as { session: Session }).session;
    const query = session.prepareQuery({ sql: built.sql, params: built.params }, built.fields, name, built.arrayMode);
    query.joinsNotNullableMap = built.joinsNotNullableMap;
    return (await query.execute(values)) as Row[];
  };
}
