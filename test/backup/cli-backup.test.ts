import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStaff } from '../../src/server/seed/demo-org.ts';

const root = path.resolve(import.meta.dirname, '../..');
// Made lazily: with the suite skipped (DATABASE_URL set) no hook would remove it.
let dir = '';
beforeAll(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-cli-backup-'))));
afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the real command line as an operator would; always on PGlite data directories. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const { DATABASE_URL: _url, BACKUP_KEY: _key, ...base } = process.env;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], { cwd: root, env: { ...base, DEMO: 'off', LOG_LEVEL: 'warn', ...env }, timeout: 240_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    );
  });
}

// The commands run on PGlite whatever this run's database is; once is enough.
describe.skipIf(!!process.env.DATABASE_URL)('backup and restore from the command line', () => {
  it('seed → backup (encrypted) → restore elsewhere → audit verify', { timeout: 900_000 }, async () => {
    const source = path.join(dir, 'source');
    const target = path.join(dir, 'target');
    const file = path.join(dir, 'nightly.jsonl.gz');
    const key = 'cli passphrase 口令';

    expect((await cli(['seed'], { DATA_DIR: source })).code).toBe(0);
    const backup = await cli(['backup', file], { DATA_DIR: source, BACKUP_KEY: key });
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/备份完成 backup written.*已加密 encrypted/);
    expect(backup.stdout).toMatch(new RegExp(`staff\\s+${demoStaff.length}\\b`));
    // The file store travels beside the backup (empty after a seed, but the step runs).
    expect(backup.stdout).toMatch(/文件已备份 files: 0 个/);
    expect(fs.existsSync(`${file}.files`)).toBe(true);

    const noKey = await cli(['restore', file], { DATA_DIR: target });
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toMatch(/备份文件已加密[\s\S]*BACKUP_KEY/);
    expect(fs.existsSync(target)).toBe(false);

    const restore = await cli(['restore', file], { DATA_DIR: target, BACKUP_KEY: key });
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/恢复完成 restored into PGlite/);
    expect(restore.stdout).toMatch(new RegExp(`staff\\s+${demoStaff.length}\\b`));
    expect(restore.stdout).toMatch(/文件已恢复 files: 0 个/);

    const verify = await cli(['audit', 'verify'], { DATA_DIR: target });
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/审计链完整/);

    const again = await cli(['restore', file], { DATA_DIR: target, BACKUP_KEY: key });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/非空[\s\S]*not empty/);
  });
});
