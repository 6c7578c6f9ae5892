import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../../test/db.ts';
import { createPlatform, type Platform } from '../../main.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import type { Database } from '../db/types.ts';
import { createLogger } from '../logger.ts';
import { JobRunner } from './index.ts';

// Two server instances on one database (with DATABASE_URL: two pools on one PostgreSQL
// database; embedded: two platforms on one PGlite), every job worker on: each periodic job
// runs once per period, not once per instance.

const log = createLogger('silent');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let first: Database & { url?: string };
let second: Database;
const platforms: Platform[] = [];

type Row = Record<string, unknown>;
const rowsOf = (r: unknown): Row[] => (Array.isArray(r) ? r : ((r as { rows: Row[] }).rows ?? [])) as Row[];

/** Completed runs of a job, per period slot (pg-boss's singleton_on) or per minute of creation. */
async function runsPer(name: string, per: 'singleton_on' | 'minute'): Promise<number[]> {
  const key = per === 'minute' ? sql.raw(`date_trunc('minute', created_on)`) : sql.raw('singleton_on');
  const rows = rowsOf(
    await first.db.execute(sql`
      SELECT ${key} AS slot, count(*)::int AS n FROM (
        SELECT created_on, singleton_on FROM pgboss.job WHERE name = ${name} AND state::text = 'completed'
        UNION ALL SELECT created_on, singleton_on FROM pgboss.archive WHERE name = ${name} AND state::text = 'completed') r
      GROUP BY 1 ORDER BY 1`),
  );
  return rows.map((r) => Number(r.n));
}

beforeAll(async () => {
  first = await testDatabase();
  second = first.url ? await openDatabase({ databaseUrl: first.url, poolSize: 5 }) : first;
});
afterAll(async () => {
  for (const p of platforms) await p.stop();
  if (second !== first) await second?.close();
  await first?.close();
});

describe('two instances on one database', () => {
  it('run each periodic job of the modules once per period', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DEMO: 'off',
      LOG_LEVEL: 'silent',
      WEB_DIST: '/nonexistent',
      JOBS_WORKER: 'on',
      JOBS_POLL_SECONDS: '0.5',
      APPOINTMENT_JOBS_INTERVAL_MS: '1000',
      SMS_DISPATCH_INTERVAL_MS: '1000',
    });
    for (const database of [first, second]) platforms.push(await createPlatform(config, { database, log }));
    const started = Date.now();
    await sleep(6500);
    const seconds = (Date.now() - started) / 1000;
    for (const name of ['appointment-no-show-sweep', 'appointment-reminders', 'notification-sms-dispatch']) {
      const perSlot = await runsPer(name, 'singleton_on');
      // One run per one-second slot (never two), and the slots keep coming.
      expect(perSlot.filter((n) => n !== 1), name).toEqual([]);
      expect(perSlot.length, name).toBeGreaterThanOrEqual(4);
      expect(perSlot.length, name).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
    }
    // The console sees the same runs through either instance.
    for (const p of platforms) {
      const names = (await import('./status.ts')).jobStatuses(p.ctx.db, p.ctx.jobs);
      expect((await names).find((s) => s.name === 'notification-sms-dispatch')?.lastRun?.state).toBe('completed');
    }
  }, 30_000);

  it('run a cron job once per minute', async () => {
    let runs = 0;
    const runners = [first, second].map((database) => {
      const r = new JobRunner(database, log, { worker: true, pollSeconds: 0.5 });
      r.register({ name: 'test-every-minute', cron: '* * * * *', handler: async () => ++runs });
      return r;
    });
    const started = Date.now();
    for (const r of runners) await r.start();
    // pg-boss looks at its schedules every 30 s (one instance at a time) and hands the minute's job over.
    await expect.poll(() => runs, { timeout: 50_000, interval: 250 }).toBeGreaterThanOrEqual(1);
    await sleep(6000);
    for (const r of runners) await r.stop();
    const minutes = Math.floor(Date.now() / 60_000) - Math.floor(started / 60_000) + 1;
    const perMinute = await runsPer('test-every-minute', 'minute');
    expect(perMinute.filter((n) => n !== 1)).toEqual([]);
    expect(runs).toBe(perMinute.length);
    expect(runs).toBeLessThanOrEqual(minutes);
  }, 90_000);
});
