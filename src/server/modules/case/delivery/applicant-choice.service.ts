// 我的办件 (issue #19, decision 0045): the applicant chooses or changes how the result comes —
// window pickup, mail (address, recipient, phone) or electronic when the item's result is a
// certificate — while the case runs or its result still waits at the center. One use case in
// one transaction through the delivery's own write path: the case row locked first, then the
// hand-out row; the choice is kept on the hand-out row with a history row ('choice.change')
// and an audit row; the window's delivery card reads it.
import { applicantMayChooseDelivery, nextDeliveryStatus, type DeliveryMethod, type DeliveryStatus } from '../../../../domain/case/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { newId } from '../../../platform/ids.ts';
import { auditCase } from '../case.actor.ts';
import { lockCase } from '../case.queries.ts';
import type { DeliveryChoiceRecord } from '../case.schema.ts';
import { applicantCase, deliveryMethodsFor, type ApplicantIdentity } from '../applicant-cases/applicant-cases.read.ts';
import { applicantBy, type ApplicantActor } from '../applicant-cases/applicant-withdraw.ts';
import { appendDeliveryEvent, lockDelivery, saveDelivery } from './delivery.queries.ts';

export interface ApplicantDeliveryChoice {
  method: Extract<DeliveryMethod, 'window' | 'mail' | 'electronic'>;
  address?: string | undefined;
  recipient?: string | undefined;
  phone?: string | undefined;
}

export async function chooseDeliveryByApplicant(db: Db, ids: readonly ApplicantIdentity[], who: ApplicantActor, caseId: string, input: ApplicantDeliveryChoice, now = new Date()): Promise<void> {
  const pre = await applicantCase(db, ids, caseId);
  const methods = await deliveryMethodsFor(db, pre);
  if (!methods.includes(input.method)) throw new DomainError('DELIVERY_ELECTRONIC_UNAVAILABLE', { method: input.method });
  const choice: DeliveryChoiceRecord =
    input.method === 'mail' ? { method: 'mail', address: input.address, recipient: input.recipient, phone: input.phone?.replace(/\s/g, '') } : { method: input.method };
  const by = applicantBy(who);
  await db.transaction(async (tx) => {
    const row = (await lockCase(tx, caseId))!;
    const current = await lockDelivery(tx, caseId);
    const status: DeliveryStatus = current?.status ?? 'at_window';
    if (!applicantMayChooseDelivery(row.state, current?.status ?? null)) throw new DomainError('DELIVERY_CHOICE_CLOSED', { state: row.state, status });
    const next = nextDeliveryStatus(status, 'choice.change', ['applicant']);
    if (!next.ok) throw new DomainError('DELIVERY_CHOICE_CLOSED', { state: row.state, status });
    const seq = (current?.rowVersion ?? 0) + 1;
    // The row's method follows the choice until the result actually leaves (the window's actions set it then).
    await saveDelivery(tx, { ...(current ?? {}), caseId, centerId: row.centerId, status: next.status, method: input.method, choice, rowVersion: seq, updatedAt: now });
    const detail = { method: input.method, ...(input.method === 'mail' ? { address: input.address ?? null, recipient: input.recipient ?? null } : {}) };
    await appendDeliveryEvent(tx, { id: newId(now.getTime()), caseId, seq, action: 'choice.change', fromStatus: status, toStatus: next.status, detail, actorId: null, actorName: 'system' in by ? by.system : '', at: now });
    await auditCase(tx, by, { centerId: row.centerId, action: 'case.delivery.choice.change', objectId: caseId, summary: { number: row.number, accountId: who.accountId, ...detail } });
  });
}
