// The payment platform adapter (issue #18): where an issued notice is announced so the
// platform knows its 缴款码 and amount. The default 'log' adapter writes one log line after the
// commit (FEE_PAYMENT_ADAPTER); the platform reports payments back through the signed callback
// (fee.callback.ts). A real adapter replaces `announce` and keeps the after-commit rule.
import { afterCommit } from '../../platform/db/after-commit.ts';
import type { Db } from '../../platform/db/types.ts';

export interface AnnouncedNotice {
  number: string;
  reference: string;
  amountFen: number;
  caseNumber: string;
}

export interface PaymentAdapter {
  name: string;
  announce(notice: AnnouncedNotice): void;
}

let log: (line: object, msg: string) => void = () => {};

/** The log adapter: one structured line per issued notice (set up with the app's logger). */
export const logPaymentAdapter: PaymentAdapter = {
  name: 'log',
  announce: (n) => log({ feeNotice: n }, `payment notice ${n.number} announced: ${n.reference} ${n.amountFen} fen`),
};

export function usePaymentLog(write: (line: object, msg: string) => void): void {
  log = write;
}

/** Announce once the issuing transaction committed: a rolled-back notice is never announced. */
export function announceNotice(tx: Db, notice: AnnouncedNotice, adapter: PaymentAdapter = logPaymentAdapter): void {
  if (!afterCommit(tx, () => adapter.announce(notice))) adapter.announce(notice);
}
