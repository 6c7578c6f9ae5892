// 委托 / 下放: a county item handled by the township and village centers below it
// (SPEC §2). The delegation is ended, never deleted, so "who could handle this, when"
// stays answerable.
import { and, eq } from 'drizzle-orm';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { findCenter, type Who } from '../org/index.ts';
import { audit, manageableItem } from './catalog.access.ts';
import { findDelegation } from './catalog.queries.ts';
import { catalogDelegations } from './catalog.schema.ts';
import type { DelegationInput } from './catalog.types.ts';

/** Today in China (UTC+8, no daylight saving). */
function chinaToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

export async function delegateItem(db: Db, who: Who, itemId: string, input: DelegationInput) {
  return db.transaction(async (tx) => {
    const item = await manageableItem(tx, who.actor, itemId);
    const from = await findCenter(tx, item.centerId);
    const to = await findCenter(tx, input.toCenterId);
    if (!to) throw new DomainError('NOT_FOUND', { object: 'center', id: input.toCenterId });
    if (!to.active) throw new DomainError('INACTIVE_REFERENCE', { centerId: to.id });
    const below = from && to.path.startsWith(from.path) && to.id !== from.id;
    if (from?.level !== 'county' || !['township', 'village'].includes(to.level) || !below) {
      throw new DomainError('CATALOG_DELEGATION_INVALID', { fromLevel: from?.level, toLevel: to.level, below: !!below });
    }
    const [existing] = await tx
      .select()
      .from(catalogDelegations)
      .where(and(eq(catalogDelegations.itemId, itemId), eq(catalogDelegations.toCenterId, to.id), eq(catalogDelegations.active, true)))
      .limit(1);
    if (existing) throw new DomainError('DUPLICATE', { delegationId: existing.id });
    const [row] = await tx
      .insert(catalogDelegations)
      .values({ id: newId(), itemId, toCenterId: to.id, mode: input.mode, since: input.since ?? chinaToday(), createdBy: who.actor.staffId })
      .returning();
    await audit(tx, who, 'catalog.delegation.create', 'catalogItem', itemId, item.centerId, { delegationId: row!.id, toCenterId: to.id, mode: input.mode });
    return row!;
  });
}

export async function endDelegation(db: Db, who: Who, itemId: string, delegationId: string) {
  return db.transaction(async (tx) => {
    const item = await manageableItem(tx, who.actor, itemId);
    const d = await findDelegation(tx, delegationId);
    if (!d || d.itemId !== itemId) throw new DomainError('NOT_FOUND', { object: 'catalogDelegation', id: delegationId });
    if (!d.active) throw new DomainError('CONFLICT', { reason: 'alreadyEnded' });
    const now = new Date();
    const [row] = await tx.update(catalogDelegations).set({ active: false, endedAt: now, updatedAt: now }).where(eq(catalogDelegations.id, delegationId)).returning();
    await audit(tx, who, 'catalog.delegation.end', 'catalogItem', itemId, item.centerId, { delegationId, toCenterId: d.toCenterId });
    return row!;
  });
}
