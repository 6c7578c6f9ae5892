// A kept PostgreSQL database holding the demo organisation and many cases, and the platform
// over it signed in as a demo account: what the case benches (search, inbox) measure against.
// Created and seeded (`seed-cases`, decision 0027) on the first run, topped up to the count
// when short, reused as is afterwards, so only the first run pays the seeding. BENCH_FRESH=1
// drops it first.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createPlatform } from '../../src/server/main.ts';
import { progressBar } from '../../src/server/cli/progress.ts';
import { clearMustChangePassword, findStaffByUsername } from '../../src/server/modules/org/index.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import { openDatabase } from '../../src/server/platform/db/connect.ts';
import { migrateDatabase } from '../../src/server/platform/db/migrate.ts';
import type { Database, Db } from '../../src/server/platform/db/types.ts';
import { createLogger } from '../../src/server/platform/logger.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-org.ts';
import { seedCases } from '../../src/server/seed/cases/seed-cases.ts';
import { isEmpty, seedDemo } from '../../src/server/seed/seed.ts';

export const BENCH_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function q<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** The p-th percentile (0–1) of a sample. */
export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function keptDatabase(name: string): Promise<Database> {
  const admin = new pg.Client({ connectionString: BENCH_URL });
  await admin.connect();
  if (process.env.BENCH_FRESH === '1') await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!found.rowCount) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(BENCH_URL);
  url.pathname = `/${name}`;
  return openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
}

export interface CasesAtScale {
  database: Database;
  db: Db;
  total: number;
  seedSeconds: number;
  /** A GET through Fastify's inject as that account; returns the time and the parsed body. */
  getAs: (cookie: string, url: string) => Promise<{ ms: number; body: unknown }>;
  signIn: (username: string) => Promise<string>;
  close: () => Promise<void>;
}

/** Opens (and seeds up to `cases`) the kept database `name` and starts the platform over it. */
export async function casesAtScale(name: string, cases: number): Promise<CasesAtScale> {
  const database = await keptDatabase(name);
  const db = database.db;
  await migrateDatabase(database);
  if (await isEmpty(db)) await seedDemo(db, { forcePasswordChange: false });
  const [{ n: stored } = { n: 0 }] = await q<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM case_record`);
  const seedStarted = Date.now();
  if (stored < cases) {
    const bar = progressBar('办件 cases');
    console.log(`seeding ${cases - stored} cases into ${name} (${stored} stored)…`);
    await seedCases(db, { count: cases - stored, onProgress: (d, t) => bar.update(d, t) });
    bar.stop();
  }
  const seedSeconds = (Date.now() - seedStarted) / 1000;
  const [{ n: total } = { n: 0 }] = await q<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM case_record`);
  console.log(`${total} cases stored; preparation ${seedSeconds.toFixed(0)} s`);

  const config = loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'bench-secret-0123456789abcdef0123456789', DEMO: 'off', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' });
  const platform = await createPlatform(config, { database, log: createLogger('silent') });
  const signIn = async (username: string) => {
    // `seed-cases` on an empty database seeds the demo as `seed` does: first sign-in must change the password.
    await clearMustChangePassword(db, (await findStaffByUsername(db, username))!.id);
    const res = await platform.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username, password: DEMO_PASSWORD } });
    if (res.statusCode !== 200) throw new Error(`sign-in: ${res.statusCode} ${res.body}`);
    return [res.headers['set-cookie']].flat().map((c) => String(c).split(';')[0]).join('; ');
  };
  const getAs = async (cookie: string, url: string) => {
    const t0 = performance.now();
    const res = await platform.app.inject({ url, headers: { cookie } });
    const ms = performance.now() - t0;
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return { ms, body: res.json() as unknown };
  };
  const close = async () => {
    await platform.stop();
    await database.close().catch(() => {});
  };
  return { database, db, total, seedSeconds, getAs, signIn, close };
}
