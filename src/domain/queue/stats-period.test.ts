import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromEpochDay, toEpochDay, weekdayOf } from '../calendar/index.ts';
import { MAX_STATS_DAYS, periodDays, periodOfQuery, periodProblem, presetPeriod, statsPresets } from './index.ts';

describe('statistics periods', () => {
  it('name the days a manager means, seen from Sunday 2026-11-29', () => {
    const today = '2026-11-29';
    expect(presetPeriod('today', today)).toEqual({ from: today, to: today });
    expect(presetPeriod('yesterday', today)).toEqual({ from: '2026-11-28', to: '2026-11-28' });
    expect(presetPeriod('thisWeek', today)).toEqual({ from: '2026-11-23', to: today }); // Monday to Sunday
    expect(presetPeriod('lastWeek', today)).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(presetPeriod('thisMonth', today)).toEqual({ from: '2026-11-01', to: today });
    expect(presetPeriod('lastMonth', today)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(presetPeriod('thisYear', today)).toEqual({ from: '2026-01-01', to: today });
    expect(presetPeriod('lastMonth', '2028-03-01')).toEqual({ from: '2028-02-01', to: '2028-02-29' }); // leap February
    expect(presetPeriod('lastMonth', '2027-01-15')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(presetPeriod('thisWeek', '2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-23' }); // a Monday
  });

  it('refuse an end before the start and more than a year and a day', () => {
    expect(periodProblem({ from: '2026-11-02', to: '2026-11-01' })).toBe('order');
    expect(periodProblem({ from: '2024-01-01', to: '2024-12-31' })).toBeUndefined(); // 366 days
    expect(periodProblem({ from: '2025-01-01', to: '2026-01-02' })).toBe('tooLong');
    expect(periodOfQuery({}, '2026-11-29')).toEqual({ from: '2026-11-29', to: '2026-11-29' });
    expect(periodOfQuery({ date: '2026-11-02' }, '2026-11-29')).toEqual({ from: '2026-11-02', to: '2026-11-02' });
    expect(periodOfQuery({ date: '2026-11-02', from: '2026-10-01', to: '2026-10-31' }, '2026-11-29')).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect(periodDays({ from: '2026-02-27', to: '2026-03-02' })).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('every preset is a valid period that ends by today; weeks start on Monday, months on the 1st and end on their last day', () => {
    const day = fc.integer({ min: toEpochDay('2000-01-01'), max: toEpochDay('2099-12-31') }).map(fromEpochDay);
    fc.assert(
      fc.property(day, fc.constantFrom(...statsPresets), (today, preset) => {
        const p = presetPeriod(preset, today);
        expect(periodProblem(p)).toBeUndefined();
        expect(p.to <= today).toBe(true);
        const days = periodDays(p);
        expect(days.length).toBeLessThanOrEqual(MAX_STATS_DAYS);
        if (preset === 'thisWeek' || preset === 'lastWeek') expect(weekdayOf(toEpochDay(p.from))).toBe(1);
        if (preset === 'lastWeek') expect(days).toHaveLength(7);
        if (preset.endsWith('Month')) expect(p.from.endsWith('-01')).toBe(true);
        if (preset === 'lastMonth') {
          expect(addDays(p.to, 1).endsWith('-01')).toBe(true);
          expect(addDays(p.to, 1)).toBe(presetPeriod('thisMonth', today).from);
        }
      }),
    );
  });
});
