// Handing out the result (统一窗口出件, issue #18): how a decided case's result leaves the center,
// as data. One row per allowed (status, action) with who may do it and why; the server refuses
// whatever is not here (409 DELIVERY_ACTION_NOT_ALLOWED), and the case page offers exactly
// `allowedDeliveryActions`. Rows marked `concludes` end the case through the case's own write
// path (conclude, or cabinet.pick_up's row in states.ts), in the same transaction.
import type { Role } from '../access/roles.ts';

/** 送达方式 the applicant chooses at intake; 'electronic' is the e-certificate's own path. */
export const deliveryMethods = ['window', 'mail', 'cabinet', 'electronic'] as const;
export type DeliveryMethod = (typeof deliveryMethods)[number];

export const deliveryStatuses = [
  'at_window', // 待领取: at the pickup window (also after a mail return or a cabinet recall)
  'mailed', // 已寄出
  'mail_returned', // 邮件退回: back at the window, to be handed out or sent again
  'in_cabinet', // 已存柜: in a cabinet door, a pickup code sent by SMS
  'handed_out', // 已送达: collected, signed for, or taken from the cabinet
] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export const deliveryActions = ['window.hand_out', 'mail.send', 'mail.signed', 'mail.returned', 'cabinet.deposit', 'cabinet.pick_up', 'cabinet.recall', 'electronic.deliver', 'choice.change'] as const;
export type DeliveryAction = (typeof deliveryActions)[number];

/** Staff roles, the cabinet (its adapter, authenticated by the pickup code), timed jobs and the applicant (我的办件, issue #19). */
export type DeliveryActor = Role | 'cabinet' | 'system' | 'applicant';

export interface DeliveryTransition {
  from: readonly DeliveryStatus[];
  action: DeliveryAction;
  by: readonly DeliveryActor[];
  to: DeliveryStatus;
  /** The hand-out ends the case (办结). */
  concludes?: true;
  why: string;
}

const windowClerk = ['window_clerk'] as const;
/** Where a result waits at the center: it may be handed out, mailed or put in a cabinet. */
const atCenter = ['at_window', 'mail_returned'] as const;

export const deliveryTransitions = [
  { from: atCenter, action: 'window.hand_out', by: windowClerk, to: 'handed_out', concludes: true, why: '窗口领取: the collector\'s ID matches the applicant or the mandated agent, and they sign for the result' },
  { from: atCenter, action: 'mail.send', by: windowClerk, to: 'mailed', why: '邮寄送达: address, courier and waybill recorded; the applicant is told by SMS' },
  { from: ['mailed'], action: 'mail.signed', by: windowClerk, to: 'handed_out', concludes: true, why: '已签收: the courier reports the recipient signed; the result is delivered' },
  { from: ['mailed'], action: 'mail.returned', by: windowClerk, to: 'mail_returned', why: '退回: the mail came back undelivered; the result waits at the window again' },
  { from: atCenter, action: 'cabinet.deposit', by: windowClerk, to: 'in_cabinet', why: '智能柜: the result is put in a door; a single-use expiring pickup code goes by SMS' },
  { from: ['in_cabinet'], action: 'cabinet.pick_up', by: ['cabinet'], to: 'handed_out', concludes: true, why: 'the collector entered the code at the cabinet; the door opened once' },
  { from: ['in_cabinet'], action: 'cabinet.recall', by: ['system', 'window_clerk'], to: 'at_window', why: '超期未取: left too long (or taken back by the window); the code stops working' },
  // Taken by the e-certificate's issue (certificate module), never by the delivery route: the applicant chose 电子证照 at intake.
  { from: atCenter, action: 'electronic.deliver', by: ['window_clerk', 'approver', 'department_head'], to: 'handed_out', concludes: true, why: '电子送达: the applicant chose the electronic result at intake; the signed e-certificate is issued and the case ends' },
  // 我的办件 (issue #19, decision 0045): the applicant chooses or changes how the result comes while it is still at the center.
  { from: ['at_window'], action: 'choice.change', by: ['applicant'], to: 'at_window', why: '送达方式: the applicant chooses or changes the delivery online (pickup, mail with address, electronic) before the result leaves' },
  { from: ['mail_returned'], action: 'choice.change', by: ['applicant'], to: 'mail_returned', why: 'after a returned mail the applicant gives another address or picks it up; the window acts on the new choice' },
] as const satisfies readonly DeliveryTransition[];

const table: readonly DeliveryTransition[] = deliveryTransitions;

export const deliveryStatusLabels = {
  at_window: { zh: '待领取', en: 'At the window' },
  mailed: { zh: '已寄出', en: 'Mailed' },
  mail_returned: { zh: '邮件退回', en: 'Mail returned' },
  in_cabinet: { zh: '已存柜待取', en: 'In the cabinet' },
  handed_out: { zh: '已送达', en: 'Delivered' },
} as const satisfies Record<DeliveryStatus, { zh: string; en: string }>;

export const deliveryActionLabels = {
  'window.hand_out': { zh: '窗口领取', en: 'Hand out at the window' },
  'mail.send': { zh: '邮寄寄出', en: 'Send by mail' },
  'mail.signed': { zh: '邮件已签收', en: 'Mail signed for' },
  'mail.returned': { zh: '邮件退回', en: 'Mail returned' },
  'cabinet.deposit': { zh: '存入智能柜', en: 'Put in the cabinet' },
  'cabinet.pick_up': { zh: '智能柜取件', en: 'Taken from the cabinet' },
  'cabinet.recall': { zh: '超期取回窗口', en: 'Back to the window' },
  'electronic.deliver': { zh: '电子证照送达', en: 'Delivered as an e-certificate' },
  'choice.change': { zh: '申请人选择送达方式', en: 'Delivery chosen by the applicant' },
} as const satisfies Record<DeliveryAction, { zh: string; en: string }>;

export const deliveryMethodLabels = {
  window: { zh: '窗口领取', en: 'At the window' },
  mail: { zh: '邮寄送达', en: 'By mail' },
  cabinet: { zh: '智能柜自取', en: 'Self-service cabinet' },
  electronic: { zh: '电子证照', en: 'Electronic certificate' },
} as const satisfies Record<DeliveryMethod, { zh: string; en: string }>;

export type DeliveryStep = { ok: true; transition: DeliveryTransition; status: DeliveryStatus } | { ok: false; reason: 'state' | 'role'; status: DeliveryStatus };

export function deliveryTransitionFor(status: DeliveryStatus, action: DeliveryAction): DeliveryTransition | undefined {
  return table.find((t) => t.action === action && t.from.includes(status));
}

export function nextDeliveryStatus(status: DeliveryStatus, action: DeliveryAction, roles: readonly DeliveryActor[]): DeliveryStep {
  const row = deliveryTransitionFor(status, action);
  if (!row) return { ok: false, reason: 'state', status };
  if (!row.by.some((r) => roles.includes(r))) return { ok: false, reason: 'role', status };
  return { ok: true, transition: row, status: row.to };
}

export function allowedDeliveryActions(status: DeliveryStatus, roles: readonly DeliveryActor[]): DeliveryAction[] {
  return table.filter((t) => t.from.includes(status) && t.by.some((r) => roles.includes(r))).map((t) => t.action);
}

/** The method a delivery action hands the result out by. */
export function methodOf(action: DeliveryAction): DeliveryMethod {
  return action.startsWith('mail.') ? 'mail' : action.startsWith('cabinet.') ? 'cabinet' : action.startsWith('electronic.') ? 'electronic' : 'window';
}

// ---- the cabinet's pickup code ----

/** 8 digits: typed on a cabinet's keypad; single use and expiring, so guessing is bounded. */
export const PICKUP_CODE_PATTERN = /^\d{8}$/;

export function isPickupCodeFormat(code: string): boolean {
  return PICKUP_CODE_PATTERN.test(code);
}

export function pickupCodeExpiry(issuedAt: Date, ttlHours: number): Date {
  return new Date(issuedAt.getTime() + ttlHours * 3_600_000);
}

export type PickupCodeState = 'usable' | 'used' | 'expired' | 'recalled';

/** A code works once, before it expires, while the result is still in the cabinet. */
export function pickupCodeState(c: { status: DeliveryStatus; expiresAt: Date; usedAt: Date | null }, now: Date): PickupCodeState {
  if (c.usedAt) return 'used';
  if (c.status !== 'in_cabinet') return 'recalled';
  return now.getTime() < c.expiresAt.getTime() ? 'usable' : 'expired';
}

/** 超期未取: in the cabinet for `maxDays` whole days or more goes back to the window. */
export function cabinetOverdue(depositedAt: Date, now: Date, maxDays: number): boolean {
  return now.getTime() - depositedAt.getTime() >= maxDays * 86_400_000;
}

/** The SMS text as staff screens show it (the outbox): a pickup code is for the applicant's phone only. */
export function maskPickupCodes(text: string): string {
  return text.replace(/取件码 \d{8}/g, '取件码 ********');
}
