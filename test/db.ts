import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { openDatabase } from '../src/server/platform/db/connect.ts';
import { migrateDatabase } from '../src/server/platform/db/migrate.ts';
import type { Database } from '../src/server/platform/db/types.ts';
import { seedDemo } from '../src/server/seed/seed.ts';
import { inject } from 'vitest';

/**
 * A fresh, migrated database with the demo organisation for one test file.
 * Embedded: an in-memory PGlite cloned from the template built once by global-setup.
 * With DATABASE_URL: a new PostgreSQL database created for the file and dropped after.
 */
export async function testDatabase(opts: { demo?: boolean } = {}): Promise<Database & { url?: string }> {
  const demo = opts.demo ?? true;
  const url = process.env.DATABASE_URL;
  if (!url) {
    const template = inject('templateFile');
    const blob = demo && template && fs.existsSync(template) ? new Blob([fs.readFileSync(template)]) : undefined;
    const database = await openDatabase({ loadDataDir: blob });
    if (!blob) {
      await migrateDatabase(database);
      if (demo) await seedDemo(database.db, { forcePasswordChange: false });
    }
    return database;
  }
  const name = `ow_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const template = demo ? inject('pgTemplate') : undefined;
  await createDatabase(url, name, template);
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: dbUrl.toString(), poolSize: 5 });
  if (!template) {
    await migrateDatabase(database);
    if (demo) await seedDemo(database.db, { forcePasswordChange: false });
  }
  const close = database.close.bind(database);
  // A second instance on the same database opens its own connections from this address.
  (database as Database & { url?: string }).url = dbUrl.toString();
  database.close = async () => {
    await close();
    const dropper = new pg.Client({ connectionString: url });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await dropper.end();
  };
  return database;
}

/** CREATE DATABASE, as a copy of the run's template when there is one. */
async function createDatabase(url: string, name: string, template: string | undefined) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
        return;
      } catch (e) {
        // Two files copying the template at the same instant: PostgreSQL refuses the second
        // ("source database is being accessed by other users"); it succeeds a moment later.
        if (!template || attempt >= 20 || (e as { code?: string }).code !== '55006') throw e;
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  } finally {
    await admin.end();
  }
}
