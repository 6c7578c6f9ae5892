import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/index.ts';
import { hoursInText } from '../queue/index.ts';
import { notificationEvents, renderTemplate } from '../notification/index.ts';
import {
  DEFAULT_APPOINTMENT_RULES as R,
  appointmentActionsFor,
  appointmentHours,
  bannedUntil,
  bookableDates,
  appointmentMessageVars,
  canCancel,
  cancelDeadline,
  checkInTiming,
  checkInWindow,
  countedNoShows,
  noShowRate,
  rateText,
  findSlot,
  generateCheckInCode,
  generateSlots,
  hallInstant,
  holdsSlot,
  isCheckInCode,
  nextAppointmentState,
  parseCheckInInput,
  releaseAt,
  reminderDue,
  reminderMoment,
  ruleProblems,
  slotCapacity,
} from './index.ts';

const cal = officialCalendar();

describe('rules', () => {
  it('accepts the defaults and names each broken rule', () => {
    expect(ruleProblems(R)).toEqual([]);
    expect(ruleProblems({ ...R, slotMinutes: 25, banDays: 0 })).toEqual(['slotMinutes', 'banDays']);
    expect(ruleProblems({ ...R, minDaysAhead: 6, maxDaysAhead: 5 })).toEqual(['daysAhead']);
    expect(ruleProblems({ ...R, perWindowPerSlot: 1.5 })).toEqual(['perWindowPerSlot']);
  });

  it('keeps the reminder in the day: 08:00 to 20:00, written HH:MM', () => {
    for (const ok of ['08:00', '16:30', '20:00']) expect(ruleProblems({ ...R, reminderTime: ok })).toEqual([]);
    for (const bad of ['07:59', '20:01', '21:00', '8:00', '16点', ''])
      expect(ruleProblems({ ...R, reminderTime: bad }), bad).toEqual(['reminderTime']);
  });
});

describe('slots', () => {
  it('cuts the default office day into half hours and drops a remainder shorter than a slot', () => {
    const slots = generateSlots(null, 30);
    expect(slots).toHaveLength(14);
    expect(slots[0]).toEqual({ start: 540, end: 570 });
    expect(slots.at(-1)).toEqual({ start: 17 * 60, end: 17 * 60 + 30 });
    expect(generateSlots('08:30-09:40', 20).map((s) => s.end)).toEqual([530, 550, 570]);
    expect(generateSlots('nonsense', 30)).toEqual([]);
  });
  it('finds a slot only at a slot boundary', () => {
    expect(findSlot(null, 60, '14:30')).toEqual({ start: 870, end: 930 });
    expect(findSlot(null, 60, '14:00')).toBeUndefined();
    expect(findSlot(null, 60, '25:00')).toBeUndefined();
  });
  it('cuts a date’s slots from the summer hours while the summer timetable runs, never from rest-day hours', () => {
    const category = { openingHours: '08:30-12:00,13:30-17:30', restDayHours: '09:00-12:00', summerHours: '08:30-12:00,14:30-17:30' };
    const summer = { from: '05-01', to: '09-30' };
    expect(appointmentHours(category, summer, '2026-09-30')).toBe('08:30-12:00,14:30-17:30');
    expect(appointmentHours(category, summer, '2026-10-09')).toBe('08:30-12:00,13:30-17:30');
    expect(appointmentHours(category, null, '2026-07-01')).toBe('08:30-12:00,13:30-17:30');
    expect(appointmentHours({ ...category, summerHours: null }, summer, '2026-07-01')).toBe('08:30-12:00,13:30-17:30');
    expect(findSlot(appointmentHours(category, summer, '2026-07-01'), 30, '13:30')).toBeUndefined();
  });
  it('falls back to the hall’s hours (the center’s written 办公时间) where the category has none, as the guide shows them', () => {
    const open = { openingHours: null, restDayHours: null, summerHours: null };
    const hall = hoursInText('周一至周五 9:00-12:00, 13:30-17:30');
    expect(hall).toBe('09:00-12:00,13:30-17:30');
    expect(hoursInText('周一至周五 上午 9:00-12:00，下午 13:30-17:30（法定节假日除外）')).toBe(hall);
    expect(hoursInText('工作日全天')).toBeNull();
    expect(appointmentHours(open, null, '2026-07-01', hall)).toBe(hall);
    expect(generateSlots(appointmentHours(open, null, '2026-07-01', hall), 30)[0]).toEqual({ start: 540, end: 570 });
    expect(appointmentHours({ ...open, openingHours: '08:00-11:00' }, null, '2026-07-01', hall)).toBe('08:00-11:00');
  });
  it('multiplies windows by places per window', () => {
    expect(slotCapacity(3, 2)).toBe(6);
    expect(slotCapacity(0, 2)).toBe(0);
  });
});

describe('bookable dates', () => {
  it('skips the weekend and the National Day holiday', () => {
    // Friday 2026-09-25: Monday to Wednesday, then the National Day holiday (10-01 to 10-07) is skipped.
    expect(bookableDates(cal, '2026-09-25', R)).toEqual(['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09']);
  });
  it('offers today only when it is a working day and minDaysAhead is 0', () => {
    expect(bookableDates(cal, '2026-06-01', { minDaysAhead: 0, maxDaysAhead: 1 })).toEqual(['2026-06-01', '2026-06-02']);
    // Saturday 2026-11-28: day 0 is not offered, day 1 is Monday.
    expect(bookableDates(cal, '2026-11-28', { minDaysAhead: 0, maxDaysAhead: 1 })).toEqual(['2026-11-30']);
  });
  it('stops at the end of the calendar data instead of guessing', () => {
    expect(bookableDates(cal, '2026-12-28', R)).toEqual(['2026-12-29', '2026-12-30', '2026-12-31']);
  });
});

describe('times', () => {
  it('reads slot times as Beijing time', () => {
    expect(hallInstant('2026-06-02', 9 * 60).toISOString()).toBe('2026-06-02T01:00:00.000Z');
    expect(hallInstant('2026-06-02', 0).toISOString()).toBe('2026-06-01T16:00:00.000Z');
  });
  it('allows cancelling up to the cut-off and not after', () => {
    const deadline = cancelDeadline('2026-06-02', 540, R);
    expect(deadline.toISOString()).toBe('2026-06-01T23:00:00.000Z');
    expect(canCancel(deadline, '2026-06-02', 540, R)).toBe(true);
    expect(canCancel(new Date(deadline.getTime() + 1), '2026-06-02', 540, R)).toBe(false);
  });
  it('opens check-in early minutes before the slot and closes it late minutes after', () => {
    const w = checkInWindow('2026-06-02', 540, 570, R);
    expect([w.from.toISOString(), w.to.toISOString()]).toEqual(['2026-06-02T00:30:00.000Z', '2026-06-02T01:45:00.000Z']);
    expect(checkInTiming(new Date('2026-06-02T00:29:59Z'), w)).toBe('early');
    expect(checkInTiming(new Date('2026-06-02T00:30:00Z'), w)).toBe('open');
    expect(checkInTiming(new Date('2026-06-02T01:45:00Z'), w)).toBe('open');
    expect(checkInTiming(new Date('2026-06-02T01:45:01Z'), w)).toBe('late');
  });
  it('keeps a cancelled place taken until the release delay has passed', () => {
    const at = new Date('2026-06-01T02:00:00Z');
    const release = releaseAt(at, R);
    expect(release.toISOString()).toBe('2026-06-01T02:30:00.000Z');
    expect(holdsSlot('cancelled', release, new Date('2026-06-01T02:29:59Z'))).toBe(true);
    expect(holdsSlot('cancelled', release, release)).toBe(false);
    expect(holdsSlot('booked', null, at)).toBe(true);
    expect(holdsSlot('no_show', null, at)).toBe(true);
  });
});

describe('ban', () => {
  const rules = { noShowLimit: 3, noShowWindowDays: 180, banDays: 30 };
  it('bans after the limit within the window, until the last no-show plus banDays', () => {
    const dates = ['2026-03-02', '2026-05-06', '2026-06-01'];
    expect(bannedUntil(dates.slice(0, 2), '2026-06-02', rules)).toBeUndefined();
    expect(bannedUntil(dates, '2026-06-02', rules)).toBe('2026-07-01');
    expect(bannedUntil(dates, '2026-07-01', rules)).toBe('2026-07-01');
    expect(bannedUntil(dates, '2026-07-02', rules)).toBeUndefined();
  });
  it('forgets no-shows older than the window', () => {
    expect(countedNoShows(['2025-11-01', '2026-05-06', '2026-06-01'], '2026-06-02', rules)).toEqual(['2026-05-06', '2026-06-01']);
    expect(bannedUntil(['2025-11-01', '2026-05-06', '2026-06-01'], '2026-06-02', rules)).toBeUndefined();
  });
});

describe('state machine', () => {
  it('lets a booking be checked in, cancelled, or swept as a no-show, and nothing else', () => {
    expect(nextAppointmentState('booked', 'check_in', 'visitor')).toBe('checked_in');
    expect(nextAppointmentState('booked', 'cancel', 'visitor')).toBe('cancelled');
    expect(nextAppointmentState('booked', 'no_show', 'visitor')).toBeUndefined();
    expect(nextAppointmentState('booked', 'no_show', 'system')).toBe('no_show');
    expect(nextAppointmentState('cancelled', 'cancel', 'visitor')).toBeUndefined();
    expect(nextAppointmentState('checked_in', 'cancel', 'staff')).toBeUndefined();
    expect(appointmentActionsFor('booked', 'visitor')).toEqual(['check_in', 'cancel']);
    expect(appointmentActionsFor('no_show', 'staff')).toEqual([]);
  });
});

describe('check-in code', () => {
  it('draws 8 characters without look-alikes', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateCheckInCode();
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
      expect(isCheckInCode(code)).toBe(true);
    }
    expect(generateCheckInCode(() => new Uint8Array([0, 31, 32, 8, 23, 24, 255, 14]))).toBe('A9AJZ29Q');
  });
  it('reads a typed code, or the code (and ids) in a scanned link', () => {
    expect(parseCheckInInput(' ab3d-ef7h ')).toEqual({ code: 'AB3DEF7H' });
    const c = '01a2221d-068d-7589-a425-587678e8e424';
    const a = '01a2221d-3514-70b7-8a1d-df62a115195a';
    expect(parseCheckInInput(`https://hall.example.gov.cn/portal/appointment/${c}/${a}?code=WV7HPMS7`)).toEqual({
      code: 'WV7HPMS7',
      centerId: c,
      appointmentId: a,
    });
    expect(parseCheckInInput('https://x/any?lang=zh&code=wv7hpms7')).toEqual({ code: 'WV7HPMS7' });
    expect(parseCheckInInput('WV7HPMS0')).toBeUndefined(); // 0 is not in the alphabet
    expect(parseCheckInInput('https://x/?code=SHORT')).toBeUndefined();
    expect(parseCheckInInput('')).toBeUndefined();
  });
});

describe('reminder', () => {
  const on = { reminderEnabled: true, reminderTime: '16:00' };
  // A booking on Monday 2026-06-08 made the Wednesday before.
  const booking = { serviceDate: '2026-06-08', createdAt: new Date('2026-06-03T02:00:00Z') };

  it('falls at the chosen time of the calendar day before, Beijing time', () => {
    expect(reminderMoment('2026-06-08', on).toISOString()).toBe('2026-06-07T08:00:00.000Z'); // Sunday 16:00
    expect(reminderMoment('2027-01-01', { reminderTime: '08:00' }).toISOString()).toBe('2026-12-31T00:00:00.000Z');
  });

  it('is due from that moment until 21:00 the day before, only when the hall turned it on', () => {
    const at = (iso: string) => new Date(iso);
    expect(reminderDue(at('2026-06-07T07:59:59Z'), booking, on)).toBe(false);
    expect(reminderDue(at('2026-06-07T08:00:00Z'), booking, on)).toBe(true);
    expect(reminderDue(at('2026-06-07T12:59:59Z'), booking, on)).toBe(true); // 20:59:59
    expect(reminderDue(at('2026-06-07T13:00:00Z'), booking, on)).toBe(false); // 21:00: too late, never at night
    expect(reminderDue(at('2026-06-08T01:00:00Z'), booking, on)).toBe(false); // the day itself
    expect(reminderDue(at('2026-06-07T08:00:00Z'), booking, { ...on, reminderEnabled: false })).toBe(false);
  });

  it('skips a booking made after the moment: its confirmation has just been sent', () => {
    const late = { ...booking, createdAt: new Date('2026-06-07T09:00:00Z') };
    expect(reminderDue(new Date('2026-06-07T09:00:01Z'), late, on)).toBe(false);
  });
});

describe('SMS texts', () => {
  const sample = {
    centerName: '旬邑县政务服务中心',
    categoryName: '社保医保',
    date: '2026-06-02',
    start: '09:00',
    end: '09:30',
    code: 'WV7HPMS7',
    name: '张小三',
  };

  const render = (event: 'appointment.confirmed' | 'appointment.reminder') => renderTemplate(notificationEvents[event].templates.zh, appointmentMessageVars(sample)).body;

  it('names the hall, the service, the time and the code, and masks the name', () => {
    const t = render('appointment.confirmed');
    expect(t).toContain('旬邑县政务服务中心');
    expect(t).toContain('2026-06-02 09:00-09:30');
    expect(t).toContain('社保医保');
    expect(t).toContain('WV7HPMS7');
    expect(t).toContain('张*三');
    expect(t).not.toContain('张小三');
  });

  it('remind of tomorrow with the slot and the code, the name masked', () => {
    const t = render('appointment.reminder');
    expect(t).toContain('明天2026-06-02 09:00-09:30');
    expect(t).toContain('WV7HPMS7');
    expect(t).toContain('张*三');
    expect(t).not.toContain('张小三');
  });
});

describe('booking figures', () => {
  it('rate no-shows over the bookings with an outcome, and write the rate as a percentage', () => {
    expect(noShowRate(0, 0)).toBeNull();
    expect(noShowRate(7, 1)).toBe(0.125);
    expect(noShowRate(2, 1)).toBe(0.333);
    expect([rateText(0.125), rateText(1), rateText(0.333), rateText(null)]).toEqual(['12.5%', '100%', '33.3%', null]);
  });
});
