// 样表 and 空白表格 of a draft's materials: upload (checked by content, not by name), remove,
// and download (staff: any version they can read; public: published versions only).
import { createHash } from 'node:crypto';
import {
  detectMaterialFileType,
  MATERIAL_FILE_MAX_BYTES,
  materialFileTypes,
  sanitizeFileName,
  type MaterialFileKind,
} from '../../../domain/catalog/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import type { Who } from '../org/index.ts';
import { audit, readableItem, versionFor } from './catalog.access.ts';
import { findMaterial } from './catalog.queries.ts';
import { countFiles, deleteFile, findFile, findFileMeta, insertFile } from './files.queries.ts';

/** At most this many files of one kind per material. */
const MAX_PER_KIND = 5;

export interface Upload {
  kind: MaterialFileKind;
  fileName: string;
  bytes: Buffer | undefined;
}

export async function uploadFile(db: Db, who: Who, versionId: string, materialId: string, upload: Upload) {
  return db.transaction(async (tx) => {
    const { item } = await versionFor(tx, who.actor, versionId, 'edit');
    const material = await findMaterial(tx, materialId);
    if (!material || material.versionId !== versionId) throw new DomainError('NOT_FOUND', { object: 'catalogMaterial', id: materialId });
    const bytes = upload.bytes;
    const fileName = sanitizeFileName(upload.fileName);
    if (!bytes || !Buffer.isBuffer(bytes) || bytes.length === 0 || fileName === '') throw new DomainError('CATALOG_FILE_INVALID');
    if (bytes.length > MATERIAL_FILE_MAX_BYTES) throw new DomainError('CATALOG_FILE_TOO_LARGE', { size: bytes.length, max: MATERIAL_FILE_MAX_BYTES });
    const type = detectMaterialFileType(bytes, fileName);
    if (!type) throw new DomainError('CATALOG_FILE_TYPE', { fileName });
    if ((await countFiles(tx, materialId, upload.kind)) >= MAX_PER_KIND) throw new DomainError('VALIDATION_FAILED', { message: `每项材料的样表或空白表格最多 ${MAX_PER_KIND} 个` });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const row = await insertFile(tx, {
      id: newId(),
      centerId: item.centerId,
      versionId,
      materialId,
      kind: upload.kind,
      fileName,
      contentType: materialFileTypes[type].contentType,
      size: bytes.length,
      sha256,
      bytes,
      uploadedBy: who.actor.staffId,
    });
    await audit(tx, who, 'catalog.file.upload', 'catalogVersion', versionId, item.centerId, { fileId: row.id, materialId, kind: upload.kind, fileName, size: bytes.length, sha256 });
    return row;
  });
}

export async function removeFile(db: Db, who: Who, fileId: string) {
  return db.transaction(async (tx) => {
    const file = await findFileMeta(tx, fileId);
    if (!file) throw new DomainError('NOT_FOUND', { object: 'catalogFile', id: fileId });
    const { item } = await versionFor(tx, who.actor, file.versionId, 'edit');
    await deleteFile(tx, fileId);
    await audit(tx, who, 'catalog.file.remove', 'catalogVersion', file.versionId, item.centerId, { fileId, materialId: file.materialId, kind: file.kind, fileName: file.fileName });
  });
}

/** Staff download: drafts too, for items the actor can read. */
export async function staffFile(db: Db, actor: Actor, fileId: string) {
  const found = await findFile(db, fileId);
  if (!found) throw new DomainError('NOT_FOUND', { object: 'catalogFile', id: fileId });
  await readableItem(db, actor, found.itemId);
  return found.file;
}

/** Public download: only files of a version that is published now. */
export async function publicFile(db: Db, fileId: string) {
  const found = await findFile(db, fileId);
  if (!found || found.state !== 'published') throw new DomainError('NOT_FOUND', { object: 'catalogFile', id: fileId });
  return found.file;
}
