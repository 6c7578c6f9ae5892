import { addDays } from '../../../domain/calendar/index.ts';
import { bannedUntil, checkInWindow, nextAppointmentState, type AppointmentRules } from '../../../domain/appointment/index.ts';
import { hallTime } from '../../../domain/queue/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { bookedUpTo, findAppointment, noShowDates, updateAppointment } from './appointment.queries.ts';
import { appendEvent, auditAppointment } from './appointment.events.ts';
import { namesOf, rulesOf } from './hall.context.ts';
import { notifyAppointment } from './appointment.notify.ts';

/**
 * 爽约清扫: every booking whose check-in window has ended without a check-in becomes a
 * no-show, one transaction each (history, audit, SMS). The ban is not stored: it follows
 * from the no-shows whenever the person books again. Returns how many were marked.
 */
export async function sweepNoShows(db: Db, now = new Date()): Promise<number> {
  const today = hallTime(now).serviceDate;
  const rulesByCenter = new Map<string, Promise<AppointmentRules>>();
  const namesByCenter = new Map<string, ReturnType<typeof namesOf>>();
  let marked = 0;
  for (;;) {
    const batch = await bookedUpTo(db, today);
    let progressed = 0;
    for (const candidate of batch) {
      if (!rulesByCenter.has(candidate.centerId)) rulesByCenter.set(candidate.centerId, rulesOf(db, candidate.centerId));
      if (!namesByCenter.has(candidate.centerId)) namesByCenter.set(candidate.centerId, namesOf(db, candidate.centerId));
      const rules = await rulesByCenter.get(candidate.centerId)!;
      if (now <= checkInWindow(candidate.serviceDate, candidate.startMinute, candidate.endMinute, rules).to) continue;
      const names = (await namesByCenter.get(candidate.centerId)!)(candidate.categoryId);
      if (await markNoShow(db, candidate.id, rules, names, now)) progressed++;
    }
    marked += progressed;
    if (progressed === 0) return marked;
  }
}

async function markNoShow(
  db: Db,
  id: string,
  rules: AppointmentRules,
  names: { centerName: string; categoryName: string },
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const before = await findAppointment(tx, id, true);
    // Checked in or cancelled since the batch was read: nothing to do.
    const to = before && nextAppointmentState(before.state as 'booked', 'no_show', 'system');
    if (!before || before.state !== 'booked' || !to) return false;
    const row = await updateAppointment(tx, id, { state: to, noShowAt: now, updatedAt: now });
    const today = hallTime(now).serviceDate;
    const until = bannedUntil(await noShowDates(tx, row.centerId, row.idCard, addDays(today, -rules.noShowWindowDays)), today, rules);
    await appendEvent(tx, {
      appointmentId: id,
      centerId: row.centerId,
      at: now,
      action: 'no_show',
      fromState: 'booked',
      toState: to,
      by: 'system',
      detail: { bannedUntil: until ?? null },
    });
    await auditAppointment(tx, 'system', 'appointment.no_show', { type: 'appointment', id }, row.centerId, {
      date: row.serviceDate,
      bannedUntil: until ?? null,
    });
    if (until) await notifyAppointment(tx, 'appointment.no-show-banned', row, names, now, { bannedUntil: until });
    else await notifyAppointment(tx, 'appointment.no-show', row, names, now);
    return true;
  });
}
