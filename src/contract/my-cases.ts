// 我的办件 (issue #19, decision 0045): a signed-in citizen's own cases. Every route is
// `access: 'citizen'`; a case, notice, receipt or certificate of another applicant answers 404.
//
// Routes:
//   GET  /api/v1/portal/cases                                        → MyCaseList
//   GET  /api/v1/portal/cases/:id                                    → MyCaseDetail
//   GET  /api/v1/portal/cases/:id/notices/:noticeId/pdf              → application/pdf (the notice as issued)
//   GET  /api/v1/portal/cases/:id/fees/:feeId/pdf                    → application/pdf (缴款通知书)
//   GET  /api/v1/portal/cases/:id/fees/:feeId/receipt/pdf            → application/pdf (收费收据, once paid)
//   GET  /api/v1/portal/cases/:id/certificates/:certificateId/pdf    → application/pdf (the e-certificate as issued)
//   POST /api/v1/portal/cases/:id/fees/:feeId/payments               → PaymentStart (where to pay; the status changes only by the platform's callback)
//   PUT  /api/v1/portal/cases/:id/delivery                           DeliveryChoiceInput → MyCaseDetail
//   POST /api/v1/portal/cases/:id/withdraw                           WithdrawInput → MyCaseDetail
//   GET  /api/v1/portal/demo-pay/:token                              public → DemoPayment (the demo payment platform's page)
//   POST /api/v1/portal/demo-pay/:token                              public → FeeCallbackResult (the demo platform fires the signed callback)
import { z } from 'zod';
import { caseStates } from '../domain/case/states.ts';
import { deliveryMethods, deliveryStatuses } from '../domain/case/delivery.ts';
import { noticeKinds } from '../domain/case/notices/kinds.ts';
import { feeStatuses } from '../domain/fee/index.ts';
import type { FeeCallbackResult } from './fee.ts';
import { isoDate, timestamp, uuid, type Json } from './common.ts';

const Words = z.object({ zh: z.string(), en: z.string() });
const owed = ['fee', 'correction', 'waived_material'] as const;

export const MyCaseSummary = z.object({
  id: uuid,
  number: z.string(),
  itemName: z.string(),
  departmentName: z.string(),
  state: z.enum(caseStates),
  stateLabel: Words,
  receivedAt: timestamp,
  acceptedAt: timestamp.nullable(),
  decidedAt: timestamp.nullable(),
  concludedAt: timestamp.nullable(),
  /** 承诺办结日期: what the center promised. */
  promisedDue: isoDate.nullable(),
  /** 法定办结日期. */
  legalDue: isoDate.nullable(),
  /** The clock's warning level (normal, yellow, red, overdue, paused); null when no clock runs. */
  warningLevel: z.enum(['normal', 'yellow', 'red', 'overdue', 'paused']).nullable(),
  /** What the applicant owes now. */
  owes: z.array(z.enum(owed)),
});
export type MyCaseSummary = Json<typeof MyCaseSummary>;

export const MyCaseList = z.object({ items: z.array(MyCaseSummary), verified: z.boolean() });
export type MyCaseList = Json<typeof MyCaseList>;

export const MyCaseTimelineEntry = z.object({ seq: z.number().int(), at: timestamp, label: Words, state: z.enum(caseStates) });

export const MyCaseNotice = z.object({ id: uuid, kind: z.enum(noticeKinds), title: z.string(), number: z.string(), issuedAt: timestamp });

export const MyCaseFee = z.object({
  id: uuid,
  number: z.string(),
  reference: z.string(),
  amountFen: z.number().int(),
  outstandingFen: z.number().int(),
  status: z.enum(feeStatuses),
  issuedAt: timestamp,
  paidAt: timestamp.nullable(),
  receiptNumber: z.string().nullable(),
});

export const MyCaseCertificate = z.object({ id: uuid, name: z.string(), number: z.string(), code: z.string(), issuedAt: timestamp, revoked: z.boolean() });

export const MyCaseDelivery = z.object({
  choice: z.object({ method: z.enum(deliveryMethods), address: z.string().nullable(), recipient: z.string().nullable(), phone: z.string().nullable() }),
  status: z.enum(deliveryStatuses).nullable(),
  courier: z.string().nullable(),
  waybill: z.string().nullable(),
  handedOutAt: timestamp.nullable(),
  /** The choice may still change (the result has not left the center). */
  canChange: z.boolean(),
  /** The methods offered: window and mail always, electronic when the item's result is a certificate. */
  methods: z.array(z.enum(deliveryMethods)),
});

export const MyCaseDetail = MyCaseSummary.extend({
  applicantName: z.string(),
  certificateDue: isoDate.nullable(),
  waiverDue: isoDate.nullable(),
  timeline: z.array(MyCaseTimelineEntry),
  notices: z.array(MyCaseNotice),
  fees: z.array(MyCaseFee),
  certificates: z.array(MyCaseCertificate),
  delivery: MyCaseDelivery,
  canWithdraw: z.boolean(),
});
export type MyCaseDetail = Json<typeof MyCaseDetail>;

export const MyDeliveryChoice = z
  .object({
    method: z.enum(['window', 'mail', 'electronic']),
    address: z.string().trim().max(200).optional(),
    recipient: z.string().trim().max(100).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^[\d\s-]{7,20}$/, { message: '请填写有效的联系电话' })
      .optional(),
    idempotencyKey: z.string().min(8).max(100).optional(),
  })
  .refine((d) => d.method !== 'mail' || (!!d.address && d.address.length >= 5), { message: '选择邮寄送达时须填写详细的邮寄地址', path: ['address'] })
  .refine((d) => d.method !== 'mail' || !!d.recipient, { message: '选择邮寄送达时须填写收件人', path: ['recipient'] })
  .refine((d) => d.method !== 'mail' || !!d.phone, { message: '选择邮寄送达时须填写收件人电话', path: ['phone'] });
export type MyDeliveryChoice = Json<typeof MyDeliveryChoice>;

export const MyWithdrawInput = z.object({
  reason: z.string().trim().min(2, { message: '请填写撤回原因' }).max(500),
  idempotencyKey: z.string().min(8).max(100),
});
export type MyWithdrawInput = Json<typeof MyWithdrawInput>;

export const PaymentStart = z.object({ payUrl: z.string(), reference: z.string(), amountFen: z.number().int(), adapter: z.string() });
export type PaymentStart = Json<typeof PaymentStart>;

export const DemoPayment = z.object({ reference: z.string(), amountFen: z.number().int(), caseNumber: z.string(), noticeNumber: z.string(), status: z.enum(feeStatuses), returnUrl: z.string() });
export type DemoPayment = Json<typeof DemoPayment>;

/** What the demo platform's 确认支付 answers: the callback's own result. */
export type DemoPaymentResult = Json<typeof FeeCallbackResult>;

export type MyCaseSummaryData = z.output<typeof MyCaseSummary>;
export type MyCaseDetailData = z.output<typeof MyCaseDetail>;
