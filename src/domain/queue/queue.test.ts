import { describe, expect, it } from 'vitest';
import {
  actionsFor,
  categoryProblems,
  estimateWait,
  formatTicketNumber,
  hallStamp,
  hallTime,
  isOpenAt,
  ticketHours,
  isValidCallTemplate,
  ledText,
  median,
  nextNumber,
  nextState,
  parseOpeningHours,
  pickNext,
  peopleAhead,
  stateInfo,
  ticketStates,
  transitions,
  typicalServiceSeconds,
  voiceText,
  type QueuedTicket,
} from './index.ts';

const at = (min: number) => new Date(Date.UTC(2026, 5, 1, 1, min));
const t = (id: string, cat: string, min: number, extra: Partial<QueuedTicket> = {}): QueuedTicket => ({
  id,
  queueCategoryId: cat,
  priority: 'normal',
  state: 'waiting',
  createdAt: at(min),
  ...extra,
});

describe('ticket numbers', () => {
  it('pads to three digits, or to the width of a longer range', () => {
    expect(formatTicketNumber('A', 1)).toBe('A001');
    expect(formatTicketNumber('B', 42, 999)).toBe('B042');
    expect(formatTicketNumber('C', 7, 9999)).toBe('C0007');
  });
  it('starts at the range start, moves up, and stops at the range end or the quota', () => {
    const rules = { rangeStart: 1, rangeEnd: 3, dailyQuota: 10 };
    expect(nextNumber(undefined, 0, rules)).toEqual({ ok: true, seq: 1 });
    expect(nextNumber(2, 2, rules)).toEqual({ ok: true, seq: 3 });
    expect(nextNumber(3, 3, rules)).toEqual({ ok: false, reason: 'range' });
    expect(nextNumber(1, 1, { rangeStart: 1, rangeEnd: 999, dailyQuota: 1 })).toEqual({ ok: false, reason: 'quota' });
  });
  it('never goes back when the manager moves the range mid-day', () => {
    expect(nextNumber(40, 40, { rangeStart: 101, rangeEnd: 999, dailyQuota: 500 })).toEqual({ ok: true, seq: 101 });
    expect(nextNumber(120, 60, { rangeStart: 1, rangeEnd: 999, dailyQuota: 500 })).toEqual({ ok: true, seq: 121 });
  });
});

describe('categories', () => {
  it('reads opening hours as posted on the door', () => {
    expect(parseOpeningHours('08:30-12:00,13:30-17:30')).toEqual([
      { from: 510, to: 720 },
      { from: 810, to: 1050 },
    ]);
    expect(parseOpeningHours('08:30～12:00， 13:30-17:30')).toHaveLength(2);
    expect(parseOpeningHours('12:00-08:30')).toBeUndefined();
    expect(parseOpeningHours('08:00-12:00,11:00-13:00')).toBeUndefined();
    expect(parseOpeningHours('8:30-12')).toBeUndefined();
  });
  it('is open inside a span and closed at its end and over lunch', () => {
    expect(isOpenAt('08:30-12:00,13:30-17:30', 8 * 60 + 30)).toBe(true);
    expect(isOpenAt('08:30-12:00,13:30-17:30', 12 * 60)).toBe(false);
    expect(isOpenAt('08:30-12:00,13:30-17:30', 17 * 60 + 29)).toBe(true);
    expect(isOpenAt(null, 3 * 60)).toBe(true);
  });
  it('names every broken rule', () => {
    expect(
      categoryProblems({
        prefix: 'A',
        rangeStart: 1,
        rangeEnd: 999,
        dailyQuota: 300,
        openingHours: null,
        restDayHours: null,
        summerHours: null,
      }),
    ).toEqual([]);
    expect(
      categoryProblems({
        prefix: 'a1',
        rangeStart: 5,
        rangeEnd: 4,
        dailyQuota: 0,
        openingHours: 'x',
        restDayHours: '9-12',
        summerHours: '14:30',
      }),
    ).toEqual(['prefix', 'range', 'quota', 'openingHours', 'restDayHours', 'summerHours']);
    expect(
      categoryProblems({
        prefix: 'A',
        rangeStart: 1,
        rangeEnd: 99,
        dailyQuota: 100,
        openingHours: null,
        restDayHours: null,
        summerHours: null,
      }),
    ).toEqual(['quota']);
  });
  it('takes a rest day’s own hours, then the summer hours, where the category has them, else the usual hours', () => {
    const weekdaysOnly = { openingHours: '08:30-12:00,13:30-17:30', restDayHours: null, summerHours: null };
    const saturdayMornings = { ...weekdaysOnly, restDayHours: '09:00-12:00' };
    const summerAfternoons = { ...saturdayMornings, summerHours: '08:30-12:00,14:30-17:30' };
    const day = (restDay: boolean, summer: boolean) => ({ restDay, summer });
    expect(ticketHours(saturdayMornings, day(true, false))).toBe('09:00-12:00');
    expect(ticketHours(saturdayMornings, day(false, false))).toBe('08:30-12:00,13:30-17:30');
    expect(ticketHours(weekdaysOnly, day(true, false))).toBe('08:30-12:00,13:30-17:30');
    expect(ticketHours({ openingHours: null, restDayHours: '09:00-12:00', summerHours: null }, day(false, false))).toBeNull();
    expect(isOpenAt(ticketHours(saturdayMornings, day(true, false)), 14 * 60)).toBe(false);
    expect(ticketHours(summerAfternoons, day(false, true))).toBe('08:30-12:00,14:30-17:30');
    expect(ticketHours(summerAfternoons, day(true, true))).toBe('09:00-12:00');
    expect(ticketHours(summerAfternoons, day(false, false))).toBe('08:30-12:00,13:30-17:30');
    expect(ticketHours(saturdayMornings, day(false, true))).toBe('08:30-12:00,13:30-17:30');
    expect(isOpenAt(ticketHours(summerAfternoons, day(false, true)), 14 * 60)).toBe(false);
  });
  it('uses the Beijing day and minute whatever the server zone', () => {
    expect(hallTime(new Date('2026-06-01T16:30:00Z'))).toEqual({ serviceDate: '2026-06-02', minuteOfDay: 30 });
    expect(hallTime(new Date('2026-06-01T01:00:00Z'))).toEqual({ serviceDate: '2026-06-01', minuteOfDay: 9 * 60 });
    expect(hallStamp(new Date('2026-06-01T16:30:59Z'))).toBe('2026-06-02 00:30');
  });
});

describe('ticket state machine', () => {
  it('runs the happy path waiting → called → serving → done', () => {
    expect(nextState('waiting', 'call', 'window')).toBe('called');
    expect(nextState('called', 'start', 'window')).toBe('serving');
    expect(nextState('serving', 'finish', 'window')).toBe('done');
  });
  it('refuses what the table does not list', () => {
    expect(nextState('done', 'call', 'window')).toBeUndefined();
    expect(nextState('waiting', 'no_show', 'window')).toBeUndefined();
    expect(nextState('waiting', 'transfer', 'window')).toBeUndefined();
    expect(nextState('serving', 'cancel', 'visitor')).toBeUndefined();
  });
  it('parks and resumes into the waiting queue, transfers into the transferred state', () => {
    expect(nextState('serving', 'park', 'window')).toBe('parked');
    expect(nextState('parked', 'resume', 'window')).toBe('waiting');
    expect(nextState('called', 'transfer', 'window')).toBe('transferred');
    expect(nextState('transferred', 'call', 'window')).toBe('called');
  });
  it('closes every open state at the end of the day and no closed one', () => {
    for (const s of ticketStates) expect(nextState(s, 'close_day', 'system') !== undefined).toBe(stateInfo[s].open);
  });
  it('has a reason for every transition and offers the workbench exactly the table', () => {
    for (const tr of transitions) expect(tr.why.length).toBeGreaterThan(10);
    expect(actionsFor('called', 'window').sort()).toEqual(['finish', 'no_show', 'park', 'recall', 'start', 'transfer']);
    expect(actionsFor('done', 'window')).toEqual([]);
  });
});

describe('pickNext', () => {
  const win = { id: 'w1', categoryIds: ['A', 'B'] };
  it('takes the green channel, then appointments, then arrival', () => {
    const q = [t('1', 'A', 0), t('2', 'B', 5, { priority: 'appointment' }), t('3', 'A', 9, { priority: 'elderly' })];
    expect(pickNext(q, win, at(60))?.id).toBe('3');
    expect(pickNext(q.slice(0, 2), win, at(60))?.id).toBe('2');
  });
  it('serves categories oldest-first and ignores other categories, other windows and other states', () => {
    const q = [
      t('c', 'C', 0),
      t('x', 'A', 1, { targetWindowId: 'w2' }),
      t('y', 'A', 2, { state: 'called' }),
      t('b', 'B', 3),
      t('a', 'A', 4),
    ];
    expect(pickNext(q, win, at(60))?.id).toBe('b');
    expect(pickNext([t('x', 'A', 1, { targetWindowId: 'w1' })], win, at(60))?.id).toBe('x');
    expect(pickNext([t('c', 'C', 0)], win, at(60))).toBeUndefined();
  });
  it('counts the people ahead in the same queue only', () => {
    const q = [t('1', 'A', 0), t('2', 'B', 1), t('3', 'A', 2, { priority: 'pregnant' }), t('4', 'A', 3)];
    expect(peopleAhead(q[3]!, q)).toBe(2);
    expect(peopleAhead(q[2]!, q)).toBe(0);
  });
});

describe('call texts and waits', () => {
  it('renders the default voice and LED texts', () => {
    const f = { ticketNumber: 'A001', windowNumber: '3' };
    expect(voiceText(f)).toBe('请A001号到3号窗口办理');
    expect(ledText(f)).toBe('请A001到3号窗口');
    expect(voiceText(f, '{票号}，请到{窗口}号窗口')).toBe('A001，请到3号窗口');
    expect(isValidCallTemplate('请到{窗口}号窗口')).toBe(false);
  });
  it('estimates from the median of recent services and the windows serving', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(typicalServiceSeconds([600, 120, 180, 2400])).toBe(600);
    expect(typicalServiceSeconds([])).toBe(300);
    expect(estimateWait(6, [240, 240, 240], 2)).toEqual({ ahead: 6, seconds: 720, minutes: 12 });
    expect(estimateWait(0, [240], 1)).toEqual({ ahead: 0, seconds: 0, minutes: 0 });
    expect(estimateWait(3, [240], 0)).toBeNull();
    // Only the last N count: an old slow morning does not weigh on the afternoon.
    expect(typicalServiceSeconds([60, 60, 60, 900, 900, 900, 900], 3)).toBe(60);
  });
});
