import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrateDatabase, migrationsFolder } from '../db/migrate.ts';
import type { Database } from '../db/types.ts';

/** Hashes of the migrations this program ships, in order (what drizzle records when applying them). */
export function shippedMigrations(): string[] {
  return readMigrationFiles({ migrationsFolder }).map((m) => m.hash);
}

export const isPrefix = (head: string[], of: string[]) => head.length <= of.length && head.every((h, i) => h === of[i]);

/**
 * Brings a database to exactly the first `count` shipped migrations. A backup taken before an
 * upgrade must go into the schema it was taken from; the later migrations then run over the
 * restored rows, as they would have on the original database. drizzle has no "up to" option,
 * so the first `count` entries of the journal are copied to a scratch folder.
 */
export async function migrateTo(database: Database, count: number): Promise<void> {
  const journalPath = path.join(migrationsFolder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  if (count >= journal.entries.length) return migrateDatabase(database);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-migrations-'));
  try {
    fs.mkdirSync(path.join(dir, 'meta'));
    const entries = journal.entries.slice(0, count);
    fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
    for (const e of entries) fs.copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
    if (database.kind === 'pglite') await migratePglite(database.db as never, { migrationsFolder: dir });
    else await migratePg(database.db as never, { migrationsFolder: dir });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
