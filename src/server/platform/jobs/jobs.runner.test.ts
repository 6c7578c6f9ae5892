import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../../test/db.ts';
import type { Database } from '../db/types.ts';
import { createLogger } from '../logger.ts';
import { JobRunner, jobStatuses } from './index.ts';

// The runner on its own (PGlite, or PostgreSQL with DATABASE_URL): it starts, runs what is
// sent and what is periodic, keeps failures with their error, sends inside a transaction, and
// stops cleanly (nothing runs after stop).

const log = createLogger('silent');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let database: Database;

beforeAll(async () => {
  database = await testDatabase({ demo: false });
});
afterAll(async () => {
  await database?.close();
});

describe('the job runner', () => {
  it('starts, runs a sent job, a periodic job and a failing one, then stops cleanly', async () => {
    const seen: unknown[] = [];
    let ticks = 0;
    let failures = 0;
    const runner = new JobRunner(database, log, { worker: true, pollSeconds: 0.5 });
    runner.register<{ n: number }>({ name: 'test-echo', handler: async (data) => void seen.push(data.n) });
    runner.register({ name: 'test-tick', everySeconds: 1, handler: async () => ++ticks });
    runner.register({
      name: 'test-broken',
      retry: { limit: 1 },
      handler: async () => {
        failures++;
        throw new Error('gateway answered 502 for 13912345678');
      },
    });
    runner.local('test-local', 100, async () => undefined);
    await runner.start();
    expect(() => runner.register({ name: 'test-late', handler: async () => 0 })).toThrow(/before the runner starts/);

    expect(await runner.send('test-echo', { n: 7 })).toMatch(/[0-9a-f-]{36}/);
    expect(await runner.send('test-broken', {})).toBeTruthy();
    // A job sent in a transaction that rolls back never exists; one that commits runs.
    await database.db
      .transaction(async (tx) => {
        await runner.send('test-echo', { n: 13 }, { tx });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await database.db.transaction(async (tx) => void (await runner.send('test-echo', { n: 8 }, { tx })));
    await expect.poll(() => seen.slice().sort(), { timeout: 10_000 }).toEqual([7, 8]);
    await expect.poll(() => ticks, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    // Tried once, retried once, then failed for good.
    await expect.poll(() => failures, { timeout: 10_000 }).toBe(2);

    await expect
      .poll(async () => (await jobStatuses(database.db, runner)).find((s) => s.name === 'test-broken')?.lastRun?.state, { timeout: 10_000 })
      .toBe('failed');
    const all = await jobStatuses(database.db, runner);
    const broken = all.find((s) => s.name === 'test-broken')!;
    expect(broken.failures[0]!.error).toBe('gateway answered 502 for 139****5678');
    expect(broken.failedLastDay).toBe(1);
    const tick = all.find((s) => s.name === 'test-tick')!;
    expect(tick).toMatchObject({ kind: 'every', schedule: '1', lastRun: { state: 'completed', error: null } });
    expect(tick.nextRunAt!.getTime()).toBeGreaterThan(Date.now() - 2000);
    expect(all.find((s) => s.name === 'test-local')).toMatchObject({ kind: 'instance', schedule: '0.1' });
    expect(all.find((s) => s.name === 'test-echo')).toMatchObject({ kind: 'on-demand', waiting: 0, lastRun: { state: 'completed' } });

    const started = Date.now();
    await runner.stop();
    expect(Date.now() - started).toBeLessThan(5000);
    const after = { ticks, seen: seen.length };
    await sleep(2500);
    expect({ ticks, seen: seen.length }).toEqual(after);
  });

  it('refuses a job it does not know, a bad name and a period below a second', async () => {
    const runner = new JobRunner(database, log, { worker: false, pollSeconds: 1 });
    expect(() => runner.register({ name: 'Bad Name', handler: async () => 0 })).toThrow(/lower-case/);
    expect(() => runner.register({ name: 'test-fast', everySeconds: 0.5, handler: async () => 0 })).toThrow(/whole number/);
    await runner.start();
    await expect(runner.send('test-unknown')).rejects.toThrow(/no job named/);
    await runner.stop();
  });
});
