// What the archive (归档, FACTS §D 支付) reads of a case's fees: each notice paid, by its 缴款码
// and the amount kept after refunds, in yuan as the exchange format writes amounts.
import type { Db } from '../../platform/db/types.ts';
import { noticesOf } from './fee.queries.ts';

export async function paymentsOfCase(db: Db, caseId: string): Promise<{ paymentNumber: string; amount: string }[]> {
  return (await noticesOf(db, caseId))
    .filter((n) => n.paidFen > 0)
    .map((n) => ({ paymentNumber: n.reference, amount: ((n.paidFen - n.refundedFen) / 100).toFixed(2) }));
}
