import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBackup } from '../../src/server/platform/backup/backup.ts';
import { restoreBackup } from '../../src/server/platform/backup/restore.ts';
import { recordAudit, sealAudit, verifyAudit } from '../../src/server/platform/audit/audit.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import { createLogger } from '../../src/server/platform/logger.ts';
import { createPlatform } from '../../src/server/main.ts';
import type { Database } from '../../src/server/platform/db/types.ts';
import { signIn } from '../harness.ts';
import { awkwardRows, awkwardTable, blankDatabase, countOf, kindPairs, seededDatabase, snapshot } from './helpers.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-backup-'));
const open: Database[] = [];
afterAll(async () => {
  for (const d of open) await d.close().catch(() => {});
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.each(kindPairs)('backup %s → restore %s', (from, to) => {
  it('restores every row exactly: audit chain verifies, sequences continue, sign-in works', { timeout: 300_000 }, async () => {
    const source = await seededDatabase(from);
    open.push(source);
    // A cloned PGlite template has its sequences 32 ahead (pre-logged values): the sealer would
    // wait out that gap for 5 s, so close it and have every row sealed now.
    await source.exec(`SELECT setval(pg_get_serial_sequence('audit_log', 'seq'), (SELECT max(seq) FROM audit_log))`);
    for (let i = 0; i < 5; i++) await recordAudit(source.db, { actorName: 'test', action: 'test.event', summary: { i, nested: { 值: [1, 2.5, null] } } });
    await source.exec(awkwardTable);
    await source.exec(awkwardRows);
    while ((await sealAudit(source.db)) > 0);
    const file = path.join(dir, `${from}-${to}.jsonl.gz`);
    // A small page size so keyset paging crosses page boundaries on the demo tables.
    const progress: number[] = [];
    const written = await writeBackup(source, file, { pageSize: 3, onProgress: (d) => progress.push(d) });
    expect(progress.at(-1)).toBe(written.header.tables.reduce((s, t) => s + t.rows, 0));
    expect(fs.statSync(file).mode & 0o077).toBe(0);

    const target = await blankDatabase(to);
    open.push(target);
    // bk_node is not part of the migrations: the target gets the (empty) table by hand.
    await target.exec(awkwardTable);
    const restored = await restoreBackup(target, file, { batchRows: 4 });

    const [before, after] = [await snapshot(source.db), await snapshot(target.db)];
    expect(after).toEqual(before);
    for (const t of written.header.tables) expect(restored.tables.find((r) => r.name === t.name)?.rows).toBe(t.rows);
    expect(before.bk_node!.join('\n')).toContain('9007199254740993');
    expect(before.bk_node!.join('\n')).toContain('12345678901234567890.123456789');

    const verified = await verifyAudit(target.db);
    expect(verified).toMatchObject({ ok: true, checked: await countOf(source.db, 'audit_log') });
    expect(verified.checked).toBeGreaterThan(5);
    // Sequences moved past the restored rows: new rows get fresh keys and chain on.
    await recordAudit(target.db, { actorName: 'test', action: 'after.restore' });
    expect(await sealAudit(target.db)).toBe(1);
    expect((await verifyAudit(target.db)).ok).toBe(true);
    await target.exec(`INSERT INTO bk_node (label) VALUES ('new')`);
    expect(await countOf(target.db, 'bk_node WHERE id = 5')).toBe(1);

    const config = loadConfig({ NODE_ENV: 'test', DEMO: 'off', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' });
    const platform = await createPlatform(config, { database: target, log: createLogger('silent') });
    try {
      expect(await signIn(platform, 'manager')).toContain('=');
    } finally {
      await platform.stop();
    }
  });
});
