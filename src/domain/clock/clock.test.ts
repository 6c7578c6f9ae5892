import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError, fromEpochDay, officialCalendar, toEpochDay } from '../calendar/index.ts';
import { ClockError, dueDate, remainingWorkdays, warningLevel, type CaseClock, type ClockPause } from './index.ts';

const cal = officialCalendar();
const base: CaseClock = { startDate: '2026-09-24', budget: { amount: 20, unit: 'workday' }, pauses: [], extensions: [] };
const ext = (amount: number, unit: CaseClock['budget']['unit'] = 'workday') => ({
  amount,
  unit,
  approver: '局长',
  reason: '情况复杂',
});
const pause = (from: string, to?: string): ClockPause => ({ from, to, reason: '专家评审', kind: 'expertReview' });
const due = (c: CaseClock) => {
  const r = dueDate(c, cal);
  if (r.status !== 'running') throw new Error('paused');
  return r.dueDate;
};

describe('dueDate', () => {
  it('20 working days from Thursday 2026-09-24 is 2026-10-29', () => {
    expect(dueDate(base, cal)).toEqual({ status: 'running', dueDate: '2026-10-29', pausedWorkdays: 0 });
  });

  it('adds approved extensions (+10 working days, §42)', () => {
    expect(due({ ...base, extensions: [ext(10)] })).toBe(cal.addWorkdays('2026-09-24', 30));
  });

  it('a closed pause pushes by the working days in [from, to)', () => {
    // 2026-10-12 (Mon) .. 2026-10-16 (Fri) excluded; the clock runs again on 10-19.
    const r = dueDate({ ...base, pauses: [pause('2026-10-12', '2026-10-19')] }, cal);
    expect(r).toEqual({ status: 'running', dueDate: cal.addWorkdays('2026-10-29', 5), pausedWorkdays: 5 });
    // Overlapping pauses count once; days up to acceptance are never excluded.
    const twice = [pause('2026-10-12', '2026-10-19'), pause('2026-10-14', '2026-10-20'), pause('2026-09-01', '2026-09-25')];
    expect(dueDate({ ...base, pauses: twice }, cal)).toMatchObject({ pausedWorkdays: 6 });
  });

  it('an open pause leaves the due date undefined', () => {
    const c = { ...base, pauses: [pause('2026-10-12', '2026-10-19'), pause('2026-10-20')] };
    expect(dueDate(c, cal)).toEqual({ status: 'paused', since: '2026-10-20' });
    expect(warningLevel(c, '2026-10-21', cal)).toBe('paused');
    expect(remainingWorkdays(c, '2026-10-21', cal)).toBeNull();
  });

  it('natural days roll to a working day; instant is due the same day', () => {
    expect(due({ ...base, budget: { amount: 7, unit: 'naturalDay' } })).toBe('2026-10-08');
    expect(due({ ...base, budget: { amount: 0, unit: 'instant' } })).toBe('2026-09-24');
  });

  it('working hours round up to whole working days, summed before rounding', () => {
    expect(due({ ...base, budget: { amount: 4, unit: 'workHour' } })).toBe('2026-09-28');
    expect(due({ ...base, budget: { amount: 9, unit: 'workHour' } })).toBe(cal.addWorkdays('2026-09-24', 2));
    expect(due({ ...base, budget: { amount: 4, unit: 'workHour' }, extensions: [ext(4, 'workHour')] })).toBe('2026-09-28');
    const r = dueDate({ ...base, budget: { amount: 12, unit: 'workHour' } }, cal, { hoursPerWorkday: 6 });
    expect(r).toMatchObject({ dueDate: cal.addWorkdays('2026-09-24', 2) });
  });

  it('refuses bad input and years without data', () => {
    expect(() => dueDate({ ...base, budget: { amount: -1, unit: 'workday' } }, cal)).toThrow(ClockError);
    expect(() => dueDate({ ...base, pauses: [pause('2026-10-12', '2026-10-01')] }, cal)).toThrow(ClockError);
    expect(() => dueDate({ ...base, startDate: '2026-12-10' }, cal)).toThrow(CalendarError);
  });
});

describe('warningLevel', () => {
  it('normal → yellow → red → overdue around 2026-10-29', () => {
    expect(warningLevel(base, '2026-10-27', cal)).toBe('normal');
    expect(warningLevel(base, '2026-10-28', cal)).toBe('yellow');
    expect(warningLevel(base, '2026-10-29', cal)).toBe('red');
    expect(warningLevel(base, '2026-10-30', cal)).toBe('overdue');
    expect(warningLevel(base, '2026-10-23', cal, { yellowWorkdays: 3 })).toBe('normal');
    expect(warningLevel(base, '2026-10-24', cal, { yellowWorkdays: 3 })).toBe('normal'); // Sat: 26–29 left
    expect(warningLevel(base, '2026-10-26', cal, { yellowWorkdays: 3 })).toBe('yellow'); // 27, 28, 29 left
    expect(remainingWorkdays(base, '2026-10-30', cal)).toBe(-1);
  });
});

describe('clock properties', () => {
  const FIRST = toEpochDay('2007-01-01');
  const start = fc.integer({ min: FIRST, max: toEpochDay('2025-06-30') }).map(fromEpochDay);
  const unit = fc.constantFrom('workday', 'naturalDay', 'workHour', 'instant' as const);
  const duration = fc.record({ amount: fc.integer({ min: 0, max: 45 }), unit });
  const span = fc.record({ offset: fc.integer({ min: -5, max: 90 }), length: fc.integer({ min: 0, max: 20 }) });
  const toPause = (s: string, p: { offset: number; length: number }) => {
    const from = toEpochDay(s) + p.offset;
    return pause(fromEpochDay(from), fromEpochDay(from + p.length));
  };

  it('a pause never moves a due date earlier', () => {
    fc.assert(
      fc.property(start, duration, fc.array(span, { maxLength: 3 }), span, (s, budget, spans, extra) => {
        const c: CaseClock = { startDate: s, budget, pauses: spans.map((p) => toPause(s, p)), extensions: [] };
        const more = { ...c, pauses: [...c.pauses, toPause(s, extra)] };
        expect(due(more) >= due(c)).toBe(true);
      }),
    );
  });

  it('an extension never moves a due date earlier', () => {
    fc.assert(
      fc.property(start, duration, fc.array(duration, { maxLength: 3 }), duration, (s, budget, exts, extra) => {
        const c: CaseClock = { startDate: s, budget, pauses: [], extensions: exts.map((e) => ext(e.amount, e.unit)) };
        const more = { ...c, extensions: [...c.extensions, ext(extra.amount, extra.unit)] };
        expect(due(more) >= due(c)).toBe(true);
      }),
    );
  });

  it('the due date is a working day (unless instant) and never before acceptance', () => {
    fc.assert(
      fc.property(start, duration, (s, budget) => {
        const d = due({ startDate: s, budget, pauses: [], extensions: [] });
        expect(d >= s).toBe(true);
        if (budget.unit !== 'instant') expect(cal.isWorkday(d)).toBe(true);
      }),
    );
  });
});
