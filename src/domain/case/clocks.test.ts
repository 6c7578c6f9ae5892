import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/index.ts';
import { caseClocks, caseDeadlines, promisedDueDate, type CaseClockInput } from './clocks.ts';

const cal = officialCalendar();
const input: CaseClockInput = {
  acceptedOn: '2026-09-24',
  caseType: 'promised',
  legalLimit: { amount: 20, unit: 'workday' },
  promisedLimit: { amount: 10, unit: 'workday' },
  pauses: [],
  extensions: [],
};

describe('case clocks', () => {
  it('legal: 20 working days from Thursday 2026-09-24 is 2026-10-29 (FACTS §E worked example)', () => {
    expect(caseDeadlines(input, '2026-09-24', cal).legal).toEqual({ due: '2026-10-29', level: 'normal' });
  });
  it('promised: 10 working days over 中秋 and 国庆, counting the make-up Saturday', () => {
    expect(promisedDueDate(input, cal)).toBe(cal.addWorkdays('2026-09-24', 10));
    expect(promisedDueDate(input, cal)).toBe('2026-10-15');
  });
  it('an extension moves the legal date only; a pause moves both', () => {
    const extended = { ...input, extensions: [{ amount: 10, unit: 'workday' as const, approver: '局长', reason: '情况复杂' }] };
    expect(caseDeadlines(extended, '2026-09-24', cal)).toEqual({ legal: { due: cal.addWorkdays('2026-09-24', 30), level: 'normal' }, promised: { due: '2026-10-15', level: 'normal' } });
    const paused = { ...input, pauses: [{ from: '2026-10-12', to: '2026-10-14', reason: '专家评审', kind: 'expertReview' as const }] };
    expect(caseDeadlines(paused, '2026-09-24', cal).promised.due).toBe('2026-10-19');
    const open = { ...input, pauses: [{ from: '2026-10-12', reason: '检测', kind: 'testing' as const }] };
    expect(caseDeadlines(open, '2026-10-13', cal)).toEqual({ legal: { due: null, level: 'paused' }, promised: { due: null, level: 'paused' } });
    expect(promisedDueDate(open, cal)).toBeNull();
  });
  it('warning levels on the promised clock: yellow the day before, red on the day, overdue after', () => {
    expect(caseDeadlines(input, '2026-10-14', cal).promised.level).toBe('yellow');
    expect(caseDeadlines(input, '2026-10-15', cal).promised.level).toBe('red');
    expect(caseDeadlines(input, '2026-10-16', cal).promised.level).toBe('overdue');
    expect(caseDeadlines(input, '2026-10-13', cal, { yellowWorkdays: 2 }).promised.level).toBe('yellow');
  });
  it('即办 is due on the acceptance day; a guide without limits falls back to §42', () => {
    expect(promisedDueDate({ ...input, promisedLimit: { amount: 0, unit: 'instant' } }, cal)).toBe('2026-09-24');
    const open = { ...input, legalLimit: null, promisedLimit: null };
    expect(caseClocks(open).legal.budget).toEqual({ amount: 20, unit: 'workday' });
    expect(caseClocks({ ...open, caseType: 'joint' }).promised.budget).toEqual({ amount: 45, unit: 'workday' });
  });
});
