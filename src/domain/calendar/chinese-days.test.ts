// Cross-check against the upstream package the bundled data was converted from. Tests may
// import chinese-days; domain code may not (it answers "working day" for years it lacks).
import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, officialCalendar, toEpochDay } from './index.ts';

const cal = officialCalendar();

describe('agreement with chinese-days@1.5.7', () => {
  it('isWorkday agrees on every day from 2007-01-01 to 2026-12-31', () => {
    const mismatches: string[] = [];
    let days = 0;
    for (let d = toEpochDay('2007-01-01'); d <= toEpochDay('2026-12-31'); d++, days++) {
      const iso = fromEpochDay(d);
      if (cal.isWorkday(iso) !== chineseDays.isWorkday(iso)) mismatches.push(iso);
    }
    expect(days).toBe(7305);
    expect(mismatches).toEqual([]);
  });

  it('findWorkday(n, d) equals addWorkdays(d, n) for n ≥ 0 on a sample', () => {
    const start = toEpochDay('2008-01-01');
    for (let k = 0; k < 400; k++) {
      const iso = fromEpochDay(start + ((k * 7919) % 6200));
      const n = k % 61;
      expect(cal.addWorkdays(iso, n), `${iso} + ${n}`).toBe(chineseDays.findWorkday(n, iso));
    }
  });
});
