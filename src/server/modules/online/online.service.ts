// 网上申报 drafts (issue #19, decision 0043): made by the applicant's account, saved on the server
// and continued on another device (the version says which device saved last: a save from an
// older read is refused with 409 ONLINE_STALE_VERSION), deleted while still a draft. Status
// changes go through the one write path (online.write.ts).
import type { OnlineApplicationCreateData, OnlineDraftSaveData } from '../../../contract/online.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { editableOnlineStatuses } from '../../../domain/online/index.ts';
import type { AppContext, Citizen } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { actingAs, type SubjectRef } from '../citizen/index.ts';
import { assertReach, auditOnline, eventActor, type OnlineBy } from './online.actor.ts';
import { bundleItems, checkAnswers, emptyItems, itemDefs, reviewingCenter } from './online.items.ts';
import {
  appendEvent,
  applicationsOfAccount,
  findApplication,
  insertApplication,
  updateApplication,
  type ApplicationRow,
} from './online.queries.ts';
import { detailOf, summaries } from './online.views.ts';

type Who = { citizen: Citizen; ip: string };

/** One string per subject, whatever the key order the stored JSON came back in. */
const subjectKey = (s: SubjectRef) => (s.kind === 'self' ? 'self' : s.kind === 'enterprise' ? `enterprise:${s.enterpriseId}` : `mandate:${s.mandateId}`);

export async function myApplications(ctx: AppContext, citizen: Citizen) {
  return { items: await summaries(ctx, await applicationsOfAccount(ctx.db, citizen.accountId)) };
}

export async function myApplication(ctx: AppContext, citizen: Citizen, id: string) {
  const row = assertReach({ citizen, ip: '' }, await findApplication(ctx.db, id), id);
  return detailOf(ctx, row, ['applicant']);
}

/** A new draft for published items; the subject is checked now (and again at submit). */
export async function createApplication(ctx: AppContext, who: Who, body: OnlineApplicationCreateData, now = new Date()) {
  // A bundle's items go in the bundle's order, whatever order the link gave them in.
  const itemIds = body.bundleId ? await bundleItems(ctx.db, body.bundleId, body.itemIds) : body.itemIds;
  const defs = await itemDefs(
    ctx.db,
    itemIds.map((itemId) => ({ itemId })),
  );
  await actingAs(ctx.db, who.citizen, body.subject, { itemIds: body.itemIds, now });
  const center = await reviewingCenter(ctx.db, defs, body.centerId);
  const id = newId(now.getTime());
  await ctx.db.transaction(async (tx) => {
    await insertApplication(tx, {
      id,
      accountId: who.citizen.accountId,
      subject: body.subject,
      centerId: center.id,
      centerPath: center.path,
      bundleId: body.bundleId ?? null,
      items: emptyItems(defs),
      sharedFields: {},
      status: 'draft',
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await appendEvent(tx, {
      applicationId: id,
      action: 'create',
      fromStatus: null,
      toStatus: 'draft',
      ...eventActor(who),
      detail: { itemIds, bundleId: body.bundleId ?? null },
      at: now,
    });
    await auditOnline(tx, who, {
      centerId: center.id,
      action: 'online.create',
      objectId: id,
      summary: { itemIds, bundleId: body.bundleId ?? null },
    });
  });
  return myApplication(ctx, who.citizen, id);
}

/** The row locked for a change by its owner while it may still be edited, at the version the device read. */
export async function lockEditable(tx: AppContext['db'], by: OnlineBy, id: string, version?: number): Promise<ApplicationRow> {
  const row = assertReach(by, await findApplication(tx, id, { lock: true }), id);
  if (!editableOnlineStatuses.includes(row.status)) throw new DomainError('ONLINE_NOT_EDITABLE', { status: row.status });
  if (version !== undefined && version !== row.version) throw new DomainError('ONLINE_STALE_VERSION', { current: row.version });
  return row;
}

export async function saveDraft(ctx: AppContext, who: Who, id: string, body: OnlineDraftSaveData, now = new Date()) {
  await ctx.db.transaction(async (tx) => {
    const row = await lockEditable(tx, who, id, body.version);
    const given = new Map(body.items.map((i) => [i.itemId, i]));
    if (given.size !== body.items.length || given.size !== row.items.length || row.items.some((i) => !given.has(i.itemId))) {
      throw new DomainError('VALIDATION_FAILED', { field: 'items', reason: 'the items of the application cannot change' });
    }
    // Another subject (an enterprise, a mandate) is checked now, with the mandate's scope and date.
    const subject = body.subject ?? row.subject;
    const subjectChanged = subjectKey(subject) !== subjectKey(row.subject);
    if (subjectChanged) await actingAs(tx, who.citizen, subject, { itemIds: row.items.map((i) => i.itemId), now });
    const defs = await itemDefs(tx, row.items);
    const items = row.items.map((it, i) => {
      const g = given.get(it.itemId)!;
      checkAnswers(defs[i]!, g.situationAnswers);
      return { itemId: it.itemId, itemName: it.itemName, situationAnswers: g.situationAnswers, formData: g.formData };
    });
    await updateApplication(tx, id, {
      items,
      sharedFields: body.sharedFields,
      delivery: body.delivery ?? row.delivery ?? null,
      subject,
      version: row.version + 1,
      updatedAt: now,
    });
    await auditOnline(tx, who, { centerId: row.centerId, action: 'online.save', objectId: id, summary: { version: row.version + 1, ...(subjectChanged ? { subject } : {}) } });
  });
  return myApplication(ctx, who.citizen, id);
}

/** A draft (never submitted) may be deleted by its owner; it disappears from every list. */
export async function deleteDraft(ctx: AppContext, who: Who, id: string, now = new Date()) {
  await ctx.db.transaction(async (tx) => {
    const row = assertReach(who, await findApplication(tx, id, { lock: true }), id);
    if (row.status !== 'draft') throw new DomainError('ONLINE_ACTION_NOT_ALLOWED', { status: row.status, action: 'delete' });
    await updateApplication(tx, id, { deletedAt: now, updatedAt: now });
    await auditOnline(tx, who, { centerId: row.centerId, action: 'online.delete', objectId: id });
  });
}
