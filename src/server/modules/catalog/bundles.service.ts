// 一件事 bundles (decision 0048): the console's use cases (create, change, publish, delete;
// each one transaction with its audit row) and the reads of the console and the online hall.
import { eq } from 'drizzle-orm';
import { BUNDLE_MIN_ITEMS, mergeBundleForms, mergeBundleMaterials, type BundleInput, type BundlePatch } from '../../../domain/catalog/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { assertCenterInScope, centersById, diffFields, type CenterRow, type Who } from '../org/index.ts';
import { catalogBundles } from './bundles.schema.ts';
import { bundleItems, bundlesInScope, findBundle, itemIdsOf, publishedBundles, replaceItems, type BundleItemRow, type BundleRow } from './bundles.queries.ts';
import { audit } from './catalog.access.ts';
import { materialsOf } from './catalog.queries.ts';

const itemView = (r: BundleItemRow) => ({ itemId: r.itemId, centerId: r.centerId, name: r.name, subItemName: r.subItemName, active: r.active, published: r.published });
const bundleView = ({ createdBy: _c, updatedBy: _u, ...b }: BundleRow, items: BundleItemRow[]) => ({ ...b, items: items.map(itemView) });

/** The rows of the ids, in their order (unknown ids left out). */
async function itemsInOrder(db: Db, itemIds: readonly string[]): Promise<BundleItemRow[]> {
  const found = await bundleItems(db, itemIds);
  return itemIds.flatMap((id) => found.get(id) ?? []);
}

const formOf = (name: string, items: BundleItemRow[]) => mergeBundleForms(items.map((i) => ({ itemId: i.itemId, formSchema: i.formSchema })), name);

/** Each item exists, is in use, and belongs to the bundle's center or a center above it. */
async function checkItems(tx: Db, center: CenterRow, itemIds: readonly string[]): Promise<BundleItemRow[]> {
  const items = await itemsInOrder(tx, itemIds);
  const missing = itemIds.filter((id) => !items.some((i) => i.itemId === id));
  if (missing.length) throw new DomainError('CATALOG_BUNDLE_ITEM_INVALID', { itemIds: missing, reason: 'notFound' });
  const inactive = items.filter((i) => !i.active).map((i) => i.itemId);
  if (inactive.length) throw new DomainError('CATALOG_BUNDLE_ITEM_INVALID', { itemIds: inactive, reason: 'inactive' });
  const centers = await centersById(tx, items.map((i) => i.centerId));
  const outside = items.filter((i) => !center.path.startsWith(centers.get(i.centerId)?.path ?? '\u0000')).map((i) => i.itemId);
  if (outside.length) throw new DomainError('CATALOG_BUNDLE_ITEM_INVALID', { itemIds: outside, reason: 'otherCenter' });
  return items;
}

/** What publishing needs: every item published, and one type per form field. */
function assertPublishable(name: string, items: BundleItemRow[]) {
  const unpublished = items.filter((i) => !i.published).map((i) => i.itemId);
  if (unpublished.length) throw new DomainError('CATALOG_BUNDLE_ITEM_UNPUBLISHED', { itemIds: unpublished });
  const { conflicts } = formOf(name, items);
  if (conflicts.length) throw new DomainError('CATALOG_BUNDLE_FORM_CONFLICT', { keys: conflicts.map((c) => c.key) });
}

export async function createBundle(db: Db, who: Who, input: BundleInput) {
  return db.transaction(async (tx) => {
    const center = await assertCenterInScope(tx, who.actor, input.centerId);
    if (!center.active) throw new DomainError('INACTIVE_REFERENCE', { centerId: center.id });
    const items = await checkItems(tx, center, input.itemIds);
    if (input.published) assertPublishable(input.name, items);
    const id = newId();
    const [row] = await tx
      .insert(catalogBundles)
      .values({ id, centerId: center.id, name: input.name, description: input.description, published: input.published, createdBy: who.actor.staffId, updatedBy: who.actor.staffId })
      .returning();
    await replaceItems(tx, id, input.itemIds);
    await audit(tx, who, 'catalog.bundle.create', 'catalogBundle', id, center.id, { name: input.name, itemIds: input.itemIds, published: input.published });
    return { ...bundleView(row!, items), form: formOf(row!.name, items) };
  });
}

export async function updateBundle(db: Db, who: Who, id: string, patch: BundlePatch) {
  return db.transaction(async (tx) => {
    const before = await findBundle(tx, id, true);
    if (!before) throw new DomainError('NOT_FOUND', { object: 'catalogBundle', id });
    const center = await assertCenterInScope(tx, who.actor, before.centerId);
    const beforeIds = (await itemIdsOf(tx, [id])).get(id)!;
    const itemIds = patch.itemIds ?? beforeIds;
    const items = patch.itemIds ? await checkItems(tx, center, itemIds) : await itemsInOrder(tx, itemIds);
    const name = patch.name ?? before.name;
    const published = patch.published ?? before.published;
    if (published) assertPublishable(name, items);
    const { itemIds: _i, ...fields } = patch;
    const [row] = await tx
      .update(catalogBundles)
      .set({ ...fields, updatedBy: who.actor.staffId, updatedAt: new Date() })
      .where(eq(catalogBundles.id, id))
      .returning();
    const itemsChanged = patch.itemIds !== undefined && patch.itemIds.join() !== beforeIds.join();
    if (itemsChanged) await replaceItems(tx, id, itemIds);
    const action = published === before.published ? 'catalog.bundle.update' : published ? 'catalog.bundle.publish' : 'catalog.bundle.unpublish';
    await audit(tx, who, action, 'catalogBundle', id, before.centerId, {
      changes: diffFields(before, fields),
      ...(itemsChanged ? { itemIds: { from: beforeIds, to: itemIds } } : {}),
    });
    return { ...bundleView(row!, items), form: formOf(row!.name, items) };
  });
}

/** Only an unpublished bundle may go: the online hall may have shown a published one. */
export async function deleteBundle(db: Db, who: Who, id: string) {
  return db.transaction(async (tx) => {
    const before = await findBundle(tx, id, true);
    if (!before) throw new DomainError('NOT_FOUND', { object: 'catalogBundle', id });
    await assertCenterInScope(tx, who.actor, before.centerId);
    if (before.published) throw new DomainError('CATALOG_BUNDLE_PUBLISHED', { id });
    const itemIds = (await itemIdsOf(tx, [id])).get(id)!;
    await tx.delete(catalogBundles).where(eq(catalogBundles.id, id)); // its items go with it (ON DELETE CASCADE)
    await audit(tx, who, 'catalog.bundle.delete', 'catalogBundle', id, before.centerId, { name: before.name, itemIds });
  });
}

async function withItems(db: Db, bundles: BundleRow[]) {
  const ids = await itemIdsOf(db, bundles.map((b) => b.id));
  const all = await bundleItems(db, [...new Set([...ids.values()].flat())]);
  return bundles.map((b) => ({ bundle: b, items: ids.get(b.id)!.flatMap((i) => all.get(i) ?? []) }));
}

export async function listBundles(db: Db, actor: Actor, centerId?: string) {
  const rows = await withItems(db, await bundlesInScope(db, actor, centerId));
  return { items: rows.map(({ bundle, items }) => bundleView(bundle, items)) };
}

export async function getBundle(db: Db, actor: Actor, id: string) {
  const bundle = await findBundle(db, id);
  if (!bundle) throw new DomainError('NOT_FOUND', { object: 'catalogBundle', id });
  await assertCenterInScope(db, actor, bundle.centerId);
  const items = (await withItems(db, [bundle]))[0]!.items;
  return { ...bundleView(bundle, items), form: formOf(bundle.name, items) };
}

/**
 * The online hall sees published bundles with their published items; an item retired since
 * drops out, and a bundle left with fewer than two items is not shown.
 */
async function publicRows(db: Db, bundles: BundleRow[]) {
  return (await withItems(db, bundles))
    .map(({ bundle, items }) => ({ bundle, items: items.filter((i) => i.published) }))
    .filter(({ items }) => items.length >= BUNDLE_MIN_ITEMS);
}

const publicSummary = (b: BundleRow) => ({ id: b.id, centerId: b.centerId, name: b.name, description: b.description });

export async function listPublicBundles(db: Db, centerId?: string) {
  const rows = await publicRows(db, await publishedBundles(db, centerId));
  return { items: rows.map(({ bundle, items }) => ({ ...publicSummary(bundle), items: items.map((i) => ({ itemId: i.itemId, name: i.name })) })) };
}

/** A published bundle's items as the public sees them, in order; undefined when the public cannot see it. */
export async function publicBundleItemIds(db: Db, id: string): Promise<string[] | undefined> {
  const bundle = await findBundle(db, id);
  const [row] = bundle?.published ? await publicRows(db, [bundle]) : [];
  return row?.items.map((i) => i.itemId);
}

export async function getPublicBundle(db: Db, id: string) {
  const bundle = await findBundle(db, id);
  const [row] = bundle?.published ? await publicRows(db, [bundle]) : [];
  if (!row) throw new DomainError('NOT_FOUND', { object: 'catalogBundle', id });
  const materials = await Promise.all(row.items.map(async (i) => ({ itemId: i.itemId, materials: (await materialsOf(db, i.versionId)).map(({ id: _i, versionId: _v, seq: _s, ...m }) => m) })));
  return {
    ...publicSummary(row.bundle),
    items: row.items.map(({ itemId, name, subItemName, implementingBody, caseType, promisedLimit, online, visits }) => ({ itemId, name, subItemName, implementingBody, caseType, promisedLimit, online, visits })),
    materials: mergeBundleMaterials(materials),
    form: formOf(row.bundle.name, row.items),
  };
}
