import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/index.ts';
import { isRestDay, issuesTicketsOn, type WorkdayCalendar } from './rest-day.ts';

const calendar: WorkdayCalendar = {
  isWorkday(date) {
    if (date.startsWith('2027')) throw new DomainError('CALENDAR_YEAR_MISSING', { year: 2027 });
    if (date === 'bad') throw new DomainError('CALENDAR_BAD_DATE');
    return ['2026-09-30', '2026-10-10'].includes(date); // a Wednesday, a make-up Saturday
  },
};

describe('issuesTicketsOn', () => {
  it('issues on working days, make-up Saturdays included, and not on rest days by default', () => {
    expect(issuesTicketsOn(calendar, '2026-09-30', false)).toBe(true);
    expect(issuesTicketsOn(calendar, '2026-10-10', false)).toBe(true);
    expect(issuesTicketsOn(calendar, '2026-10-01', false)).toBe(false);
  });

  it('issues every day where the hall serves on rest days', () => {
    expect(issuesTicketsOn(calendar, '2026-10-01', true)).toBe(true);
  });

  it('stays open in a year without holiday data or with no calendar at all, and passes other errors on', () => {
    expect(issuesTicketsOn(calendar, '2027-01-01', false)).toBe(true);
    expect(issuesTicketsOn(undefined, '2026-10-01', false)).toBe(true);
    expect(() => issuesTicketsOn(calendar, 'bad', false)).toThrow(DomainError);
  });
});

describe('isRestDay', () => {
  it('is a rest day only where the calendar says so: a make-up Saturday works, an unknown year or no calendar counts as working', () => {
    expect(isRestDay(calendar, '2026-10-01')).toBe(true);
    expect(isRestDay(calendar, '2026-10-10')).toBe(false);
    expect(isRestDay(calendar, '2026-09-30')).toBe(false);
    expect(isRestDay(calendar, '2027-01-02')).toBe(false);
    expect(isRestDay(undefined, '2026-10-01')).toBe(false);
    expect(() => isRestDay(calendar, 'bad')).toThrow(DomainError);
  });
});
