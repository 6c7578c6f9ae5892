import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { centers } from '../../org/org.schema.ts';
import { caseRecords } from '../case.schema.ts';

// Follow-up tasks of the department (decision 0033, migration 0027): 容缺补交 (a waived material
// due by its deadline) and 承诺核查 (the post-verification of a 告知承诺 decision). Opened and
// closed only by the one write path, when the case's waiverPending / commitmentPending flag is
// set or cleared; claimed like a step task (row locked).

export const followupKinds = ['waiver', 'verification'] as const;
export type FollowupKind = (typeof followupKinds)[number];

export const caseFollowups = pgTable(
  'case_followup',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => caseRecords.id),
    kind: text('kind', { enum: followupKinds }).notNull(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    centerPath: text('center_path').notNull(),
    departmentId: text('department_id'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['open', 'done'] }).notNull().default('open'),
    assigneeId: text('assignee_id'),
    assigneeName: text('assignee_name'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by'),
  },
  (t) => [
    index('case_followup_department_open_idx').on(t.departmentId, t.dueOn, t.id).where(sql`${t.status} = 'open'`),
    uniqueIndex('case_followup_one_open_uq').on(t.caseId, t.kind).where(sql`${t.status} = 'open'`),
  ],
);
