import { eq } from 'drizzle-orm';
import { hash } from '@node-rs/argon2';
import { adminRoles, isStrongPassword, type Role } from '../../../domain/access/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { maskMobile } from '../../../domain/identifiers/index.ts';
import { auditAs } from '../../platform/audit/audit.ts';
import { authAccount, authSession, authUser } from '../../platform/auth/auth.schema.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { diffFields } from './changes.ts';
import { findById } from './org.queries.ts';
import { assertCenterInScope } from './org.scope.ts';
import { centers, departments, staff } from './org.schema.ts';
import type { Who } from './org.service.ts';
import { deleteTwoFactor, findActorRow, findSessionActorRow, findStaff, type StaffRow } from './staff.queries.ts';
import type { StaffInput, StaffPatch } from './staff.types.ts';

function audit(tx: Db, who: Who, action: string, row: StaffRow, summary: unknown) {
  return auditAs(tx, who, { centerId: row.centerId, action, objectType: 'staff', objectId: row.id, summary });
}

/** A staff record as lists show it: the mobile number masked. */
export function publicStaff(row: StaffRow & { twoFactorEnabled?: boolean | null }) {
  const { failedSignIns: _f, ...rest } = row;
  return { ...rest, mobile: row.mobile ? maskMobile(row.mobile) : null, locked: !!row.lockedUntil && row.lockedUntil > new Date() };
}

async function getInScope(tx: Db, actor: Actor, id: string) {
  const row = await findStaff(tx, id);
  if (!row) throw new DomainError('NOT_FOUND', { object: 'staff', id });
  await assertCenterInScope(tx, actor, row.centerId);
  return row;
}

/** A staff member's department: active, of their own center or a center above it (as for windows). */
async function assertDepartment(tx: Db, departmentId: string | null | undefined, centerPath: string) {
  if (!departmentId) return;
  const dep = await findById<typeof departments.$inferSelect>(tx, departments, departmentId);
  if (!dep) throw new DomainError('NOT_FOUND', { object: 'department', id: departmentId });
  if (!dep.active) throw new DomainError('INACTIVE_REFERENCE', { departmentId });
  const depCenter = await findById<typeof centers.$inferSelect>(tx, centers, dep.centerId);
  if (!depCenter || !centerPath.startsWith(depCenter.path)) throw new DomainError('OUT_OF_SCOPE', { departmentId });
}

// 三权分立: whoever manages accounts may not hand out administrator roles; only the
// security administrator (staff.roles) grants those, and never to themself.
function assertMayGrant(actor: Actor, granted: readonly Role[], viaRoleAdmin: boolean) {
  if (!viaRoleAdmin && granted.some((r) => adminRoles.includes(r))) throw new DomainError('FORBIDDEN', { reason: 'adminRoleNeedsSecurityAdmin' });
}

export async function createStaff(db: Db, who: Who, input: StaffInput) {
  if (!isStrongPassword(input.initialPassword)) throw new DomainError('WEAK_PASSWORD');
  assertMayGrant(who.actor, input.roles, false);
  const passwordHash = await hash(input.initialPassword);
  return db.transaction(async (tx) => {
    const center = await assertCenterInScope(tx, who.actor, input.centerId);
    if (!center.active) throw new DomainError('INACTIVE_REFERENCE', { centerId: center.id });
    await assertDepartment(tx, input.departmentId, center.path);
    const row = await insertStaffAccount(tx, { ...input, passwordHash, mustChangePassword: true });
    await audit(tx, who, 'staff.create', row, { username: row.username, roles: row.roles, centerId: row.centerId });
    return publicStaff(row);
  });
}

/** The account rows better-auth reads (user + credential) and our staff row, in one transaction. */
export async function insertStaffAccount(
  tx: Db,
  input: Omit<StaffInput, 'initialPassword'> & { passwordHash: string; mustChangePassword: boolean },
): Promise<StaffRow> {
  const userId = newId();
  await tx.insert(authUser).values({
    id: userId,
    name: input.name,
    email: `${input.username}@staff.onewindow.invalid`,
    emailVerified: true,
    username: input.username,
    displayUsername: input.username,
  });
  await tx.insert(authAccount).values({ id: newId(), accountId: userId, providerId: 'credential', userId, password: input.passwordHash });
  const [row] = await tx
    .insert(staff)
    .values({
      id: newId(),
      userId,
      username: input.username,
      name: input.name,
      mobile: input.mobile ?? null,
      centerId: input.centerId,
      departmentId: input.departmentId ?? null,
      roles: input.roles,
      mustChangePassword: input.mustChangePassword,
    })
    .returning();
  return row!;
}

export async function updateStaff(db: Db, who: Who, id: string, patch: StaffPatch) {
  return db.transaction(async (tx) => {
    const before = await getInScope(tx, who.actor, id);
    const center = await assertCenterInScope(tx, who.actor, patch.centerId ?? before.centerId);
    // A move keeps the department only when it still lies on the new center's line.
    if (patch.departmentId !== undefined || patch.centerId) await assertDepartment(tx, patch.departmentId === undefined ? before.departmentId : patch.departmentId, center.path);
    const [row] = await tx.update(staff).set({ ...patch, updatedAt: new Date() }).where(eq(staff.id, id)).returning();
    if (patch.name) await tx.update(authUser).set({ name: patch.name }).where(eq(authUser.id, before.userId));
    const changes = diffFields(before, patch);
    if (changes.mobile) changes.mobile = [maskMobile(String(changes.mobile[0] ?? '')), maskMobile(String(changes.mobile[1] ?? ''))];
    await audit(tx, who, 'staff.update', before, changes);
    return publicStaff(row!);
  });
}

export async function setStaffRoles(db: Db, who: Who, id: string, roles: Role[]) {
  return db.transaction(async (tx) => {
    const before = await getInScope(tx, who.actor, id);
    if (before.id === who.actor.staffId) throw new DomainError('FORBIDDEN', { reason: 'ownRoles' });
    assertMayGrant(who.actor, roles, true);
    const [row] = await tx.update(staff).set({ roles, updatedAt: new Date() }).where(eq(staff.id, id)).returning();
    await audit(tx, who, 'staff.roles', before, { roles: [before.roles, roles] });
    return publicStaff(row!);
  });
}

export async function setStaffActive(db: Db, who: Who, id: string, active: boolean) {
  return db.transaction(async (tx) => {
    const before = await getInScope(tx, who.actor, id);
    if (before.id === who.actor.staffId) throw new DomainError('FORBIDDEN', { reason: 'ownAccount' });
    const [row] = await tx.update(staff).set({ active, updatedAt: new Date() }).where(eq(staff.id, id)).returning();
    // A deactivated account loses its sessions at once, not at their idle timeout.
    if (!active) await tx.delete(authSession).where(eq(authSession.userId, before.userId));
    await audit(tx, who, active ? 'staff.activate' : 'staff.deactivate', before, { active: [before.active, active] });
    return publicStaff(row!);
  });
}

export async function resetStaffPassword(db: Db, who: Who, id: string, temporaryPassword: string) {
  if (!isStrongPassword(temporaryPassword)) throw new DomainError('WEAK_PASSWORD');
  const passwordHash = await hash(temporaryPassword);
  return db.transaction(async (tx) => {
    const before = await getInScope(tx, who.actor, id);
    await tx.update(authAccount).set({ password: passwordHash, updatedAt: new Date() }).where(eq(authAccount.userId, before.userId));
    await tx.update(staff).set({ mustChangePassword: true, failedSignIns: 0, lockedUntil: null }).where(eq(staff.id, id));
    await tx.delete(authSession).where(eq(authSession.userId, before.userId));
    await audit(tx, who, 'staff.password-reset', before, {});
  });
}

export async function unlockStaff(db: Db, who: Who, id: string) {
  return db.transaction(async (tx) => {
    const before = await getInScope(tx, who.actor, id);
    await tx.update(staff).set({ failedSignIns: 0, lockedUntil: null }).where(eq(staff.id, id));
    await audit(tx, who, 'staff.unlock', before, { lockedUntil: [before.lockedUntil, null] });
  });
}

export async function resetStaffTwoFactor(db: Db, who: Who, id: string) {
  return db.transaction(async (tx) => {
    const before = await getInScope(tx, who.actor, id);
    await deleteTwoFactor(tx, before.userId);
    await tx.delete(authSession).where(eq(authSession.userId, before.userId));
    await audit(tx, who, 'staff.two-factor-reset', before, {});
  });
}

/** Reading a staff member's full record shows personal data: the read itself is audited. */
export async function readStaffPersonal(db: Db, who: Who, id: string) {
  return db.transaction(async (tx) => {
    const row = await getInScope(tx, who.actor, id);
    await audit(tx, who, 'staff.read-personal', row, { fields: ['mobile'] });
    const { failedSignIns: _f, ...rest } = row;
    return { ...rest, locked: !!row.lockedUntil && row.lockedUntil > new Date() };
  });
}

export async function resolveActor(db: Db, userId: string): Promise<Actor | undefined> {
  return actorOf(await findActorRow(db, userId));
}

/** The actor behind a session token and the session's expiry, in one read (the guard's fast path). */
export async function resolveSessionActor(db: Db, token: string): Promise<{ actor: Actor; expiresAt: Date } | undefined> {
  const row = await findSessionActorRow(db, token);
  const actor = actorOf(row);
  return actor && { actor, expiresAt: row!.expiresAt };
}

function actorOf(row: Awaited<ReturnType<typeof findActorRow>>): Actor | undefined {
  if (!row || !row.staff.active) return undefined;
  const s = row.staff;
  return {
    staffId: s.id,
    userId: s.userId,
    username: s.username,
    name: s.name,
    roles: s.roles as Role[],
    centerId: s.centerId,
    centerPath: row.centerPath,
    mustChangePassword: s.mustChangePassword,
    twoFactorEnabled: row.twoFactorEnabled ?? false,
  };
}
