import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { withAfterCommit } from './after-commit.ts';
import { enablePipelinedTransactions } from './pipelined.ts';
import { acquireDataDirLock } from './lock.ts';
import { PgListener } from './pg-listener.ts';
import type { Database, Db } from './types.ts';

// Both drivers must hand the code the same JS types (STACK.md trap 3): DATE stays a
// 'YYYY-MM-DD' string (working-day maths must never meet a local-time Date), and int8
// becomes a number (counts and sequence numbers stay far below 2^53).
const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;
const keepString = (v: string) => v;
const toNumber = (v: string) => Number(v);

pg.types.setTypeParser(DATE_OID, keepString);
pg.types.setTypeParser(INT8_OID, toNumber);
pg.types.setTypeParser(NUMERIC_OID, keepString);

export interface OpenOptions {
  databaseUrl?: string;
  dataDir?: string;
  /** Start an in-memory PGlite from a dumped data directory (tests clone one template). */
  loadDataDir?: Blob;
  poolSize?: number;
  /** PostgreSQL: the LISTEN connection dropped (or failed to come back); it is retried after `retryInMs`. */
  onListenerDrop?: (err: unknown, retryInMs: number) => void;
  /** PostgreSQL: a pooled connection was ended by the server or the network (logged; the pool replaces it). */
  onConnectionError?: (err: unknown) => void;
}

/** How long a request waits for a pooled connection before it is answered 503 (the database is unreachable or saturated). */
const CONNECT_TIMEOUT_MS = 10_000;

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.poolSize ?? 10, opts) : openPglite(opts);
}

async function openPglite(opts: OpenOptions): Promise<Database> {
  const inMemory = !opts.dataDir || opts.dataDir === 'memory://';
  const release = inMemory ? () => {} : acquireDataDirLock(opts.dataDir!);
  let client: PGlite;
  try {
    client = await PGlite.create(inMemory ? undefined : opts.dataDir, {
      loadDataDir: opts.loadDataDir,
      parsers: { [DATE_OID]: keepString, [INT8_OID]: toNumber, [pgliteTypes.NUMERIC]: keepString },
    });
  } catch (e) {
    release();
    throw e;
  }
  const db = withAfterCommit(drizzlePglite({ client }) as unknown as Db);
  return {
    db,
    kind: 'pglite',
    describe: inMemory ? 'PGlite (memory)' : `PGlite (${opts.dataDir})`,
    // Parameterless multi-statement SQL must go through exec on PGlite (STACK.md trap 4).
    exec: async (sql) => {
      await client.exec(sql);
    },
    query: async (text, values) => {
      if (values?.length) return { rows: (await client.query(text, values)).rows };
      const results = await client.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
    withConnection: (work) => work(db),
    // In-process: PGlite's notifications cannot drop, so onReconnect is never called.
    listen: async (channel, onPayload) => {
      const unsub = await client.listen(channel, onPayload);
      return async () => unsub();
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
    dump: () => client.dumpDataDir('none'),
  };
}

async function openPostgres(url: string, poolSize: number, opts: OpenOptions): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true });
  const onConnectionError = opts.onConnectionError ?? (() => {});
  // A connection the server ends (restart, failover, pg_terminate_backend) emits 'error'.
  // The pool listens only while the connection is idle: it drops its listener when it lends
  // the connection out, so an error during a transaction would be unhandled and end the
  // process. Every connection therefore gets its own listener for its whole life; the query
  // in flight fails with the same error, and the request is answered 503 (error-handler.ts).
  pool.on('connect', (client) => client.on('error', onConnectionError));
  pool.on('error', () => {});
  // Fail fast with a clear message when the server is not reachable.
  const probe = await pool.connect();
  probe.release();
  const pooled = drizzlePg({ client: pool }) as unknown as Db;
  enablePipelinedTransactions(pooled); // decision 0047: the case write path's transactions
  const db = withAfterCommit(pooled);
  const listener = new PgListener(url, opts.onListenerDrop);
  return {
    db,
    kind: 'postgres',
    describe: `PostgreSQL (${new URL(url).host}${new URL(url).pathname})`,
    exec: async (sql) => {
      await pool.query(sql);
    },
    query: async (text, values) => ({ rows: (await pool.query(text, values)).rows }),
    withConnection: async (work) => {
      const client = await pool.connect();
      try {
        return await work(drizzlePg({ client }) as unknown as Db);
      } finally {
        client.release();
      }
    },
    listen: (channel, onPayload, onReconnect) => listener.listen(channel, onPayload, onReconnect),
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}
