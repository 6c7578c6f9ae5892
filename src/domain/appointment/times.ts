// The instants an appointment turns on: when it can no longer be cancelled, when the visitor
// may check in. China keeps UTC+8 all year (no daylight saving since 1991), so a Beijing
// wall-clock time is a fixed offset from UTC and needs no time-zone database.
import { toEpochDay, type IsoDate } from '../calendar/index.ts';
import type { AppointmentRules } from './rules.ts';

const MINUTE = 60_000;
const CHINA_OFFSET_MIN = 8 * 60;

/** The instant of `minuteOfDay` (Beijing) on `date`. */
export function hallInstant(date: IsoDate, minuteOfDay: number): Date {
  return new Date(toEpochDay(date) * 86_400_000 + (minuteOfDay - CHINA_OFFSET_MIN) * MINUTE);
}

/** Last moment a booking may be cancelled: slot start − cut-off. */
export function cancelDeadline(date: IsoDate, start: number, rules: Pick<AppointmentRules, 'cancelCutoffMinutes'>): Date {
  return new Date(hallInstant(date, start).getTime() - rules.cancelCutoffMinutes * MINUTE);
}

export function canCancel(now: Date, date: IsoDate, start: number, rules: Pick<AppointmentRules, 'cancelCutoffMinutes'>): boolean {
  return now.getTime() <= cancelDeadline(date, start, rules).getTime();
}

export interface CheckInWindow {
  from: Date;
  to: Date;
}

/** Check-in is open from slot start − early to slot end + late (both ends included). */
export function checkInWindow(
  date: IsoDate,
  start: number,
  end: number,
  rules: Pick<AppointmentRules, 'checkInEarlyMinutes' | 'checkInLateMinutes'>,
): CheckInWindow {
  return {
    from: new Date(hallInstant(date, start).getTime() - rules.checkInEarlyMinutes * MINUTE),
    to: new Date(hallInstant(date, end).getTime() + rules.checkInLateMinutes * MINUTE),
  };
}

export type CheckInTiming = 'early' | 'open' | 'late';

export function checkInTiming(now: Date, w: CheckInWindow): CheckInTiming {
  if (now.getTime() < w.from.getTime()) return 'early';
  if (now.getTime() > w.to.getTime()) return 'late';
  return 'open';
}

/** A cancelled booking holds its slot until this instant (against touting: 防黄牛). */
export function releaseAt(cancelledAt: Date, rules: Pick<AppointmentRules, 'releaseDelayMinutes'>): Date {
  return new Date(cancelledAt.getTime() + rules.releaseDelayMinutes * MINUTE);
}

/** Whether a booking in `state` still takes a place in its slot at `now`. */
export function holdsSlot(state: string, releasedAt: Date | null, now: Date): boolean {
  if (state === 'cancelled') return releasedAt !== null && releasedAt.getTime() > now.getTime();
  return state === 'booked' || state === 'checked_in' || state === 'no_show';
}
