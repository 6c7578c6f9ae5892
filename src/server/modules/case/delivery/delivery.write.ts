// THE one write path of a hand-out (decision 0038): every change of a case_delivery row goes
// through applyDelivery, inside the caller's transaction, with the case row locked first (so
// two clerks or a clerk and the cabinet never race on one result). It checks the delivery
// table, writes the row and its history, audits, queues the SMS, and, for the rows that hand
// the result over, ends the case through the case's own write path (actOnCase) in the same
// transaction: a refused conclude (e.g. a fee unpaid) rolls the hand-out back with it.
import { nextDeliveryStatus, deliveryActionLabels, methodOf, type DeliveryAction, type DeliveryActor, type DeliveryStatus } from '../../../../domain/case/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { newId } from '../../../platform/ids.ts';
import { notifyApplicant } from '../case.notify.ts';
import type { ApplicantNotice } from '../case.effect-kit.ts';
import { assertCaseInScope, auditCase, type CaseBy } from '../case.actor.ts';
import { loadPlace } from '../case.pinned.ts';
import { lockCase, type CaseRow } from '../case.queries.ts';
import { actOnCase } from '../case.write.ts';
import { appendDeliveryEvent, lockDelivery, saveDelivery, type DeliveryRow } from './delivery.queries.ts';
import type { caseDeliveries } from './delivery.schema.ts';

export interface DeliveryChange {
  action: DeliveryAction;
  /** Columns the action sets on the row (status, method and timestamps are set here). */
  set: Partial<typeof caseDeliveries.$inferInsert>;
  /** Kept in the history row and the audit summary (never a code or a full ID number). */
  detail: Record<string, unknown>;
  /** The SMS body after the standard prefix; none when the action tells the applicant nothing. */
  /** The message to the applicant (an event of src/domain/notification). */
  notify?: ApplicantNotice;
  note?: string | undefined;
}

export interface DeliveryCheck {
  caseRow: CaseRow;
  current: DeliveryRow | undefined;
  status: DeliveryStatus;
}

const decided = new Set(['decided_approved', 'decided_refused']);

/** Lock the case and its hand-out; refuse out of scope, not decided, or not in the table. */
export async function lockForDelivery(tx: Db, by: CaseBy, caseId: string, action: DeliveryAction, roles: readonly DeliveryActor[]): Promise<DeliveryCheck> {
  const caseRow = await lockCase(tx, caseId);
  if (!caseRow) throw new DomainError('CASE_NOT_FOUND', { id: caseId });
  assertCaseInScope(by, caseRow.centerPath);
  const current = await lockDelivery(tx, caseId);
  const status: DeliveryStatus = current?.status ?? 'at_window';
  // Taking a result back out of a cabinet is always possible; everything else needs a decided case.
  if (action !== 'cabinet.recall' && !decided.has(caseRow.state)) throw new DomainError('DELIVERY_CASE_NOT_READY', { state: caseRow.state });
  const next = nextDeliveryStatus(status, action, roles);
  if (!next.ok) throw new DomainError('DELIVERY_ACTION_NOT_ALLOWED', { status, action, reason: next.reason, actionLabel: deliveryActionLabels[action].zh });
  return { caseRow, current, status };
}

export async function applyDelivery(tx: Db, by: CaseBy, roles: readonly DeliveryActor[], checked: DeliveryCheck, change: DeliveryChange, opts: { publicUrl: string; now: Date }): Promise<void> {
  const { caseRow, current, status } = checked;
  const { now } = opts;
  const next = nextDeliveryStatus(status, change.action, roles);
  if (!next.ok) throw new DomainError('DELIVERY_ACTION_NOT_ALLOWED', { status, action: change.action });
  const seq = (current?.rowVersion ?? 0) + 1;
  await saveDelivery(tx, {
    ...(current ?? {}),
    caseId: caseRow.id,
    centerId: caseRow.centerId,
    method: methodOf(change.action),
    ...change.set,
    status: next.status,
    ...(next.transition.concludes ? { handedOutAt: now } : {}),
    rowVersion: seq,
    updatedAt: now,
  });
  const actor = 'system' in by ? { actorId: null, actorName: by.system } : { actorId: by.actor.staffId, actorName: by.actor.name };
  await appendDeliveryEvent(tx, { id: newId(now.getTime()), caseId: caseRow.id, seq, action: change.action, fromStatus: status, toStatus: next.status, detail: { ...change.detail, ...(change.note ? { note: change.note } : {}) }, ...actor, at: now });
  await auditCase(tx, by, { centerId: caseRow.centerId, action: `case.delivery.${change.action}`, objectId: caseRow.id, summary: { number: caseRow.number, from: status, to: next.status, ...change.detail } });
  if (change.notify) {
    const place = await loadPlace(tx, caseRow.centerId, caseRow.departmentId);
    await notifyApplicant(tx, caseRow, place.center.name, change.notify, `case-delivery:${caseRow.id}:${seq}`, now);
  }
  if (!next.transition.concludes) return;
  // The hand-out ends the case through its one write path, in this transaction. The cabinet
  // acts with no clerk present: its own row (delivery.collected) in the states table.
  const caseAction = 'system' in by ? 'delivery.collected' : 'conclude';
  const note = `${deliveryActionLabels[change.action].zh}${change.note ? `：${change.note}` : ''}`;
  await actOnCase(tx, by, caseRow.id, caseAction, { note, pickup: change.action === 'window.hand_out' }, `delivery:${caseRow.id}:${seq}`, opts);
}
