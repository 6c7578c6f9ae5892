import { and, arrayOverlaps, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/access/index.ts';
import { authSession, authTwoFactor, authUser } from '../../platform/auth/auth.schema.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import type { Page } from './org.queries.ts';
import { centerIdInScope } from './org.scope.ts';
import { centers, staff } from './org.schema.ts';
import type { ListFilter } from './org.types.ts';

export type StaffRow = typeof staff.$inferSelect;

export async function listStaff(db: Db, actor: Actor, f: ListFilter & { role?: string }, page: Page) {
  const where = and(
    centerIdInScope(actor, staff.centerId),
    f.centerId ? eq(staff.centerId, f.centerId) : undefined,
    f.q ? or(ilike(staff.name, `%${f.q}%`), ilike(staff.username, `%${f.q}%`)) : undefined,
    f.role ? sql`${f.role} = ANY(${staff.roles})` : undefined,
    f.active === 'all' ? undefined : eq(staff.active, f.active === 'true'),
  );
  const [items, [count]] = await Promise.all([
    db
      .select({ staff, twoFactorEnabled: authUser.twoFactorEnabled })
      .from(staff)
      .leftJoin(authUser, eq(authUser.id, staff.userId))
      .where(where)
      .orderBy(asc(staff.username))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(staff).where(where),
  ]);
  return { items: items.map((r) => ({ ...r.staff, twoFactorEnabled: r.twoFactorEnabled ?? false })), total: count?.total ?? 0 };
}

export async function findStaff(db: Db, id: string): Promise<StaffRow | undefined> {
  const [row] = await db.select().from(staff).where(eq(staff.id, id)).limit(1);
  return row;
}

/** Active staff of a department holding one of `roles` (the back office's reassignment choices). */
export function departmentStaff(db: Db, departmentId: string, roles: readonly Role[]) {
  return db
    .select({ id: staff.id, name: staff.name, roles: staff.roles, centerId: staff.centerId })
    .from(staff)
    .where(and(eq(staff.departmentId, departmentId), eq(staff.active, true), arrayOverlaps(staff.roles, [...roles])))
    .orderBy(staff.name);
}

export async function findStaffByUsername(db: Db, username: string): Promise<StaffRow | undefined> {
  const [row] = await db.select().from(staff).where(eq(staff.username, username)).limit(1);
  return row;
}

/** Everything the guard needs about the person behind a session, in one query. */
/** What an actor is made of: the staff row, its center's path, and whether TOTP is on. */
const actorColumns = { staff, centerPath: centers.path, twoFactorEnabled: authUser.twoFactorEnabled };

export async function findActorRow(db: Db, userId: string) {
  const [row] = await db
    .select(actorColumns)
    .from(staff)
    .innerJoin(centers, eq(centers.id, staff.centerId))
    .innerJoin(authUser, eq(authUser.id, staff.userId))
    .where(eq(staff.userId, userId))
    .limit(1);
  return row;
}

/** The same, found by a session token, with the session's expiry: the guard's one read per request. */
export async function findSessionActorRow(db: Db, token: string) {
  const [row] = await db
    .select({ ...actorColumns, expiresAt: authSession.expiresAt })
    .from(authSession)
    .innerJoin(authUser, eq(authUser.id, authSession.userId))
    .innerJoin(staff, eq(staff.userId, authSession.userId))
    .innerJoin(centers, eq(centers.id, staff.centerId))
    .where(eq(authSession.token, token))
    .limit(1);
  return row;
}

export async function deleteTwoFactor(db: Db, userId: string) {
  await db.delete(authTwoFactor).where(eq(authTwoFactor.userId, userId));
  await db.update(authUser).set({ twoFactorEnabled: false }).where(eq(authUser.id, userId));
}
