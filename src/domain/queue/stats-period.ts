// The period of the hall statistics (统计区间): one day by default, or the week, month or
// year a manager reports on (日报、周报、月报). Weeks run Monday to Sunday, as Chinese
// offices count them; both ends are included.
import { addDays, fromEpochDay, toEpochDay, weekdayOf, type IsoDate } from '../calendar/index.ts';

/** A year and its leap day at most: longer periods are for the supervision reports, not the hall's. */
export const MAX_STATS_DAYS = 366;

export interface StatsPeriod {
  from: IsoDate;
  to: IsoDate;
}

export const statsPresets = ['today', 'yesterday', 'thisWeek', 'lastWeek', 'thisMonth', 'lastMonth', 'thisYear'] as const;
export type StatsPreset = (typeof statsPresets)[number];

const monthStart = (d: IsoDate) => `${d.slice(0, 8)}01`;
const monthEnd = (d: IsoDate) => addDays(monthStart(addDays(monthStart(d), 31)), -1);
const weekStart = (d: IsoDate) => addDays(d, -((weekdayOf(toEpochDay(d)) + 6) % 7));

/** The days a preset covers, seen from `today` (Beijing). A period never reaches past today. */
export function presetPeriod(preset: StatsPreset, today: IsoDate): StatsPeriod {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday':
      return { from: addDays(today, -1), to: addDays(today, -1) };
    case 'thisWeek':
      return { from: weekStart(today), to: today };
    case 'lastWeek': {
      const from = addDays(weekStart(today), -7);
      return { from, to: addDays(from, 6) };
    }
    case 'thisMonth':
      return { from: monthStart(today), to: today };
    case 'lastMonth': {
      const last = addDays(monthStart(today), -1);
      return { from: monthStart(last), to: monthEnd(last) };
    }
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

/** The period a query names: `from`–`to`, or the one day `date`, or `today`. */
export function periodOfQuery(q: { date?: IsoDate; from?: IsoDate; to?: IsoDate }, today: IsoDate): StatsPeriod {
  if (q.from && q.to) return { from: q.from, to: q.to };
  return { from: q.date ?? today, to: q.date ?? today };
}

/** Why a period cannot be counted, or undefined when it can. */
export function periodProblem(p: StatsPeriod): 'order' | 'tooLong' | undefined {
  const days = toEpochDay(p.to) - toEpochDay(p.from) + 1;
  if (days < 1) return 'order';
  return days > MAX_STATS_DAYS ? 'tooLong' : undefined;
}

/** Every date of the period, in order. */
export function periodDays(p: StatsPeriod): IsoDate[] {
  const first = toEpochDay(p.from);
  return Array.from({ length: toEpochDay(p.to) - first + 1 }, (_, i) => fromEpochDay(first + i));
}
