import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { catalogVersions } from './catalog.schema.ts';
import { catalogFiles } from './files.schema.ts';

export type FileRow = typeof catalogFiles.$inferSelect;
export type FileInsert = typeof catalogFiles.$inferInsert;

const meta = {
  id: catalogFiles.id,
  materialId: catalogFiles.materialId,
  kind: catalogFiles.kind,
  fileName: catalogFiles.fileName,
  contentType: catalogFiles.contentType,
  size: catalogFiles.size,
  sha256: catalogFiles.sha256,
  uploadedAt: catalogFiles.uploadedAt,
};
export type FileMeta = Pick<FileRow, keyof typeof meta>;

/** The files of a version without their bytes, for guides and the material editor. */
export function filesOfVersion(db: Db, versionId: string): Promise<FileMeta[]> {
  return db.select(meta).from(catalogFiles).where(eq(catalogFiles.versionId, versionId)).orderBy(asc(catalogFiles.uploadedAt));
}

/** A file with its bytes and the state of its version. */
export async function findFile(db: Db, id: string) {
  const [row] = await db
    .select({ file: catalogFiles, state: catalogVersions.state, itemId: catalogVersions.itemId })
    .from(catalogFiles)
    .innerJoin(catalogVersions, eq(catalogVersions.id, catalogFiles.versionId))
    .where(eq(catalogFiles.id, id))
    .limit(1);
  return row;
}

export async function findFileMeta(db: Db, id: string): Promise<(FileMeta & { versionId: string }) | undefined> {
  const [row] = await db.select({ ...meta, versionId: catalogFiles.versionId }).from(catalogFiles).where(eq(catalogFiles.id, id)).limit(1);
  return row;
}

export async function insertFile(db: Db, row: FileInsert): Promise<FileMeta> {
  const [out] = await db.insert(catalogFiles).values(row).returning(meta);
  return out!;
}

export async function deleteFile(db: Db, id: string) {
  await db.delete(catalogFiles).where(eq(catalogFiles.id, id));
}

export async function countFiles(db: Db, materialId: string, kind: FileRow['kind']): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(catalogFiles)
    .where(and(eq(catalogFiles.materialId, materialId), eq(catalogFiles.kind, kind)));
  return row?.n ?? 0;
}

/**
 * A new draft's file rows: a copy of each file of the source version, attached to the draft's
 * material with the same number. The bytes are copied inside the database.
 */
export async function copyFiles(db: Db, fromVersionId: string, toVersionId: string) {
  await db.execute(sql`
    INSERT INTO catalog_file (id, center_id, version_id, material_id, kind, file_name, content_type, size, sha256, bytes, uploaded_by, uploaded_at)
    SELECT gen_random_uuid()::text, f.center_id, ${toVersionId}, nm.id, f.kind, f.file_name, f.content_type, f.size, f.sha256, f.bytes, f.uploaded_by, f.uploaded_at
    FROM catalog_file f
    JOIN catalog_material om ON om.id = f.material_id
    JOIN catalog_material nm ON nm.version_id = ${toVersionId} AND nm.seq = om.seq
    WHERE f.version_id = ${fromVersionId}`);
}
