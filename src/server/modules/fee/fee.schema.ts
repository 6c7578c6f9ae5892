import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { FeeAction, FeeDocument, FeeLine, FeeStatus } from '../../../domain/fee/index.ts';
import { caseRecords } from '../case/case.schema.ts';
import { centers } from '../org/org.schema.ts';

// Fees (issue #18, decision 0037). `fee_notice` is the projection of its append-only
// `fee_action` log; both change only in fee.service.ts (issueNotice, actOnFee), in one
// transaction with the case's fee flag and the audit row. Migration 0031 holds the same tables.

/** 缴款通知书: what is owed by the published rule, with its payment reference (缴款码). */
export const feeNotices = pgTable(
  'fee_notice',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    centerPath: text('center_path').notNull(),
    caseId: text('case_id')
      .notNull()
      .references(() => caseRecords.id),
    caseNumber: text('case_number').notNull(),
    applicantName: text('applicant_name').notNull(),
    itemName: text('item_name').notNull(),
    number: text('number').notNull(),
    reference: text('reference').notNull(),
    lines: jsonb('lines').$type<FeeLine[]>().notNull(),
    amountFen: integer('amount_fen').notNull(),
    paidFen: integer('paid_fen').notNull().default(0),
    waivedFen: integer('waived_fen').notNull().default(0),
    refundedFen: integer('refunded_fen').notNull().default(0),
    refundPendingFen: integer('refund_pending_fen').notNull().default(0),
    status: text('status').$type<FeeStatus>().notNull(),
    /** The notice as printed, fixed at issue: a reprint is the same paper. */
    document: jsonb('document').$type<FeeDocument>().notNull(),
    issuedBy: text('issued_by'),
    issuedByName: text('issued_by_name').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    rowVersion: integer('row_version').notNull().default(1),
    issueKey: text('issue_key').notNull(),
  },
  (t) => [
    uniqueIndex('fee_notice_number_uq').on(t.number),
    uniqueIndex('fee_notice_reference_uq').on(t.reference),
    uniqueIndex('fee_notice_issue_key_uq').on(t.caseId, t.issueKey),
    index('fee_notice_center_status_idx').on(t.centerId, t.status, t.issuedAt),
  ],
);

/** The append-only log: payments (with their receipt), waivers, refunds (triggers refuse UPDATE, DELETE, TRUNCATE). */
export const feeActionLog = pgTable(
  'fee_action',
  {
    id: text('id').primaryKey(),
    noticeId: text('notice_id')
      .notNull()
      .references(() => feeNotices.id),
    centerId: text('center_id').notNull(),
    seq: integer('seq').notNull(),
    action: text('action').$type<FeeAction>().notNull(),
    amountFen: integer('amount_fen').notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    /** The cashier whose till the money went through (pay: who collected; refund.approve: who asked and pays back). */
    cashierId: text('cashier_id'),
    reason: text('reason'),
    provider: text('provider'),
    providerTxnId: text('provider_txn_id'),
    receiptNumber: text('receipt_number'),
    receipt: jsonb('receipt').$type<FeeDocument>(),
    idempotencyKey: text('idempotency_key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('fee_action_seq_uq').on(t.noticeId, t.seq),
    uniqueIndex('fee_action_idem_uq').on(t.noticeId, t.idempotencyKey),
    uniqueIndex('fee_action_provider_txn_uq').on(t.provider, t.providerTxnId).where(sql`${t.providerTxnId} IS NOT NULL`),
    index('fee_action_cashier_day_idx').on(t.cashierId, t.at).where(sql`${t.cashierId} IS NOT NULL`),
  ],
);

/** Serial counters of notice numbers, receipt numbers and payment references, one row per scope. */
export const feeCounters = pgTable('fee_counter', {
  scope: text('scope').primaryKey(),
  value: integer('value').notNull(),
});
