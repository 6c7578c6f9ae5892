import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Db } from '../../platform/db/types.ts';
import { rowsOf } from './ticket.queries.ts';

// The hall's hot path sends its statements as one simple-protocol message: one round trip,
// one implicit transaction, and in READ COMMITTED a fresh snapshot for each statement, so a
// row lock taken by the first is followed by a second that sees what the lock holder
// committed. The statements are prepared once per connection (PREPARE) and run with
// EXECUTE: planning them cost more than running them. The simple protocol takes no bind
// parameters, so EXECUTE's arguments are literals quoted as the driver's escapeLiteral does.

export type ScriptValue = string | number | boolean | null | Date;

export function literal(v: ScriptValue): string {
  if (v === null) return 'NULL';
  if (v instanceof Date) return pg.escapeLiteral(v.toISOString());
  switch (typeof v) {
    case 'string':
      // PostgreSQL text cannot hold NUL; refuse it here rather than send a cut string.
      if (v.includes('\0')) throw new Error('SQL text value contains NUL');
      return pg.escapeLiteral(v);
    case 'number':
      if (!Number.isFinite(v)) throw new Error(`SQL number value ${v}`);
      return String(v);
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      throw new Error(`SQL value of type ${typeof v}`);
  }
}

/** A statement with named parameters (`$window`), prepared on first use on each connection. */
export class Prepared<P extends Record<string, ScriptValue>> {
  readonly prepare: string;
  private readonly order: (keyof P & string)[];

  constructor(
    readonly name: string,
    private readonly types: { [K in keyof P]: string },
    readonly text: string,
  ) {
    this.order = Object.keys(types) as (keyof P & string)[];
    const numbered = text.replace(/\$([a-z][A-Za-z]*)/g, (_, key: string) => {
      const i = this.order.indexOf(key);
      if (i < 0) throw new Error(`${name}: no type for $${key}`);
      return `$${i + 1}`;
    });
    this.prepare = `PREPARE ${name} (${this.order.map((k) => types[k]).join(', ')}) AS ${numbered}`;
  }

  execute(values: P): string {
    return `EXECUTE ${this.name} (${this.order.map((k) => literal(values[k]!)).join(', ')})`;
  }

  /** The statement with its values in place, for a transaction handle that cannot EXECUTE what it never prepared. */
  inline(values: P): string {
    return this.text.replace(/\$([a-z][A-Za-z]*)/g, (_, key: string) => `${literal(values[key]!)}::${this.types[key]}`);
  }
}

export interface Run {
  statement: Prepared<Record<string, ScriptValue>>;
  values: Record<string, ScriptValue>;
}
export const run = <P extends Record<string, ScriptValue>>(statement: Prepared<P>, values: P): Run => ({
  statement: statement as unknown as Prepared<Record<string, ScriptValue>>,
  values,
});

interface PgliteLike {
  exec(text: string): Promise<{ rows: Record<string, unknown>[] }[]>;
}

/**
 * Statement names prepared per connection (a pg client, or the PGlite instance). After
 * "cached plan must not change result type" (0A000: a migration ran under a live server)
 * the connection forgets them all and the next call prepares afresh.
 */
const preparedOn = new WeakMap<object, Set<string>>();

async function onSession(key: object, query: (text: string) => Promise<{ rows: Record<string, unknown>[] }[]>, runs: readonly Run[]) {
  let done = preparedOn.get(key);
  if (!done) preparedOn.set(key, (done = new Set()));
  for (const { statement } of runs) {
    if (done.has(statement.name)) continue;
    await query(statement.prepare);
    done.add(statement.name);
  }
  try {
    return (await query(runs.map((r) => r.statement.execute(r.values)).join(';\n'))).at(-1)!.rows;
  } catch (err) {
    if ((err as { code?: string }).code === '0A000') {
      preparedOn.delete(key);
      await query('DEALLOCATE ALL').catch(() => {});
    }
    throw err;
  }
}

const asList = (r: { rows: Record<string, unknown>[] } | { rows: Record<string, unknown>[] }[]) => (Array.isArray(r) ? r : [r]);

/**
 * Runs the statements as one transaction and returns the rows of the last one. On a root
 * handle they go in one message (a pooled node-postgres connection, or PGlite); on a
 * transaction handle, which has no message of its own, one after another inside it.
 */
export async function runScript(db: Db, runs: readonly Run[]): Promise<Record<string, unknown>[]> {
  const client = (db as { $client?: unknown }).$client;
  if (client && typeof (client as Partial<PgliteLike>).exec === 'function') {
    const pglite = client as PgliteLike;
    return onSession(pglite, (text) => pglite.exec(text), runs);
  }
  if (client instanceof pg.Client) {
    // A handle on one dedicated connection (withConnection): that connection is the session.
    return onSession(client, async (text) => asList(await client.query(text)), runs);
  }
  if (client instanceof pg.Pool) {
    const session = await client.connect();
    try {
      return await onSession(session, async (text) => asList(await session.query(text)), runs);
    } finally {
      session.release();
    }
  }
  let rows: Record<string, unknown>[] = [];
  for (const r of runs) rows = rowsOf(await db.execute(sql.raw(r.statement.inline(r.values))));
  return rows;
}
