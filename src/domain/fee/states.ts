// The life of a payment notice (缴款通知书) as data. A notice's amounts are its state: what is
// still owed (amount − paid − waived) and what may still be refunded (paid − refunded −
// pending refund). Each action is one row: who may take it (the route's permission says the
// same), what it needs, and why. `applyFeeAction` is the only place amounts change; the
// server's one write path (fee.service.ts) stores what it answers.
import type { Role } from '../access/roles.ts';

export const feeActions = ['pay', 'waive', 'refund.request', 'refund.approve', 'refund.reject'] as const;
export type FeeAction = (typeof feeActions)[number];

/** A cashier at the window, the payment platform's callback, or an approver. */
export type FeeActor = Role | 'system';

export const feeActionRules = {
  pay: { by: ['cashier', 'system'], why: '收缴分离: a cashier (never the clerk who accepted the case) or the payment platform confirms the whole amount owed' },
  waive: { by: ['department_head', 'center_manager'], why: '减免: the department head or the center manager waives part or all of what is owed, with a reason' },
  'refund.request': { by: ['cashier'], why: '退费: a cashier asks to pay back part of what was paid, with a reason' },
  'refund.approve': { by: ['department_head', 'center_manager'], why: 'the refund is approved; never more than was paid and not yet refunded' },
  'refund.reject': { by: ['department_head', 'center_manager'], why: 'the refund is refused; the money stays paid' },
} as const satisfies Record<FeeAction, { by: readonly FeeActor[]; why: string }>;

export const feeActionLabels = {
  pay: { zh: '确认收款', en: 'Payment confirmed' },
  waive: { zh: '减免', en: 'Waived' },
  'refund.request': { zh: '申请退费', en: 'Refund requested' },
  'refund.approve': { zh: '批准退费', en: 'Refund approved' },
  'refund.reject': { zh: '不批准退费', en: 'Refund rejected' },
} as const satisfies Record<FeeAction, { zh: string; en: string }>;

export interface FeeAmounts {
  amountFen: number;
  paidFen: number;
  waivedFen: number;
  refundedFen: number;
  refundPendingFen: number;
}

export const feeStatuses = ['due', 'paid', 'waived', 'refunded'] as const;
export type FeeStatus = (typeof feeStatuses)[number];

export const feeStatusLabels = {
  due: { zh: '待缴款', en: 'Due' },
  paid: { zh: '已缴款', en: 'Paid' },
  waived: { zh: '已减免', en: 'Waived' },
  refunded: { zh: '已退费', en: 'Refunded' },
} as const satisfies Record<FeeStatus, { zh: string; en: string }>;

export const outstandingFen = (a: FeeAmounts) => a.amountFen - a.paidFen - a.waivedFen;
export const refundableFen = (a: FeeAmounts) => a.paidFen - a.refundedFen - a.refundPendingFen;

/** Owed → due; nothing paid → waived; all paid back → refunded; else paid. */
export function feeStatusOf(a: FeeAmounts): FeeStatus {
  if (outstandingFen(a) > 0) return 'due';
  if (a.paidFen === 0) return 'waived';
  if (a.refundedFen >= a.paidFen) return 'refunded';
  return 'paid';
}

export type FeeRefusal =
  | { ok: false; code: 'FEE_NOT_DUE'; outstandingFen: number }
  | { ok: false; code: 'FEE_AMOUNT_MISMATCH'; outstandingFen: number; givenFen: number }
  | { ok: false; code: 'FEE_WAIVER_TOO_LARGE'; outstandingFen: number; givenFen: number }
  | { ok: false; code: 'FEE_REFUND_EXCEEDS_PAID'; refundableFen: number; givenFen: number }
  | { ok: false; code: 'FEE_REFUND_PENDING' }
  | { ok: false; code: 'FEE_NO_REFUND_PENDING' };

export type FeeResult = { ok: true; amounts: FeeAmounts; status: FeeStatus; settled: boolean } | FeeRefusal;

const positive = (n: number) => Number.isSafeInteger(n) && n > 0;

/**
 * Apply an action with its amount (pay: the amount received, which must be all that is owed;
 * waive: up to what is owed; refund.request: up to what may be refunded; approve/reject: the
 * pending refund). `settled` is true when this action made the notice owe nothing.
 */
export function applyFeeAction(a: FeeAmounts, action: FeeAction, givenFen = 0): FeeResult {
  const owed = outstandingFen(a);
  let next: FeeAmounts;
  switch (action) {
    case 'pay':
      if (owed <= 0) return { ok: false, code: 'FEE_NOT_DUE', outstandingFen: owed };
      if (givenFen !== owed) return { ok: false, code: 'FEE_AMOUNT_MISMATCH', outstandingFen: owed, givenFen };
      next = { ...a, paidFen: a.paidFen + givenFen };
      break;
    case 'waive':
      if (owed <= 0) return { ok: false, code: 'FEE_NOT_DUE', outstandingFen: owed };
      if (!positive(givenFen) || givenFen > owed) return { ok: false, code: 'FEE_WAIVER_TOO_LARGE', outstandingFen: owed, givenFen };
      next = { ...a, waivedFen: a.waivedFen + givenFen };
      break;
    case 'refund.request':
      if (a.refundPendingFen > 0) return { ok: false, code: 'FEE_REFUND_PENDING' };
      if (!positive(givenFen) || givenFen > refundableFen(a)) return { ok: false, code: 'FEE_REFUND_EXCEEDS_PAID', refundableFen: refundableFen(a), givenFen };
      next = { ...a, refundPendingFen: givenFen };
      break;
    case 'refund.approve':
      if (a.refundPendingFen === 0) return { ok: false, code: 'FEE_NO_REFUND_PENDING' };
      next = { ...a, refundedFen: a.refundedFen + a.refundPendingFen, refundPendingFen: 0 };
      break;
    case 'refund.reject':
      if (a.refundPendingFen === 0) return { ok: false, code: 'FEE_NO_REFUND_PENDING' };
      next = { ...a, refundPendingFen: 0 };
      break;
  }
  return { ok: true, amounts: next, status: feeStatusOf(next), settled: owed > 0 && outstandingFen(next) === 0 };
}

/** The actions a holder of `roles` may take on a notice now: the workbench's buttons. */
export function allowedFeeActions(a: FeeAmounts, roles: readonly FeeActor[]): FeeAction[] {
  return feeActions.filter((action) => {
    if (!feeActionRules[action].by.some((r: FeeActor) => roles.includes(r))) return false;
    if (action === 'pay' || action === 'waive') return outstandingFen(a) > 0;
    if (action === 'refund.request') return a.refundPendingFen === 0 && refundableFen(a) > 0;
    return a.refundPendingFen > 0;
  });
}
