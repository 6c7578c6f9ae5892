import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHm } from '../../../domain/appointment/index.ts';
import { hallTime } from '../../../domain/queue/index.ts';
import { createLogger } from '../../platform/logger.ts';
import { DEFAULT_RULES, makeWorkday, openAppointmentHall, person, rows, type AppointmentHall } from './appointment.fixture.ts';
import { JobRunner } from '../../platform/jobs/index.ts';
import { smsDispatchJob } from '../notification/index.ts';
import type { NotificationSender } from './index.ts';

// The portal, the kiosk and the console through HTTP, on the real clock. Whatever today is,
// the suite makes it a working day (a regional 调班 entry), opens a category around the clock
// with one-hour slots, and books the hour under way for today, so check-in is open now.

let h: AppointmentHall;
let cat: string;
let today: string;
let hour: { start: string; end: string };
const url = (path: string) => `/hall/${h.county}${path}`;

beforeAll(async () => {
  h = await openAppointmentHall();
  ({ serviceDate: today } = hallTime(new Date()));
  const m = Math.floor(hallTime(new Date()).minuteOfDay / 60) * 60;
  hour = { start: formatHm(m), end: formatHm(m + 60) };
  cat = await h.category('Z', '00:00-24:00', ['1']);
}, 120_000);
afterAll(async () => h?.p.close());

describe('appointments switched off', () => {
  it('says so in the options and refuses slots and bookings', async () => {
    // The demo turns appointments on for the county; this hall switches them off first.
    expect((await h.rules({ enabled: false })).statusCode).toBe(200);
    const opts = await h.get(url('/appointment-options'));
    expect(opts.statusCode).toBe(200);
    expect(opts.json()).toMatchObject({ enabled: false, categories: [] });
    expect((await h.get(url(`/appointment-slots?categoryId=${cat}`))).json().code).toBe('APPOINTMENTS_DISABLED');
    const res = await h.post(url('/appointments'), { categoryId: cat, date: today, start: hour.start, ...person(20) });
    expect([res.statusCode, res.json().code]).toEqual([409, 'APPOINTMENTS_DISABLED']);
  });
});

describe('rules in the console', () => {
  it('answers the defaults, saves a change, refuses min > max, and keeps a township manager out', async () => {
    const rulesUrl = `/queue/centers/${h.county}/appointment-rules`;
    // A hall that never saved rules (土桥镇) answers the defaults: appointments off.
    const township = `/queue/centers/${h.ids.center['XY-TUQIAO']}/appointment-rules`;
    expect((await h.get(township, h.cookie.manager)).json()).toEqual({ ...DEFAULT_RULES, enabled: false });
    const bad = await h.rules({ minDaysAhead: 6, maxDaysAhead: 5 });
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'APPOINTMENT_INVALID_RULES']);
    expect((await h.rules({ slotMinutes: 25 })).json().code).toBe('VALIDATION_FAILED');
    await makeWorkday(h, today);
    const saved = await h.rules({ enabled: true, minDaysAhead: 0, maxDaysAhead: 2, slotMinutes: 60 });
    expect(saved.statusCode).toBe(200);
    expect((await h.get(rulesUrl, h.cookie.manager)).json()).toMatchObject({ enabled: true, minDaysAhead: 0, slotMinutes: 60 });
    for (const path of [rulesUrl, `/queue/centers/${h.county}/appointments`, `/queue/centers/${h.county}/notifications`]) {
      const res = await h.get(path, h.cookie.tqManager);
      expect([path, res.statusCode, res.json().code]).toEqual([path, 403, 'OUT_OF_SCOPE']);
    }
    expect((await h.get(rulesUrl, h.cookie.clerk)).statusCode).toBe(403);
  });
});

describe('booking and check-in', () => {
  let booked: { id: string; code: string };

  it('offers the category and today’s remaining hours, and books the hour under way', async () => {
    const opts = (await h.get(url('/appointment-options'))).json();
    expect(opts.enabled).toBe(true);
    expect(opts.categories.map((c: { id: string }) => c.id)).toContain(cat);
    const slots = (await h.get(url(`/appointment-slots?categoryId=${cat}`))).json();
    expect(slots.days[0].date).toBe(today);
    expect(slots.days[0].slots[0]).toEqual({ ...hour, capacity: 2, available: 2 });
    const res = await h.post(url('/appointments'), { categoryId: cat, date: today, start: hour.start, ...person(21) });
    expect(res.statusCode).toBe(201);
    booked = res.json();
    expect(res.json()).toMatchObject({
      centerId: h.county,
      categoryId: cat,
      categoryName: '预约Z',
      date: today,
      ...hour,
      name: '张**三',
      idCardMasked: expect.stringMatching(/^610429\*{8}\d{3}[\dX]$/),
      phoneMasked: '139****0021',
      state: 'booked',
      ticketId: null,
    });
    expect((await h.get(url(`/appointments/${booked.id}?code=${booked.code}`))).json().id).toBe(booked.id);
    expect((await h.get(url(`/appointments/${booked.id}?code=AAAAAAAA`))).json().code).toBe('NOT_FOUND');
  });

  it('refuses bad input with the contract’s codes', async () => {
    const base = { categoryId: cat, date: today, start: hour.start, ...person(22) };
    const cases: [object, number, string][] = [
      [{ ...base, idCard: '610429199001010010' }, 400, 'INVALID_ID_CARD'],
      [{ ...base, phone: '12345' }, 400, 'VALIDATION_FAILED'],
      [{ ...base, start: '9:00' }, 400, 'VALIDATION_FAILED'],
      [{ ...base, start: `${hour.start.slice(0, 3)}15` }, 422, 'APPOINTMENT_OUTSIDE_WINDOW'],
      [{ ...base, date: '2026-02-30' }, 400, 'VALIDATION_FAILED'],
      [{ ...base, ...person(21) }, 409, 'APPOINTMENT_DUPLICATE_DAY'],
      [{ ...base, categoryId: '00000000-0000-4000-8000-000000000000' }, 404, 'NOT_FOUND'],
    ];
    for (const [body, status, code] of cases) {
      const res = await h.post(url('/appointments'), body);
      expect([res.statusCode, res.json().code], JSON.stringify(body)).toEqual([status, code]);
    }
  });

  it('finds the person’s bookings only when ID card and phone both match', async () => {
    const mine = await h.post(url('/appointments/lookup'), { idCard: person(21).idCard, phone: person(21).phone });
    expect(mine.json().items.map((a: { id: string }) => a.id)).toEqual([booked.id]);
    expect((await h.post(url('/appointments/lookup'), { idCard: person(21).idCard, phone: person(22).phone })).json().items).toEqual([]);
  });

  it('checks in from a scanned link with a priority ticket that is called before an earlier walk-in', async () => {
    const walkIn = await h.post(url('/tickets'), { categoryId: cat });
    expect(walkIn.statusCode).toBe(201);
    const link = `https://hall.example.gov.cn/portal/appointment/${h.county}/${booked.id}?code=${booked.code}`;
    const res = await h.post(url('/appointments/check-in'), { code: link });
    expect(res.statusCode).toBe(200);
    const { appointment, ticket } = res.json();
    expect(appointment).toMatchObject({ id: booked.id, state: 'checked_in', ticketId: ticket.id, ticketNumber: ticket.number });
    expect(ticket).toMatchObject({ priority: 'appointment', state: 'waiting', categoryId: cat });

    const again = await h.post(url('/appointments/check-in'), { idCard: person(21).idCard });
    expect(again.json().ticket.id).toBe(ticket.id);
    const byCode = await h.post(url('/appointments/check-in'), { code: booked.code.toLowerCase() });
    expect(byCode.json().ticket.id).toBe(ticket.id);

    const call = await h.post(`/queue/windows/${h.ids.window['XY-COUNTY/1']}/call-next`, undefined, h.cookie.clerk);
    expect(call.statusCode).toBe(200);
    expect(call.json().ticket.id).toBe(ticket.id);
    expect(call.json().ticket.id).not.toBe(walkIn.json().id);
  });

  it('checks in by phone, and answers the kiosk’s mistakes', async () => {
    const other = await h.post(url('/appointments'), { categoryId: cat, date: today, start: hour.start, ...person(23) });
    expect(other.statusCode).toBe(201);
    const full = await h.post(url('/appointments'), { categoryId: cat, date: today, start: hour.start, ...person(24) });
    expect([full.statusCode, full.json().code]).toEqual([409, 'APPOINTMENT_SLOT_FULL']);
    const res = await h.post(url('/appointments/check-in'), { phone: person(23).phone });
    expect([res.statusCode, res.json().ticket.priority]).toEqual([200, 'appointment']);

    expect((await h.post(url('/appointments/check-in'), { code: 'ZZZZZZZZ' })).json().code).toBe('APPOINTMENT_NOT_FOUND_TODAY');
    expect((await h.post(url('/appointments/check-in'), { code: 'not a code' })).json().code).toBe('APPOINTMENT_NOT_FOUND_TODAY');
    const two = await h.post(url('/appointments/check-in'), { phone: person(23).phone, idCard: person(23).idCard });
    expect([two.statusCode, two.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    const checkedIn = await h.post(url(`/appointments/${other.json().id}/cancel`), { code: other.json().code });
    expect([checkedIn.statusCode, checkedIn.json().code]).toEqual([409, 'APPOINTMENT_STATE']);
  });

  it('lists the day in the console with no-show counts, masked', async () => {
    const res = await h.get(`/queue/centers/${h.county}/appointments?date=${today}&state=checked_in`, h.cookie.manager);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(res.json().items[0]).toMatchObject({ state: 'checked_in', noShowCount: 0, name: '张**三' });
    expect(res.body).not.toContain(person(21).idCard);
    expect(res.body).not.toContain(person(21).phone);
  });
});

describe('the SMS outbox', () => {
  it('holds a confirmation per booking, and the background dispatcher sends them', async () => {
    const before = (await h.get(`/queue/centers/${h.county}/notifications`, h.cookie.manager)).json();
    // Two booking confirmations, and the call of the checked-in ticket texted to the same phone (FACTS §H).
    expect(before.total).toBe(3);
    expect(before.items.filter((m: { text: string }) => /^【旬邑县政务服务中心】请Z\d{3}号到1号窗口办理$/.test(m.text))).toHaveLength(1);
    expect(before.items.every((m: { state: string; to: string }) => m.state === 'pending' && /^139\*{4}\d{4}$/.test(m.to))).toBe(true);
    expect(before.items.map((m: { text: string }) => m.text).join()).toContain('预约Z');

    const got: string[] = [];
    const sender: NotificationSender = { name: 'test', send: async (m) => void got.push(m.to) };
    // The notification module's dispatcher job, in a job runner of its own (a second instance on the database).
    const log = createLogger('silent');
    const runner = new JobRunner(h.p.ctx.database, log, { worker: true, pollSeconds: 0.5 });
    runner.register(smsDispatchJob(h.p.ctx.db, sender, log, 1));
    await runner.start();
    for (let i = 0; i < 200 && got.length < 3; i++) await new Promise((r) => setTimeout(r, 25));
    await runner.stop();
    expect(got.sort()).toEqual([person(21).phone, person(21).phone, person(23).phone]);
    const after = (await h.get(`/queue/centers/${h.county}/notifications`, h.cookie.manager)).json();
    expect(after.items.map((m: { state: string; sentAt: string | null }) => [m.state, m.sentAt !== null])).toEqual([
      ['sent', true],
      ['sent', true],
      ['sent', true],
    ]);
    const [audit] = await rows<{ n: number }>(
      h.p,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'appointment.book' AND ip IS NOT NULL`,
    );
    expect(audit!.n).toBe(2);
  });
});

describe('the hall cancels for a visitor', () => {
  it('without the cut-off but with a reason, in scope only, once; the place stays held for the release delay', async () => {
    const w = await h.category('W', '00:00-24:00', ['2']);
    const res = await h.post(url('/appointments'), { categoryId: w, date: today, start: hour.start, ...person(30) });
    expect(res.statusCode).toBe(201);
    const a = res.json();
    // The visitor is past the 2-hour cut-off for the hour under way; the desk is not.
    expect((await h.post(url(`/appointments/${a.id}/cancel`), { code: a.code })).json().code).toBe('APPOINTMENT_CANCEL_TOO_LATE');
    const path = `/queue/centers/${h.county}/appointments/${a.id}/cancel`;
    expect((await h.post(path, { reason: '' }, h.cookie.manager)).statusCode).toBe(400);
    expect((await h.post(path, { reason: '来电取消' }, h.cookie.clerk)).statusCode).toBe(403);
    expect((await h.post(path, { reason: '来电取消' }, h.cookie.tqManager)).json().code).toBe('OUT_OF_SCOPE');
    const done = await h.post(path, { reason: '老人来电取消' }, h.cookie.manager);
    expect([done.statusCode, done.json().state]).toEqual([200, 'cancelled']);
    expect((await h.post(path, { reason: '再次' }, h.cookie.manager)).json().code).toBe('APPOINTMENT_STATE');
    const slots = (await h.get(url(`/appointment-slots?categoryId=${w}`))).json();
    expect(slots.days[0].slots[0]).toMatchObject({ capacity: 2, available: 1 });
    const audit = await rows<{ summary: { reason: string } }>(
      h.p,
      sql`SELECT summary FROM audit_log WHERE action = 'appointment.cancel-by-staff' AND object_id = ${a.id}`,
    );
    expect(audit.map((r) => r.summary.reason)).toEqual(['老人来电取消']);
  });
});

describe('numbers as people type them', () => {
  it('books, finds and checks in with a spaced phone and an ID with spaces and a lower-case x, and says when an ID is malformed', async () => {
    const y = await h.category('Y', '00:00-24:00', ['3']);
    const p26 = person(26); // its ID ends in X
    expect(p26.idCard.endsWith('X')).toBe(true);
    const spacedId = `${p26.idCard.slice(0, 6)} ${p26.idCard.slice(6, 14)} ${p26.idCard.slice(14).toLowerCase()}`;
    const typedPhone = `+86 ${p26.phone.slice(0, 3)}-${p26.phone.slice(3, 7)}-${p26.phone.slice(7)}`;
    const res = await h.post(url('/appointments'), { categoryId: y, date: today, start: hour.start, name: p26.name, idCard: spacedId, phone: typedPhone });
    expect(res.statusCode).toBe(201);
    const [stored] = await rows<{ id_card: string; phone: string }>(h.p, sql`SELECT id_card, phone FROM appointment WHERE id = ${res.json().id}`);
    expect(stored).toEqual({ id_card: p26.idCard, phone: p26.phone });
    // The same person typed differently is the same person: one booking a day.
    const twice = await h.post(url('/appointments'), { categoryId: y, date: today, start: hour.start, ...p26, phone: `0086 ${p26.phone}` });
    expect(twice.json().code).toBe('APPOINTMENT_DUPLICATE_DAY');
    const found = await h.post(url('/appointments/lookup'), { idCard: p26.idCard.toLowerCase(), phone: `${p26.phone.slice(0, 3)} ${p26.phone.slice(3, 7)} ${p26.phone.slice(7)}` });
    expect(found.json().items.map((a: { id: string }) => a.id)).toEqual([res.json().id]);

    for (const malformed of ['610429 19900101 0010', '12345', `${p26.idCard.slice(0, 17)}Y`]) {
      const bad = await h.post(url('/appointments/check-in'), { idCard: malformed });
      expect([malformed, bad.statusCode, bad.json().code]).toEqual([malformed, 400, 'INVALID_ID_CARD']);
    }
    const checkIn = await h.post(url('/appointments/check-in'), { idCard: spacedId });
    expect([checkIn.statusCode, checkIn.json().appointment?.id]).toEqual([200, res.json().id]);
  });
});

describe('look-ups by ID or phone are rate limited per address', () => {
  it('answers 429 RATE_LIMITED once an address has tried more than the limit in a minute', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 65; i++)
      codes.push((await h.post(url('/appointments/check-in'), { phone: `1390000${String(i).padStart(4, '0')}` })).statusCode);
    // Earlier check-ins of this file count towards the same minute: look at the shape only.
    expect(codes[0]).toBe(404);
    const firstLimited = codes.indexOf(429);
    expect(firstLimited).toBeGreaterThan(0);
    expect(codes.slice(firstLimited).every((c) => c === 429)).toBe(true);
    const last = await h.post(url('/appointments/check-in'), { phone: '13900009999' });
    expect([last.statusCode, last.json().code]).toEqual([429, 'RATE_LIMITED']);
  });
});
