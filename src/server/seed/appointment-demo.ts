// Demo appointments: the county center takes bookings with the default rules, and two
// visitors have booked 社保医保 for the next weekdays, so the console's list and the portal's
// "my appointments" have something to show. No SMS is queued for them (nobody to text).
import { and, eq } from 'drizzle-orm';
import { DEFAULT_APPOINTMENT_RULES, generateCheckInCode } from '../../domain/appointment/index.ts';
import { addDays, weekdayOf, toEpochDay } from '../../domain/calendar/index.ts';
import { idCardCheckChar } from '../../domain/identifiers/index.ts';
import { hallTime } from '../../domain/queue/index.ts';
import type { Db } from '../platform/db/types.ts';
import { newId } from '../platform/ids.ts';
import { appointmentRules, appointments } from '../modules/appointment/appointment.schema.ts';
import { centers } from '../modules/org/org.schema.ts';
import { ticketCategories } from '../modules/queue/queue.schema.ts';

const demoVisitors = [
  { name: '刘建华', first17: '61042919650312003', phone: '13900000101', start: 9 * 60 },
  { name: '马秀英', first17: '61042919781105002', phone: '13900000102', start: 10 * 60 },
];

/** The next Monday–Friday dates after `from` (demo only: the real booking path uses the working-day calendar). */
function nextWeekdays(from: string, n: number): string[] {
  const out: string[] = [];
  for (let d = addDays(from, 1); out.length < n; d = addDays(d, 1))
    if (weekdayOf(toEpochDay(d)) >= 1 && weekdayOf(toEpochDay(d)) <= 5) out.push(d);
  return out;
}

export async function seedDemoAppointments(tx: Db, now = new Date()): Promise<{ bookings: number }> {
  const [county] = await tx.select({ id: centers.id }).from(centers).where(eq(centers.code, 'XY-COUNTY')).limit(1);
  if (!county) return { bookings: 0 };
  // Reminders on, to show them: without SMS_WEBHOOK_URL they only reach the log and the outbox screen.
  await tx
    .insert(appointmentRules)
    .values({ centerId: county.id, ...DEFAULT_APPOINTMENT_RULES, enabled: true, reminderEnabled: true, updatedBy: 'demo' });
  const [category] = await tx
    .select({ id: ticketCategories.id })
    .from(ticketCategories)
    .where(and(eq(ticketCategories.centerId, county.id), eq(ticketCategories.prefix, 'B')))
    .limit(1);
  if (!category) return { bookings: 0 };
  const dates = nextWeekdays(hallTime(now).serviceDate, demoVisitors.length);
  for (const [i, v] of demoVisitors.entries()) {
    await tx.insert(appointments).values({
      id: newId(now.getTime()),
      centerId: county.id,
      categoryId: category.id,
      serviceDate: dates[i]!,
      startMinute: v.start,
      endMinute: v.start + DEFAULT_APPOINTMENT_RULES.slotMinutes,
      name: v.name,
      idCard: v.first17 + idCardCheckChar(v.first17),
      phone: v.phone,
      code: generateCheckInCode(),
      state: 'booked',
      createdAt: now,
      updatedAt: now,
    });
  }
  return { bookings: demoVisitors.length };
}
