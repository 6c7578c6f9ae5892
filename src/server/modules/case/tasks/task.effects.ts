// The back office's part of the one write path (decision 0031): called by actOnCase inside its
// transaction, after the states table allowed the action. Acceptance opens the first step's
// task; step.pass and step.return close the open task and open the next (or an earlier) one;
// the decision closes the last; any other way out of the back office closes what is open.
// The open task's row is locked here, so its assignment is checked at commit, not at click.
import {
  isLastStep,
  leadStepPlan,
  nextStep,
  plannedStepDue,
  uncheckedRules,
  type CaseAction,
  type ChecklistAnswer,
  type PlannedStep,
} from '../../../../domain/case/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { newId } from '../../../platform/ids.ts';
import { calendarCall } from '../../calendar/index.ts';
import type { CaseBy } from '../case.actor.ts';
import type { Pinned, Place } from '../case.pinned.ts';
import type { ActInput } from '../case.rules.ts';
import { runJointEffect } from './joint.effects.ts';
import { workingStates, type TaskEffectContext } from './task.context.ts';
import { insertTask, insertTaskHistory, lockOpenTaskOfCase, updateTask, type TaskRow } from './task.queries.ts';

export type { TaskEffectContext } from './task.context.ts';

/** Actions that act on the open step: the claimant alone may take them. */
const stepActions: readonly CaseAction[] = ['step.pass', 'step.return'];
/** Actions a colleague may not take over a task someone else holds. */
const heldActions: readonly CaseAction[] = ['review.start', 'pause.start', 'pause.end', 'decide.approve', 'decide.refuse'];
/** The decisions: taken on the last step only. */
const decisionActions: readonly CaseAction[] = ['decide.approve', 'decide.refuse'];

export function planOf(pinned: Pinned, place: Place): PlannedStep[] {
  // A joint case's parallel step is worked as sub-tasks (joint.effects.ts), not by the lead.
  return leadStepPlan({ caseType: pinned.version.caseType, process: pinned.version.process ?? [] }, place.department.name);
}

function actorOf(by: CaseBy) {
  return 'system' in by ? { id: null, name: by.system } : { id: by.actor.staffId, name: by.actor.name };
}

async function openTask(tx: Db, c: TaskEffectContext, step: PlannedStep): Promise<void> {
  const id = newId(c.now.getTime());
  const dueOn = calendarCall(() => plannedStepDue(step, c.today, c.promisedDue, c.place.calendar));
  await insertTask(tx, {
    id,
    caseId: c.row.id,
    centerId: c.row.centerId,
    centerPath: c.row.centerPath,
    departmentId: c.row.departmentId,
    stepIndex: step.index,
    stepName: step.name,
    post: step.post,
    status: 'open',
    dueOn,
    openedAt: c.now,
  });
  const who = actorOf(c.by);
  await insertTaskHistory(tx, { taskId: id, caseId: c.row.id, action: 'open', actorId: who.id, actorName: who.name, note: step.post, at: c.now });
}

async function closeTask(tx: Db, c: TaskEffectContext, task: TaskRow, status: 'done' | 'returned', record: { checklist: ChecklistAnswer[]; opinion: string; returnReason?: string }) {
  const who = actorOf(c.by);
  await updateTask(tx, task.id, {
    status,
    closedAt: c.now,
    closedBy: who.id,
    checklist: record.checklist,
    opinion: record.opinion,
    returnReason: record.returnReason ?? null,
    rowVersion: task.rowVersion + 1,
  });
  await insertTaskHistory(tx, {
    taskId: task.id,
    caseId: c.row.id,
    action: status === 'returned' ? 'return' : c.nextState === 'in_review' ? 'pass' : 'close',
    actorId: who.id,
    actorName: who.name,
    note: record.returnReason ?? (record.opinion || null),
    at: c.now,
  });
}

/** The record the action carries, over the one saved on the task. */
function recordOf(task: TaskRow, input: ActInput) {
  return {
    checklist: (input.step?.checklist as ChecklistAnswer[] | undefined) ?? task.checklist,
    opinion: input.step?.opinion ?? task.opinion,
  };
}

/** Refuse an action on a task the actor does not hold (the assignment re-checked at commit). */
function requireHolder(task: TaskRow, by: CaseBy, mustHold: boolean): void {
  if ('system' in by) return;
  if (task.assigneeId === by.actor.staffId) return;
  if (task.assigneeId) throw new DomainError('TASK_ALREADY_CLAIMED', { holder: { id: task.assigneeId, name: task.assigneeName }, claimedAt: task.claimedAt });
  if (mustHold) throw new DomainError('TASK_NOT_CLAIMED', { taskId: task.id });
}

async function passOrReturn(tx: Db, action: CaseAction, c: TaskEffectContext, task: TaskRow, plan: PlannedStep[]) {
  if (!c.input.step || c.input.step.taskId !== task.id) throw new DomainError('TASK_CLOSED', { taskId: c.input.step?.taskId, open: task.id });
  requireHolder(task, c.by, true);
  const record = recordOf(task, c.input);
  const step = plan[task.stepIndex] ?? plan.at(-1)!;
  if (action === 'step.pass') {
    if (isLastStep(plan, task.stepIndex)) throw new DomainError('CASE_ACTION_NOT_ALLOWED', { reason: 'last_step', action, actionLabel: '提交下一环节' });
    const unchecked = uncheckedRules(step, record.checklist);
    if (unchecked.length) throw new DomainError('TASK_CHECKLIST_INCOMPLETE', { unchecked: unchecked.map((r) => r.point) });
    await closeTask(tx, c, task, 'done', record);
    await openTask(tx, c, nextStep(plan, task.stepIndex)!);
    return;
  }
  const to = c.input.step.returnTo;
  const reason = c.input.step.reason?.trim() ?? '';
  if (to === undefined || to >= task.stepIndex || !plan[to] || !reason) throw new DomainError('TASK_RETURN_INVALID', { returnTo: to, stepIndex: task.stepIndex });
  await closeTask(tx, c, task, 'returned', { ...record, returnReason: reason });
  await openTask(tx, c, plan[to]);
}

/** Run the back office's effect of `action`; a no-op for actions that do not touch a step. */
export async function runTaskEffect(tx: Db, action: CaseAction, c: TaskEffectContext): Promise<void> {
  // 联办件 (decision 0034): the joint departments' sub-tasks open, close and guard the decision.
  await runJointEffect(tx, action, c);
  const plan = planOf(c.pinned, c.place);
  const entersBackOffice = c.nextState === 'accepted' && c.row.state !== 'accepted';
  if (entersBackOffice) {
    await openTask(tx, c, plan[0]!);
    return;
  }
  if (!workingStates.includes(c.row.state)) return;
  const task = await lockOpenTaskOfCase(tx, c.row.id);
  if (!task) {
    if (stepActions.includes(action)) throw new DomainError('TASK_CLOSED', { caseId: c.row.id });
    return;
  }
  if (stepActions.includes(action)) return passOrReturn(tx, action, c, task, plan);
  if (heldActions.includes(action)) requireHolder(task, c.by, false);
  // A decision is taken on the last step only (decision 0033): the earlier steps pass first.
  if (decisionActions.includes(action) && !isLastStep(plan, task.stepIndex)) {
    throw new DomainError('TASK_NOT_LAST_STEP', { taskId: task.id, stepIndex: task.stepIndex, stepName: task.stepName, lastStep: plan.at(-1)?.name ?? null });
  }
  if (!workingStates.includes(c.nextState)) {
    // The decision (or a withdrawal, a fallback) ends the back office: the open step closes with what it holds.
    await closeTask(tx, c, task, 'done', recordOf(task, c.input));
  }
}
