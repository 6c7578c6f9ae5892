import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { AgentInput, ApplicantInput, DeliveryChoiceInput } from '../../../contract/case.ts';
import type { OnlineStatus } from '../../../domain/online/index.ts';
import { citizenAccounts } from '../citizen/citizen.schema.ts';
import { centers } from '../org/org.schema.ts';

// 网上申报 (issue #19, decision 0043). Migration 0037 holds the same tables in SQL.

export type SubjectJson = { kind: 'self' } | { kind: 'enterprise'; enterpriseId: string } | { kind: 'mandate'; mandateId: string };
export interface OnlineItemJson {
  itemId: string;
  /** The item's name when the draft was made (lists show it without reading the catalog). */
  itemName: string;
  situationAnswers: Record<string, string>;
  formData: Record<string, unknown>;
}
export interface CorrectionJson {
  materials: { itemId: string; materialId: string; materialName: string; reason: string }[];
  note: string | null;
  requestedAt: string;
}
export interface OnlineCaseJson {
  id: string;
  number: string;
  itemId: string;
  itemName: string;
}

export const onlineApplications = pgTable(
  'online_application',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => citizenAccounts.id),
    subject: jsonb('subject').$type<SubjectJson>().notNull(),
    /** Snapshot of actingAs at (re)submit. */
    applicant: jsonb('applicant').$type<ApplicantInput>(),
    agent: jsonb('agent').$type<AgentInput>(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    centerPath: text('center_path').notNull(),
    bundleId: text('bundle_id'),
    items: jsonb('items').$type<OnlineItemJson[]>().notNull(),
    sharedFields: jsonb('shared_fields').$type<Record<string, unknown>>().notNull().default({}),
    delivery: jsonb('delivery').$type<DeliveryChoiceInput>(),
    status: text('status').$type<OnlineStatus>().notNull(),
    version: integer('version').notNull().default(1),
    correctionRounds: integer('correction_rounds').notNull().default(0),
    correction: jsonb('correction').$type<CorrectionJson>(),
    refusalReasons: text('refusal_reasons'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewDue: date('review_due', { mode: 'string' }),
    caseApplicationId: text('case_application_id'),
    cases: jsonb('cases').$type<OnlineCaseJson[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('online_application_account_idx').on(t.accountId, t.updatedAt),
    index('online_application_queue_idx').on(t.status, t.centerPath, t.reviewDue),
  ],
);

/** Append-only (a trigger refuses UPDATE and DELETE). */
export const onlineApplicationEvents = pgTable(
  'online_application_event',
  {
    applicationId: text('application_id')
      .notNull()
      .references(() => onlineApplications.id),
    seq: integer('seq').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status').$type<OnlineStatus>(),
    toStatus: text('to_status').$type<OnlineStatus>().notNull(),
    actorKind: text('actor_kind').$type<'applicant' | 'staff'>().notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    detail: jsonb('detail'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'online_application_event_pk', columns: [t.applicationId, t.seq] })],
);

export const onlineApplicationFiles = pgTable(
  'online_application_file',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => onlineApplications.id),
    accountId: text('account_id')
      .notNull()
      .references(() => citizenAccounts.id),
    itemId: text('item_id').notNull(),
    materialId: text('material_id').notNull(),
    materialName: text('material_name').notNull(),
    sha256: text('sha256').notNull(),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    reusedFrom: jsonb('reused_from').$type<{ kind: 'file' | 'certificate'; id: string; label?: string }>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [
    index('online_application_file_app_idx').on(t.applicationId, t.itemId, t.materialId),
    index('online_application_file_account_idx').on(t.accountId, t.createdAt),
  ],
);
