import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { jointVerdicts, type ChecklistAnswer } from '../../../../domain/case/index.ts';
import { centers } from '../../org/org.schema.ts';
import { caseRecords } from '../case.schema.ts';

// Back-office tasks (issue #17, decision 0031): one row per step of a case as it opens, with
// its step record. Migration 0023 holds the same tables in SQL. Changed only inside the one
// write path (opening, passing, returning) and the claim use cases (row locked).

export const taskStatuses = ['open', 'done', 'returned'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
/** 联办件 (migration 0028): a step of the lead department, or a joint department's parallel sub-task. */
export const taskKinds = ['step', 'joint'] as const;
export type TaskKind = (typeof taskKinds)[number];

/** A file in the platform file store, referenced by its SHA-256. */
export interface TaskAttachment {
  sha256: string;
  name: string;
  mime: string;
  size: number;
}

export const caseTasks = pgTable(
  'case_task',
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
    stepIndex: smallint('step_index').notNull(),
    stepName: text('step_name').notNull(),
    post: text('post').notNull(),
    assigneeId: text('assignee_id'),
    assigneeName: text('assignee_name'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    status: text('status', { enum: taskStatuses }).notNull().default('open'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by'),
    checklist: jsonb('checklist').$type<ChecklistAnswer[]>().notNull().default(sql`'[]'::jsonb`),
    opinion: text('opinion').notNull().default(''),
    attachments: jsonb('attachments').$type<TaskAttachment[]>().notNull().default(sql`'[]'::jsonb`),
    returnReason: text('return_reason'),
    rowVersion: integer('row_version').notNull().default(1),
    kind: text('kind', { enum: taskKinds }).notNull().default('step'),
    /** A joint sub-task's verdict (同意 / 不同意), set when it is submitted. */
    verdict: text('verdict', { enum: jointVerdicts }),
    /** Working days case pauses took while this step was open: its due date moved by them (migration 0027). */
    pausedWorkdays: smallint('paused_workdays').notNull().default(0),
  },
  (t) => [
    index('case_task_department_open_idx').on(t.departmentId, t.dueOn, t.id).where(sql`${t.status} = 'open'`),
    index('case_task_assignee_open_idx').on(t.assigneeId, t.dueOn, t.id).where(sql`${t.status} = 'open'`),
    index('case_task_department_closed_idx').on(t.departmentId, t.closedAt.desc(), t.id).where(sql`${t.status} <> 'open'`),
    index('case_task_case_idx').on(t.caseId, t.openedAt),
    uniqueIndex('case_task_one_open_step_uq').on(t.caseId).where(sql`${t.status} = 'open' AND ${t.kind} = 'step'`),
    uniqueIndex('case_task_one_open_joint_uq').on(t.caseId, t.departmentId).where(sql`${t.status} = 'open' AND ${t.kind} = 'joint'`),
    check('case_task_kind_ck', sql`${t.kind} IN ('step', 'joint')`),
    check('case_task_verdict_ck', sql`${t.verdict} IS NULL OR (${t.kind} = 'joint' AND ${t.verdict} IN ('agree', 'disagree'))`),
  ],
);

export const taskHistoryActions = ['open', 'claim', 'reassign', 'take_back', 'save', 'pass', 'return', 'close'] as const;
export type TaskHistoryAction = (typeof taskHistoryActions)[number];

/** Append-only (a trigger refuses UPDATE and DELETE): who claimed, reassigned and closed when. */
export const caseTaskHistory = pgTable(
  'case_task_history',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    taskId: text('task_id')
      .notNull()
      .references(() => caseTasks.id),
    caseId: text('case_id').notNull(),
    action: text('action', { enum: taskHistoryActions }).notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    toStaffId: text('to_staff_id'),
    toName: text('to_name'),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_task_history_task_idx').on(t.taskId, t.id)],
);
