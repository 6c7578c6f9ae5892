// Answers of the calendar module (/api/v1/calendar).
import { z } from 'zod';
import { isoDate, timestamp, type Json } from './common.ts';

export const daySources = ['chinese-days', 'holiday-cn import', 'manual'] as const;

export const CalendarDayView = z.object({
  date: isoDate,
  workday: z.boolean(),
  name: z.string().nullable(),
  source: z.enum(daySources).nullable(),
  /** Which stored row decided the day: '' national, a region code, or null for the plain Mon–Fri rule. */
  region: z.string().nullable(),
});
export type CalendarDayView = Json<typeof CalendarDayView>;

export const CalendarDays = z.object({ region: z.string(), from: isoDate, to: isoDate, days: z.array(CalendarDayView) });

export const YearsView = z.object({
  today: isoDate,
  years: z.array(z.object({ year: z.number().int(), source: z.string(), importedAt: timestamp, importedBy: z.string().nullable() })),
  missingNextYearWarning: z.boolean(),
  warning: z.object({ year: z.number().int(), message: z.string(), messageEn: z.string() }).nullable(),
});
export type YearsView = Json<typeof YearsView>;

export const AddedDays = z.object({ date: isoDate, n: z.number().int(), unit: z.enum(['workday', 'naturalDay']), region: z.string(), dueDate: isoDate });
export type AddedDays = Json<typeof AddedDays>;
export const WorkdaysBetween = z.object({ from: isoDate, to: isoDate, region: z.string(), workdays: z.number().int() });

/** A stored day row as set by hand. */
export const CalendarDayRow = z.object({
  regionCode: z.string(),
  date: isoDate,
  kind: z.enum(['off', 'work']),
  name: z.string(),
  source: z.string(),
  updatedBy: z.string().nullable(),
  updatedAt: timestamp,
});

export const DayChange = z.object({
  date: isoDate,
  before: z.object({ kind: z.string(), name: z.string(), source: z.string() }).optional(),
  after: z.object({ kind: z.string(), name: z.string() }).optional(),
});
export type DayChange = Json<typeof DayChange>;

/** What an import would change, day by day, against the national rows now stored. */
export const ImportPreview = z.object({
  year: z.number().int(),
  days: z.number().int(),
  offDays: z.number().int(),
  workDays: z.number().int(),
  added: z.array(DayChange),
  changed: z.array(DayChange),
  removed: z.array(DayChange),
});
export type ImportPreview = Json<typeof ImportPreview>;
