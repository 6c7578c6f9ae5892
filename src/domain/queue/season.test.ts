import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inYearSpan, isMonthDay, parseMonthDay, yearSpanOf } from './season.ts';

/** Every day of a leap year as 'MM-DD', in order. */
const monthDays = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(5, 10));
const monthDay = fc.constantFrom(...monthDays);
const year = fc.integer({ min: 2000, max: 2099 });

describe('isMonthDay', () => {
  it('takes the days some year has and nothing else', () => {
    for (const md of monthDays) expect(isMonthDay(md)).toBe(true);
    for (const bad of ['02-30', '04-31', '13-01', '00-10', '05-00', '5-1', '05-01 ', '0501', '']) expect(isMonthDay(bad)).toBe(false);
  });
});

describe('parseMonthDay', () => {
  it('reads what a manager types into the stored form, and refuses impossible days', () => {
    for (const typed of ['5-1', '05-01', '5/1', '5月1日', '5月1', ' 5 月 1 日 ']) expect(parseMonthDay(typed)).toBe('05-01');
    for (const bad of ['2-30', '13-1', '5-', '五月一日', '2026-05-01', '']) expect(parseMonthDay(bad)).toBeUndefined();
  });
  it('gives back every stored day as it is, and in any typed form', () => {
    fc.assert(
      fc.property(monthDay, fc.constantFrom('-', '/', '月'), (md, sep) => {
        expect(parseMonthDay(md)).toBe(md);
        const [month, day] = md.split('-').map(Number);
        expect(parseMonthDay(`${month}${sep}${day}${sep === '月' ? '日' : ''}`)).toBe(md);
      }),
    );
  });
});

describe('inYearSpan', () => {
  const summer = { from: '05-01', to: '09-30' };
  const winter = { from: '10-01', to: '04-30' };

  it('holds both ends of a summer span and nothing outside it', () => {
    expect(inYearSpan(summer, '2026-05-01')).toBe(true);
    expect(inYearSpan(summer, '2026-09-30')).toBe(true);
    expect(inYearSpan(summer, '2026-04-30')).toBe(false);
    expect(inYearSpan(summer, '2026-10-01')).toBe(false);
  });

  it('runs over the new year when the span starts after it ends', () => {
    expect(inYearSpan(winter, '2026-12-31')).toBe(true);
    expect(inYearSpan(winter, '2027-01-01')).toBe(true);
    expect(inYearSpan(winter, '2027-04-30')).toBe(true);
    expect(inYearSpan(winter, '2027-05-01')).toBe(false);
    expect(inYearSpan(winter, '2026-09-30')).toBe(false);
  });

  it('is never in force without a span', () => {
    expect(yearSpanOf(null, null)).toBeNull();
    expect(yearSpanOf('05-01', null)).toBeNull();
    expect(inYearSpan(null, '2026-07-01')).toBe(false);
    expect(yearSpanOf('05-01', '09-30')).toEqual(summer);
  });

  it('puts every day of any year in exactly one of a span and the span of the days left over', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 }),
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 0, max: 365 }),
        year,
        (start, length, dayIndex, y) => {
          const from = monthDays[start]!;
          const to = monthDays[(start + length) % 366]!;
          const rest = { from: monthDays[(start + length + 1) % 366]!, to: monthDays[(start + 365) % 366]! };
          const md = monthDays[dayIndex]!;
          if (md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return; // no such day that year
          const date = `${y}-${md}`;
          expect(inYearSpan({ from, to }, date)).not.toBe(inYearSpan(rest, date));
        },
      ),
    );
  });

  it('holds exactly its one day when both ends are the same', () => {
    fc.assert(
      fc.property(monthDay, monthDay, year, (day, other, y) => {
        expect(inYearSpan({ from: day, to: day }, `${y}-${other}`)).toBe(day === other);
      }),
    );
  });
});
