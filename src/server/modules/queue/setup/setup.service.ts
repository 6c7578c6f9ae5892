import { DomainError } from '../../../../domain/errors/index.ts';
import { categoryProblems } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { newId } from '../../../platform/ids.ts';
import { assertCenterInScope, diffFields, findWindowAtPost, type Who } from '../../org/index.ts';
import * as q from './category.queries.ts';
import { auditQueue, publishQueueEvent } from '../live/events.ts';
import { forgetSettings } from './settings.cache.ts';
import type { CategoryInput, CategoryPatch, SettingsInput } from '../queue.types.ts';

// The console's side of the hall (queue.manage): categories, which window calls which, and
// the hall's settings. Each write is scoped to the manager's centers and audited.

function assertRules(c: q.CategoryRow | (CategoryInput & { active?: boolean })) {
  const problems = categoryProblems(c);
  if (problems.length) throw new DomainError('QUEUE_INVALID_CATEGORY', { problems });
}

export async function createCategory(db: Db, who: Who, input: CategoryInput) {
  return db.transaction(async (tx) => {
    const center = await assertCenterInScope(tx, who.actor, input.centerId);
    if (!center.active) throw new DomainError('INACTIVE_REFERENCE', { centerId: center.id });
    assertRules(input);
    const row = await q.insertCategory(tx, { ...input, icon: input.icon ?? null, id: newId() });
    await auditQueue(tx, who, 'queue.category.create', 'ticketCategory', row.id, row.centerId, {
      prefix: row.prefix,
      name: row.name,
      range: [row.rangeStart, row.rangeEnd],
      dailyQuota: row.dailyQuota,
      openingHours: row.openingHours,
      restDayHours: row.restDayHours,
      summerHours: row.summerHours,
    });
    await boardsChanged(tx, row.centerId, null);
    return row;
  });
}

async function categoryInScope(tx: Db, who: Who, id: string) {
  const row = await q.findCategory(tx, id);
  if (!row) throw new DomainError('NOT_FOUND', { object: 'ticketCategory', id });
  await assertCenterInScope(tx, who.actor, row.centerId);
  return row;
}

/**
 * The hall's screens show categories, the windows' categories and (by setting) clerks' names:
 * after such a change every screen of the hall gets a fresh board, as after a call.
 */
function boardsChanged(tx: Db, centerId: string, windowId: string | null) {
  return publishQueueEvent(tx, { centerId, ticketId: null, windowId, action: 'setup' });
}

/** Range and quota are checked on the merged result: a patch of one end alone can break the pair. */
export async function updateCategory(db: Db, who: Who, id: string, patch: CategoryPatch) {
  return db.transaction(async (tx) => {
    const before = await categoryInScope(tx, who, id);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    assertRules({ ...before, ...defined });
    const row = await q.updateCategory(tx, id, defined);
    const action =
      patch.active === undefined ? 'queue.category.update' : patch.active ? 'queue.category.activate' : 'queue.category.deactivate';
    await auditQueue(tx, who, action, 'ticketCategory', id, row.centerId, diffFields(before, defined));
    await boardsChanged(tx, row.centerId, null);
    return row;
  });
}

export async function listCategoriesInScope(db: Db, who: Who, centerId: string, includeInactive: boolean) {
  await assertCenterInScope(db, who.actor, centerId);
  return q.listCategories(db, centerId, includeInactive);
}

/** Replaces the categories a window calls from; every one must belong to the window's own hall. */
export async function setWindowCategories(db: Db, who: Who, windowId: string, categoryIds: readonly string[]) {
  return db.transaction(async (tx) => {
    const window = await findWindowAtPost(tx, windowId);
    if (!window) throw new DomainError('NOT_FOUND', { object: 'window', id: windowId });
    await assertCenterInScope(tx, who.actor, window.centerId);
    const ids = [...new Set(categoryIds)];
    const found = await q.categoriesOfCenter(tx, window.centerId, ids);
    if (found.length !== ids.length)
      throw new DomainError('NOT_FOUND', { object: 'ticketCategory', missing: ids.filter((i) => !found.some((f) => f.id === i)) });
    const before = await q.windowCategoryIds(tx, windowId);
    await q.replaceWindowCategories(tx, windowId, ids);
    await auditQueue(tx, who, 'queue.window.categories', 'window', windowId, window.centerId, { categoryIds: [before, ids] });
    await boardsChanged(tx, window.centerId, windowId);
    return { windowId, categoryIds: ids };
  });
}

export async function windowMapping(db: Db, who: Who, centerId: string) {
  await assertCenterInScope(db, who.actor, centerId);
  return q.listWindowCategories(db, centerId);
}

export async function getSettings(db: Db, who: Who, centerId: string) {
  await assertCenterInScope(db, who.actor, centerId);
  return q.findSettings(db, centerId);
}

export async function updateSettings(db: Db, who: Who, centerId: string, input: SettingsInput) {
  const saved = await db.transaction(async (tx) => {
    await assertCenterInScope(tx, who.actor, centerId);
    const before = await q.findSettings(tx, centerId);
    const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<q.SettingsRow>;
    const merged = { ...before, ...defined, centerId };
    await q.upsertSettings(tx, { ...merged, updatedBy: who.actor.username });
    await auditQueue(tx, who, 'queue.settings.update', 'center', centerId, centerId, diffFields(before, defined));
    await boardsChanged(tx, centerId, null);
    return merged;
  });
  forgetSettings(centerId);
  return saved;
}
