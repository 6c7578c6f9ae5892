import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { catalogMaterials, catalogVersions } from './catalog.schema.ts';
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

/** Names of the materials of these versions that carry at least one uploaded file, by version id. */
export async function materialsWithFiles(db: Db, versionIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (!versionIds.length) return out;
  const rows = await db
    .selectDistinct({ versionId: catalogMaterials.versionId, name: catalogMaterials.name })
    .from(catalogFiles)
    .innerJoin(catalogMaterials, eq(catalogMaterials.id, catalogFiles.materialId))
    .where(inArray(catalogFiles.versionId, [...versionIds]));
  for (const r of rows) out.set(r.versionId, (out.get(r.versionId) ?? new Set()).add(r.name));
  return out;
}

/**
 * A draft whose materials an import replaces keeps its files: each file moves to the new
 * material of the same name. The old rows (renumbered negative beforehand so the new ones
 * could take their numbers) are deleted afterwards; the import refused beforehand any
 * replacement that would drop a material with files.
 */
export async function moveFilesToRenamedRows(db: Db, versionId: string) {
  await db.execute(sql`
    UPDATE catalog_file f SET material_id = (
      SELECT nm.id FROM catalog_material nm WHERE nm.version_id = ${versionId} AND nm.seq > 0 AND nm.name = om.name ORDER BY nm.seq LIMIT 1)
    FROM catalog_material om
    WHERE f.material_id = om.id AND om.version_id = ${versionId} AND om.seq < 0
      AND EXISTS (SELECT 1 FROM catalog_material nm WHERE nm.version_id = ${versionId} AND nm.seq > 0 AND nm.name = om.name)`);
}

/** A new draft made by an import gets copies of its source version's files, on the material of the same name. */
export async function copyFilesByMaterialName(db: Db, fromVersionId: string, toVersionId: string) {
  await db.execute(sql`
    INSERT INTO catalog_file (id, center_id, version_id, material_id, kind, file_name, content_type, size, sha256, bytes, uploaded_by, uploaded_at)
    SELECT gen_random_uuid()::text, f.center_id, ${toVersionId}, nm.id, f.kind, f.file_name, f.content_type, f.size, f.sha256, f.bytes, f.uploaded_by, f.uploaded_at
    FROM catalog_file f
    JOIN catalog_material om ON om.id = f.material_id
    JOIN LATERAL (SELECT id FROM catalog_material WHERE version_id = ${toVersionId} AND name = om.name ORDER BY seq LIMIT 1) nm ON true
    WHERE f.version_id = ${fromVersionId}`);
}
