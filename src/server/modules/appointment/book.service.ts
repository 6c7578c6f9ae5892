import { addDays } from '../../../domain/calendar/index.ts';
import {
  appointmentHours,
  bannedUntil,
  findSlot,
  generateCheckInCode,
  slotCapacity,
} from '../../../domain/appointment/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { maskName, normalizeIdCard, validateIdCard } from '../../../domain/identifiers/index.ts';
import { hallTime } from '../../../domain/queue/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { activeOfPersonOn, insertAppointment, lockSlot, noShowDates, takenInSlot } from './appointment.queries.ts';
import { appendEvent, auditAppointment, type Visitor } from './appointment.events.ts';
import type { BookInput } from './appointment.types.ts';
import { publicAppointment } from './appointment.view.ts';
import { hallHoursOf, publicCenterOrThrow, summerOf } from './hall.context.ts';
import { notifyAppointment } from './appointment.notify.ts';
import { bookableCategory, datesOf, enabledRules, slotsOfDay } from './slots.service.ts';

export function checkedIdCard(idCard: string, now: Date): string {
  const normalized = normalizeIdCard(idCard);
  if (!validateIdCard(normalized, now).ok) throw new DomainError('INVALID_ID_CARD', {});
  return normalized;
}

/** The unique index is the last word on "one per person per day" when two bookings race. */
function isOnePerDayViolation(e: unknown): boolean {
  for (let x = e, depth = 0; x && depth < 4; x = (x as { cause?: unknown }).cause, depth++) {
    const err = x as { code?: unknown; constraint?: unknown; message?: unknown };
    if (err.code === '23505' && String(err.constraint ?? err.message ?? '').includes('appointment_one_per_day_uq')) return true;
  }
  return false;
}

/**
 * 预约: checks the rules outside the lock (cheap refusals first), then, holding the slot's
 * lock, counts the places taken and inserts: two bookings of the last place are serialised
 * and the second sees the first. The SMS is queued in the same transaction.
 */
export async function bookAppointment(db: Db, centerId: string, input: BookInput, visitor: Visitor, now = new Date()) {
  const idCard = checkedIdCard(input.idCard, now);
  const rules = await enabledRules(db, centerId);
  const { category, windows } = await bookableCategory(db, centerId, input.categoryId);
  const today = hallTime(now).serviceDate;
  const dates = await datesOf(db, centerId, rules, today);
  const hours = appointmentHours(category, await summerOf(db, centerId), input.date, await hallHoursOf(db, centerId));
  const slot = findSlot(hours, rules.slotMinutes, input.start);
  if (!dates.includes(input.date) || !slot || !slotsOfDay([slot], input.date, now).length)
    throw new DomainError('APPOINTMENT_OUTSIDE_WINDOW', { date: input.date, start: input.start, bookableDates: dates });
  const capacity = slotCapacity(windows, rules.perWindowPerSlot);
  const names = { centerName: (await publicCenterOrThrow(db, centerId)).name, categoryName: category.name };

  try {
    return await db.transaction(async (tx) => {
      const until = bannedUntil(await noShowDates(tx, centerId, idCard, addDays(today, -rules.noShowWindowDays)), today, rules);
      if (until) throw new DomainError('APPOINTMENT_BANNED', { until });
      if (await activeOfPersonOn(tx, centerId, idCard, input.date))
        throw new DomainError('APPOINTMENT_DUPLICATE_DAY', { date: input.date });
      await lockSlot(tx, category.id, input.date, slot.start);
      if ((await takenInSlot(tx, category.id, input.date, slot.start, now)) >= capacity)
        throw new DomainError('APPOINTMENT_SLOT_FULL', { date: input.date, start: input.start });
      const row = await insertAppointment(tx, {
        id: newId(now.getTime()),
        centerId,
        categoryId: category.id,
        serviceDate: input.date,
        startMinute: slot.start,
        endMinute: slot.end,
        name: input.name,
        idCard,
        phone: input.phone,
        code: generateCheckInCode(),
        state: 'booked',
        createdAt: now,
        updatedAt: now,
      });
      await appendEvent(tx, { appointmentId: row.id, centerId, at: now, action: 'book', fromState: null, toState: 'booked', by: visitor });
      await auditAppointment(tx, visitor, 'appointment.book', { type: 'appointment', id: row.id }, centerId, {
        categoryId: category.id,
        date: input.date,
        start: input.start,
        name: maskName(input.name),
      });
      await notifyAppointment(tx, 'appointment.confirmed', row, names, now);
      return publicAppointment(row, names, rules);
    });
  } catch (e) {
    if (isOnePerDayViolation(e)) throw new DomainError('APPOINTMENT_DUPLICATE_DAY', { date: input.date });
    throw e;
  }
}
