// The fee routes (issue #18, decision 0037): payment notices by the item's published rule,
// payments (cashier or the payment platform's signed callback), waivers, refunds, receipts and
// the cashier's daily reconciliation. Money is integer fen.
import { z } from 'zod';
import { FeeItem } from '../domain/catalog/guide.ts';
import { feeActions, feeStatuses } from '../domain/fee/index.ts';
import { isoDate, timestamp, uuid, type Json } from './common.ts';

const fen = z.number().int().min(0).max(2_000_000_000);
const key = z.string().min(8).max(100);
const reason = z.string().trim().min(2, { message: '请填写理由' }).max(500);

export const FeeActionSchema = z.enum(feeActions);
export const FeeStatusSchema = z.enum(feeStatuses);

export const FeeLineView = z.object({ item: z.string(), quantity: z.number().int(), unit: z.string(), unitFen: fen, amountFen: fen });

export const FeeActionView = z.object({
  seq: z.number().int(),
  action: FeeActionSchema,
  amountFen: fen,
  actorName: z.string(),
  reason: z.string().nullable(),
  provider: z.string().nullable(),
  receiptNumber: z.string().nullable(),
  at: timestamp,
});

export const FeeNoticeView = z.object({
  id: uuid,
  caseId: uuid,
  caseNumber: z.string(),
  applicantName: z.string(),
  itemName: z.string(),
  number: z.string(),
  reference: z.string(),
  lines: z.array(FeeLineView),
  amountFen: fen,
  paidFen: fen,
  waivedFen: fen,
  refundedFen: fen,
  refundPendingFen: fen,
  outstandingFen: fen,
  status: FeeStatusSchema,
  issuedByName: z.string(),
  issuedAt: timestamp,
  /** The receipt of the payment, once paid. */
  receiptNumber: z.string().nullable(),
  history: z.array(FeeActionView),
  /** What the signed-in person may do now (the buttons). */
  allowedActions: z.array(FeeActionSchema),
});
export type FeeNoticeView = Json<typeof FeeNoticeView>;

/** A case's fees: the pinned version's published rule and the notices issued under it. */
export const CaseFees = z.object({
  caseId: uuid,
  feeDue: z.boolean(),
  rule: z.object({ charged: z.boolean(), basis: z.string(), items: z.array(FeeItem) }),
  notices: z.array(FeeNoticeView),
});
export type CaseFees = Json<typeof CaseFees>;

export const FeeNoticeList = z.object({ items: z.array(FeeNoticeView) });
export type FeeNoticeList = Json<typeof FeeNoticeList>;

export const FeeListQuery = z.object({
  status: z.enum(['due', 'refund_pending', 'today', 'all']).default('due'),
  q: z.string().trim().max(50).optional(),
});

export const FeeIssueInput = z.object({
  lines: z
    .array(z.object({ item: z.string().trim().min(1).max(100), quantity: z.number().int().min(1).max(9999).optional(), amountFen: fen.optional() }))
    .min(1, { message: '请选择收费项目' })
    .max(50),
  idempotencyKey: key,
});
export type FeeIssueInput = Json<typeof FeeIssueInput>;

export const paymentMethods = ['cash', 'card', 'scan'] as const;
export const FeePayInput = z.object({ amountFen: fen, method: z.enum(paymentMethods).default('cash'), idempotencyKey: key });
export type FeePayInput = z.input<typeof FeePayInput>;
export const FeeWaiveInput = z.object({ amountFen: fen, reason, idempotencyKey: key });
export const FeeRefundInput = z.object({ amountFen: fen, reason, idempotencyKey: key });
export const FeeRefundDecision = z.object({ approve: z.boolean(), note: z.string().trim().max(500).optional(), idempotencyKey: key });

export const FeeReconciliationQuery = z.object({ date: isoDate });

/** The payment platform's callback body (signed: see fee.callback.ts). */
export const FeeCallbackBody = z.object({
  reference: z.string().trim().min(2).max(40),
  amountFen: fen,
  transactionId: z.string().trim().min(1).max(100),
  paidAt: z.string().max(40).optional(),
});
export const FeeCallbackResult = z.object({ noticeId: uuid, status: FeeStatusSchema, duplicate: z.boolean() });
