import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorProblems } from '../../../../../test/api/helpers.ts';
import { XLSX_TYPE } from '../../../platform/http/xlsx.ts';
import { findStaffByUsername, resolveActor, type Who } from '../../org/index.ts';
import { mapWindow, openHall, putSettings, type Hall } from '../queue.fixture.ts';
import { callNext, finish, start } from '../index.ts';
import { noShow } from '../window/window.service.ts';

// 大厅统计 over a period. Two days of one hall with known minutes (Beijing time):
// Wed 2026-07-01: three tickets at 09:00; the first called 09:10 and served to 09:20, the
// second called 09:20 and a no-show, the third still waiting. Thu 07-02: one ticket at 10:00,
// called 10:30, served to 10:50. Waits 10, 20, 30 min (median 20); services 10, 20 (median 15).

const at = (isoLocal: string) => new Date(`${isoLocal}+08:00`);

let h: Hall;
let duty: Who;
let cat: string;

beforeAll(async () => {
  h = await openHall();
  cat = await h.category('T', { openingHours: '00:00-24:00' });
  await mapWindow(h, '1', [cat]);
  expect((await putSettings(h, { noShowAfterCalls: 1 })).statusCode).toBe(200);
  const staff = await findStaffByUsername(h.p.ctx.db, 'duty');
  duty = { actor: (await resolveActor(h.p.ctx.db, staff!.userId))!, ip: '127.0.0.1' };
  const db = h.p.ctx.db;
  const w = h.win('1');

  vi.useFakeTimers({ toFake: ['Date'], now: at('2026-07-01T09:00:00') });
  for (let i = 0; i < 3; i++) await h.issue(cat);
  await callNext(db, duty, w, at('2026-07-01T09:10:00'));
  await start(db, duty, w, at('2026-07-01T09:10:00'));
  await finish(db, duty, w, [], at('2026-07-01T09:20:00'));
  await callNext(db, duty, w, at('2026-07-01T09:20:00'));
  await noShow(db, duty, w, at('2026-07-01T09:21:00'));

  vi.setSystemTime(at('2026-07-02T10:00:00'));
  await h.issue(cat);
  vi.useRealTimers();
  await callNext(db, duty, w, at('2026-07-02T10:30:00'));
  await start(db, duty, w, at('2026-07-02T10:30:00'));
  await finish(db, duty, w, [], at('2026-07-02T10:50:00'));
}, 120_000);
afterEach(() => vi.useRealTimers());
afterAll(async () => h?.p.close());

const stats = (query: string, cookie = h.cookie.manager) => h.get(`/queue/centers/${h.county}/stats?${query}`, cookie);

describe('hall statistics over a period', () => {
  it('adds up the days of the period, with medians over all its tickets', async () => {
    const res = await stats('from=2026-07-01&to=2026-07-02');
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({ from: '2026-07-01', to: '2026-07-02', centerName: '旬邑县政务服务中心' });
    expect(s.total).toEqual({
      tickets: 4,
      done: 2,
      noShow: 1,
      cancelled: 0,
      closed: 0,
      medianWaitSeconds: 1200,
      maxWaitSeconds: 1800,
      medianServiceSeconds: 900,
    });
    expect(s.categories).toEqual([expect.objectContaining({ prefix: 'T', tickets: 4, done: 2, noShow: 1 })]);
    expect(
      s.days.map((d: { date: string; tickets: number; medianWaitSeconds: number }) => [d.date, d.tickets, d.medianWaitSeconds]),
    ).toEqual([
      ['2026-07-01', 3, 900],
      ['2026-07-02', 1, 1800],
    ]);
    expect(s.windows).toEqual([{ windowId: h.win('1'), windowNumber: '1', done: 2, noShow: 1, medianServiceSeconds: 900 }]);
    expect(s.staff).toEqual([expect.objectContaining({ done: 2, noShow: 1, name: expect.any(String) })]);
  });

  it('counts one day by date or by a one-day period alike, and an empty period as zeros', async () => {
    const byDate = (await stats('date=2026-07-02')).json();
    const byPeriod = (await stats('from=2026-07-02&to=2026-07-02')).json();
    expect(byDate).toEqual(byPeriod);
    expect(byDate.total).toMatchObject({ tickets: 1, done: 1, medianServiceSeconds: 1200 });
    const empty = (await stats('from=2026-08-01&to=2026-08-31')).json();
    expect(empty.total).toMatchObject({ tickets: 0, done: 0, medianWaitSeconds: null });
    expect([empty.categories, empty.days, empty.windows, empty.staff]).toEqual([[], [], [], []]);
  });

  it('refuses a period backwards, longer than 366 days or with one end, in Chinese', async () => {
    for (const [query, code] of [
      ['from=2026-07-02&to=2026-07-01', 'QUEUE_STATS_PERIOD'],
      ['from=2025-01-01&to=2026-07-02', 'QUEUE_STATS_PERIOD'],
      ['from=2026-07-01', 'VALIDATION_FAILED'],
      ['from=2026-07-01&to=2026-02-30', 'VALIDATION_FAILED'],
    ] as const) {
      const res = await stats(query);
      expect([res.statusCode, res.json().code], query).toEqual([400, code]);
      expect(errorProblems(res as never, 'zh'), query).toEqual([]);
    }
    expect((await stats('from=2026-07-01&to=2026-07-02', h.cookie.clerk)).statusCode).toBe(403);
  });

  it('exports the same figures as an Excel workbook, minutes in the cells', async () => {
    const res = await h.p.app.inject({
      url: `/api/v1/queue/centers/${h.county}/stats.xlsx?from=2026-07-01&to=2026-07-02`,
      headers: { cookie: h.cookie.manager },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('大厅排队统计-2026-07-01_2026-07-02.xlsx')}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '按类别', '按日', '按窗口', '按人员']);
    const summary = Object.fromEntries(
      wb
        .getWorksheet('汇总')!
        .getSheetValues()
        .filter(Boolean)
        .map((r) => [(r as unknown[])[1], (r as unknown[])[2]]),
    );
    expect(summary).toMatchObject({
      统计区间: '2026-07-01 至 2026-07-02',
      取号数: 4,
      办结: 2,
      过号: 1,
      '等候中位数（分钟）': 20,
      '办理中位数（分钟）': 15,
    });
    const days = wb.getWorksheet('按日')!.getSheetValues().slice(2) as unknown[][];
    expect(days.map((r) => [r[1], r[2]])).toEqual([
      ['2026-07-01', 3],
      ['2026-07-02', 1],
    ]);
    const clerk = await h.p.app.inject({ url: `/api/v1/queue/centers/${h.county}/stats.xlsx`, headers: { cookie: h.cookie.clerk } });
    expect(clerk.statusCode).toBe(403);
  });
});
