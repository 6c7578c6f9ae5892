import type { Config } from '../platform/config.ts';
import { writeBackup } from '../platform/backup/backup.ts';
import { backupFiles, checkFilesReadable, restoreFiles } from '../platform/backup/files.ts';
import { createFileStore } from '../platform/files/index.ts';
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
  // The files after the rows: every file a backed-up row names was stored before that row.
  const store = await createFileStore(config);
  const bar = progressBar('文件 files');
  const files = await backupFiles(store.backend, file, (c, s) => bar.update(c, s)).finally(() => bar.stop());
  console.log(`文件已备份 files: ${files.seen} 个（新复制 ${files.copied} 个，仍以 FILES_KEY 加密）→ ${files.dir}`);
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
  const store = await createFileStore(config);
  const bar = progressBar('文件 files');
  const files = await restoreFiles(file, store.backend, (c, s) => bar.update(c, s)).finally(() => bar.stop());
  if (!files) {
    console.log('备份旁没有文件目录，未恢复文件 (no files directory beside the backup: no files restored)');
    return;
  }
  console.log(`文件已恢复 files: ${files.seen} 个（新复制 ${files.copied} 个）← ${files.dir}`);
  const check = await checkFilesReadable(store);
  if (!check.ok) {
    console.error(`文件无法解密：FILES_KEY 与备份来源不同？(files do not open with this FILES_KEY: ${check.error})`);
    process.exitCode = 1;
  }
}
