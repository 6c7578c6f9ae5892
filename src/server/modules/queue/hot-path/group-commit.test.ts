import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupCommit, type MergeKind } from './group-commit.ts';
import { Prepared, run, type Run } from './prepared.ts';
import { onClient } from './sql-script.ts';
import { scratchPostgres } from '../../../../../test/fixtures/load-hall.ts';

// The group committer on real PostgreSQL connections: presses that arrive together share a
// commit, each still gets the rows of its own last statement, and a press that fails fails
// alone while its neighbours are written once.

const url = process.env.DATABASE_URL;

const bump = new Prepared(
  'gc_test_bump',
  { window: 'text', by: 'integer' },
  `INSERT INTO gc_counter (window_id, n) VALUES ($window, $by)
   ON CONFLICT (window_id) DO UPDATE SET n = gc_counter.n + excluded.n RETURNING window_id, n`,
);
/** Fails for a negative amount (the CHECK), the way an unexpected database error would. */
const log = new Prepared('gc_test_log', { window: 'text', by: 'integer' }, `INSERT INTO gc_log (window_id, by) VALUES ($window, $by)`);

/** Both statements above for presses at distinct windows, as one statement answering a row per press. */
const bumpMany = new Prepared(
  'gc_test_bump_many',
  { presses: 'jsonb' },
  `WITH p AS (SELECT * FROM jsonb_to_recordset($presses) AS p(ord int, window_id text, by int)),
   logged AS (INSERT INTO gc_log (window_id, by) SELECT window_id, by FROM p RETURNING 1),
   up AS (
     INSERT INTO gc_counter (window_id, n) SELECT window_id, by FROM p WHERE (SELECT count(*) FROM logged) >= 0 ORDER BY window_id
     ON CONFLICT (window_id) DO UPDATE SET n = gc_counter.n + excluded.n RETURNING window_id, n
   )
   SELECT p.ord, up.window_id, up.n FROM p JOIN up USING (window_id) ORDER BY p.ord`,
);

describe.skipIf(!url)('group commit (PostgreSQL)', () => {
  let scratch: Awaited<ReturnType<typeof scratchPostgres>>;
  let pool: pg.Pool;
  let batches: number[];
  let merged: number[];
  let group: GroupCommit;
  const bumpKind: MergeKind = {
    runs(presses) {
      merged.push(presses.length);
      return [run(bumpMany, { presses: JSON.stringify(presses.map((p, ord) => ({ ...p, ord }))) })];
    },
  };

  beforeAll(async () => {
    scratch = await scratchPostgres(url!, 2);
    pool = new pg.Pool({ connectionString: scratch.url, max: 2 });
    // pool.end() answers before its sockets are closed, so dropping the scratch database (WITH
    // FORCE) can still terminate one; without a listener that idle client's error is uncaught.
    pool.on('error', () => undefined);
    await pool.query(`CREATE TABLE gc_counter (window_id text PRIMARY KEY, n integer NOT NULL);
                      CREATE TABLE gc_log (window_id text NOT NULL, by integer NOT NULL CHECK (by >= 0))`);
    batches = [];
    merged = [];
    group = new GroupCommit(
      pool,
      (client, runs, text) => {
        batches.push(runs.length);
        return onClient(client, runs, text);
      },
      { pipeline: 2, maxPresses: 32 },
    );
  }, 120_000);
  afterAll(async () => {
    await pool?.end();
    await scratch?.drop();
  });

  const press = (window: string, by: number, mergeable = false) => {
    const runs: Run[] = [run(log, { window, by }), run(bump, { window, by })];
    const text = () => runs.map((r) => r.statement.execute(r.values)).join(';\n');
    return group.submit(runs, text, mergeable ? { kind: bumpKind, press: { window_id: window, by } } : undefined);
  };

  it('answers each press with its own rows while many share one commit', async () => {
    batches.length = 0;
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => press(`w${i % 10}`, 1)));
    expect(answers.map((rows) => rows[0]!.window_id)).toEqual(Array.from({ length: 40 }, (_, i) => `w${i % 10}`));
    // Within one window the presses ran in the order they came: counts 1, 2, 3, 4.
    const counts = answers.filter((rows) => rows[0]!.window_id === 'w3').map((rows) => rows[0]!.n);
    expect(counts).toEqual([1, 2, 3, 4]);
    expect(batches.length).toBeLessThan(40);
    const { rows } = await pool.query<{ total: number }>('SELECT sum(n)::int AS total FROM gc_counter');
    expect(rows[0]!.total).toBe(40);
  });

  it('fails a bad press alone and writes its neighbours exactly once', async () => {
    await pool.query('TRUNCATE gc_counter, gc_log');
    const results = await Promise.allSettled([press('a', 1), press('b', 1), press('c', -1), press('d', 1), press('e', 1)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const { rows } = await pool.query<{ window_id: string; n: number }>('SELECT window_id, n FROM gc_counter ORDER BY window_id');
    expect(rows).toEqual([
      { window_id: 'a', n: 1 },
      { window_id: 'b', n: 1 },
      { window_id: 'd', n: 1 },
      { window_id: 'e', n: 1 },
    ]);
    const logged = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM gc_log');
    expect(logged.rows[0]!.n).toBe(4);
  });

  it('merges presses of one kind into one statement and answers each press with its own row, in order per window', async () => {
    await pool.query('TRUNCATE gc_counter, gc_log');
    merged.length = 0;
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => press(`m${i % 10}`, 1, true)));
    expect(answers.map((rows) => rows[0]!.window_id)).toEqual(Array.from({ length: 40 }, (_, i) => `m${i % 10}`));
    expect(answers.filter((rows) => rows[0]!.window_id === 'm7').map((rows) => rows[0]!.n)).toEqual([1, 2, 3, 4]);
    // Each merged statement held presses of several windows, at most one press per window.
    expect(merged.length).toBeGreaterThan(0);
    expect(Math.max(...merged)).toBeLessThanOrEqual(10);
    expect(merged.reduce((a, b) => a + b, 0)).toBeGreaterThan(20);
    const { rows } = await pool.query<{ total: number; logged: number }>(
      'SELECT (SELECT sum(n)::int FROM gc_counter) AS total, (SELECT count(*)::int FROM gc_log) AS logged',
    );
    expect(rows[0]).toEqual({ total: 40, logged: 40 });
  });

  it('runs a merged statement that fails press by press, so only the bad press fails', async () => {
    await pool.query('TRUNCATE gc_counter, gc_log');
    const results = await Promise.allSettled(['a', 'b', 'c', 'd', 'e'].map((w) => press(w, w === 'c' ? -1 : 1, true)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const { rows } = await pool.query<{ window_id: string; n: number }>('SELECT window_id, n FROM gc_counter ORDER BY window_id');
    expect(rows.map((r) => [r.window_id, r.n])).toEqual([
      ['a', 1],
      ['b', 1],
      ['d', 1],
      ['e', 1],
    ]);
  });

  it('fails the presses on a connection that dies, without running them twice, and serves the next on a new one', async () => {
    await pool.query('TRUNCATE gc_counter, gc_log');
    const kill = new Prepared('gc_test_kill', { window: 'text' }, `SELECT pg_terminate_backend(pg_backend_pid())`);
    const killRuns = [run(kill, { window: 'k' })];
    // From a standstill: [killer, x] leaves first, [y] is pipelined on the same connection,
    // and z waits for the killer's window, so it leaves while the lane is still held: only
    // if the dead connection was given up does z get a live one.
    const results = await Promise.allSettled([
      group.submit(killRuns, () => kill.execute({ window: 'k' })),
      press('x', 1),
      press('y', 1),
      press('k', 1),
    ]);
    const [killer, x, y, z] = results.map((r) => r.status);
    expect([killer, x, z]).toEqual(['rejected', 'rejected', 'fulfilled']);
    // y ran before the loss (its statements were prepared already, the killer's not yet) or failed with it: never twice.
    const { rows } = await pool.query<{ window_id: string; n: number }>('SELECT window_id, n FROM gc_counter ORDER BY window_id');
    expect(rows).toEqual([{ window_id: 'k', n: 1 }, ...(y === 'fulfilled' ? [{ window_id: 'y', n: 1 }] : [])]);
  });
});
