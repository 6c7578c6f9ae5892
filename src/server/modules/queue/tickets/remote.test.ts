import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hallTime } from '../../../../domain/queue/index.ts';
import { closeStaleDays, AUTO_CLOSE_REASON } from '../day/day-sweep.service.ts';
import { mapWindow, openHall, putSettings, rows, type Hall } from '../queue.fixture.ts';

// Hall settings that reach the public side: the notice line, the remote-ticket switch with its
// one-waiting-ticket-per-phone rule, the per-address rate limit, and the automatic end of day.

describe('hall settings on the public side', () => {
  let h: Hall;
  let cat: string;
  const settings = (extra: object) => putSettings(h, extra);
  beforeAll(async () => {
    h = await openHall({ HALL_TICKET_RATE_LIMIT: '25' });
    cat = await h.category('R');
  });
  afterAll(async () => h?.p.close());

  it('answers the notice line and the remote switch with the categories', async () => {
    expect((await h.get(`/hall/${h.county}/categories`)).json()).toMatchObject({ remoteTickets: true, notice: '' });
    expect((await settings({ noticeText: '  午间 12:00-13:30 不停办  ' })).statusCode).toBe(200);
    const info = (await h.get(`/hall/${h.county}/categories`)).json();
    expect(info.notice).toBe('午间 12:00-13:30 不停办');
    // A console that leaves the new fields out keeps them.
    expect((await settings({})).json().noticeText).toBe('午间 12:00-13:30 不停办');
  });

  it('issues one waiting remote ticket per phone, needs the phone, and obeys the switch', async () => {
    const noPhone = await h.post(`/hall/${h.county}/tickets`, { categoryId: cat, source: 'remote' });
    expect([noPhone.statusCode, noPhone.json().code]).toEqual([400, 'QUEUE_REMOTE_PHONE_REQUIRED']);
    const first = await h.issue(cat, { source: 'remote', phone: '13800138000' });
    const again = await h.post(`/hall/${h.county}/tickets`, { categoryId: cat, source: 'remote', phone: '13800138000' });
    expect([again.statusCode, again.json().code]).toEqual([409, 'QUEUE_REMOTE_DUPLICATE']);
    expect(again.json().message).toContain('重复取号');
    // The same phone typed as people type it is the same phone.
    for (const typed of ['138 0013 8000', '+86 138-0013-8000', '0086 13800138000', '１３８００１３８０００']) {
      const same = await h.post(`/hall/${h.county}/tickets`, { categoryId: cat, source: 'remote', phone: typed });
      expect([typed, same.statusCode, same.json().code]).toEqual([typed, 409, 'QUEUE_REMOTE_DUPLICATE']);
    }
    // The kiosk is not limited by the phone rule, and a cancelled remote ticket frees the phone.
    await h.issue(cat, { phone: '13800138000' });
    await h.post(`/hall/${h.county}/tickets/${first.id}/cancel`);
    await h.issue(cat, { source: 'remote', phone: '13800138000' });

    expect((await settings({ remoteTickets: false })).statusCode).toBe(200);
    expect((await h.get(`/hall/${h.county}/categories`)).json().remoteTickets).toBe(false);
    const off = await h.post(`/hall/${h.county}/tickets`, { categoryId: cat, source: 'remote', phone: '13900139000' });
    expect([off.statusCode, off.json().code]).toEqual([409, 'QUEUE_REMOTE_DISABLED']);
    await h.issue(cat); // the kiosk still works
    await settings({ remoteTickets: true });
  });

  it("gives the workbench the hall's recall interval and no-show rule", async () => {
    await settings({ recallIntervalSeconds: 40, noShowAfterCalls: 2 });
    const view = (await h.get(`/queue/windows/${h.win('1')}`, h.cookie.clerk)).json();
    expect(view.rules).toEqual({ recallIntervalSeconds: 40, noShowAfterCalls: 2 });
    await settings({});
  });

  it('offers only the green-channel classes the hall chose, and prints its own ticket footer', async () => {
    expect((await h.get(`/hall/${h.county}/categories`)).json()).toMatchObject({
      greenChannels: ['elderly', 'disabled', 'military', 'pregnant'],
      ticketFooter: '',
    });
    await settings({ greenChannels: ['elderly', 'disabled'], ticketFooter: '请在等候区就座' });
    expect((await h.get(`/hall/${h.county}/categories`)).json()).toMatchObject({
      greenChannels: ['elderly', 'disabled'],
      ticketFooter: '请在等候区就座',
    });
    const refused = await h.post(`/hall/${h.county}/tickets`, { categoryId: cat, priority: 'military' });
    expect([refused.statusCode, refused.json().code]).toEqual([400, 'QUEUE_PRIORITY_UNAVAILABLE']);
    expect((await h.issue(cat, { priority: 'elderly' })).priority).toBe('elderly');
    const bad = await settings({ greenChannels: ['appointment'] });
    expect(bad.statusCode).toBe(400);
  });

  it('texts the first call to a visitor who left a mobile number, in the words the display speaks', async () => {
    const s = await h.category('S');
    await mapWindow(h, '2', [s]);
    const first = await h.issue(s, { phone: '13700001111' });
    const second = await h.issue(s, { phone: '13700002222' });
    const win2 = h.win('2');
    expect((await h.post(`/queue/windows/${win2}/call-next`, undefined, h.cookie.duty)).json().ticket.number).toBe(first.number);
    await h.post(`/queue/windows/${win2}/finish`, undefined, h.cookie.duty);
    expect((await h.post(`/queue/windows/${win2}/call`, { ticketId: second.id }, h.cookie.duty)).statusCode).toBe(200);
    const sms = (await h.get(`/queue/centers/${h.county}/notifications`, h.cookie.manager)).json().items;
    const texts = sms.map((m: { to: string; text: string }) => [m.to, m.text]);
    expect(texts).toEqual(
      expect.arrayContaining([
        // Signed with the center's name in 【】, as the booking SMS is.
        ['137****1111', `【旬邑县政务服务中心】请${first.number}号到2号窗口办理`],
        ['137****2222', `【旬邑县政务服务中心】请${second.number}号到2号窗口办理`],
      ]),
    );
    expect(sms).toHaveLength(2);
  });

  it('limits tickets per address and minute with a Chinese 429', async () => {
    const answers: number[] = [];
    for (let i = 0; i < 30; i++) answers.push((await h.post(`/hall/${h.county}/tickets`, { categoryId: cat })).statusCode);
    const limited = await h.post(`/hall/${h.county}/tickets`, { categoryId: cat });
    expect(answers).toContain(429);
    expect([limited.statusCode, limited.json().code]).toEqual([429, 'RATE_LIMITED']);
    expect(limited.json().message).toContain('频繁');
  });

  it('closes tickets of earlier days automatically, unless the hall keeps them', async () => {
    const { serviceDate } = hallTime(new Date());
    const [open] = await rows<{ n: number }>(
      h.p,
      sql`SELECT count(*)::int AS n FROM ticket WHERE state = 'waiting' AND center_id = ${h.county}`,
    );
    expect(open!.n).toBeGreaterThan(0);
    // Nothing is stale yet: today's tickets stay.
    expect(await closeStaleDays(h.p.ctx.db)).toEqual([]);

    await settings({ endOfDay: 'keep' });
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect(await closeStaleDays(h.p.ctx.db, tomorrow)).toEqual([]);

    await settings({ endOfDay: 'close' });
    const closed = await closeStaleDays(h.p.ctx.db, tomorrow);
    expect(closed).toEqual([{ centerId: h.county, closed: expect.any(Number) }]);
    const after = await rows<{ state: string; close_reason: string | null }>(
      h.p,
      sql`SELECT DISTINCT state, close_reason FROM ticket WHERE center_id = ${h.county} AND service_date = ${serviceDate}::date AND state NOT IN ('cancelled', 'done')`,
    );
    expect(after).toEqual([{ state: 'closed', close_reason: AUTO_CLOSE_REASON }]);
    const audit = await rows<{ actor_role: string }>(h.p, sql`SELECT actor_role FROM audit_log WHERE action = 'queue.day.auto-close'`);
    expect(audit).toEqual([{ actor_role: 'system' }]);
    expect(await closeStaleDays(h.p.ctx.db, tomorrow)).toEqual([]);
  });
});
