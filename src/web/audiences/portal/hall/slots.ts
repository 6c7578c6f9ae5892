import type { AppointmentPublic, Slot } from './api.ts';

// Pure helpers of the booking screens, kept apart so they are tested alone.

export type DayPart = 'morning' | 'afternoon' | 'evening';

/** Morning before 12:00, afternoon before 18:00, evening after: how people think of a day at the hall. */
export function dayPart(start: string): DayPart {
  if (start < '12:00') return 'morning';
  if (start < '18:00') return 'afternoon';
  return 'evening';
}

/** The day's slots in morning / afternoon / evening groups, in time order, empty groups left out. */
export function groupSlots(slots: Slot[]): { part: DayPart; slots: Slot[] }[] {
  const order: DayPart[] = ['morning', 'afternoon', 'evening'];
  const sorted = [...slots].sort((a, b) => a.start.localeCompare(b.start));
  return order.map((part) => ({ part, slots: sorted.filter((s) => dayPart(s.start) === part) })).filter((g) => g.slots.length > 0);
}

/** Free places on a day, so the day tabs can say "full" before the visitor opens one. */
export function freeOnDay(slots: Slot[]): number {
  return slots.reduce((n, s) => n + Math.max(0, s.available), 0);
}

/** 'YYYY-MM-DD' read as a calendar day (no time zone can shift it): weekday 0 = Sunday. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
}

/** 06-02: the short form for a day tab. */
export function monthDay(date: string): string {
  return date.slice(5);
}

/** Whole days from `today` to `date`, both 'YYYY-MM-DD' (0 = today, 1 = tomorrow). */
export function daysFrom(today: string, date: string): number {
  const ms = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((ms(date) - ms(today)) / 86_400_000);
}

/** What the booking's QR code says: its own page, which the kiosk scanner also accepts. */
export function appointmentUrl(origin: string, a: Pick<AppointmentPublic, 'centerId' | 'id' | 'code'>): string {
  return `${origin}/portal/appointment/${a.centerId}/${a.id}?code=${a.code}`;
}

/** A booking can be cancelled online while booked and before its deadline. */
export function canCancel(a: Pick<AppointmentPublic, 'state' | 'cancelDeadline'>, now = Date.now()): boolean {
  return a.state === 'booked' && Date.parse(a.cancelDeadline) > now;
}
