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
import { moduleRoutes } from './modules/index.ts';
import { resolveActor, resolveSessionActor } from './modules/org/index.ts';
import { ensureCalendarSeeded } from './modules/calendar/index.ts';
import { seedDemoIfEmpty } from './seed/seed.ts';

export interface Platform {
  app: FastifyInstance;
  ctx: AppContext;
  stop(): Promise<void>;
}

/** The composition root: database, migrations, demo data, modules, HTTP, background sealing. */
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
  const ctx: AppContext = { config, database, db: database.db, auth: createAuth(database.db, config, log), log, resolveActor, resolveSessionActor };
  const app = await buildApp(ctx, moduleRoutes);
  // Seal the audit chain in the background; writers never wait for it.
  let sealing = false;
  const sealer = setInterval(() => {
    if (sealing) return;
    sealing = true;
    sealAudit(database.db)
      .catch((e) => log.error({ err: e }, 'audit sealing failed'))
      .finally(() => (sealing = false));
  }, 1000);
  sealer.unref();
  return {
    app,
    ctx,
    async stop() {
      clearInterval(sealer);
      await app.close();
      await sealAudit(database.db).catch(() => 0);
      if (!opts.database) await database.close();
    },
  };
}
