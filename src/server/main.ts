import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { sealAudit } from './platform/audit/audit.ts';
import { createAuth } from './platform/auth/better-auth.ts';
import type { Config } from './platform/config.ts';
import type { AppContext } from './platform/context.ts';
import { openDatabase } from './platform/db/connect.ts';
import { migrateDatabase } from './platform/db/migrate.ts';
import type { Database } from './platform/db/types.ts';
import { buildApp } from './platform/http/app.ts';
import { createLogger } from './platform/logger.ts';
import { JobRunner } from './platform/jobs/index.ts';
import { moduleJobs, moduleRoutes } from './modules/index.ts';
import { configureGroupCommit, startLiveHub } from './modules/queue/index.ts';
import { resolveCitizen } from './modules/citizen/index.ts';
import { resolveActor, resolveSessionActor } from './modules/org/index.ts';
import { ensureCalendarSeeded } from './modules/calendar/index.ts';
import { seedDemoIfEmpty } from './seed/seed.ts';

export interface Platform {
  app: FastifyInstance;
  ctx: AppContext;
  stop(): Promise<void>;
}

/** The composition root: database, migrations, demo data, modules, HTTP, the job runner and the instance's own loops. */
export async function createPlatform(config: Config, opts: { database?: Database; log?: Logger } = {}): Promise<Platform> {
  const log = opts.log ?? createLogger(config.LOG_LEVEL);
  const database =
    opts.database ??
    (await openDatabase({
      databaseUrl: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      poolSize: config.DB_POOL_SIZE,
      onListenerDrop: (err, retryInMs) => log.warn({ err, retryInMs }, 'LISTEN connection lost; reconnecting'),
      onConnectionError: (err) => log.warn({ err }, 'database connection lost; the pool replaces it'),
    }));
  try {
    await migrateDatabase(database);
    await ensureCalendarSeeded(database.db);
    const seeded = config.demo ? await seedDemoIfEmpty(database.db, { forcePasswordChange: false }) : undefined;
    if (seeded) log.info(`demo data created: 1 county, 2 townships, 3 villages, ${seeded.staff} accounts (see README)`);
  } catch (e) {
    if (!opts.database) await database.close();
    throw e;
  }
  const jobs = new JobRunner(database, log, { worker: config.JOBS_WORKER === 'on', pollSeconds: config.JOBS_POLL_SECONDS });
  const ctx: AppContext = { config, database, db: database.db, auth: createAuth(database.db, config, log), log, jobs, resolveActor, resolveSessionActor, resolveCitizen };
  configureGroupCommit({ enabled: config.HALL_GROUP_COMMIT === 'on', pipeline: config.HALL_GROUP_COMMIT_PIPELINE });

  // Background work, all of it here (decision 0021). Jobs on shared data run in the one job
  // runner, once per period across instances: the queue's end-of-day sweep, the appointment
  // sweep and reminders, the SMS dispatcher.
  for (const registerJobs of moduleJobs) registerJobs(jobs, ctx);
  // The audit sealer stays a loop of each instance: a database job every second would cost
  // more than the sealing, and sealAudit's advisory lock already lets one instance seal at a time.
  jobs.local('audit-sealer', 1000, () => sealAudit(database.db));
  // The live hub's pings and quiet-hall refreshes serve the display sockets of this process:
  // per instance by nature, so not database jobs.
  const stopLiveHub = await startLiveHub(ctx);
  let app: FastifyInstance;
  try {
    app = await buildApp(ctx, moduleRoutes);
    await jobs.start();
  } catch (e) {
    await jobs.stop().catch(() => {});
    await stopLiveHub();
    if (!opts.database) await database.close();
    throw e;
  }
  return {
    app,
    ctx,
    async stop() {
      await jobs.stop();
      await app.close();
      await stopLiveHub();
      await sealAudit(database.db).catch(() => 0);
      if (!opts.database) await database.close();
    },
  };
}
