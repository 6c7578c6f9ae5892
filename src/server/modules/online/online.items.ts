// What an online application needs of its items: the published version (form, 情形 questions,
// materials), read through the catalog's public face. The case pins the version current at
// acceptance; the portal shows the one current now (a published version never changes).
import { materialsForAnswers, situationAnswerProblems } from '../../../domain/catalog/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { findItem, findPublished, materialsOf, publicBundleItemIds } from '../catalog/index.ts';
import { findCenter, type CenterRow } from '../org/index.ts';
import type { OnlineItemJson } from './online.schema.ts';

export interface ItemMaterial {
  id: string;
  name: string;
  required: boolean;
  originals: number;
  copies: number;
  fillGuide: string;
  notes: string;
}

export interface ItemDef {
  itemId: string;
  itemName: string;
  versionId: string;
  owner: CenterRow;
  formSchema: Record<string, unknown> | null;
  situations: NonNullable<Awaited<ReturnType<typeof findPublished>>>['situations'];
  materials: ItemMaterial[];
}

/** The item's published version, or 422 ONLINE_ITEM_NOT_AVAILABLE. */
export async function itemDef(db: Db, itemId: string): Promise<ItemDef> {
  const row = await findItem(db, itemId);
  const version = row?.active ? await findPublished(db, itemId) : undefined;
  const owner = row ? await findCenter(db, row.centerId) : undefined;
  if (!row || !version || !owner) throw new DomainError('ONLINE_ITEM_NOT_AVAILABLE', { itemId });
  const materials = (await materialsOf(db, version.id)).map((m) => ({
    id: m.id,
    name: m.name,
    required: m.required,
    originals: m.originals,
    copies: m.copies,
    fillGuide: m.fillGuide,
    notes: m.notes,
  }));
  return {
    itemId,
    itemName: version.name,
    versionId: version.id,
    owner,
    formSchema: version.formSchema ?? null,
    situations: version.situations ?? [],
    materials,
  };
}

export async function itemDefs(db: Db, items: readonly { itemId: string }[]): Promise<ItemDef[]> {
  return Promise.all(items.map((i) => itemDef(db, i.itemId)));
}

/** Materials asked for after the answers, and those the answers removed (id → why). */
export function tailor(def: ItemDef, answers: Record<string, string>) {
  const t = materialsForAnswers({ situations: def.situations, materials: def.materials }, answers);
  return { asked: t.materials, dropped: new Map(t.dropped.map((d) => [d.material.id, d.because])) };
}

/** Answers must name the version's questions and options (422 otherwise). */
export function checkAnswers(def: ItemDef, answers: Record<string, string>): void {
  const problems = situationAnswerProblems(def.situations, answers);
  if (problems.length) throw new DomainError('VALIDATION_FAILED', { itemId: def.itemId, problems: problems.map((p) => p.message) });
}

/**
 * The center that pre-reviews: the one asked for (at or below every item's owning center), else
 * the deepest owning center, which must lie below the others (one center for one application).
 */
export async function reviewingCenter(db: Db, defs: readonly ItemDef[], centerId?: string): Promise<CenterRow> {
  const owners = defs.map((d) => d.owner);
  const center = centerId ? await findCenter(db, centerId) : [...owners].sort((a, b) => b.path.length - a.path.length)[0];
  if (!center || !center.active) throw new DomainError('NOT_FOUND', { object: 'center', id: centerId ?? '' });
  if (!owners.every((o) => center.path.startsWith(o.path))) throw new DomainError('ONLINE_CENTER_MISMATCH');
  return center;
}

/**
 * An application naming a 一件事 bundle is for exactly the bundle's published items, in its
 * order (decision 0048): the apply screen draws the bundle's one form from them. Answers the
 * item ids in the bundle's order; 404 for a bundle the public cannot see, 422 for other items.
 */
export async function bundleItems(db: Db, bundleId: string, itemIds: readonly string[]): Promise<string[]> {
  const ids = await publicBundleItemIds(db, bundleId);
  if (!ids) throw new DomainError('NOT_FOUND', { object: 'catalogBundle', id: bundleId });
  const asked = new Set(itemIds);
  if (ids.length !== asked.size || ids.some((id) => !asked.has(id))) throw new DomainError('ONLINE_BUNDLE_MISMATCH', { bundleId, itemIds: ids });
  return ids;
}

export function emptyItems(defs: readonly ItemDef[]): OnlineItemJson[] {
  return defs.map((d) => ({ itemId: d.itemId, itemName: d.itemName, situationAnswers: {}, formData: {} }));
}

export const itemNamesOf = (row: { items: readonly { itemName: string }[] }) => row.items.map((i) => i.itemName).join('、');
