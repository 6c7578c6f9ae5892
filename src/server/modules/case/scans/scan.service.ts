// Material scans (document camera or file): the bytes go to the platform file store first (type
// sniffed, size limited, addressed by SHA-256, encrypted at rest), then the one write path
// records the reference on the checklist line as the action `material.scan` (decision 0028).
// The store is content-addressed and the action's idempotency key names the content, so a
// retried upload stores nothing twice and acts once. A scan is read back only through the
// case's permission and scope check, and only if that case references it.
import { eq } from 'drizzle-orm';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/types.ts';
import type { FileStore } from '../../../platform/files/index.ts';
import { actOnCase, type WriteOptions } from '../case.write.ts';
import { materialLines } from '../case.queries.ts';
import { caseMaterials } from '../case.schema.ts';
import { readableCase } from '../read/page.read.ts';
import { assertCaseWritable } from '../case.archived.ts';

type Who = { actor: Actor; ip: string };

export async function addScan(db: Db, files: FileStore, who: Who, caseId: string, materialId: string, bytes: Buffer, opts: WriteOptions) {
  const pre = await readableCase(db, who.actor, caseId);
  assertCaseWritable(pre); // before the file is kept: nothing is added to an archived case
  if (!Buffer.isBuffer(bytes)) throw new DomainError('CASE_SCAN_REJECTED', { reason: 'not a file body' });
  // Refuse an unknown line before the file is kept (the action checks it again under the lock).
  if (!(await materialLines(db, pre.id)).some((l) => l.materialId === materialId)) throw new DomainError('NOT_FOUND', { object: 'caseMaterial', id: materialId });
  const stored = await files.put(bytes, { allowed: ['pdf', 'ofd', 'jpeg', 'png', 'webp', 'tiff'] });
  const scan = { materialId, sha256: stored.sha256, mime: stored.contentType, size: stored.size };
  await actOnCase(db, who, caseId, 'material.scan', { scan }, `material.scan:${materialId}:${stored.sha256}`, opts);
  const line = (await materialLines(db, caseId)).find((l) => l.materialId === materialId)!;
  return line;
}

export async function readScan(db: Db, files: FileStore, actor: Actor, caseId: string, sha256: string) {
  await readableCase(db, actor, caseId);
  const lines = await db.select({ scans: caseMaterials.scans }).from(caseMaterials).where(eq(caseMaterials.caseId, caseId));
  if (!lines.some((l) => l.scans.some((s) => s.sha256 === sha256))) throw new DomainError('NOT_FOUND', { object: 'scan', id: sha256 });
  const file = await files.get(sha256);
  if (!file) throw new DomainError('NOT_FOUND', { object: 'scan', id: sha256 });
  return file;
}
