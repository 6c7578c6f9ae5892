import { and, eq } from 'drizzle-orm';
import { DomainError } from '../../../domain/errors/index.ts';
import { isRegionWithin, regionLevelOf } from '../../../domain/identifiers/index.ts';
import { auditAs } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { diffFields } from './changes.ts';
import { centerChildrenCount, childRegions, findById, findPost, findRegion } from './org.queries.ts';
import { assertCenterInScope } from './org.scope.ts';
import { assertRegionInScope } from './region-scope.ts';
import { centers, departments, regions, staff, windowPosts, windows } from './org.schema.ts';
import type { CenterInput, CenterPatch, DepartmentInput, DepartmentPatch, PostAssignment, RegionInput, WindowInput, WindowPatch } from './org.types.ts';

export interface Who {
  actor: Actor;
  ip: string;
}

function audit(tx: Db, who: Who, action: string, objectType: string, objectId: string, centerId: string | null, summary: unknown) {
  return auditAs(tx, who, { centerId, action, objectType, objectId, summary });
}

// Which level may sit under which: village stations under townships, townships and branch
// halls under the county.
const allowedParents: Record<string, string[]> = { county: [], township: ['county'], village: ['township'], branch: ['county', 'township'] };
const regionDigits: Record<string, number[]> = { county: [6], township: [9], village: [12], branch: [6, 9, 12] };

export async function createRegion(db: Db, who: Who, input: RegionInput) {
  return db.transaction(async (tx) => {
    const level = regionLevelOf(input.code)!;
    // A new region lies below the actor's own; its parent, if named, is one of its ancestors there.
    await assertRegionInScope(tx, who.actor, input.code, { below: true });
    if (input.parentCode) {
      await assertRegionInScope(tx, who.actor, input.parentCode);
      if (input.parentCode === input.code || !isRegionWithin(input.code, input.parentCode)) throw new DomainError('INVALID_REGION_CODE', { parentCode: input.parentCode });
      if (!(await findRegion(tx, input.parentCode))) throw new DomainError('INVALID_REGION_CODE', { parentCode: input.parentCode });
    }
    const [row] = await tx.insert(regions).values({ ...input, level }).returning();
    await audit(tx, who, 'region.create', 'region', input.code, who.actor.centerId, input);
    return row!;
  });
}

/**
 * The checks on a center's region: inside the actor's region scope, the right number of digits
 * for the level, a known region, inside the parent center's region and around its children's.
 */
async function assertCenterRegion(tx: Db, who: Who, level: string, regionCode: string, parent: typeof centers.$inferSelect | undefined, centerId?: string) {
  await assertRegionInScope(tx, who.actor, regionCode);
  if (!regionDigits[level]!.includes(regionCode.length)) throw new DomainError('INVALID_REGION_CODE', { level });
  if (!(await findRegion(tx, regionCode))) throw new DomainError('INVALID_REGION_CODE', { missing: regionCode });
  if (parent && !isRegionWithin(regionCode, parent.regionCode)) throw new DomainError('REGION_OUTSIDE_PARENT', { regionCode, parentRegion: parent.regionCode });
  const outside = centerId ? (await childRegions(tx, centerId)).filter((r) => !isRegionWithin(r, regionCode)) : [];
  if (outside.length) throw new DomainError('REGION_OUTSIDE_PARENT', { regionCode, childRegions: outside });
}

export async function createCenter(db: Db, who: Who, input: CenterInput) {
  return db.transaction(async (tx) => {
    if (!input.parentId) throw new DomainError('INVALID_PARENT', { reason: 'parentRequired' });
    const parent = await assertCenterInScope(tx, who.actor, input.parentId);
    if (!parent.active) throw new DomainError('INACTIVE_REFERENCE', { parentId: parent.id });
    if (!allowedParents[input.level]!.includes(parent.level)) throw new DomainError('INVALID_PARENT', { level: input.level, parentLevel: parent.level });
    await assertCenterRegion(tx, who, input.level, input.regionCode, parent);
    const id = newId();
    const [row] = await tx
      .insert(centers)
      .values({ ...input, id, parentId: parent.id, path: `${parent.path}${id}/` })
      .returning();
    await audit(tx, who, 'center.create', 'center', id, id, input);
    return row!;
  });
}

export async function updateCenter(db: Db, who: Who, id: string, patch: CenterPatch) {
  return db.transaction(async (tx) => {
    const before = await assertCenterInScope(tx, who.actor, id);
    if (patch.regionCode !== undefined && patch.regionCode !== before.regionCode) {
      // The region of one's own center is the basis of one's region scope: only the level above sets it.
      if (id === who.actor.centerId) throw new DomainError('OUT_OF_SCOPE', { reason: 'ownCenterRegion' });
      const parent = before.parentId ? await findById<typeof centers.$inferSelect>(tx, centers, before.parentId) : undefined;
      await assertCenterRegion(tx, who, before.level, patch.regionCode, parent, id);
    }
    const [row] = await tx.update(centers).set({ ...patch, updatedAt: new Date() }).where(eq(centers.id, id)).returning();
    await audit(tx, who, 'center.update', 'center', id, id, diffFields(before, patch));
    return row!;
  });
}

export async function setCenterActive(db: Db, who: Who, id: string, active: boolean) {
  return db.transaction(async (tx) => {
    const before = await assertCenterInScope(tx, who.actor, id);
    if (id === who.actor.centerId && !active) throw new DomainError('FORBIDDEN', { reason: 'ownCenter' });
    if (!active && (await centerChildrenCount(tx, id)) > 0) throw new DomainError('CONFLICT', { reason: 'activeChildren' });
    const [row] = await tx.update(centers).set({ active, updatedAt: new Date() }).where(eq(centers.id, id)).returning();
    await audit(tx, who, active ? 'center.activate' : 'center.deactivate', 'center', id, id, { active: [before.active, active] });
    return row!;
  });
}

export async function createDepartment(db: Db, who: Who, input: DepartmentInput) {
  return db.transaction(async (tx) => {
    const center = await assertCenterInScope(tx, who.actor, input.centerId);
    if (!center.active) throw new DomainError('INACTIVE_REFERENCE', { centerId: center.id });
    const id = newId();
    const [row] = await tx.insert(departments).values({ ...input, id }).returning();
    await audit(tx, who, 'department.create', 'department', id, center.id, input);
    return row!;
  });
}

async function getDepartmentInScope(tx: Db, who: Who, id: string) {
  const dep = await findById<typeof departments.$inferSelect>(tx, departments, id);
  if (!dep) throw new DomainError('NOT_FOUND', { object: 'department', id });
  await assertCenterInScope(tx, who.actor, dep.centerId);
  return dep;
}

export async function updateDepartment(db: Db, who: Who, id: string, patch: DepartmentPatch & { active?: boolean }) {
  return db.transaction(async (tx) => {
    const before = await getDepartmentInScope(tx, who, id);
    const [row] = await tx.update(departments).set({ ...patch, updatedAt: new Date() }).where(eq(departments.id, id)).returning();
    await audit(tx, who, patch.active === undefined ? 'department.update' : patch.active ? 'department.activate' : 'department.deactivate', 'department', id, before.centerId, diffFields(before, patch));
    return row!;
  });
}

async function assertDepartmentOfCenter(tx: Db, departmentId: string | null | undefined, centerPath: string) {
  if (!departmentId) return;
  const dep = await findById<typeof departments.$inferSelect>(tx, departments, departmentId);
  if (!dep) throw new DomainError('NOT_FOUND', { object: 'department', id: departmentId });
  if (!dep.active) throw new DomainError('INACTIVE_REFERENCE', { departmentId });
  const depCenter = await findById<typeof centers.$inferSelect>(tx, centers, dep.centerId);
  // A window may serve a department of its own center or of a center above it (the county
  // department posts staff to a township hall).
  if (!depCenter || !centerPath.startsWith(depCenter.path)) throw new DomainError('OUT_OF_SCOPE', { departmentId });
}

export async function createWindow(db: Db, who: Who, input: WindowInput) {
  return db.transaction(async (tx) => {
    const center = await assertCenterInScope(tx, who.actor, input.centerId);
    if (!center.active) throw new DomainError('INACTIVE_REFERENCE', { centerId: center.id });
    await assertDepartmentOfCenter(tx, input.departmentId, center.path);
    const id = newId();
    const [row] = await tx.insert(windows).values({ ...input, id }).returning();
    await audit(tx, who, 'window.create', 'window', id, center.id, input);
    return row!;
  });
}

async function getWindowInScope(tx: Db, who: Who, id: string) {
  const w = await findById<typeof windows.$inferSelect>(tx, windows, id);
  if (!w) throw new DomainError('NOT_FOUND', { object: 'window', id });
  const center = await assertCenterInScope(tx, who.actor, w.centerId);
  return { window: w, center };
}

export async function updateWindow(db: Db, who: Who, id: string, patch: WindowPatch & { active?: boolean; servingPost?: 'A' | 'B' }) {
  return db.transaction(async (tx) => {
    const { window: before, center } = await getWindowInScope(tx, who, id);
    // Only a staffed post can take over the window (checked after scope: no hints about other centers).
    if (patch.servingPost && !(await findPost(tx, id, patch.servingPost))) throw new DomainError('NOT_FOUND', { object: 'post', post: patch.servingPost });
    await assertDepartmentOfCenter(tx, patch.departmentId, center.path);
    const [row] = await tx.update(windows).set({ ...patch, updatedAt: new Date() }).where(eq(windows.id, id)).returning();
    const action = patch.servingPost ? 'window.serving-post' : patch.active === undefined ? 'window.update' : patch.active ? 'window.activate' : 'window.deactivate';
    await audit(tx, who, action, 'window', id, before.centerId, diffFields(before, patch));
    return row!;
  });
}

export async function assignPost(db: Db, who: Who, windowId: string, input: PostAssignment) {
  return db.transaction(async (tx) => {
    const { window: w, center } = await getWindowInScope(tx, who, windowId);
    const person = await findById<typeof staff.$inferSelect>(tx, staff, input.staffId);
    if (!person) throw new DomainError('NOT_FOUND', { object: 'staff', id: input.staffId });
    if (!person.active) throw new DomainError('INACTIVE_REFERENCE', { staffId: person.id });
    const home = await findById<typeof centers.$inferSelect>(tx, centers, person.centerId);
    if (!home || !(center.path.startsWith(home.path) || home.path.startsWith(center.path))) throw new DomainError('OUT_OF_SCOPE', { staffId: person.id });
    // Lending a person across centers is decided by a manager over both: a township cannot
    // draft a county clerk onto its window (decision 0019).
    if (!home.path.startsWith(who.actor.centerPath)) throw new DomainError('OUT_OF_SCOPE', { staffId: person.id, reason: 'staffCenterOutOfScope' });
    const other = await findPost(tx, windowId, input.post === 'A' ? 'B' : 'A');
    if (other?.staffId === person.id) throw new DomainError('POST_CONFLICT', { reason: 'samePersonBothPosts' });
    const before = await findPost(tx, windowId, input.post);
    if (before) await tx.delete(windowPosts).where(and(eq(windowPosts.windowId, windowId), eq(windowPosts.post, input.post)));
    await tx.insert(windowPosts).values({ windowId, post: input.post, staffId: person.id });
    await audit(tx, who, 'window.post.assign', 'window', windowId, w.centerId, { post: input.post, staffId: [before?.staffId ?? null, person.id] });
    return { windowId, post: input.post, staffId: person.id };
  });
}

export async function releasePost(db: Db, who: Who, windowId: string, post: 'A' | 'B') {
  return db.transaction(async (tx) => {
    const { window: w } = await getWindowInScope(tx, who, windowId);
    const before = await findPost(tx, windowId, post);
    if (!before) throw new DomainError('NOT_FOUND', { object: 'post', windowId, post });
    await tx.delete(windowPosts).where(and(eq(windowPosts.windowId, windowId), eq(windowPosts.post, post)));
    await audit(tx, who, 'window.post.release', 'window', windowId, w.centerId, { post, staffId: [before.staffId, null] });
  });
}
