import cronParser from 'cron-parser';
import { sql } from 'drizzle-orm';
import { maskPersonalText } from '../../../domain/identifiers/index.ts';
import type { Db } from '../db/types.ts';
import { JOBS_TIME_ZONE } from './jobs.types.ts';
import type { JobRunner } from './runner.ts';

export interface JobRun {
  state: 'completed' | 'failed' | 'retry';
  startedAt: Date | null;
  endedAt: Date | null;
  error: string | null;
}

export interface JobStatus {
  name: string;
  kind: 'cron' | 'every' | 'on-demand' | 'instance';
  /** The cron expression, or the period in seconds. */
  schedule: string | null;
  lastRun: JobRun | null;
  nextRunAt: Date | null;
  running: number;
  waiting: number;
  failedLastDay: number;
  /** The latest failures, newest first, with their error. */
  failures: JobRun[];
}

type Row = Record<string, unknown>;
const rowsOf = (r: unknown): Row[] => (Array.isArray(r) ? r : ((r as { rows?: Row[] }).rows ?? [])) as Row[];
const dateOf = (v: unknown): Date | null => (v == null ? null : v instanceof Date ? v : new Date(String(v)));

/** A failed run's error as pg-boss kept it ({message, stack} of what the handler threw), numbers masked. */
function errorOf(output: unknown): string | null {
  if (output == null) return null;
  const o = (typeof output === 'string' ? JSON.parse(output) : output) as { message?: unknown; value?: unknown };
  const text = typeof o.message === 'string' ? o.message : JSON.stringify(o.value ?? o);
  return maskPersonalText(text).slice(0, 500);
}

const runOf = (r: Row): JobRun => ({
  state: r.state as JobRun['state'],
  startedAt: dateOf(r.started_on),
  endedAt: dateOf(r.completed_on),
  error: r.state === 'completed' ? null : errorOf(r.output),
});

// Runs live in pgboss.job, and move to pgboss.archive some hours after they end.
const runs = (name: string, states: string[]) => sql`
  SELECT state, started_on, completed_on, output FROM pgboss.job WHERE name = ${name} AND state::text = ANY(${sql.param(states)}::text[])
  UNION ALL
  SELECT state, started_on, completed_on, output FROM pgboss.archive WHERE name = ${name} AND state::text = ANY(${sql.param(states)}::text[])`;

async function statusOf(db: Db, runner: JobRunner, name: string, cron: string | undefined, every: number | undefined, now: Date): Promise<JobStatus> {
  const [last] = rowsOf(await db.execute(sql`SELECT * FROM (${runs(name, ['completed', 'failed'])}) r ORDER BY completed_on DESC NULLS LAST LIMIT 1`));
  const failures = rowsOf(
    await db.execute(sql`SELECT * FROM (${runs(name, ['failed', 'retry'])}) r ORDER BY completed_on DESC NULLS LAST LIMIT 5`),
  ).map(runOf);
  const [counts] = rowsOf(
    await db.execute(sql`
      SELECT count(*) FILTER (WHERE state = 'active')::int AS running,
             count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS waiting,
             min(start_after) FILTER (WHERE state IN ('created', 'retry')) AS next_waiting,
             (SELECT count(*)::int FROM (${runs(name, ['failed'])}) f WHERE f.completed_on > now() - interval '1 day') AS failed_last_day
      FROM pgboss.job WHERE name = ${name}`),
  );
  const nextWaiting = dateOf(counts?.next_waiting);
  let nextRunAt = nextWaiting;
  if (!nextRunAt && cron) nextRunAt = cronParser.parseExpression(cron, { tz: JOBS_TIME_ZONE, currentDate: now }).next().toDate();
  // The next slot's job is offered in the middle of the slot.
  if (!nextRunAt && every) nextRunAt = new Date((Math.floor(now.getTime() / (every * 1000)) + 1.5) * every * 1000);
  return {
    name,
    kind: cron ? 'cron' : every ? 'every' : 'on-demand',
    schedule: cron ?? (every ? String(every) : null),
    lastRun: last ? runOf(last) : null,
    nextRunAt: runner.isWorker || nextWaiting ? nextRunAt : nextWaiting,
    running: Number(counts?.running ?? 0),
    waiting: Number(counts?.waiting ?? 0),
    failedLastDay: Number(counts?.failed_last_day ?? 0),
    failures,
  };
}

/** Every registered job with its schedule, last and next run and latest failures; then this instance's own loops. */
export async function jobStatuses(db: Db, runner: JobRunner, now = new Date()): Promise<JobStatus[]> {
  const out: JobStatus[] = [];
  for (const def of runner.definitions()) out.push(await statusOf(db, runner, def.name, def.cron, def.everySeconds, now));
  for (const loop of runner.localLoops()) {
    out.push({
      name: loop.name,
      kind: 'instance',
      schedule: String(loop.everyMs / 1000),
      lastRun: loop.lastRunAt ? { state: 'completed', startedAt: null, endedAt: loop.lastRunAt, error: null } : null,
      nextRunAt: loop.lastRunAt ? new Date(loop.lastRunAt.getTime() + loop.everyMs) : null,
      running: 0,
      waiting: 0,
      failedLastDay: 0,
      failures: loop.lastError ? [{ state: 'failed', startedAt: null, endedAt: loop.lastError.at, error: loop.lastError.message }] : [],
    });
  }
  return out;
}
