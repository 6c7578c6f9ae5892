import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { openHall, putSettings, rows, type Hall } from '../queue.fixture.ts';

// 休息日取号: on a rest day of the working-day calendar the kiosk and the phone get no ticket,
// unless the hall serves on rest days. The clock is set to days of the 2026 arrangement:
// 国庆 (Thursday 1 October), the make-up working Saturday 10 October, an ordinary Wednesday.

const at = (isoLocal: string) => new Date(`${isoLocal}+08:00`);

describe('tickets on rest days', () => {
  let h: Hall;
  let cat: string;
  const setRestDayTickets = (on: boolean) => putSettings(h, { restDayTickets: on });
  const take = (extra: object = {}, query = '') => h.post(`/hall/${h.county}/tickets${query}`, { categoryId: cat, ...extra });

  beforeAll(async () => {
    h = await openHall();
    cat = await h.category('R');
    // The demo halls serve every day (so the demo works on a Sunday); a real hall starts with it off.
    expect((await h.get(`/queue/centers/${h.county}/settings`, h.cookie.manager)).json().restDayTickets).toBe(true);
    const off = await setRestDayTickets(false);
    expect([off.statusCode, off.json().restDayTickets]).toEqual([200, false]);
  });
  afterEach(() => vi.useRealTimers());
  afterAll(async () => h?.p.close());

  it('refuses the kiosk and the phone on a public holiday, in Chinese or English, and says so with the categories', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: at('2026-10-01T10:00:00') });
    expect((await h.get(`/hall/${h.county}/categories`)).json()).toMatchObject({ restingToday: true });
    const kiosk = await take();
    expect([kiosk.statusCode, kiosk.json().code, kiosk.json().message]).toEqual([
      409,
      'QUEUE_HALL_RESTING',
      '今天是休息日，本大厅暂停取号，请在工作日前来',
    ]);
    const phone = await take({ source: 'remote', phone: '13800138000' }, '?lang=en');
    expect([phone.statusCode, phone.json().code]).toEqual([409, 'QUEUE_HALL_RESTING']);
    expect(phone.json().message).toContain('rest day');
  });

  it('issues on a make-up working Saturday and on an ordinary weekday', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: at('2026-10-10T10:00:00') });
    expect((await h.get(`/hall/${h.county}/categories`)).json().restingToday).toBe(false);
    expect((await take()).statusCode).toBe(201);
    vi.setSystemTime(at('2026-09-30T10:00:00'));
    expect((await take()).statusCode).toBe(201);
  });

  it('issues on a holiday where the hall serves on rest days, and the change is audited', async () => {
    expect((await setRestDayTickets(true)).statusCode).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'], now: at('2026-10-01T10:00:00') });
    expect((await h.get(`/hall/${h.county}/categories`)).json().restingToday).toBe(false);
    expect((await take()).statusCode).toBe(201);
    vi.useRealTimers();
    const audit = await rows<{ summary: unknown }>(
      h.p,
      sql`SELECT summary FROM audit_log WHERE action = 'queue.settings.update' ORDER BY seq DESC LIMIT 1`,
    );
    expect(JSON.stringify(audit[0]?.summary)).toContain('restDayTickets');
  });

  it('keeps a category to its rest-day hours on a rest day (周六上午延时服务), and to its usual hours on working days', async () => {
    expect((await setRestDayTickets(true)).statusCode).toBe(200);
    const mornings = await h.category('M', { openingHours: '08:30-12:00,13:30-17:30', restDayHours: '09:00-12:00' });
    const takeM = () => h.post(`/hall/${h.county}/tickets`, { categoryId: mornings });
    const listed = async () => (await h.get(`/hall/${h.county}/categories`)).json().items.find((c: { id: string }) => c.id === mornings);

    vi.useFakeTimers({ toFake: ['Date'], now: at('2026-10-01T10:00:00') });
    expect(await listed()).toMatchObject({ openingHours: '09:00-12:00', openNow: true });
    expect((await takeM()).statusCode).toBe(201);
    vi.setSystemTime(at('2026-10-01T14:00:00'));
    expect(await listed()).toMatchObject({ openingHours: '09:00-12:00', openNow: false });
    const closed = await takeM();
    expect([closed.statusCode, closed.json().code, closed.json().details]).toEqual([
      409,
      'QUEUE_CATEGORY_CLOSED',
      { openingHours: '09:00-12:00' },
    ]);

    // The make-up Saturday is a working day: the usual hours, afternoon included.
    vi.setSystemTime(at('2026-10-10T14:00:00'));
    expect(await listed()).toMatchObject({ openingHours: '08:30-12:00,13:30-17:30', openNow: true });
    expect((await takeM()).statusCode).toBe(201);

    // Clearing the rest-day hours: rest days follow the usual hours again; a malformed value is refused.
    const bad = await h.post(`/queue/categories/${mornings}`, { restDayHours: '9点-12点' }, h.cookie.manager, 'PATCH');
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(
      (await h.post(`/queue/categories/${mornings}`, { restDayHours: null }, h.cookie.manager, 'PATCH')).json().restDayHours,
    ).toBeNull();
    vi.setSystemTime(at('2026-10-01T14:00:00'));
    expect((await takeM()).statusCode).toBe(201);
  });
});
