import { sql, type SQL } from 'drizzle-orm';
import type { Database, Db } from '../db/types.ts';

/** What pg-boss asks of a database: one call that runs a statement and answers its rows. */
export interface BossDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * pg-boss on our own connections (the pool on PostgreSQL, the one PGlite in-process): no
 * second pool, and the same database whichever driver. Statements without parameters go
 * through `Database.query`, which on PGlite runs them with `exec` (STACK.md trap 4).
 */
export function bossDbOf(database: Database): BossDb {
  return { executeSql: (text, values) => database.query(text, values) };
}

/**
 * pg-boss inside one of our transactions (a job sent with the change that asks for it, and
 * rolled back with it). PGlite deadlocks when the outer handle is used inside a transaction
 * (STACK.md trap 2): the statements must go through `tx`. `$n` placeholders become drizzle
 * parameters (arrays stay one parameter).
 */
export function bossDbOfTx(tx: Db): BossDb {
  return {
    async executeSql(text, values = []) {
      const parts = text.split(/\$(\d+)/);
      const chunks: SQL[] = parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${sql.param(values[Number(part) - 1])}`));
      const result = (await tx.execute(sql.join(chunks, sql.raw('')))) as unknown as { rows?: unknown[] } | unknown[];
      return { rows: Array.isArray(result) ? result : (result.rows ?? []) };
    },
  };
}
