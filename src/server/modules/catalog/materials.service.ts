// 申请材料 of a draft version. A published version's list never changes: edit a new draft.
import { eq } from 'drizzle-orm';
import { materialDefaults, type MaterialInput, type MaterialPatch } from '../../../domain/catalog/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { diffFields, type Who } from '../org/index.ts';
import { audit, versionFor } from './catalog.access.ts';
import { findMaterial, nextMaterialSeq } from './catalog.queries.ts';
import { catalogMaterials } from './catalog.schema.ts';

export async function addMaterial(db: Db, who: Who, versionId: string, input: MaterialInput) {
  return db.transaction(async (tx) => {
    const { item } = await versionFor(tx, who.actor, versionId, 'edit');
    const seq = await nextMaterialSeq(tx, versionId);
    const [row] = await tx
      .insert(catalogMaterials)
      .values({ ...materialDefaults, ...input, id: newId(), versionId, seq })
      .returning();
    await audit(tx, who, 'catalog.material.add', 'catalogVersion', versionId, item.centerId, { materialId: row!.id, name: input.name });
    return row!;
  });
}

async function materialInDraft(tx: Db, who: Who, materialId: string) {
  const material = await findMaterial(tx, materialId);
  if (!material) throw new DomainError('NOT_FOUND', { object: 'catalogMaterial', id: materialId });
  const { item } = await versionFor(tx, who.actor, material.versionId, 'edit');
  return { material, item };
}

export async function updateMaterial(db: Db, who: Who, materialId: string, patch: MaterialPatch) {
  return db.transaction(async (tx) => {
    const { material, item } = await materialInDraft(tx, who, materialId);
    const [row] = await tx.update(catalogMaterials).set(patch).where(eq(catalogMaterials.id, materialId)).returning();
    await audit(tx, who, 'catalog.material.update', 'catalogVersion', material.versionId, item.centerId, { materialId, changes: diffFields(material, patch) });
    return row!;
  });
}

export async function removeMaterial(db: Db, who: Who, materialId: string) {
  return db.transaction(async (tx) => {
    const { material, item } = await materialInDraft(tx, who, materialId);
    await tx.delete(catalogMaterials).where(eq(catalogMaterials.id, materialId));
    await audit(tx, who, 'catalog.material.remove', 'catalogVersion', material.versionId, item.centerId, { materialId, name: material.name });
  });
}
