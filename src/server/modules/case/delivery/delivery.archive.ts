// What the archive (归档, FACTS §D 物流) reads of a case's hand-out: a mailed result's waybill,
// when it was sent and when the recipient signed for it.
import type { Db } from '../../../platform/db/types.ts';
import { deliveryEvents, findDelivery } from './delivery.queries.ts';

export async function shipmentsOfCase(db: Db, caseId: string): Promise<{ waybillNumber: string; sentAt: Date | null; deliveredAt: Date | null }[]> {
  const delivery = await findDelivery(db, caseId);
  if (!delivery?.waybill) return [];
  const events = await deliveryEvents(db, caseId);
  const last = (action: string) => events.filter((e) => e.action === action).at(-1)?.at ?? null;
  return [{ waybillNumber: delivery.waybill, sentAt: last('mail.send'), deliveredAt: last('mail.signed') }];
}
