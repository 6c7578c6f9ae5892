import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { person } from '../../appointment/appointment.fixture.ts';
import { mapWindow, openHall, putSettings, rows, type Hall } from '../queue.fixture.ts';

// 夏季作息时间: a hall's summer timetable (here 5月1日–9月30日) moves its afternoons to 14:30.
// The kiosk, the phone and the appointment slots follow it on the days it runs, and the usual
// hours on the others. The clock is set to days of the 2026 arrangement: Wednesday 1 July,
// Saturday 4 July, Monday 28 September, and Friday 9 October, the first working day after 国庆.

const at = (isoLocal: string) => new Date(`${isoLocal}+08:00`);
const USUAL = '08:30-12:00,13:30-17:30';
const SUMMER = '08:30-12:00,14:30-17:30';

describe('the summer timetable', () => {
  let h: Hall;
  let cat: string;
  const take = () => h.post(`/hall/${h.county}/tickets`, { categoryId: cat });
  const listed = async () => (await h.get(`/hall/${h.county}/categories`)).json().items.find((c: { id: string }) => c.id === cat);

  beforeAll(async () => {
    h = await openHall();
    cat = await h.category('S', { openingHours: USUAL, summerHours: SUMMER, restDayHours: '09:00-12:00' });
    await mapWindow(h, '1', [cat]);
  });
  afterEach(() => vi.useRealTimers());
  afterAll(async () => h?.p.close());

  it('refuses a span with one end or an impossible day, in Chinese, and saves and audits a whole one', async () => {
    const oneEnd = await putSettings(h, { summerFrom: '05-01' });
    expect([oneEnd.statusCode, oneEnd.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(JSON.stringify(oneEnd.json())).toContain('夏季作息须同时填写开始和结束日期');
    const impossible = await putSettings(h, { summerFrom: '05-01', summerTo: '09-31' });
    expect([impossible.statusCode, impossible.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(JSON.stringify(impossible.json())).toContain('日期格式应为 月-日');

    // Typed as managers write it; stored as MM-DD.
    const saved = await putSettings(h, { summerFrom: '5月1日', summerTo: '9-30' });
    expect([saved.statusCode, saved.json().summerFrom, saved.json().summerTo]).toEqual([200, '05-01', '09-30']);
    const audit = await rows<{ summary: unknown }>(
      h.p,
      sql`SELECT summary FROM audit_log WHERE action = 'queue.settings.update' ORDER BY seq DESC LIMIT 1`,
    );
    expect(JSON.stringify(audit[0]?.summary)).toContain('summerFrom');
    // Settings saved without the span (an older console) keep it.
    expect((await putSettings(h, { noticeText: '夏季作息' })).json()).toMatchObject({ summerFrom: '05-01', summerTo: '09-30' });
  });

  it('gives tickets by the summer hours in summer and by the usual hours after it', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: at('2026-07-01T14:00:00') });
    expect(await listed()).toMatchObject({ openingHours: SUMMER, openNow: false });
    const closed = await take();
    expect([closed.statusCode, closed.json().code, closed.json().details]).toEqual([
      409,
      'QUEUE_CATEGORY_CLOSED',
      { openingHours: SUMMER },
    ]);
    vi.setSystemTime(at('2026-07-01T14:30:00'));
    expect((await take()).statusCode).toBe(201);

    vi.setSystemTime(at('2026-10-09T14:00:00'));
    expect(await listed()).toMatchObject({ openingHours: USUAL, openNow: true });
    expect((await take()).statusCode).toBe(201);
  });

  it('keeps a rest day to its own hours in summer too', async () => {
    // The demo hall serves on rest days.
    vi.useFakeTimers({ toFake: ['Date'], now: at('2026-07-04T10:00:00') });
    expect(await listed()).toMatchObject({ openingHours: '09:00-12:00', openNow: true });
  });

  it('cuts appointment slots from the summer hours on summer days only, and books by them', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: at('2026-09-28T09:00:00') });
    const slots = await h.get(`/hall/${h.county}/appointment-slots?categoryId=${cat}`);
    expect(slots.statusCode).toBe(200);
    const starts = (date: string) =>
      (slots.json().days as { date: string; slots: { start: string }[] }[]).find((d) => d.date === date)?.slots.map((s) => s.start);
    expect(starts('2026-09-29')).toContain('14:30');
    expect(starts('2026-09-29')).not.toContain('13:30');
    expect(starts('2026-09-30')).not.toContain('14:00');
    expect(starts('2026-10-09')).toEqual(expect.arrayContaining(['13:30', '14:00', '14:30']));

    const book = (date: string, start: string, n: number) =>
      h.post(`/hall/${h.county}/appointments`, { categoryId: cat, date, start, ...person(n) });
    const outside = await book('2026-09-29', '13:30', 71);
    expect([outside.statusCode, outside.json().code]).toEqual([422, 'APPOINTMENT_OUTSIDE_WINDOW']);
    expect((await book('2026-09-29', '14:30', 71)).statusCode).toBe(201);
    expect((await book('2026-10-09', '13:30', 72)).statusCode).toBe(201);
  });

  it('runs one timetable all year again once the span is cleared', async () => {
    const cleared = await putSettings(h, { summerFrom: null, summerTo: null });
    expect([cleared.statusCode, cleared.json().summerFrom]).toEqual([200, null]);
    vi.useFakeTimers({ toFake: ['Date'], now: at('2026-07-01T14:00:00') });
    expect(await listed()).toMatchObject({ openingHours: USUAL, openNow: true });
    expect((await take()).statusCode).toBe(201);
  });
});
