// 预约提醒短信: the day before an appointment, at the hall's chosen time, one SMS reminds the
// visitor of the slot and the code. A booking made after that moment gets none (its
// confirmation is fresh), and a round that runs late sends nothing from 21:00 on: a missed
// reminder is better than a text at night.
import { addDays, type IsoDate } from '../calendar/index.ts';
import type { AppointmentRules } from './rules.ts';
import { parseHm } from './slots.ts';
import { hallInstant } from './times.ts';

/** No reminder goes out at or after this time of the day before (Beijing). */
export const REMINDER_QUIET_FROM = '21:00';

type ReminderRules = Pick<AppointmentRules, 'reminderEnabled' | 'reminderTime'>;

/** When the reminder of a booking on `serviceDate` is due: reminderTime on the calendar day before. */
export function reminderMoment(serviceDate: IsoDate, rules: Pick<ReminderRules, 'reminderTime'>): Date {
  return hallInstant(addDays(serviceDate, -1), parseHm(rules.reminderTime)!);
}

/** The last instant (exclusive) a late round may still send the reminder. */
export function reminderCutoff(serviceDate: IsoDate): Date {
  return hallInstant(addDays(serviceDate, -1), parseHm(REMINDER_QUIET_FROM)!);
}

/** Whether a booking still waiting for its visitor should be reminded at `now`. */
export function reminderDue(now: Date, booking: { serviceDate: IsoDate; createdAt: Date }, rules: ReminderRules): boolean {
  if (!rules.reminderEnabled) return false;
  const at = reminderMoment(booking.serviceDate, rules).getTime();
  return booking.createdAt.getTime() < at && now.getTime() >= at && now.getTime() < reminderCutoff(booking.serviceDate).getTime();
}
