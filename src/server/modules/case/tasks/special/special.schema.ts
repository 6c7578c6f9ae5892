import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { InspectionSignature, RecordPhoto, SpecialRecordKind } from '../../../../../domain/case/index.ts';
import { centers } from '../../../org/org.schema.ts';
import { caseRecords } from '../../case.schema.ts';

// The special steps' records (issue #17, decision 0036); migration 0030 holds the same table in
// SQL. Written only by the use cases of special.service.ts, each under the row lock.
export const caseSpecialRecords = pgTable(
  'case_special_record',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => caseRecords.id),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    centerPath: text('center_path').notNull(),
    departmentId: text('department_id'),
    kind: text('kind').$type<SpecialRecordKind>().notNull(),
    number: text('number').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    photos: jsonb('photos').$type<RecordPhoto[]>().notNull().default(sql`'[]'::jsonb`),
    signatures: jsonb('signatures').$type<InspectionSignature[]>().notNull().default(sql`'[]'::jsonb`),
    createdById: text('created_by_id'),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [index('case_special_record_case_idx').on(t.caseId, t.createdAt), uniqueIndex('case_special_record_number_uq').on(t.centerId, t.number)],
);
