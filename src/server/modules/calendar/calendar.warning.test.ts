import { describe, expect, it } from 'vitest';
import { regionChain } from './calendar.loader.ts';
import { chinaToday, missingYearWarning } from './calendar.warning.ts';

describe('missing next year warning', () => {
  const years = [2025, 2026];
  it('is silent before 1 November', () => expect(missingYearWarning(years, '2026-10-31')).toBeUndefined());
  it('names next year from 1 November', () => expect(missingYearWarning(years, '2026-11-01')?.year).toBe(2027));
  it('names the current year when even that is missing', () => expect(missingYearWarning(years, '2027-01-05')?.year).toBe(2027));
  it('is silent once next year is loaded', () => expect(missingYearWarning([...years, 2027], '2026-12-31')).toBeUndefined());
});

describe('chinaToday', () => {
  it('uses Beijing time, not the server zone', () => expect(chinaToday(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01'));
});

describe('regionChain', () => {
  it('lists national, then every level down to the region', () => {
    expect(regionChain('610429100201')).toEqual(['', '610000', '610400', '610429', '610429100', '610429100201']);
    expect(regionChain('')).toEqual(['']);
  });
});
