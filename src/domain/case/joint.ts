// 联办件 (joint cases, issue #17, decision 0034): the lead department works the case's steps;
// every joint department (共同实施部门) linked to a department of the center works one parallel
// sub-task with its own limit and ends it with an opinion (同意 / 不同意). The lead makes one
// combined decision, never while a sub-task is open. Pure: the server opens the sub-tasks from
// this plan and refuses the decision with it; the step screen shows the same facts.
import type { IsoDate, WorkCalendar } from '../calendar/index.ts';
import type { CaseType } from '../catalog/code-tables.ts';
import type { JointDepartment, ProcessStep } from '../catalog/guide.ts';
import { plannedStepDue, stepPlan, type PlannedStep } from './steps.ts';

export const jointVerdicts = ['agree', 'disagree'] as const;
export type JointVerdict = (typeof jointVerdicts)[number];
export const jointVerdictLabels = {
  agree: { zh: '同意', en: 'Agree' },
  disagree: { zh: '不同意', en: 'Disagree' },
} as const satisfies Record<JointVerdict, { zh: string; en: string }>;

/** The guide's step the joint departments work in parallel (并联审查, 会签…), by its name. */
export function isJointStep(step: Pick<ProcessStep, 'name'>): boolean {
  return /联办|并联|会签|协办|征求意见/.test(step.name);
}

/** What a joint case needs of its pinned version. */
export interface JointVersion {
  caseType: CaseType;
  process: readonly ProcessStep[];
  jointDepartments: readonly JointDepartment[];
}

/** One parallel sub-task to open: the joint department and its step (name, limit, review rules). */
export interface JointSubTaskPlan {
  departmentId: string;
  departmentName: string;
  step: PlannedStep;
}

/** The default parallel step when the guide names none: the joint department reviews once. */
const defaultJointStep: PlannedStep = { index: 0, name: '联办审查', post: '联办部门审核岗', phone: '', limit: null, reviewRules: [] };

/** The step the joint departments work: the guide's parallel step, or a plain 联办审查 bounded by the promise. */
export function jointStepOf(process: readonly ProcessStep[]): PlannedStep {
  const s = process.find(isJointStep);
  if (!s) return defaultJointStep;
  const limit = s.timeAllowed && s.timeAllowed.unit !== 'instant' ? { amount: s.timeAllowed.amount, unit: s.timeAllowed.unit } : null;
  return { index: 0, name: s.name, post: s.post, phone: s.phone ?? '', limit, reviewRules: s.reviewRules ?? [] };
}

export function isJointCase(v: Pick<JointVersion, 'caseType'>): boolean {
  return v.caseType === 'joint';
}

/**
 * The lead department's steps: the guide's back-office steps without the parallel one (the
 * joint departments work that as sub-tasks). A non-joint version keeps its plain plan.
 */
export function leadStepPlan(v: Pick<JointVersion, 'caseType' | 'process'>, departmentName: string): PlannedStep[] {
  const process = isJointCase(v) ? v.process.filter((s) => !isJointStep(s)) : v.process;
  return stepPlan(process, departmentName);
}

/**
 * The sub-tasks a joint case opens at acceptance: one per joint department linked to a
 * department of the center, the lead's own department and duplicates left out. Empty for a
 * version that is not joint.
 */
export function jointSubTaskPlan(v: JointVersion, leadDepartmentId: string | null): JointSubTaskPlan[] {
  if (!isJointCase(v)) return [];
  const step = jointStepOf(v.process);
  const seen = new Set<string>(leadDepartmentId ? [leadDepartmentId] : []);
  const out: JointSubTaskPlan[] = [];
  for (const j of v.jointDepartments) {
    if (!j.departmentId || seen.has(j.departmentId)) continue;
    seen.add(j.departmentId);
    out.push({ departmentId: j.departmentId, departmentName: j.name, step });
  }
  return out;
}

/** A sub-task's due date: its own limit from the day it opens, never after the case's promise. */
export function jointSubTaskDue(plan: JointSubTaskPlan, openedOn: IsoDate, promisedDue: IsoDate | null, cal: WorkCalendar): IsoDate {
  return plannedStepDue(plan.step, openedOn, promisedDue, cal);
}

/** A sub-task as the combined decision sees it. */
export interface JointSubTaskState {
  departmentName: string;
  status: 'open' | 'done' | 'returned';
  verdict: JointVerdict | null;
}

/** The sub-tasks still open: while one is, the lead may not decide and the case may not conclude. */
export function openSubTasks<T extends JointSubTaskState>(subTasks: readonly T[]): T[] {
  return subTasks.filter((s) => s.status === 'open');
}

export type JointSubmissionProblem = 'VERDICT_MISSING' | 'OPINION_MISSING';

/** A sub-task's opinion is complete with a verdict and its text (the reasons, especially for 不同意). */
export function jointSubmissionProblems(input: { verdict?: string | null; opinion?: string | null }): JointSubmissionProblem[] {
  const out: JointSubmissionProblem[] = [];
  if (!input.verdict || !(jointVerdicts as readonly string[]).includes(input.verdict)) out.push('VERDICT_MISSING');
  if (!input.opinion?.trim()) out.push('OPINION_MISSING');
  return out;
}

/** One line of the combined decision's summary: 县卫生健康局：同意（…）. */
export function jointSummaryLine(s: JointSubTaskState & { opinion: string }): string {
  const verdict = s.verdict ? jointVerdictLabels[s.verdict].zh : '未提交';
  return `${s.departmentName}：${verdict}${s.opinion ? `（${s.opinion}）` : ''}`;
}
