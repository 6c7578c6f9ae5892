import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../../../test/harness.ts';
import { hallTime } from '../../../../domain/queue/index.ts';
import { mapWindow, openHall, rows, type Hall } from '../queue.fixture.ts';

// The public side (kiosk, phone, display) and the console: issuing rules with Chinese
// refusals, positions, the board, closing the day and the statistics.

/** Opening hours that exclude the current Beijing minute, whenever the suite runs. */
function closedNow(): string {
  const m = hallTime(new Date()).minuteOfDay;
  return m < 120 || m >= 23 * 60 ? '12:00-13:00' : '00:00-01:00';
}

describe('hall queue: kiosk, display and console', () => {
  let h: Hall;
  beforeAll(async () => {
    h = await openHall();
  });
  afterAll(async () => h?.p.close());

  it('seeds the demo categories of the county, mapped to windows and catalog items', async () => {
    const list = (await h.get(`/hall/${h.county}/categories`)).json().items;
    expect(list.map((c: { prefix: string }) => c.prefix)).toEqual(['V', 'A', 'B', 'C', 'D', 'E', 'F']);
    expect(list[1]).toMatchObject({ name: '综合业务', openNow: true, waiting: 0, remainingToday: 300 });
    const mapping = (await h.get(`/queue/centers/${h.county}/window-categories`, h.cookie.manager)).json().items;
    expect(mapping.filter((m: { windowId: string }) => m.windowId === h.win('3'))).toHaveLength(4);
    const [withItems] = await rows<{ n: number }>(h.p, sql`SELECT count(*)::int AS n FROM ticket_category WHERE cardinality(item_ids) > 0`);
    expect(withItems!.n).toBeGreaterThan(0);
  });

  it('refuses tickets outside opening hours, over the quota and past the number range, in Chinese', async () => {
    const closed = await h.category('H', { openingHours: closedNow() });
    const res = await h.post(`/hall/${h.county}/tickets`, { categoryId: closed });
    expect([res.statusCode, res.json().code]).toEqual([409, 'QUEUE_CATEGORY_CLOSED']);
    expect(res.json().message).toContain('取号时间');

    const small = await h.category('Q', { rangeStart: 1, rangeEnd: 99, dailyQuota: 2 });
    expect((await h.issue(small)).number).toBe('Q001');
    expect((await h.issue(small)).number).toBe('Q002');
    const full = await h.post(`/hall/${h.county}/tickets`, { categoryId: small });
    expect([full.statusCode, full.json().code]).toEqual([409, 'QUEUE_QUOTA_REACHED']);
    expect(full.json().message).toContain('号源已取完');

    // The manager moves the range below the numbers already issued today: numbers never repeat, so the range is used up.
    const high = await h.category('R', { rangeStart: 500, rangeEnd: 999, dailyQuota: 10 });
    expect((await h.issue(high)).number).toBe('R500');
    expect((await h.post(`/queue/categories/${high}`, { rangeStart: 1, rangeEnd: 400 }, h.cookie.manager, 'PATCH')).statusCode).toBe(200);
    const spent = await h.post(`/hall/${h.county}/tickets`, { categoryId: high });
    expect([spent.statusCode, spent.json().code]).toEqual([409, 'QUEUE_RANGE_EXHAUSTED']);

    const inactive = await h.category('I');
    await h.post(`/queue/categories/${inactive}`, { active: false }, h.cookie.manager, 'PATCH');
    expect((await h.post(`/hall/${h.county}/tickets`, { categoryId: inactive })).json().code).toBe('QUEUE_CATEGORY_UNAVAILABLE');
    const badPhone = await h.post(`/hall/${h.county}/tickets`, { categoryId: small, phone: '12345' });
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.json().details[0].message).toBe('手机号码格式不正确');
  });

  it('validates categories in the console and keeps prefixes unique per hall', async () => {
    const bad = await h.post(
      '/queue/categories',
      { centerId: h.county, prefix: 'K', name: '测试', rangeStart: 1, rangeEnd: 50, dailyQuota: 100 },
      h.cookie.manager,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].message).toContain('每日限额不能超过号段容量');
    const prefix = await h.post('/queue/categories', { centerId: h.county, prefix: 'a1', name: '测试' }, h.cookie.manager);
    expect(prefix.json().details[0].message).toContain('一个大写英文字母');
    expect((await h.post('/queue/categories', { centerId: h.county, prefix: 'A', name: '重复' }, h.cookie.manager)).json().code).toBe(
      'DUPLICATE',
    );
    expect((await h.post('/queue/categories', { centerId: h.county, prefix: 'K', name: '测试' }, h.cookie.clerk)).statusCode).toBe(403);
    // 土桥镇's manager cannot touch the county's categories.
    const tq = await h.post('/queue/categories', { centerId: h.county, prefix: 'K', name: '测试' }, await signIn(h.p, 'tq-manager'));
    expect(tq.json().code).toBe('OUT_OF_SCOPE');
  });

  it('shows the phone its position, then the board shows the call with its voice text', async () => {
    const P = await h.category('P');
    await mapWindow(h, '1', [P]);
    const first = await h.issue(P);
    const second = await h.issue(P, { source: 'remote', phone: '13912345678' });
    expect((await h.get(`/hall/${h.county}/tickets/${second.id}`)).json()).toMatchObject({
      number: 'P002',
      state: 'waiting',
      ahead: 1,
      windowNumber: null,
    });
    expect((await h.get(`/hall/${h.township}/tickets/${second.id}`)).statusCode).toBe(404);

    await h.post(`/queue/windows/${h.win('1')}/call-next`, undefined, h.cookie.clerk);
    expect((await h.get(`/hall/${h.county}/tickets/${first.id}`)).json()).toMatchObject({ state: 'called', windowNumber: '1', ahead: 0 });
    expect((await h.get(`/hall/${h.county}/tickets/${second.id}`)).json().ahead).toBe(0);
    const board = (await h.get(`/hall/${h.county}/board`)).json();
    expect(board.centerName).toBe('旬邑县政务服务中心');
    expect(board.current).toEqual([
      expect.objectContaining({
        number: 'P001',
        windowNumber: '1',
        state: 'called',
        voiceText: '请P001号到1号窗口办理',
        ledText: '请P001到1号窗口',
      }),
    ]);
    expect(board.recent[0]).toMatchObject({ number: 'P001', windowNumber: '1', action: 'call' });
    expect(board.waiting.find((c: { prefix: string }) => c.prefix === 'P')).toMatchObject({ waiting: 1 });
    expect(JSON.stringify(board)).not.toContain('13912345678');

    expect((await h.post(`/hall/${h.county}/tickets/${second.id}/cancel`)).json()).toMatchObject({ state: 'cancelled' });
    expect((await h.post(`/hall/${h.county}/tickets/${second.id}/cancel`)).json().code).toBe('QUEUE_TRANSITION');
    await h.post(`/queue/windows/${h.win('1')}/finish`, undefined, h.cookie.clerk);
  });

  it('uses the hall settings for the voice template and the recall interval', async () => {
    const settings = {
      voiceTemplate: '{票号}号，请到{窗口}号窗口',
      ledTemplate: '{票号}→{窗口}号窗',
      recallIntervalSeconds: 0,
      noShowAfterCalls: 1,
      waitSample: 10,
    };
    expect((await h.post(`/queue/centers/${h.county}/settings`, settings, h.cookie.manager, 'PUT')).statusCode).toBe(200);
    const S = await h.category('S');
    await mapWindow(h, '1', [S]);
    await h.issue(S);
    const call = (await h.post(`/queue/windows/${h.win('1')}/call-next`, undefined, h.cookie.clerk)).json();
    expect(call.call).toMatchObject({ voiceText: 'S001号，请到1号窗口', ledText: 'S001→1号窗' });
    expect((await h.post(`/queue/windows/${h.win('1')}/recall`, undefined, h.cookie.clerk)).statusCode).toBe(200);
    expect((await h.post(`/queue/windows/${h.win('1')}/no-show`, undefined, h.cookie.clerk)).json().ticket.state).toBe('no_show');
    const bad = await h.post(`/queue/centers/${h.county}/settings`, { ...settings, voiceTemplate: '请到窗口' }, h.cookie.manager, 'PUT');
    expect(bad.json().details[0].message).toContain('{票号}');
  });

  it('closes the day with a reason and reports waiting and service times per category, window and clerk', async () => {
    const Z = await h.category('Z');
    await mapWindow(h, '1', [Z]);
    await h.issue(Z);
    await h.issue(Z);
    const open = await h.issue(Z);
    await h.post(`/queue/windows/${h.win('1')}/call-next`, undefined, h.cookie.clerk);
    await h.post(`/queue/windows/${h.win('1')}/start`, undefined, h.cookie.clerk);
    await h.post(`/queue/windows/${h.win('1')}/finish`, undefined, h.cookie.clerk);
    await h.post(`/queue/windows/${h.win('1')}/call-next`, undefined, h.cookie.clerk);

    const closed = await h.post(`/queue/centers/${h.county}/close-day`, { reason: '下班时间到，未办理的请明日再来' }, h.cookie.duty);
    expect(closed.json()).toMatchObject({ closed: expect.any(Number), byState: { waiting: expect.any(Number), called: 1 } });
    expect((await h.get(`/hall/${h.county}/tickets/${open.id}`)).json().state).toBe('closed');
    expect((await h.post(`/queue/centers/${h.county}/close-day`, { reason: '再次' }, h.cookie.duty)).json().closed).toBe(0);

    const stats = (await h.get(`/queue/centers/${h.county}/stats`, h.cookie.manager)).json();
    expect(stats.categories.find((c: { prefix: string }) => c.prefix === 'Z')).toMatchObject({
      tickets: 3,
      done: 1,
      closed: 2,
      noShow: 0,
      medianServiceSeconds: expect.any(Number),
      medianWaitSeconds: expect.any(Number),
    });
    expect(stats.windows.find((x: { windowNumber: string }) => x.windowNumber === '1').done).toBeGreaterThanOrEqual(1);
    expect(stats.staff.find((x: { name: string }) => x.name === '王晓燕').done).toBeGreaterThanOrEqual(1);
    expect((await h.get(`/queue/centers/${h.county}/stats`, h.cookie.clerk)).statusCode).toBe(403);
    const audit = await rows<{ action: string }>(h.p, sql`SELECT action FROM audit_log WHERE action = 'queue.day.close'`);
    expect(audit).toHaveLength(2);
  });
});
