// Pipelined transactions on node-postgres (decision 0047), for the case write path: short
// transactions that lock shared rows (the case and notice counters) until commit, run by many
// requests at once. Three kinds of round trip go:
// - BEGIN is written to the socket right ahead of the first statement instead of waiting for
//   its own answer;
// - writes whose answer the use case does not need (writeLater: a handover row, a task and its
//   history, an SMS in the outbox) are held and written right ahead of the transaction's next
//   statement, whatever it is, in their order, without waiting for their answers: every later
//   statement still sees them;
// - the last statement carries the COMMIT right behind it (commitWith): the database commits
//   and releases its locks without waiting for this process to read the answer; no second
//   COMMIT follows.
// The statements reach the database in the order the use case issues them, on one connection:
// it sees the same transaction. A held write that fails is the error thrown (not the "current
// transaction is aborted" of the statements after it). Elsewhere (PGlite, a savepoint inside a
// caller's transaction) writeLater writes at once and commitWith is a plain statement.
import { createHash } from 'node:crypto';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { NodePgDatabase, NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { mergedInserts } from './json-rows.ts';
import type { Db } from './types.ts';

type Transaction = Db['transaction'];
type Dialect = { sqlToQuery(s: SQL): { sql: string; params: unknown[] } };
type SessionInside = { client: pg.Pool; dialect: Dialect; schema: unknown; options: unknown; transaction: Transaction };
type Query = (text: string, params?: unknown[]) => Promise<pg.QueryResult>;
interface Open {
  dialect: Dialect;
  /** Statements written in this tick go out in one socket write (see coalescing). */
  coalesce: () => void;
  send: Query;
  held: SQLWrapper[];
  sent: Promise<unknown>[];
  ended: boolean;
  /** readOnce's answers in this transaction. */
  reads: Map<string, Promise<unknown>>;
}

/**
 * Holds the connection's socket writes until the end of the current tick (decision 0053):
 * node-postgres writes each statement with its own `writev`, and a pipelined transaction
 * issues several at once (BEGIN with the first statements, the held writes with the last one
 * and COMMIT) — one system call for them instead of one each, a fifth of this process's CPU
 * under load. Nothing waits longer than the tick it was issued in.
 */
function coalescing(client: pg.PoolClient): () => void {
  const stream = (client as unknown as { connection?: { stream?: { cork?: () => void; uncork?: () => void } } }).connection?.stream;
  if (!stream?.cork || !stream.uncork) return () => {};
  let corked = false;
  return () => {
    if (corked) return;
    corked = true;
    stream.cork!();
    process.nextTick(() => {
      corked = false;
      stream.uncork!();
    });
  };
}

/**
 * At most this many statements are kept prepared per connection by `named` (each costs the
 * backend its plan's memory); past it, new texts go unnamed, as before.
 */
const NAMED_PER_CONNECTION = 300;

/**
 * Every statement with parameters of a pipelined transaction goes as a named prepared
 * statement, named by its text (decision 0055): the case write path sends the same few dozen
 * texts over and over, and parsing, analysing and planning them afresh was a third of the
 * database's CPU per application. Each connection parses a text once and keeps its plan
 * (PostgreSQL's plan cache: a generic plan once it is no worse than the custom ones). These
 * are writes and reads by key, whose plans do not depend on the values; searches, whose plans
 * do, never run here. node-postgres tracks what each connection has prepared, also while
 * statements are in flight (pipelining), and forgets a name whose Parse failed.
 */
function named(client: pg.PoolClient, send: Query): Query {
  const connection = (client as unknown as { connection?: { parsedStatements?: Record<string, string>; submittedNamedStatements?: Record<string, string> } }).connection;
  const prepared = connection?.parsedStatements;
  if (!prepared) return send;
  return ((config: string | pg.QueryConfig, values?: unknown[]) => {
    const query: pg.QueryConfig = typeof config === 'string' ? { text: config } : config;
    const params = values ?? query.values;
    if (query.name || !params?.length) return send(config as string, values);
    const name = `ow_${createHash('sha1').update(query.text).digest('base64url')}`;
    const known = prepared[name] !== undefined || connection.submittedNamedStatements?.[name] !== undefined;
    if (!known && Object.keys(prepared).length >= NAMED_PER_CONNECTION) return send(config as string, values);
    return (send as unknown as (c: pg.QueryConfig, v?: unknown[]) => Promise<pg.QueryResult>)({ ...query, name }, values);
  }) as Query;
}

const PIPELINED = Symbol('pipelined transaction');
const pipelining = new WeakMap<object, SessionInside>();
const open = new WeakMap<object, Open>();
/** readTogether's readers → the handle each was opened on. */
const readers = new WeakMap<object, Db>();

/**
 * The handle whose caches a read on `db` may fill: a reader of readTogether is the handle it was
 * opened on (it reads the same database); any other handle is itself.
 */
export function cacheHandle(db: Db): Db {
  return readers.get(db) ?? db;
}

/**
 * A loader's cache for the database `db` reads (one per pool or PGlite handle: tests open many,
 * and one database's rows must never answer for another's); a reader of readTogether gets its
 * pool's cache.
 */
export function cacheFor<K, V>(caches: WeakMap<object, Map<K, V>>, db: Db): Map<K, V> {
  const handle = cacheHandle(db);
  let cache = caches.get(handle);
  if (!cache) caches.set(handle, (cache = new Map()));
  return cache;
}

/** Several writes as one statement of data-modifying CTEs (the last one is the main statement; foreign keys are checked at its end). */
export function asOneStatement(writes: readonly SQLWrapper[]): SQL {
  // getSQL(): a builder embedded as is would be put in parentheses, as a subquery.
  const parts = writes.map((w) => w.getSQL());
  const ctes = parts.slice(0, -1).map((w, i) => sql`${sql.raw(`w${i}`)} AS (${w})`);
  return sql`${ctes.length ? sql`WITH ${sql.join(ctes, sql`, `)} ` : sql``}${parts.at(-1)}`;
}

/**
 * The held writes, without waiting. When every one of them inserts rows of insertRows, they go
 * as one statement (decision 0055: one Bind and Execute for a step's task, its history, the
 * handover and the messages of every case of an application): the rows of each table in one
 * INSERT in the order they were held, the foreign keys between them checked at the statement's
 * end. Otherwise each goes as its own statement, in the order they were made.
 */
function flush(state: Open): void {
  const held = state.held;
  state.held = [];
  const merged = held.length > 1 ? mergedInserts(held.map((w) => w.getSQL())) : undefined;
  for (const write of merged ? [asOneStatement(merged)] : held) {
    const q = state.dialect.sqlToQuery(write.getSQL());
    const p = state.send(q.sql, q.params);
    p.catch(() => {});
    state.sent.push(p);
  }
}

/** The first held write that failed: the cause of everything failing after it. */
async function heldFailure(state: Open): Promise<unknown> {
  for (const r of await Promise.allSettled(state.sent)) if (r.status === 'rejected') return r.reason;
  return undefined;
}

/** Lets `pipelinedTransaction(db, …)` pipeline on this pool's drizzle handle (called once, when the pool opens). */
export function enablePipelinedTransactions(db: Db): void {
  const session = (db as unknown as { session?: SessionInside }).session;
  if (!session || typeof session.client?.connect !== 'function' || typeof session.transaction !== 'function') return;
  const plain = session.transaction.bind(session);
  session.transaction = (async (work: Parameters<Transaction>[0], config?: Parameters<Transaction>[1]) => {
    if (!config || !(config as Record<symbol, unknown>)[PIPELINED]) return plain(work, config);
    const client = (await session.client.connect()) as pg.PoolClient & { pipeline: boolean };
    const inner = new NodePgSession(client, session.dialect as never, session.schema as never, session.options as never);
    const tx = new NodePgTransaction(session.dialect as never, inner, session.schema as never);
    const send: Query = named(client, client.query.bind(client) as Query);
    const state: Open = { dialect: session.dialect, coalesce: coalescing(client), send, held: [], sent: [], ended: false, reads: new Map() };
    open.set(tx, state);
    client.pipeline = true;
    // Every statement of the transaction (drizzle's too) first sends the held writes ahead of it.
    (client as { query: unknown }).query = (...args: unknown[]) => {
      state.coalesce();
      flush(state);
      return (send as (...a: unknown[]) => unknown)(...args);
    };
    // Written now, answered with the first statement's answer; its error (a broken connection) surfaces there too.
    state.coalesce();
    const begun = send('begin');
    begun.catch(() => {});
    let broken: Error | undefined;
    try {
      const result = await work(tx as unknown as Parameters<Parameters<Transaction>[0]>[0]);
      await begun;
      if (!state.ended) {
        await client.query('commit');
        state.ended = true;
      }
      const failed = await heldFailure(state);
      if (failed) throw failed;
      return result;
    } catch (e) {
      if (!state.ended) await send('rollback').catch((err: Error) => (broken = err));
      throw (await heldFailure(state)) ?? e;
    } finally {
      open.delete(tx);
      delete (client as { query?: unknown }).query;
      client.pipeline = false;
      client.release(broken);
    }
  }) as Transaction;
  pipelining.set(db, session);
}

/** `db.transaction(work)`, pipelined where the handle allows it (see the file's head). */
export function pipelinedTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  if (!pipelining.has(db)) return db.transaction(work);
  return db.transaction(work, { [PIPELINED]: true } as unknown as Parameters<Transaction>[1]);
}

/**
 * Reads that do not depend on each other's answers, made on one connection of the pool
 * (decision 0056): the statements `work` issues in one tick are written to it in one go and
 * answered in order, instead of taking a connection, a system call and a wake-up of the
 * database each. Outside a transaction: each read sees what is committed when it runs, as on
 * the pool. The connection goes back once every statement issued on it is answered, even when
 * `work` has stopped waiting for some. Loaders that cache (the pinned versions, places,
 * calendars) key their caches by `cacheHandle(reader)` and read on the reader: a miss never
 * waits for a second connection while this one is held. Elsewhere (PGlite, a handle not
 * opened on a pool) `work` gets the handle itself.
 */
export async function readTogether<T>(db: Db, work: (reader: Db) => Promise<T>): Promise<T> {
  const session = pipelining.get(db);
  if (!session) return work(db);
  const client = (await session.client.connect()) as pg.PoolClient & { pipeline: boolean };
  const coalesce = coalescing(client);
  const send = named(client, client.query.bind(client) as Query);
  const issued: Promise<unknown>[] = [];
  let given = false;
  // The reader's session sees only this `query`: a read issued after the connection went back fails instead of running on whoever has it now.
  const connection = {
    query: (...args: unknown[]) => {
      if (given) return Promise.reject(new Error('readTogether: read issued after its connection went back to the pool'));
      coalesce();
      const answer = (send as (...a: unknown[]) => Promise<unknown>)(...args);
      issued.push(answer);
      return answer;
    },
  };
  client.pipeline = true;
  const reader = new NodePgDatabase(session.dialect as never, new NodePgSession(connection as never, session.dialect as never, session.schema as never, session.options as never), session.schema as never) as unknown as Db;
  readers.set(reader, db);
  try {
    return await work(reader);
  } finally {
    given = true;
    await Promise.allSettled(issued);
    client.pipeline = false;
    // A connection that broke under a read is not queryable: the pool closes it instead of keeping it.
    client.release();
  }
}

/**
 * A write whose answer the caller does not need: in a pipelined transaction it is held and
 * sent right ahead of the transaction's next statement, without waiting for its answer;
 * elsewhere it is written at once.
 */
export async function writeLater(tx: Db, write: SQLWrapper): Promise<void> {
  const state = open.get(tx);
  if (state && !state.ended) state.held.push(write);
  else await tx.execute(write.getSQL());
}

/**
 * Sends `statement` as the transaction's last one with COMMIT right behind it, in a pipelined
 * transaction; elsewhere only the statement (the transaction commits as usual afterwards). A
 * failed statement turns the COMMIT into a rollback, and its error is thrown as before.
 * Answers the statement's rows.
 */
export async function commitWith<Row = Record<string, unknown>>(tx: Db, statement: SQLWrapper): Promise<Row[]> {
  const state = open.get(tx);
  if (!state) return ((await tx.execute(statement.getSQL())) as unknown as { rows: Row[] }).rows;
  state.coalesce();
  flush(state);
  const q = state.dialect.sqlToQuery(statement.getSQL());
  const [written, committed] = await Promise.allSettled([state.send(q.sql, q.params), state.send('COMMIT')]);
  // Answered COMMIT, or ROLLBACK after a failed statement: either way no transaction is open now.
  if (committed.status === 'fulfilled') state.ended = true;
  const failed = await heldFailure(state);
  if (failed) throw failed;
  if (written.status === 'rejected') throw written.reason;
  if (committed.status === 'rejected') throw committed.reason;
  if (committed.value.command !== 'COMMIT') throw new Error(`the transaction did not commit (${committed.value.command})`);
  return written.value.rows as Row[];
}

/**
 * A read the transaction makes more than once with the same `key` (the applicant's contact and
 * the center's wording for each case's message of one application) is made once: later calls
 * answer the first one's result. Only for rows the transaction itself does not change; outside
 * a pipelined transaction it reads every time.
 */
export function readOnce<T>(tx: Db, key: string, read: () => Promise<T>): Promise<T> {
  const state = open.get(tx);
  if (!state || state.ended) return read();
  let answer = state.reads.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = read();
    state.reads.set(key, answer);
    // A failed read is not kept: the transaction fails with it anyway.
    answer.catch(() => state.reads.delete(key));
  }
  return answer;
}
