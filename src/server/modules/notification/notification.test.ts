import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, rows, type DemoIds, type TestPlatform } from '../../../../test/api/helpers.ts';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { createLogger } from '../../platform/logger.ts';
import { dispatchOutbox, enqueueNotification, MAX_ATTEMPTS, setNotificationPreference, smtpSender, type NotificationSender } from './index.ts';
import { inboxOf } from './preference.service.ts';

// Notifications (issue #19) over HTTP and the dispatcher: the manager's templates (save,
// preview, refusals, permission and scope), e-mail delivered to a local SMTP server started
// here, retries ending in failed, and opt-outs respected.

let p: TestPlatform;
let ids: DemoIds;
let county: string;
const cookie: Record<string, string> = {};
const log = createLogger('silent');
const api = (method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, who: string, payload?: unknown) =>
  p.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[who]! }, ...(payload === undefined ? {} : { payload: payload as object }) });
const tpl = (path = '') => `/notification/centers/${county}${path}`;

beforeAll(async () => {
  p = await startTestPlatform();
  ids = await demoIds(p);
  county = ids.center['XY-COUNTY']!;
  for (const u of ['manager', 'tq-manager', 'clerk']) cookie[u] = await signIn(p, u);
}, 120_000);
afterAll(async () => p?.close());

describe('templates in the console', () => {
  it('lists every event with its variables and defaults', async () => {
    const res = await api('GET', tpl('/templates'), 'manager');
    expect(res.statusCode).toBe(200);
    const accepted = res.json().items.find((e: { event: string }) => e.event === 'case.accepted');
    expect(accepted).toMatchObject({ label: '办件受理', group: 'case', groupLabel: '办件进度', channels: ['sms', 'email', 'inbox'], required: [], templates: [] });
    const code = res.json().items.find((e: { event: string }) => e.event === 'citizen.sign-in-code');
    expect(code).toMatchObject({ group: 'security', channels: ['sms'], required: ['code'] });
    expect(accepted.variables.map((v: { name: string }) => v.name)).toContain('promisedDue');
    expect(accepted.defaults.zh.body).toContain('{promisedDue}');
  });

  it('previews a draft with sample values, and refuses an unknown placeholder', async () => {
    const ok = await api('POST', tpl('/template-preview'), 'manager', { event: 'case.accepted', subject: '受理 {caseNo}', body: '{centerName}：{caseNo} 于 {promisedDue} 前办结' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ subject: '受理 GS2026120800012', body: '城关区政务服务中心：GS2026120800012 于 2026-12-20 前办结' });
    const bad = await api('POST', tpl('/template-preview'), 'manager', { event: 'case.accepted', subject: '', body: '{applicantIdCard}' });
    expect([bad.statusCode, bad.json().code]).toEqual([422, 'NOTIFICATION_TEMPLATE_INVALID']);
    // The sign-in code cannot be edited out of its message, nor moved to another channel.
    const noCode = await api('POST', tpl('/template-preview'), 'manager', { event: 'citizen.sign-in-code', subject: '', body: '请登录，{minutes}分钟内有效' });
    expect([noCode.statusCode, noCode.json().code, noCode.json().details?.problem]).toEqual([422, 'NOTIFICATION_TEMPLATE_INVALID', { kind: 'required-variable', name: 'code' }]);
    const byMail = await api('PUT', tpl('/templates/citizen.sign-in-code/email/zh'), 'manager', { subject: '', body: '验证码{code}' });
    expect([byMail.statusCode, byMail.json().code]).toEqual([422, 'NOTIFICATION_CHANNEL_FIXED']);
    const unknown = await api('POST', tpl('/template-preview'), 'manager', { event: 'no.such', subject: '', body: 'x' });
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'NOTIFICATION_EVENT_UNKNOWN']);
  });

  it('saves a wording (audited), refuses a bad one without writing, and keeps others out', async () => {
    const url = tpl('/templates/case.accepted/email/zh');
    const saved = await api('PUT', url, 'manager', { subject: '【县中心】受理通知 {caseNo}', body: '您的{itemName}已受理，{promisedDue}前办结。' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ custom: true, updatedBy: 'manager', channel: 'email', lang: 'zh' });
    const bad = await api('PUT', url, 'manager', { subject: '', body: '{secret}' });
    expect([bad.statusCode, bad.json().code]).toEqual([422, 'NOTIFICATION_TEMPLATE_INVALID']);
    const listed = (await api('GET', tpl('/templates'), 'manager')).json().items.find((e: { event: string }) => e.event === 'case.accepted');
    expect(listed.templates).toHaveLength(1);
    expect(listed.templates[0].body).toBe('您的{itemName}已受理，{promisedDue}前办结。');
    const [audit] = await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'notification.template.save'`);
    expect(audit!.n).toBe(1);

    const outOfScope = await api('PUT', url, 'tq-manager', { subject: '', body: 'x' });
    expect([outOfScope.statusCode, outOfScope.json().code]).toEqual([403, 'OUT_OF_SCOPE']);
    expect((await api('GET', tpl('/templates'), 'clerk')).statusCode).toBe(403);
  });
});

describe('sending', () => {
  let smtp: SMTPServer;
  let smtpPort: number;
  const mails: { to: string; raw: string }[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw: Buffer.concat(chunks).toString('utf8') });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    smtpPort = (smtp.server.address() as { port: number }).port;
  });
  afterAll(async () => new Promise<void>((resolve) => smtp?.close(() => resolve())));

  const send = (vars: Record<string, string>, to: { mobile?: string; email?: string; inbox?: string }, ref: string) =>
    p.ctx.db.transaction((tx) => enqueueNotification(tx, { centerId: county, event: 'case.accepted', vars: vars as never, to, ref }, new Date()));
  const vars = { centerName: '旬邑县政务服务中心', caseNo: 'XY2026000001', itemName: '食品经营许可', promisedDue: '2026-12-30' };

  it('renders the saved wording per channel, delivers the e-mail over SMTP and the inbox on write', async () => {
    const channels = await send(vars, { mobile: '13900000101', email: 'Zhang.San@example.com', inbox: 'citizen:acc-1' }, 'case:smtp-1');
    expect(channels).toEqual(['sms', 'email', 'inbox']);
    const sms: string[] = [];
    const smsSender: NotificationSender = { name: 'test-sms', send: async (m) => void sms.push(m.text) };
    const email = smtpSender({ host: '127.0.0.1', port: smtpPort, from: 'OneWindow <noreply@onewindow.test>' });
    const result = await dispatchOutbox(p.ctx.db, { sms: smsSender, email }, log);
    expect(result).toMatchObject({ sent: 2, failed: 0 });
    // SMS keeps the default wording (the center changed only the e-mail's).
    expect(sms).toEqual(['【旬邑县政务服务中心】您申请的“食品经营许可”（办件编号 XY2026000001）已受理，承诺 2026-12-30 前办结。']);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe('Zhang.San@example.com');
    const decoded = decodeMail(mails[0]!.raw);
    expect(decoded).toMatch(/^Subject: 【县中心】受理通知 XY2026000001$/m);
    expect(decoded).toContain('您的食品经营许可已受理，2026-12-30前办结。');
    const inbox = await inboxOf(p.ctx.db, 'citizen:acc-1');
    expect(inbox.map((m) => m.body)).toEqual(['【旬邑县政务服务中心】您申请的“食品经营许可”（办件编号 XY2026000001）已受理，承诺 2026-12-30 前办结。']);

    const outbox = (await api('GET', tpl('/outbox'), 'manager')).json();
    const mine = outbox.items.filter((m: { event: string | null; state: string }) => m.event === 'case.accepted');
    expect(mine.map((m: { channel: string; state: string; to: string }) => [m.channel, m.state, m.to]).sort()).toEqual([
      ['email', 'sent', 'Z***@example.com'],
      ['inbox', 'sent', 'citizen:acc-1'],
      ['sms', 'sent', '139****0101'],
    ]);
    // The hall's older SMS outbox view still answers with e-mail and inbox rows in it.
    expect((await api('GET', `/queue/centers/${county}/notifications`, 'manager')).statusCode).toBe(200);
  });

  it('retries a refused e-mail with backoff, then marks it failed after the last attempt', async () => {
    await send(vars, { email: 'nobody@example.com' }, 'case:retry-1');
    const refusing: NotificationSender = { name: 'down', send: async () => Promise.reject(new Error('550 mailbox unavailable')) };
    const t0 = Date.now();
    const results = [];
    for (let i = 0; i < MAX_ATTEMPTS; i++) results.push(await dispatchOutbox(p.ctx.db, { sms: refusing, email: refusing }, log, new Date(t0 + i * 3_600_000)));
    expect(results.map((r) => [r.retried, r.failed])).toEqual([[1, 0], [1, 0], [1, 0], [1, 0], [0, 1]]);
    const [row] = await rows<{ state: string; attempts: number; last_error: string }>(p, sql`SELECT state, attempts, last_error FROM notification_outbox WHERE ref = 'case:retry-1'`);
    expect(row).toEqual({ state: 'failed', attempts: MAX_ATTEMPTS, last_error: '550 mailbox unavailable' });
  });

  it('lists the outbox by status, channel and event, and sends a given-up message again (audited)', async () => {
    const given = (await api('GET', tpl('/outbox?status=given_up&channel=email&event=case.accepted'), 'manager')).json();
    const row = given.items.find((m: { to: string }) => m.to === 'n***@example.com');
    expect(row).toMatchObject({ status: 'given_up', state: 'failed', retryable: true, attempts: MAX_ATTEMPTS, lastError: '550 mailbox unavailable', nextAttemptAt: null });
    expect(given.items.every((m: { status: string; channel: string }) => m.status === 'given_up' && m.channel === 'email')).toBe(true);
    const sent = (await api('GET', tpl('/outbox?status=sent'), 'manager')).json();
    expect(sent.items.length).toBeGreaterThan(0);
    expect(sent.items.every((m: { status: string; retryable: boolean }) => m.status === 'sent' && !m.retryable)).toBe(true);
    expect((await api('GET', tpl('/outbox?status=lost'), 'manager')).statusCode).toBe(400);

    const again = await api('POST', tpl(`/outbox/${row.id}/retry`), 'manager');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ status: 'queued', state: 'pending', attempts: 0, lastError: '550 mailbox unavailable' });
    const ok: NotificationSender = { name: 'up', send: async () => undefined };
    await dispatchOutbox(p.ctx.db, { sms: ok, email: ok }, log);
    const [after] = await rows<{ state: string; attempts: number }>(p, sql`SELECT state, attempts FROM notification_outbox WHERE id = ${row.id}`);
    expect(after).toEqual({ state: 'sent', attempts: 1 });
    const [audit] = await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'notification.outbox.retry' AND object_id = ${row.id}`);
    expect(audit!.n).toBe(1);

    const twice = await api('POST', tpl(`/outbox/${row.id}/retry`), 'manager');
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'NOTIFICATION_NOT_RETRYABLE']);
    const none = await api('POST', tpl('/outbox/no-such-id/retry'), 'manager');
    expect([none.statusCode, none.json().code]).toEqual([404, 'NOTIFICATION_MESSAGE_NOT_FOUND']);
    const other = await api('POST', `/notification/centers/${ids.center['XY-TUQIAO'] ?? 'x'}/outbox/${row.id}/retry`, 'tq-manager');
    expect(other.statusCode).toBe(404);
    expect((await api('POST', tpl(`/outbox/${row.id}/retry`), 'tq-manager')).statusCode).toBe(403);
  });

  it('respects a group opt-out, and never applies one to a sign-in code', async () => {
    await setNotificationPreference(p.ctx.db, { ip: '127.0.0.1' }, { recipientKey: 'mobile:13900000606', channel: 'sms', event: 'group:case', optedOut: true });
    expect(await send(vars, { mobile: '13900000606' }, 'case:group-1')).toEqual([]);
    await setNotificationPreference(p.ctx.db, { ip: '127.0.0.1' }, { recipientKey: 'mobile:13900000606', channel: 'sms', event: '*', optedOut: true });
    const code = await p.ctx.db.transaction((tx) =>
      enqueueNotification(tx, { centerId: county, event: 'citizen.sign-in-code', vars: { code: '111111', minutes: '5' }, to: { mobile: '13900000606', inbox: 'citizen:x' }, ref: 'login:2' }, new Date()),
    );
    expect(code).toEqual(['sms']);
  });

  it('respects opt-outs: per event on one channel, and everything for an account', async () => {
    await setNotificationPreference(p.ctx.db, { ip: '127.0.0.1' }, { recipientKey: 'mobile:13900000202', channel: 'sms', event: 'case.accepted', optedOut: true });
    expect(await send(vars, { mobile: '13900000202', email: 'li@example.com' }, 'case:opt-1')).toEqual(['email']);
    await setNotificationPreference(p.ctx.db, { ip: '127.0.0.1' }, { recipientKey: 'citizen:acc-2', channel: 'email', event: '*', optedOut: true });
    expect(await send(vars, { mobile: '13900000303', email: 'wang@example.com', inbox: 'citizen:acc-2' }, 'case:opt-2')).toEqual(['sms', 'inbox']);
    // Opting back in restores the channel.
    await setNotificationPreference(p.ctx.db, { ip: '127.0.0.1' }, { recipientKey: 'mobile:13900000202', channel: 'sms', event: 'case.accepted', optedOut: false });
    expect(await send(vars, { mobile: '13900000202' }, 'case:opt-3')).toEqual(['sms']);
  });

  it('hides the digits of a sign-in code on the outbox screen', async () => {
    await p.ctx.db.transaction((tx) =>
      enqueueNotification(tx, { centerId: county, event: 'citizen.sign-in-code', vars: { code: '604211', minutes: '5' }, to: { mobile: '13900000404' }, ref: 'login:1' }, new Date()),
    );
    const outbox = (await api('GET', tpl('/outbox'), 'manager')).json();
    const code = outbox.items.find((m: { event: string | null }) => m.event === 'citizen.sign-in-code');
    expect(code.text).toBe('【一窗通办】您的登录验证码为******，*分钟内有效，请勿告诉他人。');
  });
});

/** Subject and body of a single-part MIME message, decoded (RFC 2047 encoded words, base64 or quoted-printable body). */
function decodeMail(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw
    .slice(0, split)
    .replace(/\r?\n[ \t]/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : qp(text.replace(/_/g, ' ')),
    );
  const body = raw.slice(split).trim();
  const text = /Content-Transfer-Encoding: base64/i.test(head) ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : qp(body);
  return `${head}\n\n${text}`;
}

function qp(s: string): string {
  return Buffer.from(s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
}

describe('a test message from the console', () => {
  it('sends the event with sample values in the saved wording, and refuses without an address', async () => {
    await api('PUT', tpl('/templates/ticket.called/sms/zh'), 'manager', { subject: '', body: '测试：{ticketNo} 请到 {windowName}' });
    const sent = await api('POST', tpl('/test-notifications'), 'manager', { event: 'ticket.called', mobile: '13900000505' });
    expect([sent.statusCode, sent.json()]).toEqual([200, { channels: ['sms'] }]);
    const [row] = await rows<{ text: string }>(p, sql`SELECT text FROM notification_outbox WHERE "to" = '13900000505'`);
    expect(row!.text).toBe('测试：A012 请到 3号窗口');
    const none = await api('POST', tpl('/test-notifications'), 'manager', { event: 'ticket.called' });
    expect([none.statusCode, none.json().code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
