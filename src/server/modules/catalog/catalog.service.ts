// Use cases that write guides: create an item (its first draft), edit a draft, start a new
// draft from the published version, change an item's codes. Each runs in one transaction
// with its audit row.
import { eq } from 'drizzle-orm';
import { guideDefaults, materialDefaults, type GuidePatch } from '../../../domain/catalog/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { assertCenterInScope, diffFields, type Who } from '../org/index.ts';
import { audit, guideOf, manageableItem, resolveDepartments, versionFor } from './catalog.access.ts';
import { findDraft, materialsOf, nextVersionNo, versionsOf } from './catalog.queries.ts';
import { catalogItems, catalogMaterials, catalogVersions } from './catalog.schema.ts';
import type { CreateItemInput, ItemPatch } from './catalog.types.ts';
import { copyFiles } from './files.queries.ts';

export async function createItem(db: Db, who: Who, input: CreateItemInput) {
  return db.transaction(async (tx) => {
    const center = await assertCenterInScope(tx, who.actor, input.centerId);
    if (!center.active) throw new DomainError('INACTIVE_REFERENCE', { centerId: center.id });
    const guide = await resolveDepartments(tx, center.id, input.guide);
    const itemId = newId();
    const versionId = newId();
    const [item] = await tx
      .insert(catalogItems)
      .values({ id: itemId, centerId: center.id, basicCode: input.basicCode, localCode: input.localCode ?? null })
      .returning();
    const [version] = await tx
      .insert(catalogVersions)
      .values({ ...guideDefaults, ...guide, id: versionId, itemId, versionNo: 1, state: 'draft', createdBy: who.actor.staffId })
      .returning();
    const materials = (input.materials ?? []).map((m, i) => ({ ...materialDefaults, ...m, id: newId(), versionId, seq: i + 1 }));
    if (materials.length) await tx.insert(catalogMaterials).values(materials);
    await audit(tx, who, 'catalog.item.create', 'catalogItem', itemId, center.id, { basicCode: input.basicCode, name: guide.name, versionId, materials: materials.length });
    return { item: item!, version: version!, materials };
  });
}

/** Codes of the item itself; the 实施编码 of a published version keeps the code it was published with. */
export async function updateItem(db: Db, who: Who, itemId: string, patch: ItemPatch) {
  return db.transaction(async (tx) => {
    const before = await manageableItem(tx, who.actor, itemId);
    const [row] = await tx
      .update(catalogItems)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(catalogItems.id, itemId))
      .returning();
    await audit(tx, who, 'catalog.item.update', 'catalogItem', itemId, before.centerId, diffFields(before, patch));
    return row!;
  });
}

export async function updateDraft(db: Db, who: Who, versionId: string, patch: GuidePatch) {
  return db.transaction(async (tx) => {
    const { item, version } = await versionFor(tx, who.actor, versionId, 'edit');
    const resolved = await resolveDepartments(tx, item.centerId, patch, version);
    const [row] = await tx
      .update(catalogVersions)
      .set({ ...resolved, updatedAt: new Date() })
      .where(eq(catalogVersions.id, versionId))
      .returning();
    await audit(tx, who, 'catalog.version.update', 'catalogVersion', versionId, item.centerId, { itemId: item.id, changes: diffFields(guideOf(version), resolved) });
    return row!;
  });
}

/**
 * Editing a published item: copy its newest version (the published one, or the last retired
 * one to revive an item) into a new draft. The published version stays as it is until the
 * draft is published.
 */
export async function newDraft(db: Db, who: Who, itemId: string) {
  return db.transaction(async (tx) => {
    const item = await manageableItem(tx, who.actor, itemId);
    const existing = await findDraft(tx, itemId);
    if (existing) throw new DomainError('CATALOG_DRAFT_EXISTS', { versionId: existing.id });
    const [source] = await versionsOf(tx, itemId).limit(1);
    if (!source) throw new DomainError('NOT_FOUND', { object: 'catalogVersion', itemId });
    const versionId = newId();
    const versionNo = await nextVersionNo(tx, itemId);
    const [version] = await tx
      .insert(catalogVersions)
      .values({ ...guideOf(source), id: versionId, itemId, versionNo, state: 'draft', createdBy: who.actor.staffId })
      .returning();
    const materials = (await materialsOf(tx, source.id)).map((m) => ({ ...m, id: newId(), versionId }));
    if (materials.length) await tx.insert(catalogMaterials).values(materials);
    await copyFiles(tx, source.id, versionId);
    await audit(tx, who, 'catalog.version.draft', 'catalogVersion', versionId, item.centerId, { itemId, fromVersionId: source.id, fromVersionNo: source.versionNo, versionNo });
    return { version: version!, materials };
  });
}
