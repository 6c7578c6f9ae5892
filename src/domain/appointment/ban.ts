// The booking ban (预约限制): people who book and do not come take places others needed.
// noShowLimit no-shows within the last noShowWindowDays days ban booking for banDays days
// after the latest one.
import { addDays, toEpochDay, type IsoDate } from '../calendar/index.ts';
import type { AppointmentRules } from './rules.ts';

type BanRules = Pick<AppointmentRules, 'noShowLimit' | 'noShowWindowDays' | 'banDays'>;

/** No-shows that still count on `today`: those dated within the last noShowWindowDays days. */
export function countedNoShows(noShowDates: readonly IsoDate[], today: IsoDate, rules: Pick<BanRules, 'noShowWindowDays'>): IsoDate[] {
  const first = toEpochDay(today) - rules.noShowWindowDays;
  return noShowDates.filter((d) => toEpochDay(d) > first && d <= today).sort();
}

/**
 * The last day of the ban ('YYYY-MM-DD', inclusive) when the person may not book on `today`,
 * otherwise undefined.
 */
export function bannedUntil(noShowDates: readonly IsoDate[], today: IsoDate, rules: BanRules): IsoDate | undefined {
  const counted = countedNoShows(noShowDates, today, rules);
  if (counted.length < rules.noShowLimit) return undefined;
  const until = addDays(counted.at(-1)!, rules.banDays);
  return until >= today ? until : undefined;
}
