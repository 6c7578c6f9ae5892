import { describe, expect, it } from 'vitest';
import { appointmentUrl, canCancel, dayPart, daysFrom, freeOnDay, groupSlots, weekdayOf } from './slots.ts';

const slot = (start: string, end: string, available = 2) => ({ start, end, capacity: 2, available });

describe('booking screen helpers', () => {
  it('groups a day into morning and afternoon in time order, leaving out empty parts', () => {
    const groups = groupSlots([slot('14:00', '14:30'), slot('08:30', '09:00'), slot('11:30', '12:00'), slot('12:00', '12:30')]);
    expect(groups.map((g) => [g.part, g.slots.map((s) => s.start)])).toEqual([
      ['morning', ['08:30', '11:30']],
      ['afternoon', ['12:00', '14:00']],
    ]);
    expect(dayPart('18:30')).toBe('evening');
    expect(groupSlots([])).toEqual([]);
  });

  it('counts free places on a day, a full slot adding nothing', () => {
    expect(freeOnDay([slot('08:30', '09:00', 0), slot('09:00', '09:30', 3)])).toBe(3);
    expect(freeOnDay([slot('08:30', '09:00', 0)])).toBe(0);
  });

  it('reads dates as calendar days whatever the time zone', () => {
    expect(weekdayOf('2026-06-01')).toBe(1); // a Monday
    expect(weekdayOf('2026-06-07')).toBe(0);
    expect(daysFrom('2026-06-01', '2026-06-02')).toBe(1);
    expect(daysFrom('2026-12-31', '2027-01-04')).toBe(4);
  });

  it('puts the booking page with its code into the QR text', () => {
    expect(appointmentUrl('https://hall.example.cn', { centerId: 'c1', id: 'a1', code: 'ABCD2345' })).toBe(
      'https://hall.example.cn/portal/appointment/c1/a1?code=ABCD2345',
    );
  });

  it('offers cancelling only while booked and before the deadline', () => {
    const now = Date.parse('2026-06-01T02:00:00Z');
    expect(canCancel({ state: 'booked', cancelDeadline: '2026-06-01T03:00:00Z' }, now)).toBe(true);
    expect(canCancel({ state: 'booked', cancelDeadline: '2026-06-01T01:59:59Z' }, now)).toBe(false);
    expect(canCancel({ state: 'checked_in', cancelDeadline: '2026-06-01T03:00:00Z' }, now)).toBe(false);
  });
});
