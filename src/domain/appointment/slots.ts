// Time slots (预约时段) cut from a category's opening hours. Minutes after midnight, Beijing time.
import { formatHm, inYearSpan, parseOpeningHours, servedHours, ticketHours, type CategoryRules, type TimeSpan, type YearSpan } from '../queue/index.ts';

/** Hours used only when neither the category nor the hall (the center's hours) names any: the usual government office day. */
export const DEFAULT_APPOINTMENT_HOURS = '09:00-12:00,13:30-17:30';

/**
 * The hours a bookable date's slots are cut from: the category's summer hours while the
 * hall's summer timetable runs, else its usual hours, else the hall's own (the hours the
 * guide and the kiosk show). Bookable dates are working days, so a rest day's own hours never apply.
 */
export function appointmentHours(
  category: Pick<CategoryRules, 'openingHours' | 'restDayHours' | 'summerHours'>,
  summer: YearSpan | null,
  date: string,
  hallHours: string | null = null,
): string | null {
  return servedHours(ticketHours(category, { restDay: false, summer: inYearSpan(summer, date) }), hallHours);
}

export interface Slot {
  start: number;
  end: number;
}

/**
 * Consecutive slots of `slotMinutes` inside each opening span. A remainder shorter than a
 * slot at the end of a span is dropped: a visitor booked into it would be served after
 * closing time.
 */
export function generateSlots(openingHours: string | null, slotMinutes: number): Slot[] {
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0) return [];
  const spans: TimeSpan[] = parseOpeningHours(openingHours ?? DEFAULT_APPOINTMENT_HOURS) ?? [];
  const out: Slot[] = [];
  for (const s of spans) for (let t = s.from; t + slotMinutes <= s.to; t += slotMinutes) out.push({ start: t, end: t + slotMinutes });
  return out;
}

/** How many people one slot takes: every window serving the category sees this many. */
export function slotCapacity(windows: number, perWindowPerSlot: number): number {
  return Math.max(0, windows) * Math.max(0, perWindowPerSlot);
}

// Slot times are written as the queue writes opening hours.
export { formatHm };

/** "08:30" → 510; undefined for anything else. "24:00" is allowed as an end. */
export function parseHm(text: string): number | undefined {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  if (!m) return undefined;
  const v = Number(m[1]) * 60 + Number(m[2]);
  return v <= 24 * 60 ? v : undefined;
}

/** The slot starting at `start` ('HH:MM'), if the opening hours have one. */
export function findSlot(openingHours: string | null, slotMinutes: number, start: string): Slot | undefined {
  const m = parseHm(start);
  return m === undefined ? undefined : generateSlots(openingHours, slotMinutes).find((s) => s.start === m);
}
