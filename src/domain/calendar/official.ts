// The bundled national arrangement (2007–2026), converted once from chinese-days@1.5.7. It is
// data, not code: a yearly refresh replaces or extends it (see fromHolidayCn) without a release.
import official from './official-days.json' with { type: 'json' };
import { WorkCalendar } from './calendar.ts';
import type { CalendarData, CalendarDay, RegionOverride } from './types.ts';
import { CalendarError, isIsoDate } from './dates.ts';

export interface CalendarFile extends CalendarData {
  source: string;
}

function bad(message: string, input?: unknown): CalendarError {
  return new CalendarError('CALENDAR_BAD_DATA', message, undefined, input);
}

/** Validates untrusted calendar JSON (e.g. an administrator's upload) into CalendarData. */
export function parseCalendarData(json: unknown): CalendarFile {
  if (typeof json !== 'object' || json === null) throw bad('Calendar data must be an object');
  const { source, years, days } = json as Record<string, unknown>;
  if (!Array.isArray(years) || !years.every((y) => Number.isInteger(y))) {
    throw bad('"years" must be a list of integers', years);
  }
  if (!Array.isArray(days)) throw bad('"days" must be a list', days);
  const parsed: CalendarDay[] = days.map((d: unknown) => {
    const { date, kind, name } = (d ?? {}) as Record<string, unknown>;
    if (!isIsoDate(date)) throw bad(`Bad date in calendar data: ${JSON.stringify(date)}`, d);
    if (kind !== 'off' && kind !== 'work') throw bad(`Bad kind for ${date}`, d);
    if (name !== undefined && typeof name !== 'string') throw bad(`Bad name for ${date}`, d);
    return name === undefined ? { date, kind } : { date, kind, name };
  });
  return { source: typeof source === 'string' ? source : 'unknown', years: years as number[], days: parsed };
}

let cached: CalendarFile | undefined;

/** The bundled national data (validated once). */
export function officialCalendarData(): CalendarFile {
  cached ??= parseCalendarData(official);
  return cached;
}

/** A calendar from the bundled national data plus optional regional overrides. */
export function officialCalendar(overrides: readonly RegionOverride[] = []): WorkCalendar {
  return new WorkCalendar(officialCalendarData(), overrides);
}

/**
 * Merges data sets in order. A year listed in a later set replaces that year's earlier
 * entries (so a corrected file can also remove a day); a set's entries dated outside its own
 * years (a make-up day in the previous December) are kept and override by date.
 */
export function mergeCalendarData(...sets: readonly CalendarData[]): CalendarData {
  let days: CalendarDay[] = [];
  const years = new Set<number>();
  for (const set of sets) {
    const replaced = new Set(set.years);
    days = days.filter((d) => !replaced.has(Number(d.date.slice(0, 4)))).concat(set.days);
    for (const y of set.years) years.add(y);
  }
  return { years: [...years].sort((a, b) => a - b), days };
}
