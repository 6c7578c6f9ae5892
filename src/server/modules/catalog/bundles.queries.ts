// SQL of 一件事 bundles: the bundle rows, their ordered items, and what each item shows (the
// published version when there is one, else the newest).
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { centerIdInScope } from '../org/index.ts';
import { catalogBundleItems, catalogBundles } from './bundles.schema.ts';
import { catalogItems, catalogVersions } from './catalog.schema.ts';

export type BundleRow = typeof catalogBundles.$inferSelect;

export async function findBundle(db: Db, id: string, forUpdate = false): Promise<BundleRow | undefined> {
  const q = db.select().from(catalogBundles).where(eq(catalogBundles.id, id)).limit(1);
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/** Each bundle's item ids in order. */
export async function itemIdsOf(db: Db, bundleIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(bundleIds.map((id) => [id, []]));
  if (bundleIds.length === 0) return out;
  const rows = await db
    .select({ bundleId: catalogBundleItems.bundleId, itemId: catalogBundleItems.itemId })
    .from(catalogBundleItems)
    .where(inArray(catalogBundleItems.bundleId, [...bundleIds]))
    .orderBy(catalogBundleItems.bundleId, asc(catalogBundleItems.seq));
  for (const r of rows) out.get(r.bundleId)!.push(r.itemId);
  return out;
}

export async function replaceItems(tx: Db, bundleId: string, itemIds: readonly string[]) {
  await tx.delete(catalogBundleItems).where(eq(catalogBundleItems.bundleId, bundleId));
  await tx.insert(catalogBundleItems).values(itemIds.map((itemId, i) => ({ bundleId, itemId, seq: i + 1 })));
}

/** The bundles of the centers in the actor's scope (or of one of them), by name. */
export function bundlesInScope(db: Db, actor: Actor, centerId?: string) {
  return db
    .select()
    .from(catalogBundles)
    .where(and(centerIdInScope(actor, catalogBundles.centerId), centerId ? eq(catalogBundles.centerId, centerId) : undefined))
    .orderBy(catalogBundles.name, catalogBundles.id);
}

/** Published bundles, of one center or of all. */
export function publishedBundles(db: Db, centerId?: string) {
  return db
    .select()
    .from(catalogBundles)
    .where(and(eq(catalogBundles.published, true), centerId ? eq(catalogBundles.centerId, centerId) : undefined))
    .orderBy(catalogBundles.name, catalogBundles.id);
}

// The version an item shows: the published one, else the newest (a draft of a new item).
const shownVersion: SQL = sql`coalesce(
  (SELECT p.id FROM ${catalogVersions} p WHERE p.item_id = ${catalogItems.id} AND p.state = 'published' AND p.id = ${catalogItems.currentVersionId}),
  (SELECT x.id FROM ${catalogVersions} x WHERE x.item_id = ${catalogItems.id} ORDER BY x.version_no DESC LIMIT 1))`;

export interface BundleItemRow {
  itemId: string;
  centerId: string;
  active: boolean;
  published: boolean;
  versionId: string;
  name: string;
  subItemName: string | null;
  implementingBody: string;
  caseType: (typeof catalogVersions.$inferSelect)['caseType'];
  promisedLimit: (typeof catalogVersions.$inferSelect)['promisedLimit'];
  online: boolean;
  visits: number;
  formSchema: Record<string, unknown> | null;
}

/** The items named, with what each shows; an unknown id is left out. */
export async function bundleItems(db: Db, itemIds: readonly string[]): Promise<Map<string, BundleItemRow>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .select({
      itemId: catalogItems.id,
      centerId: catalogItems.centerId,
      active: catalogItems.active,
      published: sql<boolean>`(${catalogItems.active} AND ${catalogVersions.state} = 'published')`,
      versionId: catalogVersions.id,
      name: catalogVersions.name,
      subItemName: catalogVersions.subItemName,
      implementingBody: catalogVersions.implementingBody,
      caseType: catalogVersions.caseType,
      promisedLimit: catalogVersions.promisedLimit,
      online: catalogVersions.online,
      visits: catalogVersions.visits,
      formSchema: catalogVersions.formSchema,
    })
    .from(catalogItems)
    .innerJoin(catalogVersions, eq(catalogVersions.id, shownVersion))
    .where(inArray(catalogItems.id, [...itemIds]))
    .orderBy(desc(catalogItems.id));
  return new Map(rows.map((r) => [r.itemId, r]));
}
