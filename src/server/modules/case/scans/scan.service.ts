// Material scans (document camera or file): the bytes go to the platform file store (type
// sniffed, size limited, addressed by SHA-256, encrypted at rest); the case keeps only the
// reference on its checklist line. A scan is read back only through the case's permission
// and scope check, and only if that case references it.
import { and, eq } from 'drizzle-orm';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/types.ts';
import type { FileStore } from '../../../platform/files/index.ts';
import { auditCase } from '../case.actor.ts';
import { lockCase, updateCase } from '../case.queries.ts';
import { caseMaterials } from '../case.schema.ts';
import { readableCase } from '../read/page.read.ts';

type Who = { actor: Actor; ip: string };

export async function addScan(db: Db, files: FileStore, who: Who, caseId: string, materialId: string, bytes: Buffer, now = new Date()) {
  const pre = await readableCase(db, who.actor, caseId);
  if (!Buffer.isBuffer(bytes)) throw new DomainError('CASE_SCAN_REJECTED', { reason: 'not a file body' });
  const stored = await files.put(bytes, { allowed: ['pdf', 'ofd', 'jpeg', 'png', 'webp', 'tiff'] });
  return db.transaction(async (tx) => {
    // The case row's lock orders this checklist change with the write path's actions.
    const row = (await lockCase(tx, caseId))!;
    const [line] = await tx
      .select()
      .from(caseMaterials)
      .where(and(eq(caseMaterials.caseId, caseId), eq(caseMaterials.materialId, materialId)))
      .limit(1);
    if (!line) throw new DomainError('NOT_FOUND', { object: 'caseMaterial', id: materialId });
    const scans = line.scans.some((s) => s.sha256 === stored.sha256) ? line.scans : [...line.scans, { sha256: stored.sha256, mime: stored.contentType, size: stored.size }];
    await tx
      .update(caseMaterials)
      .set({ scans, updatedAt: now })
      .where(and(eq(caseMaterials.caseId, caseId), eq(caseMaterials.materialId, materialId)));
    await updateCase(tx, caseId, { rowVersion: row.rowVersion });
    await auditCase(tx, who, { centerId: pre.centerId, action: 'case.scan', objectId: caseId, summary: { number: pre.number, materialId, sha256: stored.sha256, size: stored.size } });
    return { ...line, scans };
  });
}

export async function readScan(db: Db, files: FileStore, actor: Actor, caseId: string, sha256: string) {
  await readableCase(db, actor, caseId);
  const lines = await db.select({ scans: caseMaterials.scans }).from(caseMaterials).where(eq(caseMaterials.caseId, caseId));
  if (!lines.some((l) => l.scans.some((s) => s.sha256 === sha256))) throw new DomainError('NOT_FOUND', { object: 'scan', id: sha256 });
  const file = await files.get(sha256);
  if (!file) throw new DomainError('NOT_FOUND', { object: 'scan', id: sha256 });
  return file;
}
