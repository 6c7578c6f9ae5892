import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { audiences, type Audience } from '../../../domain/catalog/index.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { shaped } from '../../platform/db/shaped.ts';
import { centerIdInScope, centerIdsInScope, centersById } from '../org/index.ts';
import { catalogDelegations, catalogItems, catalogMaterials, catalogVersions } from './catalog.schema.ts';
import type { ItemSearch, PortalSearch } from './catalog.types.ts';

export type ItemRow = typeof catalogItems.$inferSelect;
export type VersionRow = typeof catalogVersions.$inferSelect;
export type MaterialRow = typeof catalogMaterials.$inferSelect;
export type DelegationRow = typeof catalogDelegations.$inferSelect;

export interface Page {
  limit: number;
  offset: number;
}

export async function findItem(db: Db, id: string, forUpdate = false): Promise<ItemRow | undefined> {
  const q = db.select().from(catalogItems).where(eq(catalogItems.id, id)).limit(1);
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function findVersion(db: Db, id: string): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(catalogVersions).where(eq(catalogVersions.id, id)).limit(1);
  return row;
}

export function versionsOf(db: Db, itemId: string) {
  return db.select().from(catalogVersions).where(eq(catalogVersions.itemId, itemId)).orderBy(desc(catalogVersions.versionNo));
}

export async function findDraft(db: Db, itemId: string): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(catalogVersions)
    .where(and(eq(catalogVersions.itemId, itemId), eq(catalogVersions.state, 'draft')))
    .limit(1);
  return row;
}

export function materialsOf(db: Db, versionId: string): Promise<MaterialRow[]> {
  return db.select().from(catalogMaterials).where(eq(catalogMaterials.versionId, versionId)).orderBy(asc(catalogMaterials.seq));
}

export async function findMaterial(db: Db, id: string): Promise<MaterialRow | undefined> {
  const [row] = await db.select().from(catalogMaterials).where(eq(catalogMaterials.id, id)).limit(1);
  return row;
}

export async function nextMaterialSeq(db: Db, versionId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`coalesce(max(${catalogMaterials.seq}), 0)::int` }).from(catalogMaterials).where(eq(catalogMaterials.versionId, versionId));
  return (row?.n ?? 0) + 1;
}

export async function nextVersionNo(db: Db, itemId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`coalesce(max(${catalogVersions.versionNo}), 0)::int` }).from(catalogVersions).where(eq(catalogVersions.itemId, itemId));
  return (row?.n ?? 0) + 1;
}

/** An item's delegations, newest first, with the name and level of the center each goes to. */
export async function delegationsOf(db: Db, itemId: string) {
  const rows = await db.select().from(catalogDelegations).where(eq(catalogDelegations.itemId, itemId)).orderBy(desc(catalogDelegations.createdAt));
  const centers = await centersById(db, rows.map((d) => d.toCenterId));
  return rows.flatMap((delegation) => {
    const center = centers.get(delegation.toCenterId);
    return center ? [{ delegation, centerName: center.name, centerLevel: center.level }] : [];
  });
}

export async function findDelegation(db: Db, id: string): Promise<DelegationRow | undefined> {
  const [row] = await db.select().from(catalogDelegations).where(eq(catalogDelegations.id, id)).limit(1);
  return row;
}

/** Delegated to `centerCond`'s centers and still in force. */
function delegatedInto(centerCond: SQL): SQL {
  return sql`EXISTS (SELECT 1 FROM ${catalogDelegations} d WHERE d.item_id = ${catalogItems.id} AND d.active AND d.to_center_id IN (${centerCond}))`;
}

/** Staff see the items of the centers in their scope and the items delegated to those. */
export function visibleTo(actor: Actor): SQL {
  return sql`(${centerIdInScope(actor, catalogItems.centerId)} OR ${delegatedInto(centerIdsInScope(actor))})`;
}

/** One center's catalog: its own items plus the ones delegated to it (SPEC §2). */
export function catalogOfCenter(centerId: string): SQL {
  return sql`(${catalogItems.centerId} = ${centerId} OR ${delegatedInto(sql`${centerId}`)})`;
}

export async function isVisibleTo(db: Db, actor: Actor, itemId: string): Promise<boolean> {
  const [row] = await db.select({ id: catalogItems.id }).from(catalogItems).where(and(eq(catalogItems.id, itemId), visibleTo(actor))).limit(1);
  return !!row;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// Codes (基本编码, 实施编码) hold only these characters: other words cannot prefix one.
const CODE_CHARS = /^[0-9A-Za-z_-]+$/;

/**
 * ILIKE lower-cases every row it tests, several times the cost of LIKE over a few thousand
 * guides; a word without letters that have case (Chinese, digits) matches the same with LIKE.
 */
function matchOp(word: string): SQL {
  return word.toLowerCase() === word.toUpperCase() ? sql`LIKE` : sql`ILIKE`;
}

/** Chinese search: the name, sub-item name and keywords contain the words; codes by prefix. */
function searchConds(f: PortalSearch): SQL[] {
  const v = catalogVersions;
  const conds: SQL[] = [];
  if (f.q) {
    const words = f.q.split(/\s+/).filter(Boolean).slice(0, 5);
    for (const w of words) {
      const any = `%${escapeLike(w)}%`;
      const op = matchOp(w);
      const text = sql`${v.name} ${op} ${any} OR coalesce(${v.subItemName}, '') ${op} ${any} OR array_to_string(${v.keywords}, ' ') ${op} ${any}`;
      const prefix = `${escapeLike(w)}%`;
      conds.push(
        CODE_CHARS.test(w) ? sql`(${text} OR ${catalogItems.basicCode} ILIKE ${prefix} OR coalesce(${v.implementationCode}, '') ILIKE ${prefix})` : sql`(${text})`,
      );
    }
  }
  if (f.theme) conds.push(sql`${v.themes} @> ARRAY[${f.theme}]::text[]`); // @> can use the GIN index, = ANY cannot
  if (f.audience) {
    const objects = audiences[f.audience as Audience].objects as readonly string[];
    conds.push(sql`${v.serviceObjects} && ARRAY[${sql.join(objects.map((o) => sql`${o}`), sql`, `)}]::text[]`);
  }
  if (f.departmentId) {
    const asJoint = JSON.stringify([{ departmentId: f.departmentId }]);
    conds.push(sql`(${v.departmentId} = ${f.departmentId} OR ${v.leadDepartmentId} = ${f.departmentId} OR ${v.jointDepartments} @> ${asJoint}::jsonb)`);
  }
  if (f.caseType) conds.push(eq(v.caseType, f.caseType));
  if (f.centerId) conds.push(catalogOfCenter(f.centerId));
  return conds;
}

// Names that start with the query come first; then by name.
function rankOrder(f: PortalSearch): SQL[] {
  const first = f.q?.split(/\s+/).find(Boolean);
  const byName = sql`${catalogVersions.name}, ${catalogItems.id}`;
  return first ? [sql`(${catalogVersions.name} ${matchOp(first)} ${`${escapeLike(first)}%`}) DESC`, byName] : [byName];
}

const summary = {
  itemId: catalogItems.id,
  centerId: catalogItems.centerId,
  basicCode: catalogItems.basicCode,
  localCode: catalogItems.localCode,
  active: catalogItems.active,
  currentVersionId: catalogItems.currentVersionId,
  versionId: catalogVersions.id,
  versionNo: catalogVersions.versionNo,
  state: catalogVersions.state,
  name: catalogVersions.name,
  subItemName: catalogVersions.subItemName,
  itemType: catalogVersions.itemType,
  caseType: catalogVersions.caseType,
  departmentId: catalogVersions.departmentId,
  implementingBody: catalogVersions.implementingBody,
  implementationCode: catalogVersions.implementationCode,
  legalLimit: catalogVersions.legalLimit,
  promisedLimit: catalogVersions.promisedLimit,
  themes: catalogVersions.themes,
  serviceObjects: catalogVersions.serviceObjects,
  channels: catalogVersions.channels,
  online: catalogVersions.online,
  visits: catalogVersions.visits,
};

// One query gives a page and the total (count(*) OVER () rides on the scan the ranking needs
// anyway); only a page past the end, which has no row to carry the total, counts again.
const windowTotal = { total: sql<number>`(count(*) OVER ())::int` };
async function pageAndTotal<T extends { total: number }>(rows: T[], page: Page, count: () => Promise<{ total: number }[]>) {
  const items = rows.map(({ total: _t, ...r }) => r);
  if (rows.length || page.offset === 0) return { items, total: rows[0]?.total ?? 0 };
  const [c] = await count();
  return { items, total: c?.total ?? 0 };
}

/** Staff list: each item with its newest version (the draft when there is one). */
export async function listItems(db: Db, actor: Actor, f: ItemSearch, page: Page) {
  const latest = sql`${catalogVersions.versionNo} = (SELECT max(x.version_no) FROM ${catalogVersions} x WHERE x.item_id = ${catalogItems.id})`;
  const where = and(visibleTo(actor), ...searchConds(f), f.state ? eq(catalogVersions.state, f.state) : undefined);
  const head = and(eq(catalogVersions.itemId, catalogItems.id), latest);
  const rows = await db
    .select({ ...summary, owned: sql<boolean>`${centerIdInScope(actor, catalogItems.centerId)}`, ...windowTotal })
    .from(catalogItems)
    .innerJoin(catalogVersions, head)
    .where(where)
    .orderBy(...rankOrder(f))
    .limit(page.limit)
    .offset(page.offset);
  return pageAndTotal(rows, page, () => db.select({ total: sql<number>`count(*)::int` }).from(catalogItems).innerJoin(catalogVersions, head).where(where));
}

const publishedJoin = and(eq(catalogVersions.id, catalogItems.currentVersionId), eq(catalogVersions.state, 'published'), eq(catalogItems.active, true));

/** Public list: published versions only. */
export async function listPublished(db: Db, f: PortalSearch, page: Page) {
  const where = and(...searchConds(f));
  const { currentVersionId: _c, active: _a, state: _s, ...pub } = summary;
  const rows = await db
    .select({ ...pub, ...windowTotal })
    .from(catalogItems)
    .innerJoin(catalogVersions, publishedJoin)
    .where(where)
    .orderBy(...rankOrder(f))
    .limit(page.limit)
    .offset(page.offset);
  return pageAndTotal(rows, page, () => db.select({ total: sql<number>`count(*)::int` }).from(catalogItems).innerJoin(catalogVersions, publishedJoin).where(where));
}

export async function findPublished(db: Db, itemId: string): Promise<VersionRow | undefined> {
  const [row] = await db.select({ v: catalogVersions }).from(catalogItems).innerJoin(catalogVersions, publishedJoin).where(eq(catalogItems.id, itemId)).limit(1);
  return row?.v;
}

// Built once (decision 0053): intake reads it per item, and drizzle building two whole rows' select was most of its cost.
const itemPublishedShaped = shaped<{ item: ItemRow; version: VersionRow | null }>('catalog_item_published', (db) =>
  db.select({ item: catalogItems, version: catalogVersions }).from(catalogItems).leftJoin(catalogVersions, publishedJoin).where(eq(catalogItems.id, sql.placeholder('itemId'))).limit(1),
);

/** An item and its published version (none when it has none or is inactive), in one read: intake asks for both. */
export async function findItemPublished(db: Db, itemId: string): Promise<{ item: ItemRow; version: VersionRow | undefined } | undefined> {
  const [row] = await itemPublishedShaped(db, { itemId });
  return row ? { item: row.item, version: row.version ?? undefined } : undefined;
}

/** Published items per theme, optionally within one center's catalog. */
export async function publishedThemeCounts(db: Db, centerId?: string) {
  return db
    .select({ theme: sql<string>`t.theme`, count: sql<number>`count(*)::int` })
    .from(catalogItems)
    .innerJoin(catalogVersions, publishedJoin)
    .innerJoin(sql`unnest(${catalogVersions.themes}) AS t(theme)`, sql`true`)
    .where(centerId ? catalogOfCenter(centerId) : undefined)
    .groupBy(sql`t.theme`);
}

/** Departments that implement published items, with how many. */
export async function publishedDepartmentCounts(db: Db, centerId?: string) {
  return db
    .select({ departmentId: catalogVersions.departmentId, name: catalogVersions.implementingBody, count: sql<number>`count(*)::int` })
    .from(catalogItems)
    .innerJoin(catalogVersions, publishedJoin)
    .where(centerId ? catalogOfCenter(centerId) : undefined)
    .groupBy(catalogVersions.departmentId, catalogVersions.implementingBody)
    .orderBy(catalogVersions.implementingBody);
}
