// The back office's use cases outside the case's own actions: the inboxes, claiming a task, a
// department head reassigning or taking it back, saving the step record and its attachments.
// Each write locks the task row, so a claim and a step action on it never interleave.
import { allowedActions, isLastStep, jointStepOf, returnTargets, stepLevel, type CaseAction, type ChecklistAnswer } from '../../../../domain/case/index.ts';
import type { WarningLevel } from '../../../../domain/clock/index.ts';
import type { TaskAssignData as TaskAssign, TaskInboxData as TaskInbox, TaskInboxQueryData as TaskInboxQuery, TaskRecordData as TaskRecordInput, TaskViewData as TaskView } from '../../../../contract/task.ts';
import { addDays } from '../../../../domain/calendar/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/types.ts';
import type { FileStore } from '../../../platform/files/index.ts';
import { calendarCall, chinaToday } from '../../calendar/index.ts';
import { departmentStaff, findStaff } from '../../org/index.ts';
import { auditCase } from '../case.actor.ts';
import { loadPinned, loadPlace } from '../case.pinned.ts';
import { findCase } from '../case.queries.ts';
import { statusOf } from '../case.rules.ts';
import { jointOfCase, subTaskActions } from './joint.view.ts';
import { boundsOf } from './inbox-bounds.ts';
import { followupItem } from './followup.service.ts';
import { openFollowups } from './followup.queries.ts';
import { inboxLevelCounts, levelIs as levelIsSql } from './inbox-levels.queries.ts';
import { planOf } from './task.effects.ts';
import { findTask, historyOfTask, inboxCounts, inboxPage, insertTaskHistory, lockTask, openStepNames, tasksOfCase, updateTask, type InboxScope, type TaskRow } from './task.queries.ts';

type Who = { actor: Actor; ip: string };
const backOfficeRoles = ['approver', 'department_head'] as const;
/** The case actions a step screen offers; the others belong to the case page. */
const stepScreenActions: readonly CaseAction[] = ['review.start', 'step.pass', 'step.return', 'decide.approve', 'decide.refuse'];

/** The actor's inbox scope: their department within their center scope. */
export async function inboxScopeOf(db: Db, actor: Actor): Promise<InboxScope> {
  const me = await findStaff(db, actor.staffId);
  return { departmentId: me?.departmentId ?? null, centerPath: actor.centerPath, staffId: actor.staffId };
}

function inScope(task: TaskRow, s: InboxScope): boolean {
  return task.departmentId === s.departmentId && task.centerPath.startsWith(s.centerPath);
}

/** The task, if the actor's department holds it; a task of another department or center is "not found". */
async function visibleTask(db: Db, actor: Actor, id: string, lock = false): Promise<{ task: TaskRow; scope: InboxScope }> {
  // Inside a transaction `db` is the transaction: PGlite has one connection, so a query
  // beside the open transaction would wait for it forever.
  const scope = await inboxScopeOf(db, actor);
  const task = lock ? await lockTask(db, id) : await findTask(db, id);
  if (!task || !inScope(task, scope)) throw new DomainError('TASK_NOT_FOUND', { id });
  return { task, scope };
}

const encodeCursor = (k: string, id: string) => Buffer.from(JSON.stringify([k, id])).toString('base64url');
function decodeCursor(s: string | undefined): { key: string; id: string } | undefined {
  if (!s) return undefined;
  try {
    const [key, id] = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as [string, string];
    if (typeof key === 'string' && typeof id === 'string') return { key, id };
  } catch {
    /* a bad cursor is a validation problem below */
  }
  throw new DomainError('VALIDATION_FAILED', { field: 'after' });
}

export async function inbox(db: Db, actor: Actor, q: TaskInboxQuery, now = new Date()): Promise<TaskInbox> {
  const scope = await inboxScopeOf(db, actor);
  const today = chinaToday(now);
  const { calendar } = await loadPlace(db, actor.centerId, null);
  // Levels by the center's own yellow threshold (decision 0033), on read: never stale.
  const bounds = await boundsOf(db, actor.centerPath, today, calendar);
  const due = calendarCall(() =>
    q.due === 'overdue' ? { dueTo: addDays(today, -1) } : q.due === 'today' ? { dueFrom: today, dueTo: today } : q.due === 'soon' ? { dueFrom: today, dueTo: calendar.addWorkdays(today, 1) } : {},
  );
  const levelIs = q.level && q.status === 'open' ? levelIsSql(bounds, q.level) : undefined;
  const [rows, counts, steps, levels, followups] = await Promise.all([
    inboxPage(db, scope, { view: q.view, status: q.status, ...(q.step ? { step: q.step } : {}), ...due, after: decodeCursor(q.after), limit: q.limit, ...(levelIs ? { levelIs } : {}) }),
    inboxCounts(db, scope, today),
    openStepNames(db, scope),
    inboxLevelCounts(db, scope, bounds),
    q.status === 'open' ? openFollowups(db, scope, 100, q.view === 'mine') : Promise.resolve([]),
  ]);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1)?.task;
  const next = rows.length > q.limit && last ? encodeCursor(q.status === 'open' ? last.dueOn : last.closedAt!.toISOString(), last.id) : null;
  return {
    items: page.map((r) => ({ ...listItem(r.task, today, (d) => stepLevel(d, r.casePaused, bounds)), caseNumber: r.caseNumber, itemName: r.itemName, applicantName: r.applicantName, escalatedFrom: r.escalatedFrom ?? null })),
    next,
    counts,
    steps,
    levels,
    yellowWorkdays: bounds.yellowWorkdays,
    followups: followups.map((f) => followupItem(f.followup, f, bounds)),
  };
}

function listItem(t: TaskRow, _today: string, warn: (due: string) => WarningLevel) {
  return {
    id: t.id,
    caseId: t.caseId,
    stepIndex: t.stepIndex,
    stepName: t.stepName,
    post: t.post,
    status: t.status,
    assignee: t.assigneeId ? { id: t.assigneeId, name: t.assigneeName ?? '' } : null,
    dueOn: t.dueOn,
    warning: t.status === 'open' ? warn(t.dueOn) : ('normal' as const),
    openedAt: t.openedAt,
    closedAt: t.closedAt,
    kind: t.kind,
    verdict: t.verdict ?? null,
    pausedWorkdays: t.pausedWorkdays,
  };
}

export async function taskView(db: Db, actor: Actor, id: string, now = new Date()): Promise<TaskView> {
  const { task } = await visibleTask(db, actor, id);
  const row = await findCase(db, task.caseId);
  if (!row) throw new DomainError('TASK_NOT_FOUND', { id });
  const [pinned, place, all, history] = await Promise.all([loadPinned(db, row.versionId), loadPlace(db, row.centerId, row.departmentId), tasksOfCase(db, row.id), historyOfTask(db, id)]);
  // 联办件: a sub-task works the guide's parallel step; the lead's step sees every sub-task (joint.view.ts).
  const sub = task.kind === 'joint';
  const plan = sub ? [jointStepOf(pinned.version.process ?? [])] : planOf(pinned, place);
  const today = chinaToday(now);
  const bounds = await boundsOf(db, row.centerPath, today, place.calendar);
  const mine = task.status === 'open' && task.assigneeId === actor.staffId;
  const last = isLastStep(plan, task.stepIndex);
  const joint = sub ? [] : await jointOfCase(db, row.id, today, place.calendar);
  const actions = !mine
    ? []
    : sub
      ? subTaskActions(allowedActions(statusOf(row), actor.roles, pinned.facts))
      : allowedActions(statusOf(row), actor.roles, pinned.facts).filter((a) => {
        if (!stepScreenActions.includes(a)) return false;
        if (a === 'step.pass') return !last;
        if (a === 'step.return') return task.stepIndex > 0;
        if (a === 'decide.approve' || a === 'decide.refuse') return last && !joint.some((j) => j.status === 'open');
        return true;
      });
  return {
    ...listItem(task, today, (d) => stepLevel(d, row.paused, bounds)),
    caseNumber: row.number,
    itemName: row.itemName,
    applicantName: row.applicantName,
    caseState: row.state,
    plan: plan.map((s) => ({ ...s, limit: s.limit ? { amount: s.limit.amount, unit: s.limit.unit } : null })),
    checklist: task.checklist,
    opinion: task.opinion,
    attachments: task.attachments,
    returnReason: task.returnReason,
    mine,
    actions,
    returnTargets: sub ? [] : returnTargets(plan, task.stepIndex).map((s) => ({ index: s.index, name: s.name })),
    earlier: all
      .filter((t) => t.id !== task.id && t.status !== 'open' && t.kind === 'step')
      .map((t) => ({ stepName: t.stepName, status: t.status, assigneeName: t.assigneeName, opinion: t.opinion, returnReason: t.returnReason, closedAt: t.closedAt })),
    history: history.map((h) => ({ action: h.action, actorName: h.actorName, toName: h.toName, note: h.note, at: h.at })),
    joint,
  };
}

function requireOpen(task: TaskRow): void {
  if (task.status !== 'open') throw new DomainError('TASK_CLOSED', { id: task.id, status: task.status });
}

function heldBy(task: TaskRow): { holder: { id: string; name: string | null }; claimedAt: Date | null } {
  return { holder: { id: task.assigneeId!, name: task.assigneeName }, claimedAt: task.claimedAt };
}

/** 认领: an explicit assignment. The row lock makes two claims at once end with one winner. */
export async function claimTask(db: Db, who: Who, id: string, now = new Date()): Promise<TaskView> {
  await db.transaction(async (tx) => {
    const { task } = await visibleTask(tx, who.actor, id, true);
    requireOpen(task);
    if (task.assigneeId === who.actor.staffId) return;
    if (task.assigneeId) throw new DomainError('TASK_ALREADY_CLAIMED', heldBy(task));
    await updateTask(tx, id, { assigneeId: who.actor.staffId, assigneeName: who.actor.name, claimedAt: now, rowVersion: task.rowVersion + 1 });
    await insertTaskHistory(tx, { taskId: id, caseId: task.caseId, action: 'claim', actorId: who.actor.staffId, actorName: who.actor.name, toStaffId: who.actor.staffId, toName: who.actor.name, at: now });
    await auditCase(tx, who, { centerId: task.centerId, action: 'case.task.claim', objectType: 'case_task', objectId: id, summary: { caseId: task.caseId, step: task.stepName } });
  });
  return taskView(db, who.actor, id, now);
}

/** A department head reassigns a task to a colleague, or takes it back to the department (null). */
export async function assignTask(db: Db, who: Who, id: string, input: TaskAssign, now = new Date()): Promise<TaskView> {
  await db.transaction(async (tx) => {
    const { task } = await visibleTask(tx, who.actor, id, true);
    requireOpen(task);
    let to: { id: string; name: string } | null = null;
    if (input.staffId) {
      const s = await findStaff(tx, input.staffId);
      const fits = s && s.active && s.departmentId === task.departmentId && s.roles.some((r) => (backOfficeRoles as readonly string[]).includes(r));
      if (!s || !fits) throw new DomainError('TASK_ASSIGNEE_INVALID', { staffId: input.staffId });
      to = { id: s.id, name: s.name };
    }
    const action = to ? 'reassign' : 'take_back';
    await updateTask(tx, id, { assigneeId: to?.id ?? null, assigneeName: to?.name ?? null, claimedAt: to ? now : null, rowVersion: task.rowVersion + 1 });
    await insertTaskHistory(tx, { taskId: id, caseId: task.caseId, action, actorId: who.actor.staffId, actorName: who.actor.name, toStaffId: to?.id ?? null, toName: to?.name ?? null, note: task.assigneeName ? `原办理人：${task.assigneeName}` : null, at: now });
    await auditCase(tx, who, { centerId: task.centerId, action: `case.task.${action}`, objectType: 'case_task', objectId: id, summary: { caseId: task.caseId, from: task.assigneeId, to: to?.id ?? null } });
  });
  return taskView(db, who.actor, id, now);
}

export async function assigneesOf(db: Db, actor: Actor, id: string) {
  const { task } = await visibleTask(db, actor, id);
  if (!task.departmentId) return { items: [] };
  const rows = await departmentStaff(db, task.departmentId, backOfficeRoles);
  return { items: rows.map((r) => ({ id: r.id, name: r.name, roles: r.roles })) };
}

/** The claimant alone edits the step record while the task is open. */
function requireMine(task: TaskRow, actor: Actor): void {
  requireOpen(task);
  if (task.assigneeId === actor.staffId) return;
  if (task.assigneeId) throw new DomainError('TASK_ALREADY_CLAIMED', heldBy(task));
  throw new DomainError('TASK_NOT_CLAIMED', { id: task.id });
}

export async function saveRecord(db: Db, who: Who, id: string, input: TaskRecordInput, now = new Date()): Promise<TaskView> {
  await db.transaction(async (tx) => {
    const { task } = await visibleTask(tx, who.actor, id, true);
    requireMine(task, who.actor);
    const checklist: ChecklistAnswer[] = input.checklist.map((a) => ({ rule: a.rule, checked: a.checked, note: a.note ?? '' }));
    await updateTask(tx, id, { checklist, opinion: input.opinion, rowVersion: task.rowVersion + 1 });
    await auditCase(tx, who, { centerId: task.centerId, action: 'case.task.save', objectType: 'case_task', objectId: id, summary: { caseId: task.caseId, checked: checklist.filter((a) => a.checked).length } });
  });
  return taskView(db, who.actor, id, now);
}

const attachmentTypes = ['pdf', 'ofd', 'jpeg', 'png', 'webp'] as const;

export async function addAttachment(db: Db, files: FileStore, who: Who, id: string, bytes: Buffer, name: string, now = new Date()): Promise<TaskView> {
  const pre = await visibleTask(db, who.actor, id);
  requireMine(pre.task, who.actor);
  if (!Buffer.isBuffer(bytes)) throw new DomainError('FILE_TYPE_NOT_ALLOWED', { reason: 'not a file body' });
  const stored = await files.put(bytes, { allowed: attachmentTypes });
  await db.transaction(async (tx) => {
    const { task } = await visibleTask(tx, who.actor, id, true);
    requireMine(task, who.actor);
    if (task.attachments.some((a) => a.sha256 === stored.sha256)) return;
    const attachments = [...task.attachments, { sha256: stored.sha256, name: name.slice(0, 200) || stored.sha256.slice(0, 12), mime: stored.contentType, size: stored.size }];
    await updateTask(tx, id, { attachments, rowVersion: task.rowVersion + 1 });
    await auditCase(tx, who, { centerId: task.centerId, action: 'case.task.attach', objectType: 'case_task', objectId: id, summary: { caseId: task.caseId, sha256: stored.sha256, size: stored.size } });
  });
  return taskView(db, who.actor, id, now);
}

export async function readAttachment(db: Db, files: FileStore, actor: Actor, id: string, sha256: string) {
  const { task } = await visibleTask(db, actor, id);
  if (!task.attachments.some((a) => a.sha256 === sha256)) throw new DomainError('NOT_FOUND', { object: 'attachment', id: sha256 });
  const file = await files.get(sha256);
  if (!file) throw new DomainError('NOT_FOUND', { object: 'attachment', id: sha256 });
  return file;
}
