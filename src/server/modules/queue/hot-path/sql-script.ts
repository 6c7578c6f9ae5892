import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Db } from '../../../platform/db/types.ts';
import { GroupCommit, type GroupCommitOptions, type Merge } from './group-commit.ts';
import type { Run } from './prepared.ts';
import { rowsOf } from '../tickets/ticket.queries.ts';

// The hall's hot path sends its statements as one simple-protocol message: one round trip,
// one implicit transaction, and in READ COMMITTED a fresh snapshot for each statement, so a
// row lock taken by the first is followed by a second that sees what the lock holder
// committed. The statements are prepared once per connection (PREPARE) and run with
// EXECUTE: planning them cost more than running them.

interface PgliteLike {
  exec(text: string): Promise<{ rows: Record<string, unknown>[] }[]>;
}

type Query = (text: string) => Promise<{ rows: Record<string, unknown>[] }[]>;

/**
 * Statement names prepared per connection (a pg client, or the PGlite instance). After
 * "cached plan must not change result type" (0A000: a migration ran under a live server)
 * the connection forgets them all and the next call prepares afresh.
 */
const preparedOn = new WeakMap<object, Set<string>>();

/** Prepares what `runs` need on the connection `key`, then sends `text` there. */
async function onSession(key: object, query: Query, runs: readonly Run[], text: string) {
  let done = preparedOn.get(key);
  if (!done) preparedOn.set(key, (done = new Set()));
  for (const { statement } of runs) {
    if (done.has(statement.name)) continue;
    // Marked before the round trip: a batch pipelined behind this one on the same
    // connection must not prepare it a second time (its EXECUTE queues behind this PREPARE).
    done.add(statement.name);
    try {
      await query(statement.prepare);
    } catch (err) {
      done.delete(statement.name);
      throw err;
    }
  }
  try {
    return await query(text);
  } catch (err) {
    if ((err as { code?: string }).code === '0A000') {
      preparedOn.delete(key);
      await query('DEALLOCATE ALL').catch(() => {});
    }
    throw err;
  }
}

const asList = (r: { rows: Record<string, unknown>[] } | { rows: Record<string, unknown>[] }[]) => (Array.isArray(r) ? r : [r]);
/** Prepares what `runs` need on `client`, then sends `text` there. */
export const onClient = (client: pg.ClientBase, runs: readonly Run[], text: string) =>
  onSession(client, async (t) => asList(await client.query(t)), runs, text);

/** The settings HALL_GROUP_COMMIT and HALL_GROUP_COMMIT_PIPELINE, handed over by main.ts from the config. */
const groupCommitSettings = { enabled: true, pipeline: 2 };
export function configureGroupCommit(settings: { enabled: boolean; pipeline: number }): void {
  Object.assign(groupCommitSettings, settings);
}

/** One group committer per pool (decision 0012); HALL_GROUP_COMMIT=off sends every press alone. */
const groupOf = new WeakMap<pg.Pool, GroupCommit>();
function groupCommitFor(pool: pg.Pool): GroupCommit | null {
  if (!groupCommitSettings.enabled) return null;
  let g = groupOf.get(pool);
  if (!g) groupOf.set(pool, (g = new GroupCommit(pool, onClient, groupCommitOptions())));
  return g;
}

/**
 * Two batches handed to the one connection at once (decision 0014); HALL_GROUP_COMMIT_PIPELINE=1
 * waits for each answer before sending the next.
 */
function groupCommitOptions(): GroupCommitOptions {
  return { pipeline: groupCommitSettings.pipeline, maxPresses: 32 };
}

/**
 * Runs the statements as one transaction and returns the rows of the last one. On a pool
 * they join the next group commit; on PGlite or a dedicated connection they go in one
 * message; on a transaction handle, which has no message of its own, one after another
 * inside it. `merge`: how the group commit may send this press in one statement with other
 * windows' presses of its kind.
 */
export async function runScript(db: Db, runs: readonly Run[], merge?: Merge): Promise<Record<string, unknown>[]> {
  const client = (db as { $client?: unknown }).$client;
  const text = () => runs.map((r) => r.statement.execute(r.values)).join(';\n');
  if (client && typeof (client as Partial<PgliteLike>).exec === 'function') {
    const pglite = client as PgliteLike;
    return (await onSession(pglite, (t) => pglite.exec(t), runs, text())).at(-1)!.rows;
  }
  if (client instanceof pg.Client) {
    // A handle on one dedicated connection (withConnection): that connection is the session.
    return (await onClient(client, runs, text())).at(-1)!.rows;
  }
  if (client instanceof pg.Pool) {
    const group = groupCommitFor(client);
    if (group) return group.submit(runs, text, merge);
    const session = await client.connect();
    try {
      return (await onClient(session, runs, text())).at(-1)!.rows;
    } finally {
      session.release();
    }
  }
  let rows: Record<string, unknown>[] = [];
  for (const r of runs) rows = rowsOf(await db.execute(sql.raw(r.statement.inline(r.values))));
  return rows;
}
