// The rules of a hall's appointments (预约规则), per center. Defaults follow FACTS §H: book
// 1–5 working days ahead, cancel at least 2 hours before, no-shows lead to a booking ban.
import { parseHm } from './slots.ts';

export interface AppointmentRules {
  enabled: boolean;
  /** Working days ahead of today: 0 = today, 1 = the next working day. */
  minDaysAhead: number;
  maxDaysAhead: number;
  slotMinutes: number;
  /** Each window serving the category takes this many bookings per slot. */
  perWindowPerSlot: number;
  cancelCutoffMinutes: number;
  noShowLimit: number;
  noShowWindowDays: number;
  banDays: number;
  /** A cancelled booking keeps its place this long, so a tout cannot hand a slot over on the spot. */
  releaseDelayMinutes: number;
  checkInEarlyMinutes: number;
  checkInLateMinutes: number;
  /** 预约提醒短信: one SMS the day before, at reminderTime (Beijing); off by default, since each SMS costs. */
  reminderEnabled: boolean;
  /** 'HH:MM' between REMINDER_EARLIEST and REMINDER_LATEST. */
  reminderTime: string;
}

export const DEFAULT_APPOINTMENT_RULES: AppointmentRules = {
  enabled: false,
  minDaysAhead: 1,
  maxDaysAhead: 5,
  slotMinutes: 30,
  perWindowPerSlot: 2,
  cancelCutoffMinutes: 120,
  noShowLimit: 3,
  noShowWindowDays: 180,
  banDays: 30,
  releaseDelayMinutes: 30,
  checkInEarlyMinutes: 30,
  checkInLateMinutes: 15,
  reminderEnabled: false,
  reminderTime: '16:00',
};

/** A reminder goes out in the day, never at night: the time a hall picks lies within these ('HH:MM'). */
export const REMINDER_EARLIEST = '08:00';
export const REMINDER_LATEST = '20:00';

export function isReminderTime(v: unknown): v is string {
  const m = typeof v === 'string' ? parseHm(v) : undefined;
  return m !== undefined && m >= parseHm(REMINDER_EARLIEST)! && m <= parseHm(REMINDER_LATEST)!;
}

export const SLOT_LENGTHS = [15, 20, 30, 60] as const;

type NumericRule = Exclude<keyof AppointmentRules, 'enabled' | 'slotMinutes' | 'reminderEnabled' | 'reminderTime'>;

/** Inclusive bounds of every numeric rule; the HTTP schema and the console form read them from here. */
export const ruleBounds = {
  minDaysAhead: [0, 30],
  maxDaysAhead: [1, 60],
  perWindowPerSlot: [1, 20],
  cancelCutoffMinutes: [0, 1440],
  noShowLimit: [1, 20],
  noShowWindowDays: [1, 365],
  banDays: [1, 365],
  releaseDelayMinutes: [0, 1440],
  checkInEarlyMinutes: [0, 240],
  checkInLateMinutes: [0, 240],
} as const satisfies Record<NumericRule, readonly [number, number]>;

export type RuleProblem = keyof AppointmentRules | 'daysAhead';

/** What is wrong with a set of rules; empty when they can be saved. */
export function ruleProblems(r: AppointmentRules): RuleProblem[] {
  const out: RuleProblem[] = [];
  if (typeof r.enabled !== 'boolean') out.push('enabled');
  if (typeof r.reminderEnabled !== 'boolean') out.push('reminderEnabled');
  if (!isReminderTime(r.reminderTime)) out.push('reminderTime');
  if (!(SLOT_LENGTHS as readonly number[]).includes(r.slotMinutes)) out.push('slotMinutes');
  for (const [key, [min, max]] of Object.entries(ruleBounds) as [NumericRule, readonly [number, number]][]) {
    const v = r[key];
    if (!Number.isInteger(v) || v < min || v > max) out.push(key);
  }
  if (out.length === 0 && r.minDaysAhead > r.maxDaysAhead) out.push('daysAhead');
  return out;
}
