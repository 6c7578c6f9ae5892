// The back office's HTTP contract (issue #17): department and personal inboxes, claiming and
// reassigning tasks, the step record. Passing and returning a step are case actions
// (POST /cases/:id/actions with `step`), so they go through the one write path.
//
// Routes (approver and department head; every one scope-checked by center and department):
//   GET  /api/v1/tasks                          task.work    TaskInboxQuery → TaskInbox (keyset paged, with counts)
//   GET  /api/v1/tasks/:id                      task.work    → TaskView (step plan, record, the step's actions)
//   POST /api/v1/tasks/:id/claim                task.work    → TaskView (409 TASK_ALREADY_CLAIMED with the holder)
//   POST /api/v1/tasks/:id/assign               task.assign  TaskAssign → TaskView (reassign, or null: back to the department)
//   GET  /api/v1/tasks/:id/assignees            task.assign  → list(TaskAssignee)
//   PUT  /api/v1/tasks/:id/record               task.work    TaskRecordInput → TaskView (checklist and opinion, claimant only)
//   POST /api/v1/tasks/:id/attachments          task.work    raw body (PDF/JPEG/PNG…), ?name= → TaskView
//   GET  /api/v1/tasks/:id/attachments/:sha256  task.work    → the file
import { z } from 'zod';
import { CaseActionSchema, CaseStateSchema, ChecklistAnswerInput } from './case.ts';

export { ChecklistAnswerInput, StepActionInput } from './case.ts';
import { isoDate, list, timestamp, uuid, type Json } from './common.ts';

export const taskStatuses = ['open', 'done', 'returned'] as const;
/** A step's warning level (decision 0033: per-center yellow threshold; paused while the case's clock is stopped). */
export const taskWarnings = ['normal', 'yellow', 'red', 'overdue', 'paused'] as const;
export const taskInboxViews = ['department', 'mine'] as const;
/** Due filter: overdue, due today, due within a working day (yellow), or all. */
export const taskDueFilters = ['all', 'overdue', 'today', 'soon'] as const;

export const TaskInboxQuery = z.object({
  view: z.enum(taskInboxViews).default('department'),
  status: z.enum(taskStatuses).default('open'),
  step: z.string().trim().max(50).optional(),
  due: z.enum(taskDueFilters).default('all'),
  /** Open tasks of one warning level (decision 0033). */
  level: z.enum(taskWarnings).optional(),
  /** Keyset cursor from the previous page's `next`. */
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type TaskInboxQuery = Json<typeof TaskInboxQuery>;

export const TaskListItem = z.object({
  id: uuid,
  caseId: uuid,
  caseNumber: z.string(),
  itemName: z.string(),
  applicantName: z.string(),
  stepIndex: z.number().int(),
  stepName: z.string(),
  post: z.string(),
  status: z.enum(taskStatuses),
  assignee: z.object({ id: uuid, name: z.string() }).nullable(),
  dueOn: isoDate,
  warning: z.enum(taskWarnings),
  openedAt: timestamp,
  closedAt: timestamp.nullable(),
  /** 联办件 (decision 0034): a step of the lead department, or a joint department's parallel sub-task. */
  kind: z.enum(['step', 'joint']),
  /** A submitted sub-task's verdict (同意 / 不同意). */
  verdict: z.enum(['agree', 'disagree']).nullable(),
  /** 上报件 (decision 0035): the number of the case of origin a township forwarded; null otherwise (inbox only). */
  escalatedFrom: z.string().nullable().optional(),
  /** Working days case pauses moved this step's due date (decision 0033). */
  pausedWorkdays: z.number().int(),
});
export type TaskListItem = Json<typeof TaskListItem>;

// ---- follow-up tasks (decision 0033): 容缺补交 and 承诺核查, worked on the case page ----
//   POST /api/v1/tasks/followups/:id/claim      task.work    → FollowupItem (409 TASK_ALREADY_CLAIMED with the holder)
export const followupKinds = ['waiver', 'verification'] as const;
export const FollowupItem = z.object({
  id: uuid,
  kind: z.enum(followupKinds),
  caseId: uuid,
  caseNumber: z.string(),
  itemName: z.string(),
  applicantName: z.string(),
  assignee: z.object({ id: uuid, name: z.string() }).nullable(),
  dueOn: isoDate,
  warning: z.enum(taskWarnings),
  openedAt: timestamp,
});
export type FollowupItem = Json<typeof FollowupItem>;
export type FollowupItemData = z.output<typeof FollowupItem>;

export const TaskInbox = z.object({
  items: z.array(TaskListItem),
  /** Cursor of the next page; null on the last page. */
  next: z.string().nullable(),
  counts: z.object({ open: z.number().int(), mine: z.number().int(), unclaimed: z.number().int(), overdue: z.number().int(), dueToday: z.number().int() }),
  /** Step names of the department's open tasks (the step filter's choices). */
  steps: z.array(z.string()),
  /** Open step tasks per warning level, and the center's yellow threshold the legend names (decision 0033). */
  levels: z.object({ normal: z.number().int(), yellow: z.number().int(), red: z.number().int(), overdue: z.number().int(), paused: z.number().int() }),
  yellowWorkdays: z.number().int(),
  /** 容缺补交 and 承诺核查 follow-ups of the department (decision 0033), soonest due first. */
  followups: z.array(FollowupItem),
});
export type TaskInbox = Json<typeof TaskInbox>;

export const TaskRecordInput = z.object({
  checklist: z.array(ChecklistAnswerInput).max(50),
  opinion: z.string().trim().max(2000),
});
export type TaskRecordInput = Json<typeof TaskRecordInput>;

export const TaskAssign = z.object({ staffId: uuid.nullable() });
export const TaskAssignee = z.object({ id: uuid, name: z.string(), roles: z.array(z.string()) });
export const TaskAssignees = list(TaskAssignee);

export const ReviewRuleView = z.object({ point: z.string(), basis: z.string(), keyPoints: z.string() });
export const StepView = z.object({
  index: z.number().int(),
  name: z.string(),
  post: z.string(),
  phone: z.string(),
  limit: z.object({ amount: z.number().int(), unit: z.string() }).nullable(),
  reviewRules: z.array(ReviewRuleView),
});

export const TaskHistoryEntry = z.object({ action: z.string(), actorName: z.string(), toName: z.string().nullable(), note: z.string().nullable(), at: timestamp });

export const TaskView = TaskListItem.extend({
  caseState: CaseStateSchema,
  plan: z.array(StepView),
  checklist: z.array(z.object({ rule: z.number().int(), checked: z.boolean(), note: z.string() })),
  opinion: z.string(),
  attachments: z.array(z.object({ sha256: z.string(), name: z.string(), mime: z.string(), size: z.number().int() })),
  returnReason: z.string().nullable(),
  /** The claimant is the one signed in: the step may be worked now. */
  mine: z.boolean(),
  /** The case actions this step offers now (the states table, narrowed by the step: pass before the last step, the decision on it). */
  actions: z.array(CaseActionSchema),
  /** Earlier steps this one may return to. */
  returnTargets: z.array(z.object({ index: z.number().int(), name: z.string() })),
  /** Earlier steps' records, newest first (what the approver reads before deciding). */
  earlier: z.array(z.object({ stepName: z.string(), status: z.enum(taskStatuses), assigneeName: z.string().nullable(), opinion: z.string(), returnReason: z.string().nullable(), closedAt: timestamp.nullable() })),
  history: z.array(TaskHistoryEntry),
  /** 联办件: every joint department's sub-task of the case, with its status and opinion (empty otherwise). */
  joint: z.array(
    z.object({
      taskId: uuid,
      departmentName: z.string(),
      status: z.enum(taskStatuses),
      assigneeName: z.string().nullable(),
      verdict: z.enum(['agree', 'disagree']).nullable(),
      opinion: z.string(),
      dueOn: isoDate,
      warning: z.enum(taskWarnings),
      closedAt: timestamp.nullable(),
    }),
  ),
});
export type TaskView = Json<typeof TaskView>;

// ---- the server side of the shapes (timestamps as Date) ----
export type TaskInboxData = z.output<typeof TaskInbox>;
export type TaskViewData = z.output<typeof TaskView>;
export type TaskAssignData = z.output<typeof TaskAssign>;
export type TaskRecordData = z.output<typeof TaskRecordInput>;
export type TaskInboxQueryData = z.output<typeof TaskInboxQuery>;
