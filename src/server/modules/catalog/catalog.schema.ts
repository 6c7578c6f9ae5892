import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type {
  BodyNatureCode,
  CaseType,
  DelegationMode,
  ExerciseLevelCode,
  ItemTypeCode,
  RetentionPeriod,
  Channel,
  Fee,
  Faq,
  HandlingScope,
  IntermediaryService,
  JointDepartment,
  ProcessStep,
  ServiceObjectCode,
  SituationQuestion,
  SpecialProcedure,
  Theme,
  TimeLimit,
  VersionState,
} from '../../../domain/catalog/index.ts';
import { centers, departments } from '../org/org.schema.ts';

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * 事项: the stable identity of one guide (an item, or one 业务办理项 of it) owned by a center.
 * What it says lives in its versions; `current_version_id` is the published one, if any.
 */
export const catalogItems = pgTable(
  'catalog_item',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    basicCode: text('basic_code').notNull(),
    localCode: text('local_code'),
    currentVersionId: text('current_version_id'),
    active: boolean('active').notNull().default(true),
    ...stamps,
  },
  (t) => [
    index('catalog_item_center_idx').on(t.centerId),
    index('catalog_item_basic_code_idx').on(t.basicCode),
    uniqueIndex('catalog_item_local_code_uq').on(t.centerId, t.localCode).where(sql`${t.localCode} IS NOT NULL`),
  ],
);

/**
 * One version of a guide. Published versions are never updated except to end them
 * (state → retired, valid_to); cases pin the version id they were accepted under. Together
 * with the audit rows this is the item's change history, so there is no separate log table.
 */
export const catalogVersions = pgTable(
  'catalog_item_version',
  {
    id: text('id').primaryKey(),
    itemId: text('item_id')
      .notNull()
      .references(() => catalogItems.id),
    versionNo: integer('version_no').notNull(),
    state: text('state').$type<VersionState>().notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }),
    validTo: timestamp('valid_to', { withTimezone: true }),

    name: text('name').notNull(),
    subItemName: text('sub_item_name'),
    subItemCode: text('sub_item_code'),
    itemType: text('item_type').$type<ItemTypeCode>().notNull(),
    legalBasis: text('legal_basis').notNull().default(''),
    exerciseLevel: text('exercise_level').$type<ExerciseLevelCode>().notNull(),
    departmentId: text('department_id').references(() => departments.id),
    implementingBody: text('implementing_body').notNull().default(''),
    implementingBodyUscc: text('implementing_body_uscc').notNull().default(''),
    implementingBodyNature: text('implementing_body_nature').$type<BodyNatureCode>().notNull().default('1'),
    implementationCode: text('implementation_code'),
    legalLimit: jsonb('legal_limit').$type<TimeLimit | null>(),
    promisedLimit: jsonb('promised_limit').$type<TimeLimit | null>(),
    acceptanceConditions: text('acceptance_conditions').notNull().default(''),
    process: jsonb('process').$type<ProcessStep[]>().notNull().default([]),
    jointDepartments: jsonb('joint_departments').$type<JointDepartment[]>().notNull().default([]),
    leadDepartmentId: text('lead_department_id').references(() => departments.id),
    undertakingBody: text('undertaking_body').notNull().default(''),
    intermediaryServices: jsonb('intermediary_services').$type<IntermediaryService[]>().notNull().default([]),
    quantityLimit: text('quantity_limit').notNull().default(''),
    resultName: text('result_name').notNull().default(''),
    resultSample: text('result_sample').notNull().default(''),
    fee: jsonb('fee').$type<Fee>().notNull().default({ charged: false, basis: '', items: [] }),
    scope: text('scope').$type<HandlingScope>().notNull().default('local'),
    serviceObjects: text('service_objects').array().$type<ServiceObjectCode[]>().notNull().default([]),
    themes: text('themes').array().$type<Theme[]>().notNull().default([]),
    keywords: text('keywords').array().notNull().default([]),
    channels: text('channels').array().$type<Channel[]>().notNull().default([]),
    specialProcedures: jsonb('special_procedures').$type<SpecialProcedure[]>().notNull().default([]),
    appointment: boolean('appointment').notNull().default(false),
    onlinePayment: boolean('online_payment').notNull().default(false),
    express: boolean('express').notNull().default(false),
    online: boolean('online').notNull().default(false),
    onlineUrl: text('online_url').notNull().default(''),
    visits: integer('visits').notNull().default(1),
    address: text('address').notNull().default(''),
    hours: text('hours').notNull().default(''),
    consultPhone: text('consult_phone').notNull().default(''),
    complaintPhone: text('complaint_phone').notNull().default(''),
    faq: jsonb('faq').$type<Faq[]>().notNull().default([]),
    caseType: text('case_type').$type<CaseType>().notNull(),
    commitmentEligible: boolean('commitment_eligible').notNull().default(false),
    formSchema: jsonb('form_schema').$type<Record<string, unknown> | null>(),
    /** 情形引导 (decision 0029): questions whose answers tailor the checklist. */
    situations: jsonb('situations').$type<SituationQuestion[]>().notNull().default([]),
    /** 档案保管期限 (issue #18, migration 0034): how long the archive keeps this item's case files. */
    retentionPeriod: text('retention_period').$type<RetentionPeriod>().notNull().default('30y'),

    createdBy: text('created_by'),
    publishedBy: text('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [
    uniqueIndex('catalog_version_item_no_uq').on(t.itemId, t.versionNo),
    // At most one draft and one published version per item, whatever the service does.
    uniqueIndex('catalog_version_one_draft_uq').on(t.itemId).where(sql`${t.state} = 'draft'`),
    uniqueIndex('catalog_version_one_published_uq').on(t.itemId).where(sql`${t.state} = 'published'`),
    index('catalog_version_department_idx').on(t.departmentId),
    // Search filters (theme, department as lead or joint) answered from indexes, not a scan.
    index('catalog_version_themes_idx').using('gin', t.themes),
    index('catalog_version_lead_department_idx').on(t.leadDepartmentId),
    index('catalog_version_joint_departments_idx').using('gin', t.jointDepartments.op('jsonb_path_ops')),
  ],
);

/** 申请材料 of one version; copied with the version, so a published list never changes. */
export const catalogMaterials = pgTable(
  'catalog_material',
  {
    id: text('id').primaryKey(),
    versionId: text('version_id')
      .notNull()
      .references(() => catalogVersions.id),
    seq: integer('seq').notNull(),
    name: text('name').notNull(),
    issuingBody: text('issuing_body').notNull().default(''),
    originals: integer('originals').notNull().default(0),
    copies: integer('copies').notNull().default(0),
    required: boolean('required').notNull().default(true),
    waivable: boolean('waivable').notNull().default(false),
    exemptWhenShared: boolean('exempt_when_shared').notNull().default(false),
    sampleFile: text('sample_file').notNull().default(''),
    blankFormFile: text('blank_form_file').notNull().default(''),
    fillGuide: text('fill_guide').notNull().default(''),
    notes: text('notes').notNull().default(''),
  },
  (t) => [uniqueIndex('catalog_material_version_seq_uq').on(t.versionId, t.seq)],
);

/** A county item handled by a township or village center (委托 or 下放). Ended, never deleted. */
export const catalogDelegations = pgTable(
  'catalog_delegation',
  {
    id: text('id').primaryKey(),
    itemId: text('item_id')
      .notNull()
      .references(() => catalogItems.id),
    toCenterId: text('to_center_id')
      .notNull()
      .references(() => centers.id),
    mode: text('mode').$type<DelegationMode>().notNull(),
    since: date('since', { mode: 'string' }).notNull(),
    active: boolean('active').notNull().default(true),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    createdBy: text('created_by'),
    ...stamps,
  },
  (t) => [
    uniqueIndex('catalog_delegation_active_uq').on(t.itemId, t.toCenterId).where(sql`${t.active}`),
    index('catalog_delegation_center_idx').on(t.toCenterId),
  ],
);
