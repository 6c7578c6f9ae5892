import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, sealAudit, verifyAudit } from '../../src/server/platform/audit/audit.ts';
import { rowsOf } from '../../src/server/platform/backup/catalog.ts';
import type { Database } from '../../src/server/platform/db/types.ts';
import { testDatabase } from '../db.ts';
import { countOf, failure } from './helpers.ts';

describe('audit trail', () => {
  let database: Database;
  let rows: number;
  beforeAll(async () => {
    database = await testDatabase();
    // Close the sequence gap a cloned template leaves, so the new rows seal at once.
    await database.exec(`SELECT setval(pg_get_serial_sequence('audit_log', 'seq'), (SELECT max(seq) FROM audit_log))`);
    for (let i = 0; i < 4; i++) await recordAudit(database.db, { actorName: 'test', action: 'test.event', summary: { i } });
    while ((await sealAudit(database.db)) > 0);
    rows = await countOf(database.db, 'audit_log');
  });
  afterAll(async () => database?.close());

  it('refuses UPDATE, DELETE and TRUNCATE through ordinary SQL', async () => {
    expect(await failure(database.db.execute(sql`UPDATE audit_log SET summary = '{"forged": true}'`))).toMatch(/append-only/);
    expect(await failure(database.db.execute(sql`DELETE FROM audit_log WHERE seq = 1`))).toMatch(/append-only/);
    expect(await failure(database.db.execute(sql`TRUNCATE audit_log CASCADE`))).toMatch(/append-only/);
    expect(await failure(database.db.execute(sql`UPDATE audit_seal SET hash = 'x'`))).toMatch(/append-only/);
    expect(await failure(database.db.execute(sql`DELETE FROM audit_seal`))).toMatch(/append-only/);
    expect(await countOf(database.db, 'audit_log')).toBe(rows);
    expect(await verifyAudit(database.db)).toMatchObject({ ok: true, checked: rows });
  });

  it('names the first tampered row when the owner bypasses the trigger', async () => {
    const [row] = await rowsOf<{ seq: number }>(database.db, sql`SELECT seq::int AS seq FROM audit_log ORDER BY seq OFFSET 2 LIMIT 1`);
    // Only the table owner can do this; it stands for someone editing the database directly.
    await database.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    await database.db.execute(sql`UPDATE audit_log SET summary = '{"i": 99}' WHERE seq = ${row!.seq}`);
    await database.exec('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    const result = await verifyAudit(database.db);
    expect(result).toMatchObject({ ok: false, brokenAt: row!.seq, reason: 'content changed' });
    expect(result.checked).toBe(2);
  });
});
