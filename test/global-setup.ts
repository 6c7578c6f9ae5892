import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/server/platform/db/connect.ts';
import { migrateDatabase } from '../src/server/platform/db/migrate.ts';
import { seedDemo } from '../src/server/seed/seed.ts';

export default async function setup({ provide }: TestProject) {
  if (process.env.DATABASE_URL) return;
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
