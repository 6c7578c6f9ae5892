import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/index.ts';
import type { ProcessStep } from '../catalog/guide.ts';
import { allowedActions, initialStatus, nextState, noFlags, type ItemFacts } from './states.ts';
import { isJointStep, jointStepOf, jointSubmissionProblems, jointSubTaskDue, jointSubTaskPlan, jointSummaryLine, leadStepPlan, openSubTasks } from './joint.ts';

const cal = officialCalendar();
const step = (name: string, post: string, amount?: number): ProcessStep => ({ name, post, phone: '', reviewRules: [], ...(amount ? { timeAllowed: { amount, unit: 'workday' } } : {}) }) as ProcessStep;
const process = [step('一窗受理', '综合受理窗口（A岗）'), step('牵头部门审查', '县民政局审核岗', 4), step('联办部门并联审查', '县残疾人联合会审核岗、县卫生健康局审核岗', 4), step('统一出件', '综合出件窗口')];
const departments = [
  { departmentId: 'dpf', name: '县残疾人联合会' },
  { departmentId: 'health', name: '县卫生健康局' },
];

describe('联办件: the lead plan and the sub-tasks', () => {
  it('the lead works the back-office steps without the parallel one; a plain case keeps every step', () => {
    expect(leadStepPlan({ caseType: 'joint', process }, '县民政局').map((s) => s.name)).toEqual(['牵头部门审查']);
    expect(leadStepPlan({ caseType: 'promised', process }, '县民政局').map((s) => s.name)).toEqual(['牵头部门审查', '联办部门并联审查']);
    expect(['联办部门并联审查', '并联审批', '部门会签', '征求意见'].every((n) => isJointStep({ name: n }))).toBe(true);
    expect(isJointStep({ name: '审查' })).toBe(false);
  });

  it('one sub-task per linked joint department, the lead and duplicates left out, each with the parallel step and its limit', () => {
    const plan = jointSubTaskPlan({ caseType: 'joint', process, jointDepartments: [...departments, { departmentId: 'dpf', name: '残联' }, { departmentId: null, name: '外省某局' }, { departmentId: 'civil', name: '县民政局' }] }, 'civil');
    expect(plan.map((p) => p.departmentId)).toEqual(['dpf', 'health']);
    expect(plan[0]!.step).toMatchObject({ name: '联办部门并联审查', limit: { amount: 4, unit: 'workday' } });
    expect(jointSubTaskPlan({ caseType: 'promised', process, jointDepartments: departments }, 'civil')).toEqual([]);
    // Without a parallel step in the guide: a plain 联办审查 bounded by the promise.
    expect(jointStepOf([step('审查', '岗')])).toMatchObject({ name: '联办审查', limit: null });
  });

  it('a sub-task is due after its own limit, never after the promise (property over the 2026 calendar)', () => {
    const plan = jointSubTaskPlan({ caseType: 'joint', process, jointDepartments: departments }, null)[0]!;
    expect(jointSubTaskDue(plan, '2026-09-24', null, cal)).toBe(cal.addWorkdays('2026-09-24', 4));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 30 }), (offset, promise) => {
        const opened = new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
        const promised = cal.addWorkdays(opened, promise);
        const due = jointSubTaskDue(plan, opened, promised, cal);
        expect(due <= promised).toBe(true);
        expect(due).toBe(promise < 4 ? promised : cal.addWorkdays(opened, 4));
      }),
      { numRuns: 200 },
    );
  });

  it('an opinion needs a verdict and its text; open sub-tasks block the decision', () => {
    expect(jointSubmissionProblems({ verdict: 'agree', opinion: '同意' })).toEqual([]);
    expect(jointSubmissionProblems({ verdict: null, opinion: ' ' })).toEqual(['VERDICT_MISSING', 'OPINION_MISSING']);
    expect(jointSubmissionProblems({ verdict: 'maybe', opinion: 'x' })).toEqual(['VERDICT_MISSING']);
    const subs = [
      { departmentName: '县残疾人联合会', status: 'done' as const, verdict: 'agree' as const, opinion: '证件有效' },
      { departmentName: '县卫生健康局', status: 'open' as const, verdict: null, opinion: '' },
    ];
    expect(openSubTasks(subs).map((s) => s.departmentName)).toEqual(['县卫生健康局']);
    expect(subs.map(jointSummaryLine)).toEqual(['县残疾人联合会：同意（证件有效）', '县卫生健康局：未提交']);
  });

  it('joint.opinion is a row only for a joint item, by the back office, in accepted and in_review', () => {
    const joint: ItemFacts = { instant: false, waiverAllowed: false, commitmentEligible: false, joint: true };
    const plain: ItemFacts = { instant: false, waiverAllowed: false, commitmentEligible: false };
    const accepted = { ...initialStatus(), state: 'accepted' as const, flags: { ...noFlags } };
    expect(nextState(accepted, 'joint.opinion', ['approver'], joint)).toMatchObject({ ok: true, state: 'accepted' });
    expect(nextState({ ...accepted, state: 'in_review' }, 'joint.opinion', ['department_head'], joint)).toMatchObject({ ok: true, state: 'in_review' });
    expect(nextState(accepted, 'joint.opinion', ['approver'], plain)).toMatchObject({ ok: false, reason: 'condition', fact: 'joint' });
    expect(nextState(accepted, 'joint.opinion', ['window_clerk'], joint)).toMatchObject({ ok: false, reason: 'role' });
    expect(allowedActions({ ...accepted, state: 'decided_approved' }, ['approver'], joint)).not.toContain('joint.opinion');
  });
});
