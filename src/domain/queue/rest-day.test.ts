import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/index.ts';
import { issuesTicketsOn, type WorkdayCalendar } from './rest-day.ts';

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
