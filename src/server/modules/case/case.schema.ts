import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { CaseAction, CaseState, CertificateRecord, NoticeDocument, NoticeKind, MaterialStatus } from '../../../domain/case/index.ts';
import type { DeliveryMethod } from '../../../domain/case/delivery.ts';

/** The applicant's delivery choice as kept with the application (issue #18). */
export interface DeliveryChoiceRecord {
  method: DeliveryMethod;
  address?: string | undefined;
  recipient?: string | undefined;
  phone?: string | undefined;
}
import type { WarningLevel } from '../../../domain/clock/index.ts';
import { centers } from '../org/org.schema.ts';

// The case core (issue #16, decision 0025). `case_record` is the projection of the
// append-only `case_action` log; both change only through case.write.ts (actOnCase) and the
// intake use case, in one transaction. Migration 0020 holds the same tables in SQL.

/** 申请人: a person (111 居民身份证, 414 护照) or an enterprise (USCC), found again by ID. */
export const applicants = pgTable(
  'applicant',
  {
    id: text('id').primaryKey(),
    kind: text('kind').$type<'person' | 'enterprise'>().notNull(),
    idType: text('id_type').$type<'111' | '414' | 'uscc'>().notNull(),
    idNumber: text('id_number').notNull(),
    name: text('name').notNull(),
    legalRepresentative: text('legal_representative'),
    phone: text('phone').notNull(),
    address: text('address'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('applicant_id_uq').on(t.idType, t.idNumber)],
);

/** A center's bad-credit list (失信名单): refused 容缺 and 告知承诺 while listed. */
export const applicantCreditListings = pgTable(
  'applicant_credit_listing',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    idType: text('id_type').notNull(),
    idNumber: text('id_number').notNull(),
    reason: text('reason').notNull(),
    listedAt: timestamp('listed_at', { withTimezone: true }).notNull(),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
  },
  (t) => [index('applicant_credit_listing_idx').on(t.centerId, t.idType, t.idNumber)],
);

/** 一表申请: one visit's application, grouping one case per item. */
export const caseApplications = pgTable(
  'case_application',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => applicants.id),
    agent: jsonb('agent').$type<{ idType: string; idNumber: string; name: string; phone: string; mandate: string } | null>(),
    channel: text('channel').notNull(),
    serviceMode: text('service_mode').notNull(),
    ticketId: text('ticket_id'),
    sharedFields: jsonb('shared_fields').$type<Record<string, unknown>>().notNull(),
    createdBy: text('created_by').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    /** 送达方式 chosen at intake (issue #18, migration 0032); null means 窗口领取. */
    delivery: jsonb('delivery').$type<DeliveryChoiceRecord | null>(),
    /** The first answer, returned as is to a retried request. */
    result: jsonb('result').$type<unknown>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('case_application_idem_uq').on(t.createdBy, t.idempotencyKey)],
);

export interface CaseFlagsColumns {
  awaitingCorrection: boolean;
  waiverPending: boolean;
  commitmentPending: boolean;
  paused: boolean;
  extensionPending: boolean;
  extended: boolean;
  feeDue: boolean;
}

/** 办件: the projection row, read by every list and the case page. */
export const caseRecords = pgTable(
  'case_record',
  {
    id: text('id').primaryKey(),
    number: text('number').notNull(),
    applicationId: text('application_id')
      .notNull()
      .references(() => caseApplications.id),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    centerPath: text('center_path').notNull(),
    departmentId: text('department_id'),
    departmentName: text('department_name').notNull(),
    itemId: text('item_id').notNull(),
    versionId: text('version_id').notNull(),
    itemName: text('item_name').notNull(),
    itemCode: text('item_code').notNull(),
    caseType: text('case_type').notNull(),
    state: text('state').$type<CaseState>().notNull(),
    awaitingCorrection: boolean('awaiting_correction').notNull().default(false),
    waiverPending: boolean('waiver_pending').notNull().default(false),
    commitmentPending: boolean('commitment_pending').notNull().default(false),
    paused: boolean('paused').notNull().default(false),
    extensionPending: boolean('extension_pending').notNull().default(false),
    extended: boolean('extended').notNull().default(false),
    /** 待缴费 (issue #18, migration 0031): set and cleared only by fee.charge / fee.settle. */
    feeDue: boolean('fee_due').notNull().default(false),
    decision: text('decision').$type<'approved' | 'refused'>(),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => applicants.id),
    applicantName: text('applicant_name').notNull(),
    applicantIdType: text('applicant_id_type').notNull(),
    applicantIdNumber: text('applicant_id_number').notNull(),
    applicantPhone: text('applicant_phone').notNull(),
    channel: text('channel').notNull(),
    serviceMode: text('service_mode').notNull(),
    ticketId: text('ticket_id'),
    formData: jsonb('form_data').$type<Record<string, unknown>>().notNull(),
    /** 情形 answers (question id → option id), fixed with the pinned version at intake (decision 0029). */
    situationAnswers: jsonb('situation_answers').$type<Record<string, string>>().notNull().default({}),
    receivedBy: text('received_by').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    concludedAt: timestamp('concluded_at', { withTimezone: true }),
    acceptedOn: date('accepted_on'),
    promisedDue: date('promised_due'),
    legalDue: date('legal_due'),
    waiverDue: date('waiver_due'),
    verifyDue: date('verify_due'),
    /** The due dates were counted on a year whose days off are not imported yet (migration 0026). */
    dueProvisional: boolean('due_provisional').notNull().default(false),
    /** §44: the certificate is due within 10 working days of the approval (migration 0025). */
    certificateDue: date('certificate_due'),
    /** The result certificate's record (名称、编号、有效期、发证机关), set by decide.approve. */
    certificate: jsonb('certificate').$type<CertificateRecord>(),
    visits: smallint('visits').notNull().default(1),
    promisedVisits: smallint('promised_visits'),
    rowVersion: integer('row_version').notNull().default(1),
    /** Derived by the case-warning-levels job (migration 0024, decision 0030); null = no running clock. */
    warningLevel: text('warning_level').$type<WarningLevel>(),
    warningLevelAt: timestamp('warning_level_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('case_record_number_uq').on(t.number),
    index('case_record_open_level_idx').on(t.centerId, t.warningLevel, t.legalDue).where(sql`${t.warningLevel} IS NOT NULL`),
    index('case_record_window_idx').on(t.centerId, t.receivedAt.desc()),
    index('case_record_received_by_idx').on(t.receivedBy, t.receivedAt.desc()),
    index('case_record_applicant_id_idx').on(t.applicantIdNumber),
    index('case_record_applicant_idx').on(t.applicantId, t.receivedAt.desc()),
    index('case_record_applicant_name_idx').on(t.applicantName.op('text_pattern_ops')),
    index('case_record_application_idx').on(t.applicationId),
    index('case_record_waiver_due_idx').on(t.waiverDue).where(sql`${t.waiverPending}`),
    index('case_record_due_provisional_idx').on(t.id).where(sql`${t.dueProvisional}`),
    index('case_record_results_ready_idx').on(t.centerId, t.decidedAt).where(sql`${t.state} IN ('decided_approved', 'decided_refused')`),
  ],
);

/** The append-only history (triggers refuse UPDATE, DELETE, TRUNCATE). */
export const caseActions = pgTable(
  'case_action',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    caseId: text('case_id')
      .notNull()
      .references(() => caseRecords.id),
    seq: integer('seq').notNull(),
    action: text('action').$type<CaseAction | 'create'>().notNull(),
    fromState: text('from_state').$type<CaseState>(),
    toState: text('to_state').$type<CaseState>().notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name'),
    actorRole: text('actor_role').notNull(),
    input: jsonb('input').$type<unknown>(),
    result: jsonb('result').$type<unknown>(),
    note: text('note'),
    idempotencyKey: text('idempotency_key'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('case_action_seq_uq').on(t.caseId, t.seq),
    uniqueIndex('case_action_idem_uq').on(t.caseId, t.idempotencyKey),
  ],
);

export interface ScanRef {
  sha256: string;
  mime: string;
  size: number;
}

/** One checklist line per material of the pinned version. */
export const caseMaterials = pgTable(
  'case_material',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => caseRecords.id),
    materialId: text('material_id').notNull(),
    seq: smallint('seq').notNull(),
    name: text('name').notNull(),
    required: boolean('required').notNull(),
    waivable: boolean('waivable').notNull(),
    requiredOriginals: smallint('required_originals').notNull(),
    requiredCopies: smallint('required_copies').notNull(),
    status: text('status').$type<MaterialStatus>().notNull(),
    originals: smallint('originals').notNull().default(0),
    copies: smallint('copies').notNull().default(0),
    scans: jsonb('scans').$type<ScanRef[]>().notNull().default([]),
    defect: text('defect'),
    reusedFrom: text('reused_from'),
    waiverFormat: text('waiver_format'),
    waiverDeadline: date('waiver_deadline'),
    reason: text('reason'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.materialId] })],
);

/** Every notice issued: the document is fixed at issue, so a reprint is identical. */
export const caseNotices = pgTable(
  'case_notice',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => caseRecords.id),
    kind: text('kind').$type<NoticeKind>().notNull(),
    number: text('number').notNull(),
    department: text('department').notNull(),
    year: smallint('year').notNull(),
    document: jsonb('document').$type<NoticeDocument>().notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('case_notice_number_uq').on(t.number), index('case_notice_case_idx').on(t.caseId)],
);

/** Gapless counters: `INSERT … ON CONFLICT DO UPDATE SET last = last + 1` in the case's transaction. */
export const caseNumberCounters = pgTable('case_number_counter', {
  scope: text('scope').primaryKey(),
  last: integer('last').notNull(),
});

/** 流转表: paper materials travelling to the department, confirmed by a barcode scan. */
export const caseHandovers = pgTable(
  'case_handover',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => caseRecords.id),
    fromStaffId: text('from_staff_id').notNull(),
    fromName: text('from_name').notNull(),
    toDepartment: text('to_department').notNull(),
    items: text('items').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: text('confirmed_by'),
    confirmedByName: text('confirmed_by_name'),
    /** To the department at acceptance, back to the window of origin at the decision (migration 0027). */
    direction: text('direction').$type<'to_department' | 'to_window'>().notNull().default('to_department'),
  },
  (t) => [index('case_handover_case_idx').on(t.caseId)],
);

/** Every visit that touched a case (最多跑一次, measured). */
export const caseVisits = pgTable(
  'case_visit',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => caseRecords.id),
    kind: text('kind').$type<'intake' | 'return' | 'pickup'>().notNull(),
    ticketId: text('ticket_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_visit_case_idx').on(t.caseId)],
);

/** 咨询登记; rows flagged knowledge_base build the item's 咨询库 shared with the portal. */
export const consultations = pgTable(
  'consultation',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    channel: text('channel').notNull(),
    itemId: text('item_id'),
    askerName: text('asker_name'),
    askerPhone: text('asker_phone'),
    firstAskedBy: text('first_asked_by').notNull(),
    firstAskedByName: text('first_asked_by_name').notNull(),
    question: text('question').notNull(),
    answer: text('answer'),
    referredTo: text('referred_to'),
    knowledgeBase: boolean('knowledge_base').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('consultation_center_idx').on(t.centerId, t.createdAt.desc()), index('consultation_kb_idx').on(t.itemId).where(sql`${t.knowledgeBase}`)],
);

/** 预警阈值: yellow when at most `yellowWorkdays` working days are left; inherited down the center tree. */
export const caseWarningSettings = pgTable('case_warning_setting', {
  centerId: text('center_id')
    .primaryKey()
    .references(() => centers.id),
  yellowWorkdays: smallint('yellow_workdays').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
