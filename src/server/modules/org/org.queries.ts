import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { centerIdInScope, centerInScope } from './org.scope.ts';
import { centers, departments, regions, windowPosts, windows } from './org.schema.ts';
import type { ListFilter } from './org.types.ts';

export interface Page {
  limit: number;
  offset: number;
}

function activeCond(column: AnyPgColumn, active: ListFilter['active']): SQL | undefined {
  return active === 'all' ? undefined : eq(column, active === 'true');
}

async function pageQuery<T>(db: Db, table: PgTable, where: SQL | undefined, order: SQL | AnyPgColumn, page: Page) {
  const [items, [count]] = await Promise.all([
    db.select().from(table).where(where).orderBy(order).limit(page.limit).offset(page.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(table).where(where),
  ]);
  return { items: items as T[], total: count?.total ?? 0 };
}

export function listRegions(db: Db, f: ListFilter, page: Page) {
  const q = f.q ? or(ilike(regions.name, `%${f.q}%`), ilike(regions.code, `${f.q}%`)) : undefined;
  return pageQuery<typeof regions.$inferSelect>(db, regions, and(q, activeCond(regions.active, f.active)), asc(regions.code), page);
}

export function listCenters(db: Db, actor: Actor, f: ListFilter, page: Page) {
  const q = f.q ? or(ilike(centers.name, `%${f.q}%`), ilike(centers.code, `%${f.q}%`)) : undefined;
  const under = f.centerId ? sql`${centers.path} LIKE (SELECT path FROM center WHERE id = ${f.centerId}) || '%'` : undefined;
  const where = and(centerInScope(actor), q, under, activeCond(centers.active, f.active));
  return pageQuery<typeof centers.$inferSelect>(db, centers, where, asc(centers.path), page);
}

export function listDepartments(db: Db, actor: Actor, f: ListFilter, page: Page) {
  const q = f.q ? or(ilike(departments.name, `%${f.q}%`), ilike(departments.uscc, `${f.q}%`)) : undefined;
  const where = and(
    centerIdInScope(actor, departments.centerId),
    f.centerId ? eq(departments.centerId, f.centerId) : undefined,
    q,
    activeCond(departments.active, f.active),
  );
  return pageQuery<typeof departments.$inferSelect>(db, departments, where, asc(departments.name), page);
}

export async function listWindows(db: Db, actor: Actor, f: ListFilter, page: Page) {
  const q = f.q ? or(ilike(windows.name, `%${f.q}%`), eq(windows.number, f.q)) : undefined;
  const where = and(
    centerIdInScope(actor, windows.centerId),
    f.centerId ? eq(windows.centerId, f.centerId) : undefined,
    q,
    activeCond(windows.active, f.active),
  );
  const result = await pageQuery<typeof windows.$inferSelect>(db, windows, where, sql`${windows.centerId}, length(${windows.number}), ${windows.number}`, page);
  const ids = result.items.map((w) => w.id);
  const assigned = ids.length
    ? await db.select().from(windowPosts).where(sql`${windowPosts.windowId} IN ${ids}`)
    : [];
  return {
    total: result.total,
    items: result.items.map((w) => ({
      ...w,
      posts: assigned.filter((p) => p.windowId === w.id).map((p) => ({ post: p.post, staffId: p.staffId })),
    })),
  };
}

export async function findById<T>(db: Db, table: PgTable & { id: AnyPgColumn }, id: string): Promise<T | undefined> {
  const [row] = await db.select().from(table).where(eq(table.id, id)).limit(1);
  return row as T | undefined;
}

export async function findRegion(db: Db, code: string) {
  const [row] = await db.select().from(regions).where(eq(regions.code, code)).limit(1);
  return row;
}

export async function findPost(db: Db, windowId: string, post: 'A' | 'B') {
  const [row] = await db
    .select()
    .from(windowPosts)
    .where(and(eq(windowPosts.windowId, windowId), eq(windowPosts.post, post)))
    .limit(1);
  return row;
}

export async function centerChildrenCount(db: Db, centerId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(centers)
    .where(and(eq(centers.parentId, centerId), eq(centers.active, true)));
  return row?.n ?? 0;
}

/** The regions of a center's direct children (their own children lie inside them). */
export async function childRegions(db: Db, centerId: string): Promise<string[]> {
  const rows = await db.select({ regionCode: centers.regionCode }).from(centers).where(eq(centers.parentId, centerId));
  return rows.map((r) => r.regionCode);
}
