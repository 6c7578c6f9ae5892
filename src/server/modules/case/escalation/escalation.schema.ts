import { date, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { centers } from '../../org/org.schema.ts';
import { caseRecords } from '../case.schema.ts';

// 上报件 (issue #17, decision 0035): the link between a case of origin (a township or village
// center) and the case it became at the center above. Migration 0029 holds the same table in
// SQL. Written only inside the escalate action of the one write path (actOnCase).
export const caseEscalations = pgTable(
  'case_escalation',
  {
    originCaseId: text('origin_case_id')
      .primaryKey()
      .references(() => caseRecords.id),
    upperCaseId: text('upper_case_id')
      .notNull()
      .references(() => caseRecords.id),
    originCenterId: text('origin_center_id')
      .notNull()
      .references(() => centers.id),
    upperCenterId: text('upper_center_id')
      .notNull()
      .references(() => centers.id),
    /** 上报理由, as the lower center gave it. */
    reason: text('reason').notNull(),
    forwardedBy: text('forwarded_by'),
    forwardedByName: text('forwarded_by_name').notNull(),
    forwardedAt: timestamp('forwarded_at', { withTimezone: true }).notNull(),
    forwardedOn: date('forwarded_on').notNull(),
    /** §43: the lower center's review was due by this day (null: a pause was open, which the table forbids). */
    reviewDue: date('review_due'),
    /** When the decision (or ending) above came back to the case of origin. */
    returnedAt: timestamp('returned_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('case_escalation_upper_uq').on(t.upperCaseId)],
);
