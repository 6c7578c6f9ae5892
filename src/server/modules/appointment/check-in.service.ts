import {
  checkInTiming,
  checkInWindow,
  formatHm,
  nextAppointmentState,
  parseCheckInInput,
  type AppointmentRules,
  type CheckInTiming,
} from '../../../domain/appointment/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { hallTime } from '../../../domain/queue/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { getHallTicket, issueTicket } from '../queue/index.ts';
import { findForCheckIn, updateAppointment, type AppointmentRow } from './appointment.queries.ts';
import { appendEvent, auditAppointment, type Visitor } from './appointment.events.ts';
import type { CheckInInput } from './appointment.types.ts';
import { publicAppointment } from './appointment.view.ts';
import { checkedIdCard } from './book.service.ts';
import { namesOf, publicCenterOrThrow, rulesOf } from './hall.context.ts';

function timingOf(row: AppointmentRow, rules: AppointmentRules, now: Date): CheckInTiming {
  if (row.state === 'checked_in') return 'open';
  if (row.state === 'no_show') return 'late';
  return checkInTiming(now, checkInWindow(row.serviceDate, row.startMinute, row.endMinute, rules));
}

/** What the kiosk read, as a lookup: the code (bare or inside the scanned link), the ID card, or the phone. */
function lookupKey(centerId: string, input: CheckInInput, now: Date) {
  if (input.code !== undefined) {
    const scanned = parseCheckInInput(input.code);
    if (!scanned || (scanned.centerId && scanned.centerId !== centerId)) throw new DomainError('APPOINTMENT_NOT_FOUND_TODAY', {});
    return { code: scanned.code, appointmentId: scanned.appointmentId };
  }
  // A malformed ID says so (INVALID_ID_CARD), rather than "no booking today" for a typo.
  if (input.idCard !== undefined) return { idCard: checkedIdCard(input.idCard, now) };
  return { phone: input.phone };
}

/**
 * 签到: today's booking, within its check-in window, becomes a ticket with priority
 * 'appointment' (called before walk-ins). The ticket is issued through the queue module in
 * this same transaction (a savepoint inside it), so a booking is never checked in without
 * its ticket. A second check-in answers the ticket of the first.
 */
export async function checkIn(db: Db, centerId: string, input: CheckInInput, visitor: Visitor, now = new Date()) {
  const key = lookupKey(centerId, input, now);
  await publicCenterOrThrow(db, centerId);
  const [names, rules] = await Promise.all([namesOf(db, centerId), rulesOf(db, centerId)]);
  const today = hallTime(now).serviceDate;
  return db.transaction(async (tx) => {
    const found = (await findForCheckIn(tx, centerId, today, key)).filter((r) => !key.appointmentId || r.id === key.appointmentId);
    if (found.length === 0) throw new DomainError('APPOINTMENT_NOT_FOUND_TODAY', {});
    // A phone may hold several bookings (a family): the one whose window is open now wins.
    const row =
      found.find((r) => timingOf(r, rules, now) === 'open') ?? found.find((r) => timingOf(r, rules, now) === 'early') ?? found[0]!;
    const view = (r: AppointmentRow) => publicAppointment(r, names(r.categoryId), rules);
    if (row.state === 'checked_in' && row.ticketId)
      return { appointment: view(row), ticket: await getHallTicket(tx, centerId, row.ticketId) };

    const timing = timingOf(row, rules, now);
    if (timing === 'early') {
      const from = checkInWindow(row.serviceDate, row.startMinute, row.endMinute, rules).from;
      throw new DomainError('APPOINTMENT_CHECK_IN_TOO_EARLY', { from: formatHm(hallTime(from).minuteOfDay) });
    }
    const to = timing === 'open' ? nextAppointmentState('booked', 'check_in', 'visitor') : undefined;
    if (!to) throw new DomainError('APPOINTMENT_CHECK_IN_TOO_LATE', { start: formatHm(row.startMinute), end: formatHm(row.endMinute) });

    const ticket = await issueTicket(
      tx,
      centerId,
      { categoryId: row.categoryId, priority: 'appointment', source: 'appointment', phone: row.phone, idCard: row.idCard },
      { ip: visitor.ip, channel: 'kiosk' },
      now,
    );
    const updated = await updateAppointment(tx, row.id, {
      state: to,
      ticketId: ticket.id,
      ticketNumber: ticket.number,
      checkedInAt: now,
      updatedAt: now,
    });
    await appendEvent(tx, {
      appointmentId: row.id,
      centerId,
      at: now,
      action: 'check_in',
      fromState: row.state,
      toState: to,
      by: visitor,
      detail: { ticketId: ticket.id },
    });
    await auditAppointment(tx, visitor, 'appointment.check_in', { type: 'appointment', id: row.id }, centerId, {
      ticketId: ticket.id,
      ticketNumber: ticket.number,
      by: input.code !== undefined ? 'code' : input.idCard !== undefined ? 'idCard' : 'phone',
    });
    return { appointment: view(updated), ticket };
  });
}
