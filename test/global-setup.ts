import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/server/platform/db/connect.ts';
import { migrateDatabase } from '../src/server/platform/db/migrate.ts';
import { seedDemo } from '../src/server/seed/seed.ts';

// One migrated database with the demo organisation per run; each test file starts from a copy
// (test/db.ts) instead of migrating and seeding again: a PGlite dump on the embedded database,
// a PostgreSQL template database (CREATE DATABASE … TEMPLATE) with DATABASE_URL.
export default async function setup({ provide }: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) return pgTemplate(url, provide);
  const file = path.join(os.tmpdir(), `onewindow-test-template-${process.pid}-${Date.now()}.tar`);
  const database = await openDatabase({});
  await migrateDatabase(database);
  await seedDemo(database.db, { forcePasswordChange: false });
  const blob = await database.dump!();
  fs.writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  await database.close();
  process.env.ONEWINDOW_TEST_TEMPLATE = file;
  provide('templateFile', file);
  return () => fs.rmSync(file, { force: true });
}

async function pgTemplate(url: string, provide: TestProject['provide']) {
  const name = `ow_tpl_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await adminQuery(url, `CREATE DATABASE ${name}`);
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: dbUrl.toString(), poolSize: 2 });
  await migrateDatabase(database);
  await seedDemo(database.db, { forcePasswordChange: false });
  await database.close(); // a template must have no session open while it is copied
  provide('pgTemplate', name);
  return () => adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

async function adminQuery(url: string, sql: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
