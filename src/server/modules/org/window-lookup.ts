import { asc, eq, getViewSelectedFields, inArray, sql } from 'drizzle-orm';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { centers, staff, windowAtPost, windows } from './org.schema.ts';

// Reads other modules (the hall queue) need about windows and the people at them.

export interface WindowAtPost {
  id: string;
  centerId: string;
  number: string;
  name: string;
  active: boolean;
  servingPost: 'A' | 'B';
  /** The staff member holding the post that serves now (A, or B while A is away). */
  servingStaffId: string | null;
  /** The window's center path, for the scope check without another query. */
  centerPath: string;
}

export async function findWindowAtPost(db: Db, windowId: string): Promise<WindowAtPost | undefined> {
  const { windowId: id, ...rest } = getViewSelectedFields(windowAtPost);
  const [row] = await db
    .select({ id, ...rest })
    .from(windowAtPost)
    .where(eq(windowAtPost.windowId, windowId))
    .limit(1);
  return row;
}

/** The center-scope rule of org.scope.ts, applied to a window read with its center path. */
export function assertWindowInScope(actor: Actor, w: WindowAtPost): void {
  if (!w.centerPath.startsWith(actor.centerPath)) throw new DomainError('OUT_OF_SCOPE');
}

/** Every window of one center, in the order a display lists them (1, 2, … 10). */
export function listCenterWindows(db: Db, centerId: string): Promise<{ id: string; number: string; name: string; active: boolean }[]> {
  return db
    .select({ id: windows.id, number: windows.number, name: windows.name, active: windows.active })
    .from(windows)
    .where(eq(windows.centerId, centerId))
    .orderBy(sql`length(${windows.number})`, asc(windows.number));
}

export async function staffNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: staff.id, name: staff.name })
    .from(staff)
    .where(inArray(staff.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A center as public screens name it (display header, kiosk title); no scope: hall screens are public. */
export async function findPublicCenter(
  db: Db,
  id: string,
): Promise<{ id: string; name: string; active: boolean; regionCode: string; openingHours: string | null } | undefined> {
  const [row] = await db
    .select({ id: centers.id, name: centers.name, active: centers.active, regionCode: centers.regionCode, openingHours: centers.openingHours })
    .from(centers)
    .where(eq(centers.id, id))
    .limit(1);
  return row;
}

/** Active centers for the hall devices' first-run picker (kiosk, display): names only, in tree order. */
export function listPublicCenters(db: Db): Promise<{ id: string; name: string; level: (typeof centers.$inferSelect)['level'] }[]> {
  return db
    .select({ id: centers.id, name: centers.name, level: centers.level })
    .from(centers)
    .where(eq(centers.active, true))
    .orderBy(asc(centers.path));
}
