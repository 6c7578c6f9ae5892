import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/types.ts';
import { LocalLoop, type LocalLoopStatus } from './local-loop.ts';
import { bossDbOf, bossDbOfTx } from './pgboss-db.ts';
import { JOBS_TIME_ZONE, type JobDefinition, type Jobs, type SendOptions } from './jobs.types.ts';

/** pg-boss keeps its tables in this schema, next to ours and created by pg-boss itself on start. */
export const JOBS_SCHEMA = 'pgboss';
const NAME = /^[a-z][a-z0-9-]{1,60}$/;

export interface RunnerOptions {
  /** This instance works jobs and keeps their schedules (JOBS_WORKER); off = it only sends. */
  worker: boolean;
  /** How often an idle worker looks for due jobs (JOBS_POLL_SECONDS, at least 0.5). */
  pollSeconds: number;
}

/**
 * The one job runner of the platform (decision 0021): pg-boss on the platform's own database.
 * Modules register their jobs before start; main.ts starts and stops it. Periodic jobs run
 * once per period whatever the number of instances: cron through pg-boss's schedules (one
 * send per minute across instances), `everySeconds` through a job per period slot (pg-boss
 * singleton on the slot; every instance offers it, one insert wins). Queues of periodic jobs
 * are 'stately': at most one run waits and one runs, so a slow run never piles up others.
 */
export class JobRunner implements Jobs {
  private readonly defs = new Map<string, JobDefinition>();
  private readonly loops: LocalLoop[] = [];
  private readonly tickers = new Set<NodeJS.Timeout>();
  private boss?: PgBoss;
  private stopping = false;
  private lastWarnAt = 0;
  private quietErrors = 0;

  constructor(
    private readonly database: Database,
    private readonly log: Logger,
    private readonly opts: RunnerOptions,
  ) {}

  register<T>(def: JobDefinition<T>): void {
    if (this.boss) throw new Error(`job ${def.name}: register before the runner starts`);
    if (!NAME.test(def.name)) throw new Error(`job name ${def.name}: lower-case letters, digits and hyphens`);
    if (this.defs.has(def.name)) throw new Error(`job ${def.name} registered twice`);
    if (def.cron && def.everySeconds) throw new Error(`job ${def.name}: cron or everySeconds, not both`);
    if (def.everySeconds !== undefined && !(def.everySeconds >= 1 && Number.isInteger(def.everySeconds)))
      throw new Error(`job ${def.name}: everySeconds must be a whole number ≥ 1`);
    this.defs.set(def.name, def as JobDefinition);
  }

  /** Per-instance work on a short period (not a database job; decision 0021). Runs whether or not this instance is a worker. */
  local(name: string, everyMs: number, work: () => Promise<unknown>): void {
    this.loops.push(new LocalLoop(name, everyMs, work, this.log));
  }

  definitions(): JobDefinition[] {
    return [...this.defs.values()];
  }

  localLoops(): LocalLoopStatus[] {
    return this.loops.map((l) => ({ ...l.status }));
  }

  get isWorker(): boolean {
    return this.opts.worker;
  }

  async start(): Promise<void> {
    const boss = new PgBoss({
      db: bossDbOf(this.database),
      schema: JOBS_SCHEMA,
      migrate: true,
      supervise: this.opts.worker,
      schedule: this.opts.worker,
    });
    boss.on('error', (err) => this.warnThrottled(err));
    await boss.start();
    this.boss = boss;
    for (const def of this.defs.values()) await this.declare(boss, def);
    if (this.opts.worker) {
      for (const def of this.defs.values()) {
        await boss.work(def.name, { pollingIntervalSeconds: this.opts.pollSeconds }, async ([job]) => def.handler(job!.data ?? {}));
        if (def.everySeconds) this.tick(boss, def.name, def.everySeconds);
      }
    }
    for (const loop of this.loops) loop.start();
  }

  /**
   * pg-boss reports every failed poll; while the database is away that is several a second.
   * One warning per 10 s, with the count of those left out, keeps the log readable.
   */
  private warnThrottled(err: unknown): void {
    const now = Date.now();
    if (now - this.lastWarnAt < 10_000) {
      this.quietErrors++;
      return;
    }
    this.log.warn({ err, since: this.quietErrors }, 'job runner: database call failed');
    this.lastWarnAt = now;
    this.quietErrors = 0;
  }

  /** The queue with its policy and retries, and the cron schedule (or none, if the job lost it). */
  private async declare(boss: PgBoss, def: JobDefinition): Promise<void> {
    const periodic = Boolean(def.cron || def.everySeconds);
    const options = {
      name: def.name,
      policy: periodic ? ('stately' as const) : ('standard' as const),
      retryLimit: def.retry?.limit ?? 0,
      retryDelay: def.retry?.delaySeconds ?? 0,
      retryBackoff: def.retry?.backoff ?? false,
    };
    await this.ensureQueue(boss, def.name, options);
    if (def.cron) await boss.schedule(def.name, def.cron, {}, { tz: JOBS_TIME_ZONE });
    else await boss.unschedule(def.name);
  }

  /**
   * Creates the queue or updates its policy. Two instances starting on a fresh database create
   * their queues at once, and pg-boss's create (a partition with foreign keys to shared tables)
   * can then fail with a deadlock, leaving no queue at all: so a failed create is tried again
   * until the queue is there, by either instance, and only then updated.
   */
  private async ensureQueue(boss: PgBoss, name: string, options: Parameters<PgBoss['createQueue']>[1]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      if (await boss.getQueue(name)) return boss.updateQueue(name, options);
      try {
        await boss.createQueue(name, options);
        return;
      } catch (err) {
        if (attempt >= 5) throw err;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
      }
    }
  }

  /**
   * Offers the job of each period slot at the middle of the slot (by this machine's clock; the
   * slot itself is cut by the database's clock, so instances agree). The slot's singleton makes
   * every offer after the first a no-op.
   */
  private tick(boss: PgBoss, name: string, everySeconds: number): void {
    const slotMs = everySeconds * 1000;
    const schedule = () => {
      if (this.stopping) return;
      const wait = (slotMs * 1.5 - (Date.now() % slotMs)) % slotMs || slotMs;
      const t = setTimeout(() => {
        this.tickers.delete(t);
        boss
          .send(name, {}, { singletonSeconds: everySeconds })
          .catch((err: unknown) => this.log.warn({ err, job: name }, 'periodic job not offered'))
          .finally(schedule);
      }, wait);
      t.unref();
      this.tickers.add(t);
    };
    schedule();
  }

  async send(name: string, data: object | null = {}, options: SendOptions = {}): Promise<string | null> {
    if (!this.boss) throw new Error('the job runner has not started');
    if (!this.defs.has(name)) throw new Error(`no job named ${name}`);
    const { startAfter, singletonKey, tx } = options;
    return this.boss.send(name, data ?? {}, {
      ...(startAfter !== undefined ? { startAfter } : {}),
      ...(singletonKey ? { singletonKey } : {}),
      ...(tx ? { db: bossDbOfTx(tx) } : {}),
    });
  }

  /** Stops offering, working and scheduling; waits (up to 10 s) for runs in flight. The database stays open. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const t of this.tickers) clearTimeout(t);
    this.tickers.clear();
    await Promise.all(this.loops.map((l) => l.stop()));
    await this.boss?.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
  }
}
