// Loading catalog rows for a use case: existence, center scope, version state, and the
// department references of a guide. Every write goes through these before it changes anything.
import { canDo, guideFields, type Guide, type GuidePatch, type VersionAction } from '../../../domain/catalog/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { auditAs } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { assertCenterInScope, findCenter, findDepartment, type Who } from '../org/index.ts';
import { findItem, findVersion, isVisibleTo, type ItemRow, type VersionRow } from './catalog.queries.ts';

export function audit(tx: Db, who: Who, action: string, objectType: string, objectId: string, centerId: string | null, summary: unknown) {
  return auditAs(tx, who, { centerId, action, objectType, objectId, summary });
}

/** An item the actor may change: it belongs to a center in their scope (delegated ones do not). */
export async function manageableItem(tx: Db, actor: Actor, itemId: string, forUpdate = true): Promise<ItemRow> {
  const item = await findItem(tx, itemId, forUpdate);
  if (!item) throw new DomainError('NOT_FOUND', { object: 'catalogItem', id: itemId });
  await assertCenterInScope(tx, actor, item.centerId);
  return item;
}

export async function readableItem(db: Db, actor: Actor, itemId: string): Promise<ItemRow> {
  const item = await findItem(db, itemId);
  if (!item) throw new DomainError('NOT_FOUND', { object: 'catalogItem', id: itemId });
  if (!(await isVisibleTo(db, actor, itemId))) throw new DomainError('OUT_OF_SCOPE');
  return item;
}

/** A version, its item locked for the change, and the action checked against the state machine. */
export async function versionFor(tx: Db, actor: Actor, versionId: string, action: VersionAction): Promise<{ item: ItemRow; version: VersionRow }> {
  const version = await findVersion(tx, versionId);
  if (!version) throw new DomainError('NOT_FOUND', { object: 'catalogVersion', id: versionId });
  const item = await manageableItem(tx, actor, version.itemId);
  if (!canDo(version.state, action)) throw new DomainError('CATALOG_VERSION_STATE', { state: version.state, action });
  return { item, version };
}

/** A department a guide may name: active, of the item's center or a center above it. */
async function usableDepartment(tx: Db, id: string, itemCenterPath: string) {
  const dep = await findDepartment(tx, id);
  if (!dep) throw new DomainError('NOT_FOUND', { object: 'department', id });
  if (!dep.active) throw new DomainError('INACTIVE_REFERENCE', { departmentId: id });
  const center = await findCenter(tx, dep.centerId);
  if (!center || !itemCenterPath.startsWith(center.path)) throw new DomainError('OUT_OF_SCOPE', { departmentId: id });
  return dep;
}

/**
 * Check the departments a guide refers to and fill what follows from them: the implementing
 * body's name and USCC come from its department unless given, joint departments get names.
 */
export async function resolveDepartments<T extends GuidePatch>(tx: Db, itemCenterId: string, guide: T, before?: Pick<Guide, 'departmentId'>): Promise<T> {
  const center = await findCenter(tx, itemCenterId);
  if (!center) throw new DomainError('NOT_FOUND', { object: 'center', id: itemCenterId });
  const out = { ...guide };
  if (guide.departmentId && guide.departmentId !== before?.departmentId) {
    const dep = await usableDepartment(tx, guide.departmentId, center.path);
    if (guide.implementingBody === undefined || guide.implementingBody === '') out.implementingBody = dep.name;
    if (guide.implementingBodyUscc === undefined || guide.implementingBodyUscc === '') out.implementingBodyUscc = dep.uscc;
  }
  if (guide.leadDepartmentId) await usableDepartment(tx, guide.leadDepartmentId, center.path);
  if (guide.jointDepartments) {
    out.jointDepartments = [];
    for (const j of guide.jointDepartments) {
      const dep = j.departmentId ? await usableDepartment(tx, j.departmentId, center.path) : undefined;
      out.jointDepartments.push({ departmentId: j.departmentId, name: j.name || dep?.name || '' });
    }
  }
  return out;
}

/** The guide part of a version row. */
export function guideOf(row: VersionRow): Guide {
  return Object.fromEntries(guideFields.map((f) => [f, row[f]])) as Guide;
}
