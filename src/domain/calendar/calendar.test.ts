import { describe, expect, it } from 'vitest';
import {
  CalendarError,
  WorkCalendar,
  addDays,
  fromHolidayCn,
  mergeCalendarData,
  officialCalendar,
  officialCalendarData,
  parseCalendarData,
} from './index.ts';

const cal = officialCalendar();

function codeOf(fn: () => unknown): { code?: string; year?: number } {
  try {
    fn();
  } catch (e) {
    if (e instanceof CalendarError) return { code: e.code, year: e.year };
    throw e;
  }
  return {};
}

describe('WorkCalendar on the bundled national data', () => {
  it('covers 2007–2026', () => {
    expect(cal.coveredYears()).toEqual(Array.from({ length: 20 }, (_, i) => 2007 + i));
    expect(officialCalendarData().source).toBe('chinese-days@1.5.7');
  });

  it('reproduces the worked example: Thu 2026-09-24 + 20 working days = 2026-10-29', () => {
    expect(cal.addWorkdays('2026-09-24', 20)).toBe('2026-10-29');
    expect(cal.workdaysBetween('2026-09-24', '2026-10-29')).toBe(20);
    expect(cal.isWorkday('2026-09-25')).toBe(false); // 中秋
    expect(cal.isWorkday('2026-10-07')).toBe(false); // 国庆
    expect(cal.isWorkday('2026-10-10')).toBe(true); // make-up Saturday
    expect(cal.dayInfo('2026-10-10')).toEqual({ date: '2026-10-10', workday: true, name: '国庆节' });
    expect(cal.dayInfo('2026-09-23')).toEqual({ date: '2026-09-23', workday: true });
  });

  it('n = 0 returns the date itself on a working day, else the next working day', () => {
    expect(cal.addWorkdays('2026-09-24', 0)).toBe('2026-09-24');
    expect(cal.addWorkdays('2026-09-25', 0)).toBe('2026-09-28');
    expect(cal.nextWorkday('2026-10-01')).toBe('2026-10-08');
    expect(cal.addWorkdays('2026-09-30', 1)).toBe('2026-10-08');
  });

  it('moves a natural-day deadline off a day off', () => {
    expect(cal.dueFromNaturalDays('2026-09-24', 7)).toBe('2026-10-08'); // 10-01 is 国庆
    expect(cal.dueFromNaturalDays('2026-09-24', 1)).toBe('2026-09-28'); // 09-25 is 中秋
    expect(cal.dueFromNaturalDays('2026-09-21', 2)).toBe('2026-09-23');
  });

  it('counts (from, to] and [from, to) exactly', () => {
    expect(cal.workdaysBetween('2026-09-24', '2026-09-24')).toBe(0);
    expect(cal.workdaysBetween('2026-09-24', '2026-09-28')).toBe(1);
    expect(cal.workdaysBetween('2026-09-28', '2026-09-24')).toBe(-1);
    expect(cal.workdaysInRange('2026-09-24', '2026-09-28')).toBe(1);
    expect(cal.workdaysInRange('2026-09-24', '2026-09-24')).toBe(0);
  });

  it('refuses years without data (never a guess) and malformed dates', () => {
    expect(codeOf(() => cal.isWorkday('2027-01-04'))).toEqual({ code: 'CALENDAR_YEAR_MISSING', year: 2027 });
    expect(codeOf(() => cal.addWorkdays('2026-12-25', 10))).toEqual({ code: 'CALENDAR_YEAR_MISSING', year: 2027 });
    expect(codeOf(() => cal.workdaysBetween('2026-12-01', '2027-01-05')).code).toBe('CALENDAR_YEAR_MISSING');
    expect(codeOf(() => cal.dueFromNaturalDays('2026-12-20', 30)).year).toBe(2027);
    expect(codeOf(() => cal.isWorkday('2006-12-29')).year).toBe(2006);
    for (const bad of ['2026-02-30', '2026-13-01', '2026-9-1', '20260901', '', 'x']) {
      expect(codeOf(() => cal.isWorkday(bad)).code).toBe('CALENDAR_BAD_DATE');
    }
    expect(codeOf(() => cal.addWorkdays('2026-01-05', -1)).code).toBe('CALENDAR_BAD_ARGUMENT');
    expect(codeOf(() => cal.addWorkdays('2026-01-05', 1.5)).code).toBe('CALENDAR_BAD_ARGUMENT');
  });

  it('refuses spans across a year with no data between two covered years', () => {
    const gappy = new WorkCalendar({ years: [2024, 2026], days: [] });
    expect(gappy.isWorkday('2026-01-05')).toBe(true);
    expect(codeOf(() => gappy.addWorkdays('2024-12-20', 20))).toEqual({ code: 'CALENDAR_YEAR_MISSING', year: 2025 });
    expect(codeOf(() => gappy.workdaysBetween('2024-12-20', '2026-01-05')).year).toBe(2025);
  });

  it('warns from 1 November when next year has no data', () => {
    expect(cal.missingNextYearWarning('2026-10-31')).toBe(false);
    expect(cal.missingNextYearWarning('2026-11-01')).toBe(true);
    expect(cal.missingNextYearWarning('2025-12-31')).toBe(false);
    expect(cal.missingNextYearWarning('2027-03-01')).toBe(true);
  });

  it('applies a regional override (later entries win)', () => {
    const regional = officialCalendar([
      { region: '某县', days: [{ date: '2026-09-23', kind: 'off', name: '地方节日' }] },
    ]);
    expect(regional.isWorkday('2026-09-23')).toBe(false);
    expect(regional.dayInfo('2026-09-23').name).toBe('地方节日');
    expect(regional.addWorkdays('2026-09-22', 1)).toBe('2026-09-24');
    const undone = officialCalendar([
      { region: 'a', days: [{ date: '2026-09-23', kind: 'off' }] },
      { region: 'b', days: [{ date: '2026-09-23', kind: 'work' }] },
    ]);
    expect(undone.isWorkday('2026-09-23')).toBe(true);
    expect(cal.isWorkday('2026-09-23')).toBe(true); // the national calendar is untouched
  });

  it('rejects malformed calendar data', () => {
    expect(codeOf(() => parseCalendarData({ years: [2026], days: [{ date: '2026-02-30', kind: 'off' }] })).code)
      .toBe('CALENDAR_BAD_DATA');
    expect(codeOf(() => parseCalendarData({ years: [2026], days: [{ date: '2026-02-03', kind: 'holiday' }] })).code)
      .toBe('CALENDAR_BAD_DATA');
    expect(codeOf(() => new WorkCalendar({ years: [], days: [] })).code).toBe('CALENDAR_BAD_DATA');
  });

  it('natural-day helper works across month and leap-year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('holiday-cn converter', () => {
  // Excerpt of holiday-cn 2026.json (国庆/中秋 part).
  const sample = {
    year: 2026,
    papers: ['https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm'],
    days: [
      { name: '国庆节', date: '2026-09-20', isOffDay: false },
      { name: '中秋节', date: '2026-09-25', isOffDay: true },
      { name: '国庆节', date: '2026-10-01', isOffDay: true },
      { name: '国庆节', date: '2026-10-10', isOffDay: false },
    ],
  };

  it('maps isOffDay to off / work', () => {
    expect(fromHolidayCn(sample)).toEqual([
      { date: '2026-09-20', kind: 'work', name: '国庆节' },
      { date: '2026-09-25', kind: 'off', name: '中秋节' },
      { date: '2026-10-01', kind: 'off', name: '国庆节' },
      { date: '2026-10-10', kind: 'work', name: '国庆节' },
    ]);
  });

  it('builds a calendar for a new year without a code change', () => {
    const next = { ...sample, year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] };
    const merged = mergeCalendarData(officialCalendarData(), { years: [2027], days: fromHolidayCn(next) });
    const c = new WorkCalendar(merged);
    expect(c.coveredYears().at(-1)).toBe(2027);
    expect(c.isWorkday('2027-01-01')).toBe(false);
    expect(c.addWorkdays('2026-12-30', 2)).toBe('2027-01-04');
    expect(c.missingNextYearWarning('2026-11-01')).toBe(false);
  });

  it('a later data set replaces a whole year', () => {
    const merged = mergeCalendarData(
      { years: [2026], days: [{ date: '2026-03-02', kind: 'off' }] },
      { years: [2026], days: fromHolidayCn(sample) },
    );
    expect(new WorkCalendar(merged).isWorkday('2026-03-02')).toBe(true);
  });

  it('rejects a file that is not holiday-cn', () => {
    expect(codeOf(() => fromHolidayCn({ year: 2026, days: [{ name: 'x', date: '2026/01/01', isOffDay: true }] })).code)
      .toBe('CALENDAR_BAD_DATA');
  });
});
