import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBackup } from '../../src/server/platform/backup/backup.ts';
import { appliedMigrations, dependencyOrder, readCatalog, type TableInfo } from '../../src/server/platform/backup/catalog.ts';
import { BackupError } from '../../src/server/platform/backup/errors.ts';
import { migrateTo, shippedMigrations } from '../../src/server/platform/backup/migrations.ts';
import { restoreBackup } from '../../src/server/platform/backup/restore.ts';
import type { Database } from '../../src/server/platform/db/types.ts';
import { testDatabase } from '../db.ts';
import { blankDatabase, pgUrl, rewriteBackup, seededDatabase, snapshot } from './helpers.ts';

const kind = pgUrl ? 'postgres' : 'pglite';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-backup-guards-'));
const plain = path.join(dir, 'plain.jsonl.gz');
const sealed = path.join(dir, 'encrypted.jsonl.gz');
const KEY = 'correct horse 电池 staple';
let source: Database;
let expected: Record<string, string[]>;
const open: Database[] = [];

async function refusal(p: Promise<unknown>): Promise<BackupError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(BackupError);
  return e as BackupError;
}

beforeAll(async () => {
  source = await testDatabase();
  open.push(source);
  await writeBackup(source, plain);
  await writeBackup(source, sealed, { key: KEY });
  expected = await snapshot(source.db);
});
afterAll(async () => {
  for (const d of open) await d.close().catch(() => {});
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('restore guards', () => {
  it('refuses a database that has rows, and changes nothing in it', async () => {
    const target = await seededDatabase(kind);
    open.push(target);
    const before = await snapshot(target.db);
    const e = await refusal(restoreBackup(target, plain));
    expect(e.code).toBe('not-empty');
    expect(e.message).toMatch(/目标数据库非空.*\n.*not empty/);
    expect(await snapshot(target.db)).toEqual(before);
  });

  it('never overwrites an existing backup file', async () => {
    expect((await refusal(writeBackup(source, plain))).code).toBe('file-exists');
  });

  it('encrypts, and restores only with the right key; damage is caught before anything is written', { timeout: 180_000 }, async () => {
    const bytes = fs.readFileSync(sealed);
    expect(bytes.subarray(0, 8).toString()).toBe('OWBACKUP');
    expect(bytes.includes(Buffer.from('manager'))).toBe(false);
    const target = await blankDatabase(kind);
    open.push(target);

    const missing = await refusal(restoreBackup(target, sealed));
    expect(missing.code).toBe('key-missing');
    expect(missing.message).toMatch(/已加密.*BACKUP_KEY[\s\S]*encrypted.*BACKUP_KEY/);
    const wrong = await refusal(restoreBackup(target, sealed, { key: 'wrong horse' }));
    expect(wrong.code).toBe('key-wrong');
    expect(wrong.message).toMatch(/口令不一致[\s\S]*does not match/);

    const tampered = path.join(dir, 'tampered.jsonl.gz');
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(flipped.length / 2)]! ^= 0x01;
    fs.writeFileSync(tampered, flipped);
    expect((await refusal(restoreBackup(target, tampered, { key: KEY }))).code).toBe('corrupt');
    const truncated = path.join(dir, 'truncated.jsonl.gz');
    fs.writeFileSync(truncated, fs.readFileSync(plain).subarray(0, -20));
    expect((await refusal(restoreBackup(target, truncated))).code).toBe('corrupt');
    // Every refusal came before the first write: not even the migrations ran.
    expect(await readCatalog(target.db)).toEqual([]);

    await restoreBackup(target, sealed, { key: KEY });
    expect(await snapshot(target.db)).toEqual(expected);
  });

  it('refuses a newer backup; a failing insert leaves no row behind, and a retry then works', { timeout: 180_000 }, async () => {
    const newer = path.join(dir, 'newer.jsonl.gz');
    rewriteBackup(plain, newer, (h) => ({ ...h, migrations: [...h.migrations, 'f'.repeat(64)] }));
    const target = await blankDatabase(kind);
    open.push(target);
    expect((await refusal(restoreBackup(target, newer))).code).toBe('newer-backup');

    // window_post references staff and windows, so most tables are written before this row fails.
    const dangling = path.join(dir, 'dangling.jsonl.gz');
    const breakRow = (l: string) => (l.startsWith('{"t":"window_post"') ? l.replace('"staff_id":"', '"staff_id":"missing-') : l);
    rewriteBackup(plain, dangling, (h) => h, () => true, breakRow);
    await expect(restoreBackup(target, dangling)).rejects.toThrow();
    const left = await snapshot(target.db);
    delete left['drizzle.__drizzle_migrations'];
    expect(Object.values(left).flat()).toEqual([]);
    await restoreBackup(target, plain);
    expect(await snapshot(target.db)).toEqual(expected);
  });

  it('restores a backup from before the last migration into that schema, then migrates it', { timeout: 180_000 }, async () => {
    const shipped = shippedMigrations();
    const level = shipped.length - 1;
    const target = await blankDatabase(kind);
    open.push(target);
    await migrateTo(target, level);
    // Make the file an older backup would have been: its migrations, its tables and columns.
    const older = new Map((await readCatalog(target.db)).map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
    const file = path.join(dir, 'older.jsonl.gz');
    rewriteBackup(
      plain,
      file,
      (h) => ({ ...h, migrations: h.migrations.slice(0, level), tables: h.tables.filter((t) => older.has(t.name)).map((t) => ({ ...t, columns: t.columns.filter((c) => older.get(t.name)!.has(c)) })) }),
      (line) => older.has(JSON.parse(line).t),
    );
    const result = await restoreBackup(target, file);
    expect(await appliedMigrations(target.db)).toEqual(shipped);
    for (const t of result.header.tables) expect(result.tables.find((r) => r.name === t.name)?.rows).toBe(t.rows);
  });
});

describe('dependency order', () => {
  const table = (name: string, refs: string[]): TableInfo => ({ name, quoted: name, columns: [], pk: ['id'], fks: refs.map((ref) => ({ ref, cols: ['x'], refCols: ['id'] })) });

  it('puts referenced tables first and accepts a table referencing itself', () => {
    const order = dependencyOrder([table('c', ['b', 'c']), table('b', ['a']), table('a', [])]).map((t) => t.name);
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('refuses a cycle between tables, naming them', () => {
    expect(() => dependencyOrder([table('a', ['b']), table('b', ['a']), table('z', [])])).toThrow(/a, b/);
  });
});
