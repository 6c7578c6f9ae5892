import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorProblems } from '../../../../test/api/helpers.ts';
import { DEFAULT_RULES, openAppointmentHall, person, rows, type AppointmentHall } from './appointment.fixture.ts';
import { bookAppointment, cancelAppointment, sendReminders, sweepNoShows } from './index.ts';

// 预约提醒短信 (and, on the same bookings, the figures of a period) with an explicit `now` on fixed dates of 2026. NOW0 is Monday 2026-06-01 09:00
// in Beijing; the reminder of a booking on Wednesday 06-03 falls on Tuesday 06-02 at 16:00.

const at = (beijing: string) => new Date(`${beijing}+08:00`);
const NOW0 = at('2026-06-01T09:00:00');
const web = { ip: '203.0.113.9', channel: 'online' as const };

let h: AppointmentHall;
let cat: string;

const book = (n: number, date: string, start: string, now = NOW0) =>
  bookAppointment(h.p.ctx.db, h.county, { categoryId: cat, date, start, ...person(n) }, web, now);

const remindersTo = (n: number) =>
  rows<{ text: string; ref: string }>(
    h.p,
    sql`SELECT text, ref FROM notification_outbox WHERE "to" = ${person(n).phone} AND text LIKE '%提醒您明天%'`,
  );

beforeAll(async () => {
  h = await openAppointmentHall();
  cat = await h.category('R', '08:30-12:00,14:00-17:30', ['1', '2']);
  expect((await h.rules({ reminderEnabled: true, reminderTime: '16:00' })).statusCode).toBe(200);
}, 120_000);
afterAll(async () => h?.p.close());

describe('reminder rules', () => {
  const url = () => `/queue/centers/${h.county}/appointment-rules`;

  it('are kept when a client that does not know them saves the other rules', async () => {
    const { reminderEnabled: _e, reminderTime: _t, ...older } = DEFAULT_RULES;
    expect((await h.post(url(), { ...older, banDays: 20 }, h.cookie.manager, 'PUT')).statusCode).toBe(200);
    const now = (await h.get(url(), h.cookie.manager)).json();
    expect(now).toMatchObject({ banDays: 20, reminderEnabled: true, reminderTime: '16:00' });
  });

  it('refuse a time at night, in Chinese, and change nothing', async () => {
    for (const reminderTime of ['21:00', '07:30', '4pm']) {
      const res = await h.post(url(), { ...DEFAULT_RULES, reminderEnabled: true, reminderTime }, h.cookie.manager, 'PUT');
      expect(res.statusCode, reminderTime).toBe(400);
      expect(errorProblems(res, 'zh')).toEqual([]);
    }
    expect((await h.get(url(), h.cookie.manager)).json().reminderTime).toBe('16:00');
  });

  it('tell the portal when the reminder comes, and nothing when it is off', async () => {
    expect((await h.get(`/hall/${h.county}/appointment-options`)).json().rules.reminderTime).toBe('16:00');
  });
});

describe('the day-before reminder', () => {
  it('is queued once at the chosen time for each booking still waiting, with history and audit', async () => {
    const a1 = await book(1, '2026-06-03', '09:00');
    const a2 = await book(2, '2026-06-03', '10:00');
    await cancelAppointment(h.p.ctx.db, h.county, a2.id, a2.code, web, NOW0);
    const a3 = await book(3, '2026-06-03', '14:00', at('2026-06-02T16:30:00')); // booked after the moment
    await book(4, '2026-06-04', '09:00'); // not tomorrow yet

    expect(await sendReminders(h.p.ctx.db, at('2026-06-02T15:59:59'))).toBe(0);
    expect(await sendReminders(h.p.ctx.db, at('2026-06-02T16:00:00'))).toBe(1);
    expect(await sendReminders(h.p.ctx.db, at('2026-06-02T17:00:00'))).toBe(0);

    const [text] = await remindersTo(1);
    expect(text?.text).toContain('明天2026-06-03 09:00-09:30');
    expect(text?.text).toContain(a1.code);
    expect(text?.ref).toBe(`appointment:${a1.id}`);
    for (const n of [2, 3, 4]) expect(await remindersTo(n), `person ${n}`).toEqual([]);

    const history = await rows<{ action: string; actor: string; from_state: string; to_state: string }>(
      h.p,
      sql`SELECT action, actor, from_state, to_state FROM appointment_event WHERE appointment_id = ${a1.id} ORDER BY id`,
    );
    expect(history.map((e) => e.action)).toEqual(['book', 'remind']);
    expect(history[1]).toMatchObject({ actor: 'system', from_state: 'booked', to_state: 'booked' });
    const audit = await rows<{ object_id: string; summary: unknown }>(
      h.p,
      sql`SELECT object_id, summary FROM audit_log WHERE action = 'appointment.remind'`,
    );
    expect(audit).toEqual([{ object_id: a1.id, summary: { date: '2026-06-03' } }]);

    const list = (await h.get(`/queue/centers/${h.county}/appointments?date=2026-06-03`, h.cookie.manager)).json();
    const reminded = Object.fromEntries(list.items.map((i: { id: string; remindedAt: string | null }) => [i.id, i.remindedAt]));
    expect(reminded[a1.id]).toBe(at('2026-06-02T16:00:00').toISOString());
    expect(reminded[a3.id]).toBeNull();
  });

  it('goes out once when two instances run the round at the same moment', async () => {
    await book(5, '2026-06-04', '10:00');
    await book(6, '2026-06-04', '14:00');
    const t = at('2026-06-03T16:05:00');
    const [x, y] = await Promise.all([sendReminders(h.p.ctx.db, t), sendReminders(h.p.ctx.db, t)]);
    expect(x + y).toBe(3); // persons 4, 5 and 6
    for (const n of [4, 5, 6]) expect(await remindersTo(n), `person ${n}`).toHaveLength(1);
  });

  it('is skipped rather than sent at night, and not sent when the hall turns reminders off', async () => {
    await book(7, '2026-06-05', '09:00');
    expect(await sendReminders(h.p.ctx.db, at('2026-06-04T21:00:00'))).toBe(0);
    expect(await sendReminders(h.p.ctx.db, at('2026-06-05T08:00:00'))).toBe(0); // the day itself: not tomorrow any more
    expect(await remindersTo(7)).toEqual([]);

    await book(8, '2026-06-08', '09:00');
    expect((await h.rules({ reminderEnabled: false })).statusCode).toBe(200);
    expect(await sendReminders(h.p.ctx.db, at('2026-06-07T16:00:00'))).toBe(0);
    expect(await remindersTo(8)).toEqual([]);
    expect((await h.get(`/hall/${h.county}/appointment-options`)).json().rules.reminderTime).toBeNull();
  });
});

describe('the figures of a period', () => {
  const figures = (query: string) => h.get(`/queue/centers/${h.county}/appointment-stats?${query}`, h.cookie.manager);

  it('count the bookings of the period by outcome, with the no-show rate once outcomes are known', async () => {
    expect((await figures('from=2026-06-03&to=2026-06-04')).json()).toMatchObject({
      from: '2026-06-03',
      to: '2026-06-04',
      booked: 6,
      waiting: 5,
      cancelled: 1,
      checkedIn: 0,
      noShow: 0,
      noShowRate: null,
    });
    await sweepNoShows(h.p.ctx.db, at('2026-06-05T12:00:00'));
    expect((await figures('from=2026-06-03&to=2026-06-04')).json()).toMatchObject({ booked: 6, waiting: 0, noShow: 5, noShowRate: 1 });
    expect((await figures('date=2026-06-08')).json()).toMatchObject({ booked: 1, waiting: 1 });
  });

  it('join the summary of the hall Excel workbook, and stay out of it for a period without bookings', async () => {
    const summaryOf = async (query: string) => {
      const res = await h.get(`/queue/centers/${h.county}/stats.xlsx?${query}`, h.cookie.manager);
      expect(res.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const rows = wb.getWorksheet('汇总')!.getSheetValues().filter(Boolean) as unknown[][];
      return Object.fromEntries(rows.map((r) => [r[1], r[2]]));
    };
    expect(await summaryOf('from=2026-06-03&to=2026-06-04')).toMatchObject({
      统计区间: '2026-06-03 至 2026-06-04',
      预约数: 6,
      待签到: 0,
      已签到: 0,
      已取消: 1,
      爽约: 5,
      爽约率: '100%',
    });
    const pending = await summaryOf('date=2026-06-08');
    expect(pending).toMatchObject({ 预约数: 1, 待签到: 1 });
    expect([Object.keys(pending).includes('爽约率'), pending['爽约率']]).toEqual([true, undefined]); // no outcome yet: an empty cell
    expect(await summaryOf('date=2026-06-10')).not.toHaveProperty('预约数');
  });

  it('refuse a backwards period in Chinese, and a clerk', async () => {
    const bad = await figures('from=2026-06-04&to=2026-06-03');
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'QUEUE_STATS_PERIOD']);
    expect(errorProblems(bad, 'zh')).toEqual([]);
    expect((await h.get(`/queue/centers/${h.county}/appointment-stats`, h.cookie.clerk)).statusCode).toBe(403);
  });
});
