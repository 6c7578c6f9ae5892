// Answers of appointments: the public side (/hall/:centerId/appointment…: portal, kiosk) and
// the hall manager's (/queue/centers/:centerId/appointment…, notifications).
import { z } from 'zod';
import { appointmentStates } from '../domain/appointment/index.ts';
import { isoDate, list, page, timestamp, type Json } from './common.ts';
import { PublicTicket } from './queue.ts';

const hm = z.string().regex(/^\d{2}:\d{2}$/);

/** A booking as the visitor sees it (ID and phone masked by the server). */
export const AppointmentPublic = z.object({
  id: z.string(),
  centerId: z.string(),
  centerName: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  date: isoDate,
  start: hm,
  end: hm,
  name: z.string(),
  idCardMasked: z.string(),
  phoneMasked: z.string(),
  state: z.enum(appointmentStates),
  code: z.string(),
  /** The last moment the visitor may cancel. */
  cancelDeadline: timestamp,
  ticketId: z.string().nullable(),
  ticketNumber: z.string().nullable(),
  createdAt: timestamp,
});
export type AppointmentPublic = Json<typeof AppointmentPublic>;
export const AppointmentList = list(AppointmentPublic);

export const AppointmentOptions = z.object({
  enabled: z.boolean(),
  rules: z.object({
    minDaysAhead: z.number().int(),
    maxDaysAhead: z.number().int(),
    slotMinutes: z.number().int(),
    cancelCutoffMinutes: z.number().int(),
    checkInEarlyMinutes: z.number().int(),
    checkInLateMinutes: z.number().int(),
    /** 'HH:MM' of the day-before reminder SMS; null when the hall sends none. */
    reminderTime: hm.nullable(),
  }),
  categories: z.array(z.object({ id: z.string(), prefix: z.string(), name: z.string(), description: z.string(), icon: z.string().nullable() })),
});
export type AppointmentOptions = Json<typeof AppointmentOptions>;

export const Slot = z.object({ start: hm, end: hm, capacity: z.number().int(), available: z.number().int() });
export type Slot = Json<typeof Slot>;
export const SlotDay = z.object({ date: isoDate, slots: z.array(Slot) });
export type SlotDay = Json<typeof SlotDay>;
export const SlotList = z.object({ categoryId: z.string(), days: z.array(SlotDay) });
export type SlotList = Json<typeof SlotList>;

/** Check-in at the kiosk: the booking and the priority ticket it gave. */
export const CheckInResult = z.object({ appointment: AppointmentPublic, ticket: PublicTicket });
export type CheckInResult = Json<typeof CheckInResult>;

export const AppointmentRules = z.object({
  enabled: z.boolean(),
  minDaysAhead: z.number().int(),
  maxDaysAhead: z.number().int(),
  slotMinutes: z.number().int(),
  perWindowPerSlot: z.number().int(),
  cancelCutoffMinutes: z.number().int(),
  noShowLimit: z.number().int(),
  noShowWindowDays: z.number().int(),
  banDays: z.number().int(),
  releaseDelayMinutes: z.number().int(),
  checkInEarlyMinutes: z.number().int(),
  checkInLateMinutes: z.number().int(),
  reminderEnabled: z.boolean(),
  reminderTime: hm,
});
export type AppointmentRules = Json<typeof AppointmentRules>;

/** A row of the day's list: the booking with the person's no-show count. */
export const AppointmentRow = AppointmentPublic.extend({ noShowCount: z.number().int(), remindedAt: timestamp.nullable() });
export type AppointmentRow = Json<typeof AppointmentRow>;
export const AppointmentPage = page(AppointmentRow);

/** 预约统计 of a period. noShowRate = noShow ÷ (checkedIn + noShow); null while nothing has an outcome. */
export const AppointmentFigures = z.object({
  centerId: z.string(),
  from: isoDate,
  to: isoDate,
  booked: z.number().int(),
  waiting: z.number().int(),
  checkedIn: z.number().int(),
  cancelled: z.number().int(),
  noShow: z.number().int(),
  noShowRate: z.number().nullable(),
});
export type AppointmentFigures = Json<typeof AppointmentFigures>;

/** 短信发件箱: what was (or will be) texted, numbers masked. */
export const OutboxRow = z.object({
  id: z.string(),
  channel: z.enum(['sms', 'email', 'inbox']), // e-mail and in-app since issue #19
  to: z.string(),
  text: z.string(),
  state: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int(),
  createdAt: timestamp,
  sentAt: timestamp.nullable(),
});
export type OutboxRow = Json<typeof OutboxRow>;
export const OutboxPage = page(OutboxRow);
