import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/platform/db/connect.ts';
import { countOf } from './helpers.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
// Made lazily: with the suite skipped (DATABASE_URL set) no hook would remove it.
let dir = '';
beforeAll(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-lock-'))));
afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

/** Opens `dataDir` from another process (the lock is per process) and reports what happened. */
async function openElsewhere(dataDir: string): Promise<{ name: string; message: string }> {
  const script = `
    import { openDatabase } from ${JSON.stringify(path.join(root, 'src/server/platform/db/connect.ts'))};
    try { const d = await openDatabase({ dataDir: ${JSON.stringify(dataDir)} }); await d.close(); console.log(JSON.stringify({ name: 'opened', message: '' })); }
    catch (e) { console.log(JSON.stringify({ name: e.constructor.name, message: e.message })); }`;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, timeout: 120_000 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { name: string; message: string };
}

// PGlite does not lock its directory itself (STACK.md trap 1); the platform's lock file must.
describe.skipIf(!!process.env.DATABASE_URL)('PGlite data directory lock', () => {
  it('refuses a second process while the first has the directory open; nothing written is lost', { timeout: 300_000 }, async () => {
    const dataDir = path.join(dir, 'shared');
    const first = await openDatabase({ dataDir });
    try {
      await first.exec('CREATE TABLE scratch (n int PRIMARY KEY); INSERT INTO scratch SELECT generate_series(1, 200)');
      const second = await openElsewhere(dataDir);
      expect(second.name).toBe('DataDirLockedError');
      expect(second.message).toMatch(/数据目录.*已被进程 \d+ 占用/);
    } finally {
      await first.close();
    }
    expect(fs.existsSync(path.join(dataDir, 'onewindow.lock'))).toBe(false);
    const reopened = await openDatabase({ dataDir });
    try {
      expect(await countOf(reopened.db, 'scratch')).toBe(200);
    } finally {
      await reopened.close();
    }
  });

  it('takes over a stale lock whose process is gone', { timeout: 300_000 }, async () => {
    const dataDir = path.join(dir, 'stale');
    fs.mkdirSync(dataDir);
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    fs.writeFileSync(path.join(dataDir, 'onewindow.lock'), `${dead}\n`);
    const database = await openDatabase({ dataDir });
    try {
      expect(fs.readFileSync(path.join(dataDir, 'onewindow.lock'), 'utf8').trim()).toBe(String(process.pid));
    } finally {
      await database.close();
    }
  });
});

describe('data-dir lock within one process', () => {
  it('refuses a second open of the same directory in the same process, and the first keeps its lock', async () => {
    if (process.env.DATABASE_URL) return;
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { acquireDataDirLock, DataDirLockedError } = await import('../../src/server/platform/db/lock.ts');
    const dir = mkdtempSync(join(tmpdir(), 'ow-lock-'));
    const release = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    release();
    const again = acquireDataDirLock(dir);
    again();
  });
});
