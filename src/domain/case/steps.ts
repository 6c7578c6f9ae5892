// The back-office step plan of a case (后台分类审批, issue #17): which steps of the pinned item
// version's 办理流程 happen behind the window, in which order, under which post, with which
// time limit and review rules (审查细则). The window's own steps (受理) were done at intake, so
// they are left out. Pure: the server opens tasks from it, the step screen shows it.
import { toEpochDay, type IsoDate, type WorkCalendar } from '../calendar/index.ts';
import type { ProcessStep, ReviewRule, TimeLimit } from '../catalog/guide.ts';

export interface PlannedStep {
  /** Position in the back-office plan (0 = the first step after acceptance). */
  index: number;
  name: string;
  post: string;
  phone: string;
  /** The step's own limit (环节时限); null when the guide gives none (the case's promise applies). */
  limit: Pick<TimeLimit, 'amount' | 'unit'> | null;
  reviewRules: ReviewRule[];
}

/** Step names that are the window's work (受理 at intake, 送达 at the result window). */
const windowStepNames = ['申请', '提交申请', '受理', '收件', '接件', '窗口受理', '申请受理', '送达', '出件', '领取', '办结送达'];

/** A step the comprehensive window does, not a department: named so, or held by a window post. */
export function isWindowStep(step: Pick<ProcessStep, 'name' | 'post'>): boolean {
  return windowStepNames.includes(step.name.trim()) || /窗口/.test(step.post);
}

/** When a guide names no back-office step, the department still reviews once (审查). */
export const defaultStep = (post: string): PlannedStep => ({ index: 0, name: '审查', post, phone: '', limit: null, reviewRules: [] });

/** The back-office steps of a version's process, in order; never empty. */
export function stepPlan(process: readonly ProcessStep[], departmentName: string): PlannedStep[] {
  const steps = process
    .filter((s) => !isWindowStep(s))
    .map((s, index) => ({
      index,
      name: s.name,
      post: s.post,
      phone: s.phone ?? '',
      limit: s.timeAllowed && s.timeAllowed.unit !== 'instant' ? { amount: s.timeAllowed.amount, unit: s.timeAllowed.unit } : null,
      reviewRules: s.reviewRules ?? [],
    }));
  return steps.length ? steps : [defaultStep(departmentName)];
}

/** The step after `index`, or undefined when `index` is the last (its pass leads to the decision). */
export function nextStep(plan: readonly PlannedStep[], index: number): PlannedStep | undefined {
  return plan[index + 1];
}

export function isLastStep(plan: readonly PlannedStep[], index: number): boolean {
  return index === plan.length - 1;
}

/** Steps a task may be returned to: every earlier step (退回至前序环节). */
export function returnTargets(plan: readonly PlannedStep[], index: number): PlannedStep[] {
  return plan.slice(0, Math.max(0, index));
}

/**
 * The step's due date when it opens on `openedOn`: its own limit over the center's calendar
 * (start day not counted), never later than the case's promised date; without a limit, the
 * promised date itself.
 */
export function plannedStepDue(step: PlannedStep, openedOn: IsoDate, promisedDue: IsoDate | null, cal: WorkCalendar): IsoDate {
  if (!step.limit) return promisedDue ?? cal.nextWorkday(openedOn);
  const own = step.limit.unit === 'naturalDay' ? cal.dueFromNaturalDays(openedOn, step.limit.amount) : cal.addWorkdays(openedOn, step.limit.amount);
  return promisedDue && promisedDue < own ? promisedDue : own;
}

export type TaskWarning = 'normal' | 'yellow' | 'red' | 'overdue';

/** The inbox colour of a due date on `today`: the same rule as the case clocks (SPEC §3). */
export function taskWarning(due: IsoDate, today: IsoDate, cal: WorkCalendar, yellowWorkdays = 1): TaskWarning {
  const t = toEpochDay(today);
  const d = toEpochDay(due);
  if (t > d) return 'overdue';
  if (t === d) return 'red';
  return cal.workdaysBetween(today, due) <= yellowWorkdays ? 'yellow' : 'normal';
}

/** One review rule as the approver answered it. */
export interface ChecklistAnswer {
  /** Index into the step's review rules. */
  rule: number;
  checked: boolean;
  note: string;
}

/** What is missing before a step may be passed: every review rule checked. */
export function uncheckedRules(step: PlannedStep, answers: readonly ChecklistAnswer[]): ReviewRule[] {
  return step.reviewRules.filter((_, i) => !answers.some((a) => a.rule === i && a.checked));
}
