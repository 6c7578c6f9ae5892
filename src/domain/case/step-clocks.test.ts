// A step's due date after case pauses equals a naive day-by-day count over the real 2026
// calendar (chinese-days, not our WorkCalendar): walk from the day the step opened, count a day
// when it is a working day and no pause covers it, stop at the step's working days.
import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/index.ts';
import { movedStepDue, stepLevel, stepPauseWorkdays, type StepPause } from './step-clocks.ts';
import { warningBoundaries } from './warnings.ts';

const cal = officialCalendar();

function plus(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function naiveStepDue(openedOn: string, workdays: number, pauses: readonly StepPause[]): string {
  let day = openedOn;
  let counted = 0;
  while (counted < workdays) {
    day = plus(day, 1);
    const paused = pauses.some((p) => day >= p.from && day < p.to);
    if (!paused && chineseDays.isWorkday(day)) counted++;
  }
  return day;
}

describe('a step clock moved by case pauses', () => {
  it('an expert review Mon 10-12 to Fri 10-16 (2026) moves a step due 10-14 by the 4 paused working days', () => {
    const r = movedStepDue('2026-10-09', '2026-10-14', { from: '2026-10-12', to: '2026-10-16' }, cal);
    expect(r).toEqual({ due: '2026-10-20', movedBy: 4 });
    expect(naiveStepDue('2026-10-09', cal.workdaysBetween('2026-10-09', '2026-10-14'), [{ from: '2026-10-12', to: '2026-10-16' }])).toBe('2026-10-20');
  });

  it('a pause begun after the step was due, or ended before it opened, moves nothing', () => {
    expect(stepPauseWorkdays('2026-10-09', '2026-10-14', { from: '2026-10-15', to: '2026-10-20' }, cal)).toBe(0);
    expect(stepPauseWorkdays('2026-10-19', '2026-10-23', { from: '2026-10-12', to: '2026-10-16' }, cal)).toBe(0);
    // A pause over 国庆 takes only its working days: 09-30, 10-08 and 10-09.
    expect(stepPauseWorkdays('2026-09-28', '2026-10-12', { from: '2026-09-30', to: '2026-10-10' }, cal)).toBe(3);
  });

  it('for random steps and pause sequences, the moved due date equals the naive count', () => {
    const arb = fc.record({
      open: fc.integer({ min: 0, max: 300 }),
      workdays: fc.integer({ min: 1, max: 25 }),
      spans: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 20 }), length: fc.integer({ min: 1, max: 20 }) }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(arb, (r) => {
        const openedOn = plus('2026-01-01', r.open);
        let due = cal.addWorkdays(openedOn, r.workdays);
        const pauses: StepPause[] = [];
        let cursor = openedOn;
        // Pauses one after the other, as the case allows (one open at a time); each moves the
        // step's current due date when it ends, as the write path does at pause.end.
        for (const s of r.spans) {
          const from = plus(cursor, s.gap);
          const to = plus(from, s.length);
          if (to > '2026-11-30') break;
          pauses.push({ from, to });
          due = movedStepDue(openedOn, due, { from, to }, cal).due;
          cursor = to;
        }
        expect(due).toBe(naiveStepDue(openedOn, r.workdays, pauses));
      }),
      { numRuns: 400 },
    );
  });

  it('the step level: paused while the case is, unless already overdue; else the center threshold', () => {
    const b1 = warningBoundaries('2026-10-12', cal, 1);
    const b3 = warningBoundaries('2026-10-12', cal, 3);
    expect(stepLevel('2026-10-13', false, b1)).toBe('yellow');
    expect(stepLevel('2026-10-15', false, b1)).toBe('normal');
    expect(stepLevel('2026-10-15', false, b3)).toBe('yellow');
    expect(stepLevel('2026-10-12', false, b1)).toBe('red');
    expect(stepLevel('2026-10-09', false, b1)).toBe('overdue');
    expect(stepLevel('2026-10-15', true, b1)).toBe('paused');
    expect(stepLevel('2026-10-09', true, b1)).toBe('overdue');
  });
});
