import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';

// Both drivers (PGlite, node-postgres) give a PgDatabase; code takes `Db` and never knows which.
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>, ExtractTablesWithRelations<Record<string, never>>>;

export type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DbKind;
  /** Run plain SQL with no parameters (several statements allowed). */
  exec(sql: string): Promise<void>;
  /**
   * Raw SQL for libraries that bring their own statements (the job runner): with values, one
   * prepared statement; without, several statements allowed (PGlite: through exec, STACK.md
   * trap 4), answering the rows of the last one.
   */
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /**
   * Subscribe to NOTIFY on a channel; returns an unsubscribe function. A dropped LISTEN
   * connection is re-established with backoff, then `onReconnect` runs: notifications sent
   * meanwhile are lost, so subscribers re-read what they cache.
   */
  listen(channel: string, onPayload: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  describe: string;
  /** Run work on one dedicated connection (session-level locks need that on a pool). */
  withConnection<T>(work: (db: Db) => Promise<T>): Promise<T>;
  /** PGlite only: the whole data directory as a tarball (test templates). */
  dump?: () => Promise<Blob>;
}
