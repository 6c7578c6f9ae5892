import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, jsonb, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { centers } from '../org/org.schema.ts';

/** 预约规则 per hall; a hall without a row uses DEFAULT_APPOINTMENT_RULES (appointments off). */
export const appointmentRules = pgTable('appointment_rule', {
  centerId: text('center_id')
    .primaryKey()
    .references(() => centers.id),
  enabled: boolean('enabled').notNull(),
  minDaysAhead: smallint('min_days_ahead').notNull(),
  maxDaysAhead: smallint('max_days_ahead').notNull(),
  slotMinutes: smallint('slot_minutes').notNull(),
  perWindowPerSlot: smallint('per_window_per_slot').notNull(),
  cancelCutoffMinutes: smallint('cancel_cutoff_minutes').notNull(),
  noShowLimit: smallint('no_show_limit').notNull(),
  noShowWindowDays: smallint('no_show_window_days').notNull(),
  banDays: smallint('ban_days').notNull(),
  releaseDelayMinutes: smallint('release_delay_minutes').notNull(),
  checkInEarlyMinutes: smallint('check_in_early_minutes').notNull(),
  checkInLateMinutes: smallint('check_in_late_minutes').notNull(),
  reminderEnabled: boolean('reminder_enabled').notNull().default(false),
  reminderTime: text('reminder_time').notNull().default('16:00'),
  updatedBy: text('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * 预约. The slot is (category, service_date, start_minute) in Beijing minutes. A cancelled row
 * keeps holding its place until release_at (防黄牛); the ticket issued at check-in is kept
 * by id and number (the queue module owns the ticket itself).
 */
export const appointments = pgTable(
  'appointment',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    categoryId: text('category_id').notNull(),
    serviceDate: date('service_date', { mode: 'string' }).notNull(),
    startMinute: smallint('start_minute').notNull(),
    endMinute: smallint('end_minute').notNull(),
    name: text('name').notNull(),
    idCard: text('id_card').notNull(),
    phone: text('phone').notNull(),
    code: text('code').notNull(),
    state: text('state').notNull(),
    ticketId: text('ticket_id'),
    ticketNumber: text('ticket_number'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    releaseAt: timestamp('release_at', { withTimezone: true }),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    noShowAt: timestamp('no_show_at', { withTimezone: true }),
    /** When the reminder SMS (the day before) was queued; null until then, so it goes out once. */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // "This hall, this day" (console list, slot counts) first: the table grows by time.
    index('appointment_center_day_idx').on(t.centerId, t.serviceDate, t.categoryId, t.startMinute),
    index('appointment_person_idx').on(t.centerId, t.idCard, t.serviceDate),
    index('appointment_phone_idx').on(t.centerId, t.phone, t.serviceDate),
    uniqueIndex('appointment_code_uq').on(t.centerId, t.code),
    // One booking per person per hall per day (FACTS §H), whatever races the checks in code.
    uniqueIndex('appointment_one_per_day_uq')
      .on(t.centerId, t.idCard, t.serviceDate)
      .where(sql`state IN ('booked', 'checked_in')`),
    // The no-show sweep scans only bookings still waiting for their visitor.
    index('appointment_booked_idx')
      .on(t.serviceDate)
      .where(sql`state = 'booked'`),
  ],
);

/** Append-only history of every appointment; database triggers (migration 0012) refuse UPDATE, DELETE and TRUNCATE. */
export const appointmentEvents = pgTable(
  'appointment_event',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    appointmentId: text('appointment_id').notNull(),
    centerId: text('center_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    actor: text('actor').notNull(),
    detail: jsonb('detail'),
  },
  (t) => [index('appointment_event_appointment_idx').on(t.appointmentId), index('appointment_event_center_at_idx').on(t.centerId, t.at)],
);
