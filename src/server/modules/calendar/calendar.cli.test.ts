import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The CLI opens its own embedded database (a temp DATA_DIR), so it runs the same way
// whether the suite runs on PGlite or on PostgreSQL.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-calendar-cli-'));

function cli(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', 'calendar', ...args], { env, encoding: 'utf8', timeout: 170_000 });
}

// Each run starts node + tsx + an embedded database: seconds each, more on a busy machine.
describe('calendar command line', { timeout: 180_000 }, () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('lists working days (W) and days off (O) with holiday names, seeding an empty database', () => {
    const r = cli('list', '2026-09-30', '2026-10-11');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[0]).toBe('2026-09-30 W');
    expect(lines[1]).toBe('2026-10-01 O 国庆节');
    expect(lines[8]).toBe('2026-10-08 W');
    expect(lines[10]).toBe('2026-10-10 W 国庆节'); // the make-up Saturday
    expect(lines[11]).toBe('2026-10-11 O');
  });

  it('adds working days: the worked example', () => {
    expect(cli('add', '2026-09-24', '20').stdout.trim()).toBe('2026-10-29');
  });

  it('fails with exit code 1 and a Chinese + English message for a missing year or bad input', () => {
    const missing = cli('add', '2026-12-20', '20');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('2027 年的节假日安排尚未导入');
    expect(missing.stderr).toContain('(2027)');
    const bad = cli('list', '2026-02-30', '2026-03-01');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/开始日期「2026-02-30」不是有效日期[\s\S]*FROM "2026-02-30" is not a YYYY-MM-DD date/);
  });
});
