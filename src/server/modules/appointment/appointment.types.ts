import { z } from 'zod';
import { isoDate } from '../../platform/http/dates.ts';
import {
  isReminderTime,
  REMINDER_EARLIEST,
  REMINDER_LATEST,
  ruleBounds,
  SLOT_LENGTHS,
  type AppointmentRules,
} from '../../../domain/appointment/index.ts';
import { appointmentStates } from '../../../domain/appointment/index.ts';
import { idCardShape, mobileNumber } from '../../platform/http/identifiers.ts';
import { pageQuery } from '../../platform/http/pagination.ts';

// Request schemas of appointments: one name for the schema and its type. Messages of our own
// refinements are Chinese (the portal and the kiosk show them as written).

export const uuid = z.string().uuid({ message: '编号格式不正确' });
const hm = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '时间格式应为 HH:MM（如 09:00）' });
const phone = mobileNumber;
// The checksum is checked by the service (INVALID_ID_CARD, as the contract names it); here only the shape.
const idCard = idCardShape;

export const CenterParam = z.object({ centerId: uuid });
export const AppointmentParam = z.object({ centerId: uuid, id: uuid });
export const CodeQuery = z.object({ code: z.string().trim().min(1).max(20) });
export const SlotsQuery = z.object({ categoryId: uuid });

export const BookInput = z.object({
  categoryId: uuid,
  date: isoDate,
  start: hm,
  name: z.string().trim().min(1, { message: '请填写姓名' }).max(30),
  idCard,
  phone,
});
export type BookInput = z.infer<typeof BookInput>;

export const LookupInput = z.object({ idCard, phone });
export type LookupInput = z.infer<typeof LookupInput>;

export const CancelInput = z.object({ code: z.string().trim().min(1).max(20) });
export const StaffCancelInput = z.object({ reason: z.string().trim().min(1, { message: '请填写取消原因' }).max(200) });

/** Exactly one way to find today's booking: the code (or the scanned link holding it), the ID card, or the phone. */
export const CheckInInput = z
  .object({ code: z.string().trim().min(1).max(500).optional(), idCard: idCard.optional(), phone: phone.optional() })
  .refine((v) => [v.code, v.idCard, v.phone].filter((x) => x !== undefined).length === 1, {
    message: '请只提供预约码、身份证号或手机号中的一项',
    path: ['code'],
  });
export type CheckInInput = z.infer<typeof CheckInInput>;

const bounded = (key: keyof typeof ruleBounds) => z.number().int().min(ruleBounds[key][0]).max(ruleBounds[key][1]);

export const RulesInput = z.object({
  enabled: z.boolean(),
  minDaysAhead: bounded('minDaysAhead'),
  maxDaysAhead: bounded('maxDaysAhead'),
  slotMinutes: z.union(SLOT_LENGTHS.map((n) => z.literal(n)) as [z.ZodLiteral<15>, z.ZodLiteral<20>, z.ZodLiteral<30>, z.ZodLiteral<60>]),
  perWindowPerSlot: bounded('perWindowPerSlot'),
  cancelCutoffMinutes: bounded('cancelCutoffMinutes'),
  noShowLimit: bounded('noShowLimit'),
  noShowWindowDays: bounded('noShowWindowDays'),
  banDays: bounded('banDays'),
  releaseDelayMinutes: bounded('releaseDelayMinutes'),
  checkInEarlyMinutes: bounded('checkInEarlyMinutes'),
  checkInLateMinutes: bounded('checkInLateMinutes'),
  // Optional, so a client written before reminders existed keeps the hall's choice when it saves.
  reminderEnabled: z.boolean().optional(),
  reminderTime: z
    .string()
    .refine(isReminderTime, { message: `提醒时间须为 ${REMINDER_EARLIEST} 至 ${REMINDER_LATEST} 之间的 HH:MM` })
    .optional()
    .meta({ description: 'HH:MM, Beijing time, on the calendar day before the appointment', example: '16:00' }),
}) satisfies z.ZodType<Partial<AppointmentRules>>;
export type RulesInput = z.infer<typeof RulesInput>;

export const ListQuery = pageQuery.extend({
  date: isoDate.optional(),
  state: z.enum(appointmentStates).optional(),
});
export type ListQuery = z.infer<typeof ListQuery>;

export const NotificationsQuery = pageQuery;
