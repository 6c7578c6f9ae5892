import { addDays } from '../../../domain/calendar/index.ts';
import { reminderDue, type AppointmentRules } from '../../../domain/appointment/index.ts';
import { hallTime } from '../../../domain/queue/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { findAppointment, unremindedOn, updateAppointment, type AppointmentRow } from './appointment.queries.ts';
import { appendEvent, auditAppointment } from './appointment.events.ts';
import { namesOf, rulesOf } from './hall.context.ts';
import { notifyAppointment } from './appointment.notify.ts';

/**
 * 预约提醒: queues the reminder SMS of every booking of tomorrow (Beijing) that is due under
 * its hall's rules, one transaction each (reminded_at, history, audit, SMS), so a reminder
 * goes out at most once however many instances run the round. Returns how many were queued.
 */
export async function sendReminders(db: Db, now = new Date()): Promise<number> {
  const tomorrow = addDays(hallTime(now).serviceDate, 1);
  const rulesByCenter = new Map<string, Promise<AppointmentRules>>();
  const namesByCenter = new Map<string, ReturnType<typeof namesOf>>();
  const skipped = new Set<string>();
  let queued = 0;
  for (;;) {
    // Candidates not due (reminders off, booked late) stay unreminded: skip them on re-reads.
    const batch = (await unremindedOn(db, tomorrow, 500 + skipped.size)).filter((a) => !skipped.has(a.id));
    if (batch.length === 0) return queued;
    for (const candidate of batch) {
      if (!rulesByCenter.has(candidate.centerId)) rulesByCenter.set(candidate.centerId, rulesOf(db, candidate.centerId));
      const rules = await rulesByCenter.get(candidate.centerId)!;
      if (!reminderDue(now, candidate, rules)) {
        skipped.add(candidate.id);
        continue;
      }
      if (!namesByCenter.has(candidate.centerId)) namesByCenter.set(candidate.centerId, namesOf(db, candidate.centerId));
      const names = (await namesByCenter.get(candidate.centerId)!)(candidate.categoryId);
      if (await remind(db, candidate.id, names, now)) queued++;
      else skipped.add(candidate.id);
    }
  }
}

async function remind(db: Db, id: string, names: { centerName: string; categoryName: string }, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const row: AppointmentRow | undefined = await findAppointment(tx, id, true);
    // Cancelled, or reminded by another instance, since the batch was read.
    if (!row || row.state !== 'booked' || row.remindedAt) return false;
    await updateAppointment(tx, id, { remindedAt: now });
    await appendEvent(tx, {
      appointmentId: id,
      centerId: row.centerId,
      at: now,
      action: 'remind',
      fromState: 'booked',
      toState: 'booked',
      by: 'system',
    });
    await auditAppointment(tx, 'system', 'appointment.remind', { type: 'appointment', id }, row.centerId, { date: row.serviceDate });
    await notifyAppointment(tx, 'appointment.reminder', row, names, now);
    return true;
  });
}
