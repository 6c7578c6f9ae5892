import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/index.ts';
import { preReviewDue, preReviewLevel } from './review-clock.ts';

const cal = officialCalendar();

describe('pre-review clock', () => {
  it('counts working days from the submission day', () => {
    // Friday 2026-12-04 + 1 working day = Monday 2026-12-07
    expect(preReviewDue('2026-12-04', 1, cal)).toBe('2026-12-07');
    // Saturday: the first working day after it
    expect(preReviewDue('2026-12-05', 1, cal)).toBe('2026-12-07');
    expect(preReviewDue('2026-12-07', 2, cal)).toBe('2026-12-09');
    expect(() => preReviewDue('2026-12-07', 0, cal)).toThrow(RangeError);
  });

  it('is normal on a one-day limit until the due day, red on it, overdue after', () => {
    expect(preReviewLevel('2026-12-07', '2026-12-04', 1, cal)).toBe('normal');
    expect(preReviewLevel('2026-12-07', '2026-12-07', 1, cal)).toBe('red');
    expect(preReviewLevel('2026-12-07', '2026-12-08', 1, cal)).toBe('overdue');
    expect(preReviewLevel('2026-12-09', '2026-12-08', 2, cal)).toBe('yellow');
  });

  it('always falls on a working day exactly n working days later (property, within the stored calendar years)', () => {
    const day = fc.integer({ min: 0, max: 330 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 10 }), (d, n) => {
        const due = preReviewDue(d, n, cal);
        expect(cal.isWorkday(due)).toBe(true);
        expect(due > d).toBe(true);
        expect(cal.workdaysBetween(d, due)).toBe(n);
        expect(preReviewLevel(due, d, n, cal)).not.toBe('overdue');
        expect(preReviewLevel(due, due, n, cal)).toBe('red');
      }),
    );
  });
});
