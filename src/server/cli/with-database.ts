import type { Config } from '../platform/config.ts';
import { openDatabase } from '../platform/db/connect.ts';
import type { Database } from '../platform/db/types.ts';

export async function withDatabase<T>(config: Config, work: (db: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: 2 });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
