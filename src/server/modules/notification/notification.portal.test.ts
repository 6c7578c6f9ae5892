import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, rows, signInCitizen, type TestPlatform } from '../../../../test/api/helpers.ts';
import { startTestPlatform } from '../../../../test/harness.ts';
import { enqueueNotification } from './index.ts';

// The citizen's own messages and 通知设置 (issue #19, decision 0046): a message to the mobile
// of a signed-in account reaches its inbox; the account chooses channels per group (the
// sign-in code is no choice); only the owner reads or marks a message (id guessing → 404).

let p: TestPlatform;
let county: string;
const A = '13920000001';
const B = '13920000002';
const cookie: Record<string, string> = {};
const call = (method: 'GET' | 'PUT' | 'POST', url: string, who: string | null, payload?: unknown) =>
  p.app.inject({ method, url: `/api/v1${url}`, headers: who ? { cookie: cookie[who]! } : {}, ...(payload === undefined ? {} : { payload: payload as object }) });
const vars = { centerName: '旬邑县政务服务中心', caseNo: 'XY2026000101', itemName: '食品经营许可', promisedDue: '2026-12-30' };
const accepted = (mobile: string, ref: string) =>
  p.ctx.db.transaction((tx) => enqueueNotification(tx, { centerId: county, event: 'case.accepted', vars, to: { mobile }, ref }, new Date()));

beforeAll(async () => {
  p = await startTestPlatform();
  county = (await demoIds(p)).center['XY-COUNTY']!;
  cookie.a = await signInCitizen(p, A, '10.1.0.1');
  cookie.b = await signInCitizen(p, B, '10.1.0.2');
}, 120_000);
afterAll(async () => p?.close());

describe('the citizen inbox', () => {
  let first: string;

  it('receives a message sent to the mobile of the signed-in account, and counts it unread', async () => {
    expect(await accepted(A, 'case:portal-1')).toEqual(['sms', 'inbox']);
    const res = await call('GET', '/portal/me/inbox', 'a');
    expect(res.statusCode).toBe(200);
    const inbox = res.json();
    expect(inbox.unread).toBe(1);
    expect(inbox.items).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({ event: 'case.accepted', subject: '办件已受理：XY2026000101', readAt: null });
    expect(inbox.items[0].body).toBe('【旬邑县政务服务中心】您申请的“食品经营许可”（办件编号 XY2026000101）已受理，承诺 2026-12-30 前办结。');
    first = inbox.items[0].id;
    // The sign-in code never lands in the inbox.
    expect(inbox.items.some((m: { event: string }) => m.event === 'citizen.sign-in-code')).toBe(false);
  });

  it('keeps another citizen out: their inbox is empty and guessing the id answers 404', async () => {
    const other = (await call('GET', '/portal/me/inbox', 'b')).json();
    expect(other).toEqual({ items: [], unread: 0 });
    const guess = await call('POST', `/portal/me/inbox/${first}/read`, 'b');
    expect([guess.statusCode, guess.json().code]).toEqual([404, 'NOTIFICATION_MESSAGE_NOT_FOUND']);
    const [row] = await rows<{ read_at: Date | null }>(p, sql`SELECT read_at FROM notification_inbox WHERE id = ${first}`);
    expect(row!.read_at).toBeNull();
    expect((await call('GET', '/portal/me/inbox', null)).statusCode).toBe(401);
    expect((await call('POST', `/portal/me/inbox/${first}/read`, null)).statusCode).toBe(401);
  });

  it('marks one read, then all', async () => {
    expect((await call('POST', `/portal/me/inbox/${first}/read`, 'a')).json()).toEqual({ unread: 0 });
    await accepted(A, 'case:portal-2');
    await accepted(A, 'case:portal-3');
    expect((await call('GET', '/portal/me/inbox', 'a')).json().unread).toBe(2);
    expect((await call('POST', '/portal/me/inbox/read-all', 'a')).json()).toEqual({ unread: 0 });
    expect((await call('GET', '/portal/me/inbox', 'b')).json().unread).toBe(0);
  });
});

describe('the citizen’s notification preferences', () => {
  it('answers the groups with their channels: the sign-in code fixed to SMS, e-mail unavailable without an address', async () => {
    const res = await call('GET', '/portal/me/notification-preferences', 'a');
    expect(res.statusCode).toBe(200);
    const prefs = res.json();
    expect(prefs).toMatchObject({ mobile: '139****0001', email: null, lang: 'zh' });
    const security = prefs.groups.find((g: { group: string }) => g.group === 'security');
    expect(security).toMatchObject({ choosable: false, channels: [{ channel: 'sms', available: true, enabled: true }] });
    const cases = prefs.groups.find((g: { group: string }) => g.group === 'case');
    expect(cases.choosable).toBe(true);
    expect(cases.channels).toEqual([
      { channel: 'sms', available: true, enabled: true },
      { channel: 'email', available: false, enabled: false },
      { channel: 'inbox', available: true, enabled: true },
    ]);
    expect(cases.events.map((e: { event: string }) => e.event)).toContain('case.accepted');
  });

  it('saves an address, a language and the channels of a group; the next message follows them', async () => {
    const saved = await call('PUT', '/portal/me/notification-preferences', 'a', {
      email: 'li.a@example.com',
      lang: 'en',
      groups: [{ group: 'case', channels: { sms: false, email: true, inbox: true } }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const cases = saved.json().groups.find((g: { group: string }) => g.group === 'case');
    expect(cases.channels.map((c: { channel: string; enabled: boolean }) => [c.channel, c.enabled])).toEqual([
      ['sms', false],
      ['email', true],
      ['inbox', true],
    ]);
    expect(await accepted(A, 'case:portal-4')).toEqual(['email', 'inbox']);
    const [mail] = await rows<{ to: string; subject: string }>(p, sql`SELECT "to", subject FROM notification_outbox WHERE ref = 'case:portal-4' AND channel = 'email'`);
    expect(mail).toEqual({ to: 'li.a@example.com', subject: 'Case accepted: XY2026000101' });
    // Another group keeps its SMS; B's preferences are B's own.
    const called = await p.ctx.db.transaction((tx) =>
      enqueueNotification(tx, { centerId: county, event: 'ticket.called', vars: { centerName: '旬邑', ticketNo: 'A001', windowName: '1号窗口', callText: '请A001号到1号窗口办理' }, to: { mobile: A }, ref: 'ticket:portal' }, new Date()),
    );
    expect(called).toEqual(['sms', 'email', 'inbox']);
    expect(await accepted(B, 'case:portal-5')).toEqual(['sms', 'inbox']);
    const [audit] = await rows<{ summary: string }>(p, sql`SELECT summary::text AS summary FROM audit_log WHERE action = 'notification.preference.set' ORDER BY at DESC LIMIT 1`);
    expect(audit!.summary).not.toContain('li.a@example.com');
  });

  it('refuses to turn off the sign-in code’s SMS, or a channel a group does not have, writing nothing', async () => {
    const fixed = await call('PUT', '/portal/me/notification-preferences', 'a', { email: null, lang: 'zh', groups: [{ group: 'security', channels: { sms: false } }] });
    expect([fixed.statusCode, fixed.json().code]).toEqual([422, 'NOTIFICATION_CHANNEL_FIXED']);
    const noMail = await call('PUT', '/portal/me/notification-preferences', 'a', { email: null, lang: 'zh', groups: [{ group: 'security', channels: { email: true } }] });
    expect(noMail.statusCode).toBe(422);
    expect((await call('GET', '/portal/me/notification-preferences', 'a')).json()).toMatchObject({ email: 'li.a@example.com', lang: 'en' });
    const bad = await call('PUT', '/portal/me/notification-preferences', 'a', { email: 'not-an-address', lang: 'zh', groups: [] });
    expect(bad.statusCode).toBe(400);
    expect((await call('PUT', '/portal/me/notification-preferences', null, { email: null, lang: 'zh', groups: [] })).statusCode).toBe(401);
  });
});
