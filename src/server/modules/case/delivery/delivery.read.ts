// What the window sees of a hand-out: the case's delivery card (choice, status, how and when
// the result left, the history) and the pickup window's queue, within the reader's scope.
import type { DeliveryQueueData, DeliveryQueueQuery, DeliveryViewData } from '../../../../contract/delivery.ts';
import { allowedDeliveryActions, type DeliveryActor } from '../../../../domain/case/index.ts';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/types.ts';
import { assertCenterInScope } from '../../org/index.ts';
import { readableCase } from '../read/page.read.ts';
import { maskIdNumber } from '../read/mask.ts';
import type { DeliveryChoiceRecord } from '../case.schema.ts';
import { applicationOf, deliveryEvents, findDelivery, queuePage } from './delivery.queries.ts';

const choiceOf = (d: DeliveryChoiceRecord | null) => ({ method: d?.method ?? 'window', address: d?.address ?? null, recipient: d?.recipient ?? null, phone: d?.phone ?? null });

export async function deliveryView(db: Db, actor: Actor, caseId: string): Promise<DeliveryViewData> {
  const row = await readableCase(db, actor, caseId);
  const [d, application, history] = await Promise.all([findDelivery(db, caseId), applicationOf(db, row.applicationId), deliveryEvents(db, caseId)]);
  const status = d?.status ?? 'at_window';
  const ready = row.state === 'decided_approved' || row.state === 'decided_refused';
  const roles: DeliveryActor[] = actor.roles;
  const agent = application.agent;
  return {
    caseId: row.id,
    caseNumber: row.number,
    caseState: row.state,
    choice: choiceOf(d?.choice ?? application.delivery),
    status,
    method: d?.method ?? null,
    address: d?.address ?? null,
    recipient: d?.recipient ?? null,
    courier: d?.courier ?? null,
    waybill: d?.waybill ?? null,
    collector: d?.collectorName && d.collectorAs ? { name: d.collectorName, idNumber: maskIdNumber(d.collectorIdType ?? '111', d.collectorIdNumber ?? ''), as: d.collectorAs } : null,
    hasSignature: !!d?.signatureSha256,
    cabinetId: d?.cabinetId ?? null,
    door: d?.cabinetDoor ?? null,
    codeExpiresAt: status === 'in_cabinet' ? (d?.codeExpiresAt ?? null) : null,
    handedOutAt: d?.handedOutAt ?? null,
    collectors: [
      ...(row.applicantIdType === 'uscc' ? [] : [{ as: 'applicant' as const, name: row.applicantName, idNumber: maskIdNumber(row.applicantIdType, row.applicantIdNumber) }]),
      ...(agent ? [{ as: 'agent' as const, name: agent.name, idNumber: maskIdNumber(agent.idType, agent.idNumber) }] : []),
    ],
    allowedActions: ready || status === 'in_cabinet' ? allowedDeliveryActions(status, roles).filter((a) => a !== 'electronic.deliver' && (ready || a === 'cabinet.recall')) : [],
    history: history.map((h) => ({ seq: h.seq, action: h.action, fromStatus: h.fromStatus, toStatus: h.toStatus, detail: h.detail, actorName: h.actorName, at: h.at })),
  };
}

/** The signature's SHA-256, read only through the case's permission and scope check. */
export async function signatureOf(db: Db, actor: Actor, caseId: string): Promise<string | null> {
  await readableCase(db, actor, caseId);
  return (await findDelivery(db, caseId))?.signatureSha256 ?? null;
}

export async function deliveryQueue(db: Db, actor: Actor, q: DeliveryQueueQuery): Promise<DeliveryQueueData> {
  const centerId = q.centerId ? (await assertCenterInScope(db, actor, q.centerId)).id : actor.centerId;
  const { items, total } = await queuePage(db, centerId, q.view, q.pageSize, (q.page - 1) * q.pageSize);
  return {
    items: items.map((r) => ({ ...r, decision: r.decision ?? null, choice: r.choice?.method ?? 'window', status: r.status ?? 'at_window' })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
