// The archive's tables (issue #18, migration 0034, decision 0040). Written once, never changed
// (triggers refuse UPDATE and DELETE): verification compares the stored zips against them.
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { ManifestEntry, RetentionPeriod } from '../../../domain/archive/index.ts';
import { caseRecords } from '../case/case.schema.ts';
import { centers } from '../org/org.schema.ts';

/** One center's monthly batch (归档批次) and its register (归档登记表, an .xlsx in the file store). */
export const archiveBatches = pgTable(
  'archive_batch',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    /** YYYY-MM */
    month: text('month').notNull(),
    caseCount: integer('case_count').notNull(),
    pages: integer('pages').notNull(),
    /** SHA-256 of the batch's manifest (every package zip and the register). */
    rootHash: text('root_hash').notNull(),
    registerSha256: text('register_sha256').notNull(),
    registerSize: integer('register_size').notNull(),
    builtAt: timestamp('built_at', { withTimezone: true }).notNull(),
    builtBy: text('built_by'),
    builtByName: text('built_by_name').notNull(),
  },
  (t) => [uniqueIndex('archive_batch_center_month_uq').on(t.centerId, t.month)],
);

/** One case's package (案卷): the zip's address in the file store and the manifest it was sealed with. */
export const archivePackages = pgTable(
  'archive_package',
  {
    id: text('id').primaryKey(),
    batchId: text('batch_id')
      .notNull()
      .references(() => archiveBatches.id),
    caseId: text('case_id')
      .notNull()
      .references(() => caseRecords.id),
    caseNumber: text('case_number').notNull(),
    /** 档号 */
    archiveCode: text('archive_code').notNull(),
    /** 件号 within the fonds, year and retention period */
    itemNo: integer('item_no').notNull(),
    itemName: text('item_name').notNull(),
    applicantName: text('applicant_name').notNull(),
    endState: text('end_state').notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }).notNull(),
    retentionPeriod: text('retention_period').$type<RetentionPeriod>().notNull(),
    pages: integer('pages').notNull(),
    documents: integer('documents').notNull(),
    /** The zip in the file store. */
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    /** SHA-256 of the package's manifest.sha256. */
    rootHash: text('root_hash').notNull(),
    manifest: jsonb('manifest').$type<ManifestEntry[]>().notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('archive_package_case_uq').on(t.caseId),
    uniqueIndex('archive_package_code_uq').on(t.archiveCode),
    index('archive_package_batch_idx').on(t.batchId, t.itemNo),
  ],
);
