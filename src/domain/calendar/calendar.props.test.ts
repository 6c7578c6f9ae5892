import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError, fromEpochDay, officialCalendar, toEpochDay } from './index.ts';

const cal = officialCalendar();
const FIRST = toEpochDay('2007-01-01');
// Starts up to the end of 2025 so that n ≤ 200 working days stays inside the data (≤ 2026).
const LAST_START = toEpochDay('2025-12-31');
const date = fc.integer({ min: FIRST, max: LAST_START }).map(fromEpochDay);
const count = fc.integer({ min: 0, max: 200 });

describe('WorkCalendar properties', () => {
  it('addWorkdays always lands on a working day, strictly after the start when n ≥ 1', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const r = cal.addWorkdays(d, n);
        expect(cal.isWorkday(r)).toBe(true);
        if (n >= 1) expect(r > d).toBe(true);
        else expect(r >= d).toBe(true);
      }),
    );
  });

  it('workdaysBetween inverts addWorkdays', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const r = cal.addWorkdays(d, n);
        // n = 0 from a day off rolls to the next working day, which is 1 working day later.
        expect(cal.workdaysBetween(d, r)).toBe(n > 0 || cal.isWorkday(d) ? n : 1);
        if (n >= 1) expect(cal.workdaysBetween(d, fromEpochDay(toEpochDay(r) - 1))).toBe(n - 1);
      }),
    );
  });

  it('addWorkdays is monotonic in n and in the start date', () => {
    fc.assert(
      fc.property(date, date, count, count, (a, b, m, n) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const [small, big] = m <= n ? [m, n] : [n, m];
        expect(cal.addWorkdays(lo, small) <= cal.addWorkdays(lo, big)).toBe(true);
        expect(cal.addWorkdays(lo, small) <= cal.addWorkdays(hi, small)).toBe(true);
      }),
    );
  });

  it('addWorkdays(d, m + n) = addWorkdays(addWorkdays(d, m), n) for m ≥ 1', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100 }), (d, m, n) => {
        expect(cal.addWorkdays(cal.addWorkdays(d, m), n)).toBe(cal.addWorkdays(d, m + n));
      }),
    );
  });

  it('dueFromNaturalDays is a working day no earlier than start + n', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const r = cal.dueFromNaturalDays(d, n);
        expect(cal.isWorkday(r)).toBe(true);
        expect(toEpochDay(r) >= toEpochDay(d) + n).toBe(true);
      }),
    );
  });

  it('every date in 2027 throws CALENDAR_YEAR_MISSING with the year', () => {
    const in2027 = fc.integer({ min: toEpochDay('2027-01-01'), max: toEpochDay('2027-12-31') }).map(fromEpochDay);
    fc.assert(
      fc.property(in2027, count, (d, n) => {
        for (const call of [() => cal.isWorkday(d), () => cal.addWorkdays(d, n), () => cal.workdaysBetween('2026-06-01', d)]) {
          let err: unknown;
          try {
            call();
          } catch (e) {
            err = e;
          }
          expect(err).toBeInstanceOf(CalendarError);
          expect((err as CalendarError).code).toBe('CALENDAR_YEAR_MISSING');
          expect((err as CalendarError).year).toBe(2027);
        }
      }),
    );
  });
});
