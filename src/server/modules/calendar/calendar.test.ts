import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { auditLog } from '../../platform/audit/audit.schema.ts';
import { calendarDays } from './calendar.schema.ts';
import { chinaToday, missingYearWarning } from './calendar.warning.ts';

// A realistic 2027 file in the holiday-cn shape: 元旦 on Friday 1 January, 春节 8 days from
// 除夕 (Friday 5 February) with a make-up working Sunday on 14 February.
const year2027 = {
  year: 2027,
  papers: ['https://www.gov.cn/ (sample)'],
  days: [
    { name: '元旦', date: '2027-01-01', isOffDay: true },
    ...['05', '06', '07', '08', '09', '10', '11', '12'].map((d) => ({ name: '春节', date: `2027-02-${d}`, isOffDay: true })),
    { name: '春节', date: '2027-02-14', isOffDay: false },
  ],
};

describe('calendar module', () => {
  let p: Awaited<ReturnType<typeof startTestPlatform>>;
  let manager: string;
  let clerk: string;
  const get = (url: string, cookie = clerk) => p.app.inject({ url: `/api/v1${url}`, headers: { cookie } });
  const send = (method: 'PUT' | 'POST' | 'DELETE', url: string, payload?: object, cookie = manager) =>
    p.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    p = await startTestPlatform();
    manager = await signIn(p, 'manager');
    clerk = await signIn(p, 'clerk');
  });
  afterAll(async () => p?.close());

  it('computes the worked example: 2026-09-24 + 20 working days is 2026-10-29', async () => {
    const res = await get('/calendar/add?date=2026-09-24&n=20');
    expect(res.statusCode).toBe(200);
    expect(res.json().dueDate).toBe('2026-10-29');
    expect((await get('/calendar/between?from=2026-09-24&to=2026-10-29')).json().workdays).toBe(20);
  });

  it('lists each day with its name and source', async () => {
    const res = await get('/calendar/days?from=2026-10-07&to=2026-10-10');
    expect(res.json().days).toEqual([
      { date: '2026-10-07', workday: false, name: '国庆节', source: 'chinese-days', region: '' },
      { date: '2026-10-08', workday: true, name: null, source: null, region: null },
      { date: '2026-10-09', workday: true, name: null, source: null, region: null },
      { date: '2026-10-10', workday: true, name: '国庆节', source: 'chinese-days', region: '' },
    ]);
  });

  it('refuses a date in a year without data with 422 CALENDAR_YEAR_MISSING, never a guess', async () => {
    for (const url of ['/calendar/add?date=2027-03-01&n=1', '/calendar/add?date=2026-12-20&n=20', '/calendar/days?from=2026-12-30&to=2027-01-02']) {
      const res = await get(url);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'CALENDAR_YEAR_MISSING', details: { year: 2027 } });
      expect(res.json().message).toContain('导入');
      expect(res.json().details.hint).toContain('2027');
    }
  });

  it('reports the covered years and the November warning for a missing next year', async () => {
    const body = (await get('/calendar/years')).json();
    expect(body.years.map((y: { year: number }) => y.year)).toEqual(Array.from({ length: 20 }, (_, i) => 2007 + i));
    const expected = missingYearWarning(body.years.map((y: { year: number }) => y.year), chinaToday());
    expect(body.missingNextYearWarning).toBe(expected !== undefined);
    expect(body.warning?.year).toBe(expected?.year);
  });

  it('does not let a window clerk import or edit the calendar', async () => {
    expect((await send('POST', '/calendar/import', year2027, clerk)).statusCode).toBe(403);
    expect((await send('PUT', '/calendar/days/2026-11-02', { kind: 'off', name: 'x' }, clerk)).statusCode).toBe(403);
  });

  it('rejects a holiday-cn file with bad, duplicate or out-of-year dates, in Chinese', async () => {
    const bad = { year: 2027, days: [{ name: 'a', date: '2027-02-30', isOffDay: true }, { name: 'b', date: '2025-05-01', isOffDay: true }, { name: 'c', date: '2027-01-01', isOffDay: true }, { name: 'c', date: '2027-01-01', isOffDay: true }] };
    const res = await send('POST', '/calendar/import', bad);
    expect(res.statusCode).toBe(400);
    const messages = res.json().details.map((d: { message: string }) => d.message).join('\n');
    expect(messages).toContain('不是有效日期');
    expect(messages).toContain('不在 2027 年内');
    expect(messages).toContain('重复');
  });

  it('imports a 2027 holiday-cn file after a preview, makes 2027 computable, and audits it', async () => {
    const preview = (await send('POST', '/calendar/import/preview', year2027)).json();
    expect(preview).toMatchObject({ year: 2027, days: 10, offDays: 9, workDays: 1, changed: [], removed: [] });
    expect(preview.added).toHaveLength(10);
    expect((await get('/calendar/add?date=2027-03-01&n=1')).statusCode).toBe(422); // a preview writes nothing

    const res = await send('POST', '/calendar/import', year2027);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ year: 2027, days: 10 });
    // Thursday 4 Feb + 1: the holiday, then the weekend, then the make-up Sunday.
    expect((await get('/calendar/add?date=2027-02-04&n=1')).json().dueDate).toBe('2027-02-14');
    expect((await get('/calendar/add?date=2026-12-20&n=20')).statusCode).toBe(200);
    const days = (await get('/calendar/days?from=2027-02-13&to=2027-02-14')).json().days;
    expect(days[1]).toEqual({ date: '2027-02-14', workday: true, name: '春节', source: 'holiday-cn import', region: '' });

    const audits = await p.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'calendar.import'));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ objectId: '2027', actorName: '周志强', summary: { year: 2027, days: 10, added: 10 } });
    const again = (await send('POST', '/calendar/import/preview', year2027)).json();
    expect([again.added, again.changed, again.removed]).toEqual([[], [], []]);
  });

  it('applies a county override to the county and its townships, not nationally', async () => {
    const put = await send('PUT', '/calendar/days/2026-11-02', { kind: 'off', name: '县庆', region: '610429' });
    expect(put.statusCode).toBe(200);
    const workday = async (region: string) => (await get(`/calendar/days?from=2026-11-02&to=2026-11-02&region=${region}`)).json().days[0].workday;
    expect(await workday('610429')).toBe(false);
    expect(await workday('610429100')).toBe(false);
    expect(await workday('610429100201')).toBe(false);
    expect(await workday('')).toBe(true);
    expect(await workday('610430')).toBe(true);
    expect((await get('/calendar/add?date=2026-10-30&n=1&region=610429100')).json().dueDate).toBe('2026-11-03');
    expect((await get('/calendar/add?date=2026-10-30&n=1')).json().dueDate).toBe('2026-11-02');

    // A township manager may not change the county's calendar, nor the national one.
    const township = await signIn(p, 'tq-manager');
    expect((await send('PUT', '/calendar/days/2026-11-03', { kind: 'off', name: 'x', region: '610429' }, township)).json().code).toBe('OUT_OF_SCOPE');
    expect((await send('PUT', '/calendar/days/2026-11-03', { kind: 'off', name: 'x' }, township)).statusCode).toBe(403);
    expect((await send('PUT', '/calendar/days/2026-11-03', { kind: 'off', name: '镇庆', region: '610429100' }, township)).statusCode).toBe(200);

    expect((await send('DELETE', '/calendar/days/2026-11-02?region=610429')).statusCode).toBe(204);
    expect(await workday('610429100')).toBe(true);
    const audits = await p.ctx.db.select().from(auditLog).where(sql`${auditLog.action} LIKE 'calendar.day.%'`);
    expect(audits.map((a) => a.action).sort()).toEqual(['calendar.day.delete', 'calendar.day.set', 'calendar.day.set']);
  });

  it('edits a national day but never deletes one', async () => {
    expect((await send('PUT', '/calendar/days/2026-10-08', { kind: 'off', name: '国庆节' })).statusCode).toBe(200);
    expect((await get('/calendar/days?from=2026-10-08&to=2026-10-08')).json().days[0]).toMatchObject({ workday: false, source: 'manual' });
    const del = await send('DELETE', '/calendar/days/2026-10-08');
    expect(del.statusCode).toBe(400);
    expect(del.json().code).toBe('CALENDAR_NATIONAL_DAY_UNDELETABLE');
    expect((await send('PUT', '/calendar/days/2028-01-03', { kind: 'off', name: 'x' })).json().code).toBe('CALENDAR_YEAR_MISSING');
  });

  it('refuses more than 400 days per call and malformed dates with 400', async () => {
    expect((await get('/calendar/days?from=2026-01-01&to=2026-12-31')).json().days).toHaveLength(365);
    const long = await get('/calendar/days?from=2025-01-01&to=2026-12-31');
    expect(long.statusCode).toBe(400);
    expect(long.json()).toMatchObject({ code: 'CALENDAR_RANGE_TOO_LONG', details: { max: 400 } });
    expect(long.json().message).toContain('400 天');
    const bad = await get('/calendar/add?date=2026-02-30&n=1');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].message).toContain('YYYY-MM-DD');
  });

  it('drops its cache when another instance announces a change', async () => {
    expect((await get('/calendar/days?from=2026-12-01&to=2026-12-01')).json().days[0].workday).toBe(true);
    // Another instance's write: the row plus the notification, not through this instance.
    await p.ctx.db.insert(calendarDays).values({ regionCode: '', date: '2026-12-01', kind: 'off', name: '测试', source: 'manual' });
    await p.ctx.db.execute(sql`SELECT pg_notify('calendar_changed', '')`);
    await expect.poll(async () => (await get('/calendar/days?from=2026-12-01&to=2026-12-01')).json().days[0].workday, { timeout: 5000 }).toBe(false);
  });
});
