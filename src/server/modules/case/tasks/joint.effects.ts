// 联办件 inside the one write path (issue #17, decision 0034), called by runTaskEffect in the
// case's transaction (the case row is locked first, so a decision and a sub-task's opinion are
// ordered). Acceptance opens one parallel sub-task per joint department; joint.opinion closes
// the caller's sub-task with its verdict and opinion; the decision (and 办结) is refused while a
// sub-task is open; any other way out of the back office (撤回, 终止) closes what is open.
import {
  isJointCase,
  jointStepOf,
  jointSubmissionProblems,
  jointSubTaskDue,
  jointSubTaskPlan,
  jointVerdictLabels,
  uncheckedRules,
  type CaseAction,
  type ChecklistAnswer,
  type JointSubTaskPlan,
} from '../../../../domain/case/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { newId } from '../../../platform/ids.ts';
import { calendarCall } from '../../calendar/index.ts';
import { departmentNames } from '../../org/index.ts';
import type { CaseBy } from '../case.actor.ts';
import { lockOpenSubTasks } from './joint.queries.ts';
import { workingStates, type TaskEffectContext } from './task.context.ts';
import { insertTask, insertTaskHistory, lockTask, updateTask, type TaskRow } from './task.queries.ts';

/** Actions that need every joint department's opinion in first. */
const needsAllOpinions: readonly CaseAction[] = ['decide.approve', 'decide.refuse', 'conclude'];

function actorOf(by: CaseBy) {
  return 'system' in by ? { id: null, name: by.system } : { id: by.actor.staffId, name: by.actor.name };
}

async function openSubTask(tx: Db, c: TaskEffectContext, plan: JointSubTaskPlan): Promise<void> {
  const id = newId(c.now.getTime());
  const dueOn = calendarCall(() => jointSubTaskDue(plan, c.today, c.promisedDue, c.place.calendar));
  await insertTask(tx, {
    id,
    caseId: c.row.id,
    centerId: c.row.centerId,
    centerPath: c.row.centerPath,
    departmentId: plan.departmentId,
    kind: 'joint',
    stepIndex: 0,
    stepName: plan.step.name,
    post: `${plan.departmentName}（联办）`,
    status: 'open',
    dueOn,
    openedAt: c.now,
  });
  const who = actorOf(c.by);
  await insertTaskHistory(tx, { taskId: id, caseId: c.row.id, action: 'open', actorId: who.id, actorName: who.name, note: `联办：${plan.departmentName}`, at: c.now });
}

/** The sub-tasks a joint case opens: one per joint department of the center (names as the center spells them now). */
async function openSubTasks(tx: Db, c: TaskEffectContext): Promise<void> {
  const plans = jointSubTaskPlan(c.pinned.version, c.row.departmentId);
  const names = await departmentNames(tx, plans.map((p) => p.departmentId));
  for (const p of plans) await openSubTask(tx, c, { ...p, departmentName: names.get(p.departmentId) ?? p.departmentName });
}

async function submitOpinion(tx: Db, c: TaskEffectContext): Promise<void> {
  const input = c.input.joint;
  if (!input || 'system' in c.by) throw new DomainError('TASK_NOT_FOUND', { id: input?.taskId ?? null });
  const task = await lockTask(tx, input.taskId);
  if (!task || task.caseId !== c.row.id || task.kind !== 'joint') throw new DomainError('TASK_NOT_FOUND', { id: input.taskId });
  if (task.status !== 'open') throw new DomainError('TASK_CLOSED', { id: task.id, status: task.status });
  // The claimant alone submits (re-checked here, at commit): a colleague's claim or a reassignment wins.
  if (task.assigneeId !== c.by.actor.staffId) {
    if (task.assigneeId) throw new DomainError('TASK_ALREADY_CLAIMED', { holder: { id: task.assigneeId, name: task.assigneeName }, claimedAt: task.claimedAt });
    throw new DomainError('TASK_NOT_CLAIMED', { id: task.id });
  }
  const opinion = input.opinion ?? task.opinion;
  const problems = jointSubmissionProblems({ verdict: input.verdict ?? null, opinion });
  if (problems.length) throw new DomainError('JOINT_OPINION_INCOMPLETE', { problems });
  const checklist = (input.checklist as ChecklistAnswer[] | undefined) ?? task.checklist;
  const unchecked = uncheckedRules(jointStepOf(c.pinned.version.process ?? []), checklist);
  if (unchecked.length) throw new DomainError('TASK_CHECKLIST_INCOMPLETE', { unchecked: unchecked.map((r) => r.point) });
  const verdict = input.verdict!;
  await updateTask(tx, task.id, { status: 'done', verdict, opinion: opinion.trim(), checklist, closedAt: c.now, closedBy: c.by.actor.staffId, rowVersion: task.rowVersion + 1 });
  await insertTaskHistory(tx, { taskId: task.id, caseId: c.row.id, action: 'close', actorId: c.by.actor.staffId, actorName: c.by.actor.name, note: `${jointVerdictLabels[verdict].zh}：${opinion.trim()}`, at: c.now });
}

/** A way out of the back office other than the decision (撤回, 终止, 容缺 fallback): the open sub-tasks close. */
async function closeOpen(tx: Db, c: TaskEffectContext, open: readonly TaskRow[]): Promise<void> {
  const who = actorOf(c.by);
  for (const t of open) {
    await updateTask(tx, t.id, { status: 'done', closedAt: c.now, closedBy: who.id, rowVersion: t.rowVersion + 1 });
    await insertTaskHistory(tx, { taskId: t.id, caseId: c.row.id, action: 'close', actorId: who.id, actorName: who.name, note: '办件已结束办理，联办任务关闭', at: c.now });
  }
}

/** Run the joint part of `action`; a no-op for a case that is not joint. */
export async function runJointEffect(tx: Db, action: CaseAction, c: TaskEffectContext): Promise<void> {
  if (!isJointCase(c.pinned.version)) {
    if (action === 'joint.opinion') throw new DomainError('TASK_NOT_FOUND', { id: c.input.joint?.taskId ?? null });
    return;
  }
  if (c.nextState === 'accepted' && c.row.state !== 'accepted') return openSubTasks(tx, c);
  if (action === 'joint.opinion') return submitOpinion(tx, c);
  const leaves = workingStates.includes(c.row.state) && !workingStates.includes(c.nextState);
  if (!leaves && !needsAllOpinions.includes(action)) return;
  const open = await lockOpenSubTasks(tx, c.row.id);
  if (!open.length) return;
  if (needsAllOpinions.includes(action)) {
    const names = await departmentNames(tx, open.map((t) => t.departmentId!).filter(Boolean));
    throw new DomainError('JOINT_SUBTASK_OPEN', { open: open.map((t) => ({ taskId: t.id, department: names.get(t.departmentId ?? '') ?? t.post })) });
  }
  await closeOpen(tx, c, open);
}
