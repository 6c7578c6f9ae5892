import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../domain/errors/index.ts';
import { createLogger } from '../../platform/logger.ts';
import { issueTicket } from '../queue/index.ts';
import { openAppointmentHall, person, rows, type AppointmentHall } from './appointment.fixture.ts';
import {
  bookAppointment,
  cancelAppointment,
  checkIn,
  dispatchOutbox,
  listSlots,
  MAX_ATTEMPTS,
  sweepNoShows,
  type NotificationSender,
} from './index.ts';

// The time rules, with an explicit `now` on fixed dates of 2026 (covered by the bundled
// calendar), so the suite means the same on any day it runs. NOW0 is Monday 2026-06-01 09:00
// in Beijing; bookable with the defaults: 06-02, 06-03, 06-04, 06-05, 06-08.

const at = (beijing: string) => new Date(`${beijing}+08:00`);
const NOW0 = at('2026-06-01T09:00:00');
const web = { ip: '203.0.113.9', channel: 'online' as const };
const kiosk = { ip: '203.0.113.10', channel: 'kiosk' as const };

let h: AppointmentHall;
let cat: string;

async function codeOf(work: Promise<unknown>): Promise<{ code: string; details: unknown }> {
  try {
    await work;
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, details: e.details };
    throw e;
  }
  return { code: 'OK', details: undefined };
}

const book = (n: number, date: string, start: string, now = NOW0) =>
  bookAppointment(h.p.ctx.db, h.county, { categoryId: cat, date, start, ...person(n) }, web, now);

beforeAll(async () => {
  h = await openAppointmentHall();
  cat = await h.category('Y', '08:30-12:00,14:00-17:30', ['1']);
  // One window × one place: every second booking of a slot is refused.
  expect((await h.rules({ perWindowPerSlot: 1, noShowLimit: 2 })).statusCode).toBe(200);
}, 120_000);
afterAll(async () => h?.p.close());

describe('booking window and capacity', () => {
  it('refuses today (minDaysAhead 1), a weekend, the sixth working day and times that are no slot', async () => {
    for (const [date, start] of [
      ['2026-06-01', '14:00'],
      ['2026-06-06', '09:00'],
      ['2026-06-09', '09:00'],
      ['2026-06-02', '09:10'],
      ['2026-06-02', '12:00'],
    ] as const)
      expect((await codeOf(book(1, date, start))).code, `${date} ${start}`).toBe('APPOINTMENT_OUTSIDE_WINDOW');
  });

  it('fills a slot, then refuses the next person; one booking per person and day', async () => {
    const first = await book(1, '2026-06-02', '09:00');
    expect(first).toMatchObject({ state: 'booked', date: '2026-06-02', start: '09:00', end: '09:30', name: '张*三' });
    expect(first.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect((await codeOf(book(2, '2026-06-02', '09:00'))).code).toBe('APPOINTMENT_SLOT_FULL');
    expect((await codeOf(book(1, '2026-06-02', '10:00'))).code).toBe('APPOINTMENT_DUPLICATE_DAY');
    expect((await book(1, '2026-06-03', '10:00')).state).toBe('booked');
    const slots = await listSlots(h.p.ctx.db, h.county, cat, NOW0);
    expect(slots.days.map((d) => d.date)).toEqual(['2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05', '2026-06-08']);
    expect(slots.days[0]!.slots[1]).toEqual({ start: '09:00', end: '09:30', capacity: 1, available: 0 });
    expect(slots.days[0]!.slots[0]).toEqual({ start: '08:30', end: '09:00', capacity: 1, available: 1 });
  });
});

describe('cancellation', () => {
  it('is refused after the cut-off (2 hours before), allowed before, and only once', async () => {
    const a = await book(3, '2026-06-02', '09:30');
    const late = await codeOf(cancelAppointment(h.p.ctx.db, h.county, a.id, a.code, web, at('2026-06-02T07:31:00')));
    expect(late).toEqual({ code: 'APPOINTMENT_CANCEL_TOO_LATE', details: { deadline: '2026-06-01T23:30:00.000Z' } });
    expect((await cancelAppointment(h.p.ctx.db, h.county, a.id, a.code.toLowerCase(), web, at('2026-06-02T07:30:00'))).state).toBe(
      'cancelled',
    );
    expect((await codeOf(cancelAppointment(h.p.ctx.db, h.county, a.id, a.code, web, NOW0))).code).toBe('APPOINTMENT_STATE');
    expect((await codeOf(cancelAppointment(h.p.ctx.db, h.county, a.id, 'AAAAAAAA', web, NOW0))).code).toBe('NOT_FOUND');
  });

  it('keeps a cancelled place taken for the release delay, then frees it', async () => {
    const a = await book(4, '2026-06-03', '09:00');
    await cancelAppointment(h.p.ctx.db, h.county, a.id, a.code, web, NOW0);
    const soon = new Date(NOW0.getTime() + 29 * 60_000);
    expect((await codeOf(book(5, '2026-06-03', '09:00', soon))).code).toBe('APPOINTMENT_SLOT_FULL');
    const slot = async (now: Date) =>
      (await listSlots(h.p.ctx.db, h.county, cat, now)).days[1]!.slots.find((s) => s.start === '09:00')!.available;
    expect(await slot(soon)).toBe(0);
    const released = new Date(NOW0.getTime() + 30 * 60_000);
    expect(await slot(released)).toBe(1);
    expect((await book(5, '2026-06-03', '09:00', released)).state).toBe('booked');
    // The cancelled booking no longer counts as the person's booking of the day.
    expect((await book(4, '2026-06-03', '14:00')).state).toBe('booked');
  });
});

describe('check-in', () => {
  it('opens 30 minutes before the slot and closes 15 minutes after it; twice gives the same ticket', async () => {
    const a = await book(6, '2026-06-04', '09:00');
    const early = await codeOf(checkIn(h.p.ctx.db, h.county, { code: a.code }, kiosk, at('2026-06-04T08:29:00')));
    expect(early).toEqual({ code: 'APPOINTMENT_CHECK_IN_TOO_EARLY', details: { from: '08:30' } });
    const late = await codeOf(checkIn(h.p.ctx.db, h.county, { phone: person(6).phone }, kiosk, at('2026-06-04T09:46:00')));
    expect(late.code).toBe('APPOINTMENT_CHECK_IN_TOO_LATE');
    const other = await codeOf(checkIn(h.p.ctx.db, h.county, { code: a.code }, kiosk, at('2026-06-05T09:00:00')));
    expect(other.code).toBe('APPOINTMENT_NOT_FOUND_TODAY');

    const link = `https://hall.example.gov.cn/portal/appointment/${h.county}/${a.id}?code=${a.code}`;
    const first = await checkIn(h.p.ctx.db, h.county, { code: link }, kiosk, at('2026-06-04T08:40:00'));
    expect(first.appointment).toMatchObject({ state: 'checked_in', ticketId: first.ticket.id, ticketNumber: first.ticket.number });
    expect(first.ticket).toMatchObject({ priority: 'appointment', state: 'waiting', serviceDate: '2026-06-04', categoryId: cat });
    const again = await checkIn(h.p.ctx.db, h.county, { idCard: person(6).idCard.toLowerCase() }, kiosk, at('2026-06-04T08:50:00'));
    expect(again.ticket.id).toBe(first.ticket.id);
    const [source] = await rows<{ source: string }>(h.p, sql`SELECT source FROM ticket WHERE id = ${first.ticket.id}`);
    expect(source?.source).toBe('appointment');
  });

  it('checks in before the category starts issuing tickets (08:05 for the 08:30 slot), though a walk-in is refused then', async () => {
    const a = await book(71, '2026-06-05', '08:30');
    const r = await checkIn(h.p.ctx.db, h.county, { code: a.code }, kiosk, at('2026-06-05T08:05:00'));
    expect(r.ticket).toMatchObject({ priority: 'appointment', state: 'waiting' });
    const walkIn = await codeOf(
      issueTicket(h.p.ctx.db, h.county, { categoryId: cat, priority: 'normal', source: 'kiosk' }, kiosk, at('2026-06-05T08:05:00')),
    );
    expect(walkIn.code).toBe('QUEUE_CATEGORY_CLOSED');
  });
});

describe('no-shows and the booking ban', () => {
  it('marks missed bookings after their check-in window and bans after the limit until the last one + banDays', async () => {
    await book(7, '2026-06-05', '14:00');
    await book(7, '2026-06-08', '14:00');
    // The earlier suites' bookings of 06-02 to 06-04 that nobody checked in: missed by now.
    expect(await sweepNoShows(h.p.ctx.db, at('2026-06-05T14:00:00'))).toBe(4);
    // 14:00–14:30 + 15 minutes late: still open at 14:45, a no-show at 14:46.
    expect(await sweepNoShows(h.p.ctx.db, at('2026-06-05T14:45:00'))).toBe(0);
    expect(await sweepNoShows(h.p.ctx.db, at('2026-06-05T14:46:00'))).toBe(1);
    expect((await codeOf(book(7, '2026-06-09', '09:00', at('2026-06-05T15:00:00')))).code).toBe('OK');
    await sweepNoShows(h.p.ctx.db, at('2026-06-08T15:00:00'));
    const banned = await codeOf(book(7, '2026-06-10', '09:00', at('2026-06-08T15:00:00')));
    expect(banned).toEqual({ code: 'APPOINTMENT_BANNED', details: { until: '2026-07-08' } });
    expect((await codeOf(book(7, '2026-07-09', '09:00', at('2026-07-08T09:00:00')))).code).toBe('APPOINTMENT_BANNED');
    expect((await codeOf(book(7, '2026-07-10', '09:00', at('2026-07-09T09:00:00')))).code).toBe('OK');

    const states = await rows<{ service_date: string; state: string }>(
      h.p,
      sql`SELECT service_date::text, state FROM appointment WHERE id_card = ${person(7).idCard} ORDER BY service_date`,
    );
    expect(states.map((s) => `${s.service_date} ${s.state}`)).toEqual([
      '2026-06-05 no_show',
      '2026-06-08 no_show',
      '2026-06-09 booked',
      '2026-07-10 booked',
    ]);
    const texts = await rows<{ text: string }>(
      h.p,
      sql`SELECT text FROM notification_outbox WHERE "to" = ${person(7).phone} AND text LIKE '%爽约%'`,
    );
    expect(texts.some((t) => t.text.includes('2026-07-08前暂停网上预约'))).toBe(true);
    const history = await rows<{ action: string; actor: string }>(
      h.p,
      sql`SELECT e.action, e.actor FROM appointment_event e JOIN appointment a ON a.id = e.appointment_id WHERE a.id_card = ${person(7).idCard} AND e.action = 'no_show'`,
    );
    expect(history).toHaveLength(2);
    expect(history.every((e) => e.actor === 'system')).toBe(true);
  });
});

describe('audit and the SMS outbox', () => {
  it('audits every write without the ID card or the phone number', async () => {
    const audit = await rows<{ action: string; actor_name: string; summary: unknown }>(
      h.p,
      sql`SELECT action, actor_name, summary FROM audit_log WHERE action LIKE 'appointment.%'`,
    );
    const actions = new Set(audit.map((a) => a.action));
    for (const a of ['appointment.rules.update', 'appointment.book', 'appointment.cancel', 'appointment.check_in', 'appointment.no_show'])
      expect(actions).toContain(a);
    expect(audit.find((a) => a.action === 'appointment.book')?.actor_name).toBe('群众（网上预约）');
    expect(audit.find((a) => a.action === 'appointment.check_in')?.actor_name).toBe('群众（自助机签到）');
    const text = JSON.stringify(audit);
    for (const n of [1, 3, 4, 5, 6, 7]) {
      expect(text).not.toContain(person(n).idCard);
      expect(text).not.toContain(person(n).phone);
    }
  });

  it('retries a failing gateway with backoff, gives up after 5 attempts, and sends through a working one', async () => {
    const log = createLogger('silent');
    const broken: NotificationSender = { name: 'broken', send: async () => Promise.reject(new Error('gateway down')) };
    const [counted] = await rows<{ n: number }>(h.p, sql`SELECT count(*)::int AS n FROM notification_outbox WHERE state = 'pending'`);
    const pending = counted!.n;
    expect(pending).toBeGreaterThan(5);
    let t = at('2026-07-10T09:00:00');
    expect(await dispatchOutbox(h.p.ctx.db, broken, log, t, 1000)).toEqual({ sent: 0, retried: pending, failed: 0 });
    // Not due again until the backoff has passed.
    expect(await dispatchOutbox(h.p.ctx.db, broken, log, new Date(t.getTime() + 59_000), 1000)).toEqual({ sent: 0, retried: 0, failed: 0 });
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      t = new Date(t.getTime() + 60 * 60_000);
      const r = await dispatchOutbox(h.p.ctx.db, broken, log, t, 1000);
      expect(r.sent).toBe(0);
      expect(attempt === MAX_ATTEMPTS ? r.failed : r.retried).toBe(pending);
    }
    const failed = await rows<{ attempts: number; last_error: string }>(
      h.p,
      sql`SELECT attempts, last_error FROM notification_outbox WHERE state = 'failed'`,
    );
    expect(failed).toHaveLength(pending);
    expect(failed.every((f) => f.attempts === MAX_ATTEMPTS && f.last_error === 'gateway down')).toBe(true);

    const got: { to: string; text: string; ref: string | null; subject?: string | null }[] = [];
    const working: NotificationSender = { name: 'test', send: async (m) => void got.push(m) };
    const a = await book(8, '2026-07-13', '09:00', at('2026-07-10T09:00:00'));
    expect(await dispatchOutbox(h.p.ctx.db, working, log, at('2026-07-10T09:00:01'))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(got).toEqual([{ to: person(8).phone, text: expect.stringContaining(a.code), ref: `appointment:${a.id}`, subject: null }]);
    const [sent] = await rows<{ state: string; sent_at: Date }>(
      h.p,
      sql`SELECT state, sent_at FROM notification_outbox WHERE ref = ${`appointment:${a.id}`}`,
    );
    expect(sent?.state).toBe('sent');
  });
});
