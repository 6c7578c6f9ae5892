import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, officialCalendar, toEpochDay } from '../calendar/index.ts';
import { formatOpeningHours, parseOpeningHours } from '../queue/index.ts';
import {
  bannedUntil,
  bookableDates,
  formatHm,
  generateSlots,
  hallInstant,
  releaseAt,
  reminderDue,
  reminderMoment,
  SLOT_LENGTHS,
} from './index.ts';

const cal = officialCalendar();

/** Sorted, non-overlapping opening spans inside one day, written as a manager would. */
const openingHours = fc
  .uniqueArray(fc.integer({ min: 0, max: 24 * 4 }), { minLength: 2, maxLength: 8 })
  .map((qs) => qs.sort((a, b) => a - b).map((q) => q * 15))
  .map((ms) => {
    const spans = [];
    for (let i = 0; i + 1 < ms.length; i += 2) spans.push({ from: ms[i]!, to: ms[i + 1]! });
    return formatOpeningHours(spans);
  });

describe('slot generation properties', () => {
  it('never overlaps, is ordered, each slot has the slot length and lies inside one opening span', () => {
    fc.assert(
      fc.property(openingHours, fc.constantFrom(...SLOT_LENGTHS), (hours, len) => {
        const spans = parseOpeningHours(hours)!;
        const slots = generateSlots(hours, len);
        slots.forEach((s, i) => {
          expect(s.end - s.start).toBe(len);
          expect(spans.some((sp) => s.start >= sp.from && s.end <= sp.to)).toBe(true);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual(slots[i - 1]!.end);
        });
        // Nothing bookable is left out: each span holds as many slots as fit.
        expect(slots.length).toBe(spans.reduce((n, sp) => n + Math.floor((sp.to - sp.from) / len), 0));
      }),
    );
  });
});

const day = fc.integer({ min: toEpochDay('2008-01-01'), max: toEpochDay('2026-11-30') }).map((n) => addDays('1970-01-01', n));
const window = fc
  .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 60 }))
  .filter(([a, b]) => a <= b)
  .map(([minDaysAhead, maxDaysAhead]) => ({ minDaysAhead, maxDaysAhead }));

describe('bookable date properties', () => {
  it('gives working days only, ascending, after today (or today), each min..max working days ahead', () => {
    fc.assert(
      fc.property(day, window, (today, w) => {
        const dates = bookableDates(cal, today, w);
        dates.forEach((d, i) => {
          expect(cal.isWorkday(d)).toBe(true);
          expect(d >= today).toBe(true);
          if (i > 0) expect(d > dates[i - 1]!).toBe(true);
          const ahead = d === today ? 0 : cal.workdaysBetween(today, d);
          expect(ahead).toBeGreaterThanOrEqual(w.minDaysAhead);
          expect(ahead).toBeLessThanOrEqual(w.maxDaysAhead);
        });
        // Unless the data ran out (late December 2026), every working day of the range is offered.
        if (dates.length && dates.at(-1)! < '2026-12-01') {
          const expected = w.maxDaysAhead - Math.max(w.minDaysAhead, 1) + 1 + (w.minDaysAhead === 0 && cal.isWorkday(today) ? 1 : 0);
          expect(dates.length).toBe(expected);
        }
      }),
    );
  });
});

describe('release and ban arithmetic properties', () => {
  it('a later cancellation or a longer delay never releases earlier', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1440 }),
        fc.integer({ min: 0, max: 1440 }),
        (t, dt, a, b) => {
          const [d1, d2] = [Math.min(a, b), Math.max(a, b)];
          expect(releaseAt(new Date(t), { releaseDelayMinutes: d1 }).getTime()).toBeLessThanOrEqual(
            releaseAt(new Date(t + dt), { releaseDelayMinutes: d2 }).getTime(),
          );
          expect(releaseAt(new Date(t), { releaseDelayMinutes: d1 }).getTime()).toBeGreaterThanOrEqual(t);
        },
      ),
    );
  });

  const dates = fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 12 }).map((ns) => ns.map((n) => addDays('2025-06-01', n)));
  const banRules = fc.record({
    noShowLimit: fc.integer({ min: 1, max: 5 }),
    noShowWindowDays: fc.integer({ min: 1, max: 365 }),
    banDays: fc.integer({ min: 1, max: 60 }),
  });

  it('one more no-show never lifts or shortens a ban; a ban always ends banDays after the last no-show', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 400 }), banRules, (past, extra, rules) => {
        const today = addDays('2025-06-01', 400);
        const more = [...past, addDays('2025-06-01', extra)];
        const before = bannedUntil(past, today, rules);
        const after = bannedUntil(more, today, rules);
        if (before) expect(after !== undefined && after >= before).toBe(true);
        if (after) {
          expect(after >= today).toBe(true);
          expect(
            toEpochDay(after) -
              toEpochDay(
                more
                  .filter((d) => d <= today)
                  .sort()
                  .at(-1)!,
              ),
          ).toBe(rules.banDays);
        }
      }),
    );
  });

  it('a stricter rule (lower limit, longer window, longer ban) never bans less', () => {
    fc.assert(
      fc.property(dates, banRules, fc.integer({ min: 0, max: 400 }), (past, rules, t) => {
        const today = addDays('2025-06-01', t);
        const loose = bannedUntil(past, today, rules);
        const strict = bannedUntil(past, today, {
          noShowLimit: Math.max(1, rules.noShowLimit - 1),
          noShowWindowDays: Math.min(365, rules.noShowWindowDays + 30),
          banDays: rules.banDays + 10,
        });
        if (loose) expect(strict !== undefined && strict >= loose).toBe(true);
      }),
    );
  });
});

describe('reminder properties', () => {
  const day = fc.integer({ min: toEpochDay('2026-01-01'), max: toEpochDay('2030-12-31') }).map((n) => addDays('1970-01-01', n));
  const time = fc.integer({ min: 8 * 2, max: 20 * 2 }).map((h) => formatHm(h * 30));

  it('always falls before the day opens, and is due in one unbroken stretch of the day before', () => {
    fc.assert(
      fc.property(day, time, fc.integer({ min: 0, max: 48 * 60 }), (serviceDate, reminderTime, minute) => {
        const rules = { reminderEnabled: true, reminderTime };
        const at = reminderMoment(serviceDate, rules);
        expect(at.getTime()).toBeLessThan(hallInstant(serviceDate, 0).getTime());
        const booking = { serviceDate, createdAt: new Date(at.getTime() - 1) };
        // Walk the two days around it minute by minute: due exactly from the moment to 21:00 the day before.
        const now = hallInstant(addDays(serviceDate, -1), minute);
        const due = reminderDue(now, booking, rules);
        expect(due).toBe(now.getTime() >= at.getTime() && minute < 21 * 60);
      }),
    );
  });
});
