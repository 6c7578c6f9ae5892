import {
  appointmentHours,
  bookableDates,
  formatHm,
  generateSlots,
  slotCapacity,
  type AppointmentRules,
  type Slot,
} from '../../../domain/appointment/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { hallTime } from '../../../domain/queue/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { loadWorkCalendar } from '../calendar/index.ts';
import { findPublicCenter } from '../org/index.ts';
import { takenBySlot } from './appointment.queries.ts';
import { bookableCategories, hallHoursOf, publicCenterOrThrow, rulesOf, summerOf, type BookableCategory } from './hall.context.ts';

/** The hall's rules, refusing when appointments are off. */
export async function enabledRules(db: Db, centerId: string): Promise<AppointmentRules> {
  await publicCenterOrThrow(db, centerId);
  const rules = await rulesOf(db, centerId);
  if (!rules.enabled) throw new DomainError('APPOINTMENTS_DISABLED', { centerId });
  return rules;
}

export async function bookableCategory(db: Db, centerId: string, categoryId: string): Promise<BookableCategory> {
  const found = (await bookableCategories(db, centerId)).find((c) => c.category.id === categoryId);
  if (!found) throw new DomainError('NOT_FOUND', { object: 'ticketCategory', id: categoryId });
  return found;
}

/** Bookable dates by the calendar of the center's region (0 = today, when it is a working day). */
export async function datesOf(db: Db, centerId: string, rules: AppointmentRules, today: string): Promise<string[]> {
  const calendar = await loadWorkCalendar(db, (await findPublicCenter(db, centerId))?.regionCode ?? '');
  return bookableDates(calendar, today, rules);
}

/** Today's slots that already ended cannot be booked; a slot under way still can (walk in, check in late). */
export function slotsOfDay(all: readonly Slot[], date: string, now: Date): Slot[] {
  const { serviceDate, minuteOfDay } = hallTime(now);
  return date === serviceDate ? all.filter((s) => s.end > minuteOfDay) : [...all];
}

export async function listSlots(db: Db, centerId: string, categoryId: string, now = new Date()) {
  const rules = await enabledRules(db, centerId);
  const { category, windows } = await bookableCategory(db, centerId, categoryId);
  const dates = await datesOf(db, centerId, rules, hallTime(now).serviceDate);
  const capacity = slotCapacity(windows, rules.perWindowPerSlot);
  const [summer, hallHours] = await Promise.all([summerOf(db, centerId), hallHoursOf(db, centerId)]);
  const slotsOn = (date: string) => generateSlots(appointmentHours(category, summer, date, hallHours), rules.slotMinutes);
  const taken = await takenBySlot(db, categoryId, dates, now);
  const takenAt = (date: string, start: number) => Number(taken.find((t) => t.date === date && t.start === start)?.taken ?? 0);
  return {
    categoryId,
    days: dates.map((date) => ({
      date,
      slots: slotsOfDay(slotsOn(date), date, now).map((s) => ({
        start: formatHm(s.start),
        end: formatHm(s.end),
        capacity,
        available: Math.max(0, capacity - takenAt(date, s.start)),
      })),
    })),
  };
}
