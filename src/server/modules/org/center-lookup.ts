import { eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { centers, departments, regions } from './org.schema.ts';

// Reads other modules (the catalog) need about centers and departments. Where their SQL must
// name a center inside one statement, org hands them a fragment instead of its table.

export type CenterRow = typeof centers.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;

export async function findCenter(db: Db, id: string): Promise<CenterRow | undefined> {
  const [row] = await db.select().from(centers).where(eq(centers.id, id)).limit(1);
  return row;
}

export async function findDepartment(db: Db, id: string): Promise<DepartmentRow | undefined> {
  const [row] = await db.select().from(departments).where(eq(departments.id, id)).limit(1);
  return row;
}

/** A region's name by its code ('' when unknown): notices name the place. */
export async function regionNameOf(db: Db, code: string): Promise<string> {
  const [row] = await db.select({ name: regions.name }).from(regions).where(eq(regions.code, code)).limit(1);
  return row?.name ?? '';
}

/** Centers by id (missing ids are left out). */
export async function centersById(db: Db, ids: readonly string[]): Promise<Map<string, CenterRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(centers).where(inArray(centers.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function departmentNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The actor's centers, the centers below them and the centers above (whose items may be delegated down). */
const around = (actor: Actor) => or(sql`${centers.path} LIKE ${`${actor.centerPath}%`}`, sql`${actor.centerPath} LIKE ${centers.path} || '%'`);

export function centersAround(db: Db, actor: Actor) {
  return db
    .select({ id: centers.id, code: centers.code, name: centers.name, path: centers.path, active: centers.active })
    .from(centers)
    .where(around(actor));
}

export function departmentsAround(db: Db, actor: Actor) {
  return db
    .select({ id: departments.id, name: departments.name, uscc: departments.uscc, active: departments.active, centerPath: centers.path })
    .from(departments)
    .innerJoin(centers, eq(centers.id, departments.centerId))
    .where(around(actor));
}

/** SQL subquery: the ids of the centers in the actor's scope (its center and those below). */
export function centerIdsInScope(actor: Actor): SQL {
  return sql`SELECT ${centers.id} FROM ${centers} WHERE ${centers.path} LIKE ${`${actor.centerPath}%`}`;
}

/** SQL expression: the path of the center whose id is in `column` (for ordering another module's rows). */
export function centerPathOf(column: AnyPgColumn): SQL<string> {
  return sql<string>`(SELECT ${centers.path} FROM ${centers} WHERE ${centers.id} = ${column})`;
}

/** SQL expression: the code of the center whose id is in `column`. */
export function centerCodeOf(column: AnyPgColumn): SQL<string> {
  return sql<string>`(SELECT ${centers.code} FROM ${centers} WHERE ${centers.id} = ${column})`;
}
