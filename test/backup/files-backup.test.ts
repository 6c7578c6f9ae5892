import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBackup } from '../../src/server/platform/backup/backup.ts';
import { backupFiles, checkFilesReadable, filesDirOf, restoreFiles } from '../../src/server/platform/backup/files.ts';
import { restoreBackup } from '../../src/server/platform/backup/restore.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import { createFileStore } from '../../src/server/platform/files/index.ts';
import { createLogger } from '../../src/server/platform/logger.ts';
import { createPlatform, type Platform } from '../../src/server/main.ts';
import type { Database } from '../../src/server/platform/db/types.ts';
import { countyItems, fullChecklist, person, pick } from '../../src/server/modules/case/case.fixture.ts';
import { rows } from '../api/helpers.ts';
import { signIn } from '../harness.ts';
import { blankDatabase, pgUrl, seededDatabase } from './helpers.ts';

// The file store is part of a backup: back up, restore into an empty database and an empty
// file store, and the scan opens again through the case's route with the same SHA-256.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-files-backup-'));
const open: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const d of open.reverse()) await d.close().catch(() => {});
  fs.rmSync(dir, { recursive: true, force: true });
});

const configOf = (filesDir: string, extra: Record<string, string> = {}) =>
  loadConfig({ NODE_ENV: 'test', DEMO: 'off', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', JOBS_WORKER: 'off', FILES_DIR: filesDir, ...extra });

async function platformOn(database: Database, filesDir: string): Promise<Platform & { close(): Promise<void> }> {
  const platform = await createPlatform(configOf(filesDir), { database, log: createLogger('silent') });
  const close = () => platform.stop();
  open.push({ close });
  return { ...platform, close };
}

describe('backup and restore carry the file store', () => {
  const kind = pgUrl ? 'postgres' : 'pglite';
  it(`a scan is readable after restoring into an empty place (${kind}), its SHA-256 unchanged`, { timeout: 300_000 }, async () => {
    const source = await seededDatabase(kind);
    open.push(source);
    const sourceFiles = path.join(dir, 'source-files');
    const app = await platformOn(source, sourceFiles);
    const clerk = await signIn(app, 'clerk');
    const [center] = await rows<{ id: string }>(app, sql`SELECT id FROM center WHERE code = 'XY-COUNTY'`);
    const item = pick(await countyItems(app), (i) => i.caseType !== 'instant', 'standard');
    const made = await app.app.inject({
      method: 'POST',
      url: '/api/v1/cases/applications',
      headers: { cookie: clerk },
      payload: { centerId: center!.id, applicant: person(9100), items: [{ itemId: item.id, checklist: fullChecklist(item) }], idempotencyKey: 'files-backup-0001' },
    });
    const caseId = made.json().cases[0].id as string;
    const scan = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(2048)]);
    const sha = createHash('sha256').update(scan).digest('hex');
    const up = await app.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/materials/${item.materials[0]!.id}/scans`, headers: { cookie: clerk, 'content-type': 'image/jpeg' }, payload: scan });
    expect(up.statusCode, up.body).toBe(200);

    const file = path.join(dir, 'nightly.jsonl.gz');
    await writeBackup(source, file);
    const sourceStore = await createFileStore(configOf(sourceFiles));
    expect(await backupFiles(sourceStore.backend, file)).toMatchObject({ dir: filesDirOf(file), copied: 1, seen: 1 });
    // Nightly into the same place: nothing new, nothing copied again.
    expect(await backupFiles(sourceStore.backend, file)).toMatchObject({ copied: 0, seen: 1 });
    // Still encrypted beside the backup: the scan's bytes are nowhere in the clear.
    const blob = fs.readFileSync(path.join(filesDirOf(file), sha.slice(0, 2), sha.slice(2, 4), sha));
    expect(blob.includes(scan.subarray(4, 64))).toBe(false);

    const target = await blankDatabase(kind);
    open.push(target);
    await restoreBackup(target, file);
    const targetFiles = path.join(dir, 'target-files');
    const targetStore = await createFileStore(configOf(targetFiles));
    expect(await restoreFiles(file, targetStore.backend)).toMatchObject({ copied: 1, seen: 1 });
    expect(await checkFilesReadable(targetStore)).toEqual({ ok: true, checked: 1 });

    const restored = await platformOn(target, targetFiles);
    const back = await restored.app.inject({ url: `/api/v1/cases/${caseId}/scans/${sha}`, headers: { cookie: await signIn(restored, 'clerk') } });
    expect(back.statusCode).toBe(200);
    expect(createHash('sha256').update(back.rawPayload).digest('hex')).toBe(sha);

    // A different FILES_KEY cannot open them: the restore says so instead of failing later.
    const wrongKey = await createFileStore(configOf(targetFiles, { FILES_KEY: randomBytes(32).toString('base64') }));
    expect(await checkFilesReadable(wrongKey)).toMatchObject({ ok: false, sha256: sha });
    // A backup made before files travelled with it restores its rows and says it has no files.
    expect(await restoreFiles(path.join(dir, 'old.jsonl.gz'), targetStore.backend)).toBeNull();
  });
});
