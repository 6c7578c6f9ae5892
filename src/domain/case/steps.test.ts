import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/index.ts';
import type { ProcessStep } from '../catalog/guide.ts';
import { isLastStep, isWindowStep, nextStep, returnTargets, plannedStepDue, stepPlan, taskWarning, uncheckedRules } from './steps.ts';

const cal = officialCalendar();
const step = (name: string, post: string, extra: Partial<ProcessStep> = {}): ProcessStep => ({ name, post, phone: '', reviewRules: [], ...extra });

// The three steps the supervision exchange knows (承办 / 审核 / 批准) behind the window's 受理.
const process: ProcessStep[] = [
  step('受理', '综合受理窗口（A岗）', { reviewRules: [{ point: '材料是否齐全', basis: '', keyPoints: '' }] }),
  step('承办', '县民政局社会救助股', { timeAllowed: { amount: 3, unit: 'workday', note: '' }, reviewRules: [{ point: '户籍是否本县', basis: '《办法》第五条', keyPoints: '' }, { point: '收入是否低于标准', basis: '', keyPoints: '' }] }),
  step('审核', '县民政局分管副局长', { timeAllowed: { amount: 2, unit: 'naturalDay', note: '' } }),
  step('批准', '县民政局局长'),
];

describe('the back-office step plan', () => {
  it('leaves out the window steps and keeps the order, posts, limits and review rules', () => {
    const plan = stepPlan(process, '县民政局');
    expect(plan.map((s) => s.name)).toEqual(['承办', '审核', '批准']);
    expect(plan.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(plan[0]!.post).toBe('县民政局社会救助股');
    expect(plan[0]!.limit).toEqual({ amount: 3, unit: 'workday' });
    expect(plan[0]!.reviewRules.map((r) => r.point)).toEqual(['户籍是否本县', '收入是否低于标准']);
    expect(plan[2]!.limit).toBeNull();
  });

  it('a guide with only window steps still gets one 审查 step held by the department', () => {
    const plan = stepPlan([step('受理', '综合窗口'), step('送达', '出件窗口')], '县民政局');
    expect(plan).toEqual([{ index: 0, name: '审查', post: '县民政局', phone: '', limit: null, reviewRules: [] }]);
  });

  it('recognises window steps by name or by a window post', () => {
    expect(isWindowStep({ name: '受理', post: '县民政局' })).toBe(true);
    expect(isWindowStep({ name: '初审', post: '便民服务中心综合窗口' })).toBe(true);
    expect(isWindowStep({ name: '审查', post: '县民政局社会救助股' })).toBe(false);
  });

  it('next step, last step and return targets', () => {
    const plan = stepPlan(process, '县民政局');
    expect(nextStep(plan, 0)?.name).toBe('审核');
    expect(nextStep(plan, 2)).toBeUndefined();
    expect(isLastStep(plan, 2)).toBe(true);
    expect(isLastStep(plan, 1)).toBe(false);
    expect(returnTargets(plan, 0)).toEqual([]);
    expect(returnTargets(plan, 2).map((s) => s.name)).toEqual(['承办', '审核']);
  });

  it('a step is due after its own working days, never after the promise', () => {
    const [first, second, third] = stepPlan(process, '县民政局');
    // Friday 2026-09-25 + 3 working days: 国庆 and 中秋 2026 (10-01..10-07) are off; 09-28, 09-29, 09-30.
    expect(plannedStepDue(first!, '2026-09-25', '2026-12-31', cal)).toBe('2026-09-30');
    expect(plannedStepDue(first!, '2026-09-25', '2026-09-29', cal)).toBe('2026-09-29');
    // Natural days: 2026-03-06 (Friday) + 2 days is Sunday, moved to Monday.
    expect(plannedStepDue(second!, '2026-03-06', null, cal)).toBe('2026-03-09');
    expect(plannedStepDue(third!, '2026-03-06', '2026-03-20', cal)).toBe('2026-03-20');
  });

  it('warning colours: normal, yellow with one working day left, red on the day, overdue after', () => {
    expect(taskWarning('2026-03-13', '2026-03-09', cal)).toBe('normal');
    expect(taskWarning('2026-03-10', '2026-03-09', cal)).toBe('yellow');
    // Friday to Monday is one working day.
    expect(taskWarning('2026-03-09', '2026-03-06', cal)).toBe('yellow');
    expect(taskWarning('2026-03-09', '2026-03-09', cal)).toBe('red');
    expect(taskWarning('2026-03-09', '2026-03-10', cal)).toBe('overdue');
  });

  it('the warning never gets milder as the days pass (property)', () => {
    const rank = { normal: 0, yellow: 1, red: 2, overdue: 3 } as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 30 }), (start, gap, later) => {
        const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
        const due = day(start + gap);
        return rank[taskWarning(due, day(start), cal)] <= rank[taskWarning(due, day(start + later), cal)];
      }),
    );
  });

  it('a step may be passed only when every review rule is checked', () => {
    const [first] = stepPlan(process, '县民政局');
    expect(uncheckedRules(first!, [{ rule: 0, checked: true, note: '' }]).map((r) => r.point)).toEqual(['收入是否低于标准']);
    expect(uncheckedRules(first!, [{ rule: 0, checked: true, note: '' }, { rule: 1, checked: false, note: '待核' }])).toHaveLength(1);
    expect(uncheckedRules(first!, [{ rule: 0, checked: true, note: '' }, { rule: 1, checked: true, note: '已核' }])).toEqual([]);
  });
});
