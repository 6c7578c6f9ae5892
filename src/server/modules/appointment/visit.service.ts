import { addDays } from '../../../domain/calendar/index.ts';
import {
  canCancel,
  cancelDeadline,
  nextAppointmentState,
  releaseAt,
  type AppointmentState,
} from '../../../domain/appointment/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { hallTime } from '../../../domain/queue/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { findAppointment, listOfPerson, updateAppointment, type AppointmentRow } from './appointment.queries.ts';
import { actorKind, appendEvent, auditAppointment, type Visitor } from './appointment.events.ts';
import { assertCenterInScope, type Who } from '../org/index.ts';
import type { LookupInput } from './appointment.types.ts';
import { publicAppointment } from './appointment.view.ts';
import { checkedIdCard } from './book.service.ts';
import { namesOf, publicCenterOrThrow, rulesOf } from './hall.context.ts';
import { notifyAppointment } from './appointment.notify.ts';

/** How long back "my appointments" reaches: recent ones too, so a visitor sees a cancellation or a no-show. */
const LOOKUP_PAST_DAYS = 30;

export async function lookupAppointments(db: Db, centerId: string, input: LookupInput, now = new Date()) {
  const idCard = checkedIdCard(input.idCard, now);
  await publicCenterOrThrow(db, centerId);
  const from = addDays(hallTime(now).serviceDate, -LOOKUP_PAST_DAYS);
  const [rows, names, rules] = await Promise.all([
    listOfPerson(db, centerId, idCard, input.phone, from),
    namesOf(db, centerId),
    rulesOf(db, centerId),
  ]);
  return { items: rows.map((r) => publicAppointment(r, names(r.categoryId), rules)) };
}

/** The code is the key: without it the answer is the same 404 as for an unknown id (no probing of ids). */
async function withCode(db: Db, centerId: string, id: string, code: string, forUpdate = false): Promise<AppointmentRow> {
  const row = await findAppointment(db, id, forUpdate);
  if (!row || row.centerId !== centerId || row.code !== code.trim().toUpperCase())
    throw new DomainError('NOT_FOUND', { object: 'appointment', id });
  return row;
}

export async function getAppointment(db: Db, centerId: string, id: string, code: string) {
  const row = await withCode(db, centerId, id, code);
  const [names, rules] = await Promise.all([namesOf(db, centerId), rulesOf(db, centerId)]);
  return publicAppointment(row, names(row.categoryId), rules);
}

/** 取消预约: before the cut-off only; the place is released to others only after the delay (防黄牛). */
export async function cancelAppointment(db: Db, centerId: string, id: string, code: string, visitor: Visitor, now = new Date()) {
  return cancelBooked(db, centerId, now, visitor, (tx) => withCode(tx, centerId, id, code, true));
}

/**
 * 代为取消: the hall cancels for a visitor who phoned or came to the desk (older people without
 * a smartphone), or because the hall must close that day. No cut-off, a reason instead; the
 * place is still released only after the delay, and the visitor gets the same SMS.
 */
export async function cancelByStaff(db: Db, who: Who, centerId: string, id: string, reason: string, now = new Date()) {
  return cancelBooked(
    db,
    centerId,
    now,
    who,
    async (tx) => {
      await assertCenterInScope(tx, who.actor, centerId);
      const row = await findAppointment(tx, id, true);
      if (!row || row.centerId !== centerId) throw new DomainError('NOT_FOUND', { object: 'appointment', id });
      return row;
    },
    reason,
  );
}

async function cancelBooked(
  db: Db,
  centerId: string,
  now: Date,
  by: Visitor | Who,
  lockRow: (tx: Db) => Promise<AppointmentRow>,
  staffReason?: string,
) {
  const [names, rules] = await Promise.all([namesOf(db, centerId), rulesOf(db, centerId)]);
  return db.transaction(async (tx) => {
    const before = await lockRow(tx);
    const id = before.id;
    const to = nextAppointmentState(before.state as AppointmentState, 'cancel', actorKind(by));
    if (!to) throw new DomainError('APPOINTMENT_STATE', { state: before.state, action: 'cancel' });
    if (staffReason === undefined && !canCancel(now, before.serviceDate, before.startMinute, rules))
      throw new DomainError('APPOINTMENT_CANCEL_TOO_LATE', {
        deadline: cancelDeadline(before.serviceDate, before.startMinute, rules).toISOString(),
      });
    const release = releaseAt(now, rules);
    const row = await updateAppointment(tx, id, { state: to, cancelledAt: now, releaseAt: release, updatedAt: now });
    const detail = { releaseAt: release.toISOString(), ...(staffReason === undefined ? {} : { reason: staffReason }) };
    await appendEvent(tx, { appointmentId: id, centerId, at: now, action: 'cancel', fromState: before.state, toState: to, by, detail });
    await auditAppointment(
      tx,
      by,
      staffReason === undefined ? 'appointment.cancel' : 'appointment.cancel-by-staff',
      { type: 'appointment', id },
      centerId,
      {
        date: row.serviceDate,
        categoryId: row.categoryId,
        ...detail,
      },
    );
    await notifyAppointment(tx, 'appointment.cancelled', row, names(row.categoryId), now);
    return publicAppointment(row, names(row.categoryId), rules);
  });
}
