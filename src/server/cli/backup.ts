import type { Config } from '../platform/config.ts';
import { writeBackup } from '../platform/backup/backup.ts';
import { readBackupHeader } from '../platform/backup/format.ts';
import { restoreBackup } from '../platform/backup/restore.ts';
import { withDatabase } from './with-database.ts';
import { progressBar } from './progress.ts';

// BACKUP_KEY: a secret only these two commands use; the server never reads it.
const backupKey = (config: Config) => config.BACKUP_KEY || undefined;

function printTable(rows: { name: string; rows: number }[]) {
  const width = Math.max(...rows.map((r) => r.name.length), 5);
  for (const r of rows) console.log(`  ${r.name.padEnd(width)}  ${String(r.rows).padStart(10)}`);
  console.log(`  ${'合计 total'.padEnd(width - 2)}  ${String(rows.reduce((s, r) => s + r.rows, 0)).padStart(10)}`);
}

export async function backupCommand(config: Config, file: string): Promise<void> {
  const key = backupKey(config);
  const summary = await withDatabase(config, async (database) => {
    const bar = progressBar('备份 backup');
    try {
      return await writeBackup(database, file, { key, onProgress: (d, t) => bar.update(d, t) });
    } finally {
      bar.stop();
    }
  });
  console.log(`备份完成 backup written: ${summary.file} (${(summary.bytes / 1024).toFixed(1)} KiB, ${summary.encrypted ? '已加密 encrypted' : '未加密 NOT encrypted — set BACKUP_KEY to encrypt'})`);
  printTable(summary.header.tables);
}

export async function restoreCommand(config: Config, file: string): Promise<void> {
  const key = backupKey(config);
  // A missing or wrong key is reported before the database is opened (or, for PGlite, created).
  await readBackupHeader(file, key);
  const summary = await withDatabase(config, async (database) => {
    const bar = progressBar('恢复 restore');
    try {
      const result = await restoreBackup(database, file, { key, onProgress: (d, t) => bar.update(d, t) });
      return { ...result, target: database.describe };
    } finally {
      bar.stop();
    }
  });
  const h = summary.header;
  console.log(`恢复完成 restored into ${summary.target}: backup of ${h.createdAt} from ${h.database}, ${h.migrations.length} migrations`);
  printTable(summary.tables);
}
