import { sql } from 'drizzle-orm';
import type * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieOf, DEMO_PASSWORD, signIn, startTestPlatform } from '../harness.ts';
import { demoIds, enrolTotp, freshCode, rows, signInWithTotp, totpOf, type DemoIds, type TestPlatform } from './helpers.ts';

// Sign-in, lockout, idle timeout, first-password change, administrators' TOTP, deactivation,
// and the audit and masking of personal data (FACTS §I).

const WRONG = 'Wrong@2026pass';

describe('authentication and account protection', () => {
  let p: TestPlatform;
  let ids: DemoIds;
  const post = (url: string, payload: object, cookie?: string) =>
    p.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
  const get = (url: string, cookie: string) => p.app.inject({ url, headers: { cookie } });
  const signInAs = (username: string, password = DEMO_PASSWORD) => post('/api/v1/auth/sign-in', { username, password });
  const signInAudit = (username: string) =>
    rows<{ result: string; reason: string | null }>(
      p,
      sql`SELECT result, summary->>'reason' AS reason FROM audit_log WHERE action = 'auth.sign-in' AND summary->>'username' = ${username} ORDER BY seq`,
    );
  const sessionsOf = (username: string) =>
    rows<{ expires_at: Date }>(p, sql`SELECT expires_at FROM auth_session WHERE user_id = ${ids.staffUser[username]!}`);

  let sysTotp: OTPAuth.TOTP | undefined;
  const sysadmin = async () => signInWithTotp(p, 'sysadmin', (sysTotp ??= await enrolTotp(p, 'sysadmin')));

  beforeAll(async () => {
    p = await startTestPlatform();
    ids = await demoIds(p);
  });
  afterAll(async () => p?.close());

  it('locks an account after 5 wrong passwords, refuses even the right one, and lets it in once the lock has passed', async () => {
    const limit = p.ctx.config.LOCKOUT_FAILURES;
    expect(limit).toBe(5);
    for (let i = 1; i < limit; i++) expect((await signInAs('cashier', WRONG)).json().code).toBe('INVALID_CREDENTIALS');
    const fifth = await signInAs('cashier', WRONG);
    expect([fifth.statusCode, fifth.json().code]).toEqual([423, 'ACCOUNT_LOCKED']);
    const right = await signInAs('cashier');
    expect([right.statusCode, right.json().code]).toEqual([423, 'ACCOUNT_LOCKED']);
    expect(right.json().message).toMatch(/锁定/);
    expect(right.headers['set-cookie']).toBeUndefined();

    // The lock runs out (moved into the past instead of waiting LOCKOUT_MINUTES).
    await p.ctx.database.exec(`UPDATE staff SET locked_until = now() - interval '1 second' WHERE username = 'cashier'`);
    expect((await signInAs('cashier')).json()).toEqual({ status: 'signed-in' });
    // Each sign-in attempt is in the audit trail with its result.
    expect((await signInAudit('cashier')).map((r) => `${r.result}:${r.reason ?? ''}`)).toEqual([
      ...Array(limit).fill('failed:password'),
      'denied:locked',
      'ok:',
    ]);
    const unknown = await signInAs('no-such-user', WRONG);
    expect(unknown.json().code).toBe('INVALID_CREDENTIALS'); // the same answer as a wrong password
    expect(await signInAudit('no-such-user')).toEqual([{ result: 'failed', reason: 'unknownUser' }]);
  });

  it('counts wrong passwords sent in parallel too', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => signInAs('depthead', WRONG)));
    expect(answers.map((a) => a.statusCode).every((s) => s === 401 || s === 423)).toBe(true);
    expect((await signInAs('depthead')).json().code).toBe('ACCOUNT_LOCKED');
  });

  it('ends a session idle past its expiry (401) and slides the expiry forward while in use', async () => {
    const first = await signInAs('clerk');
    const cookie = cookieOf(first);
    const idle = p.ctx.config.SESSION_IDLE_MINUTES;
    expect(String(first.headers['set-cookie'])).toContain(`Max-Age=${idle * 60}`);
    expect((await get('/api/v1/auth/me', cookie)).headers['set-cookie']).toBeUndefined(); // fresh: nothing to renew

    // Nearly idle out: two minutes left. A request moves the expiry a full idle period ahead,
    // in the database and in the browser's cookie.
    await p.ctx.database.exec(
      `UPDATE auth_session SET expires_at = now() + interval '2 minutes', updated_at = now() - interval '${idle - 2} minutes' WHERE user_id = '${ids.staffUser.clerk}'`,
    );
    const active = await get('/api/v1/auth/me', cookie);
    expect(active.statusCode).toBe(200);
    const [slid] = await sessionsOf('clerk');
    expect(new Date(slid!.expires_at).getTime()).toBeGreaterThan(Date.now() + (idle - 1) * 60_000);
    expect(String(active.headers['set-cookie'])).toContain(`Max-Age=${idle * 60}`);

    await p.ctx.database.exec(`UPDATE auth_session SET expires_at = now() - interval '1 minute' WHERE user_id = '${ids.staffUser.clerk}'`);
    const expired = await get('/api/v1/auth/me', cookie);
    expect([expired.statusCode, expired.json().code]).toEqual([401, 'SESSION_EXPIRED']);
    expect((await get('/api/v1/centers', cookie)).statusCode).toBe(401);
  });

  it('makes a first sign-in change the password before anything else', async () => {
    await p.ctx.database.exec(`UPDATE staff SET must_change_password = true WHERE username = 'duty'`);
    const cookie = await signIn(p, 'duty');
    const blocked = await get('/api/v1/centers', cookie);
    expect([blocked.statusCode, blocked.json().code]).toEqual([403, 'PASSWORD_CHANGE_REQUIRED']);
    expect((await get('/api/v1/auth/me', cookie)).json()).toMatchObject({ mustChangePassword: true });

    for (const weak of ['Short1!', 'alllowercaseletters', 'ALLUPPERCASE1234', DEMO_PASSWORD]) {
      const res = await post('/api/v1/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: weak }, cookie);
      expect([weak, res.statusCode, res.json().code]).toEqual([weak, 400, 'WEAK_PASSWORD']);
    }
    const wrongCurrent = await post('/api/v1/auth/password', { currentPassword: WRONG, newPassword: 'Duty#2026-new' }, cookie);
    expect(wrongCurrent.json().code).toBe('INVALID_CREDENTIALS');

    const changed = await post('/api/v1/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'Duty#2026-new' }, cookie);
    expect(changed.json()).toEqual({ status: 'changed' });
    expect((await get('/api/v1/centers', cookieOf(changed))).statusCode).toBe(200);
    expect((await signInAs('duty')).json().code).toBe('INVALID_CREDENTIALS');
    expect((await signInAs('duty', 'Duty#2026-new')).statusCode).toBe(200);
    expect(
      await rows(p, sql`SELECT 1 FROM audit_log WHERE action = 'auth.password-change' AND actor_id = ${ids.staff.duty!}`),
    ).toHaveLength(1);
  });

  it('asks an administrator with TOTP for the code after the password, and refuses a wrong one', async () => {
    const cookie = await signIn(p, 'secadmin');
    const setup = await post('/api/v1/auth/two-factor/setup', { password: DEMO_PASSWORD }, cookie);
    expect(setup.json()).toMatchObject({
      totpURI: expect.stringMatching(/^otpauth:\/\/totp\//),
      qrDataUrl: expect.stringMatching(/^data:image\/png;base64,/),
    });
    const totp = totpOf(setup.json().secret);
    const bad = await post('/api/v1/auth/two-factor/confirm', { code: '000000' }, cookie);
    expect([bad.statusCode, bad.json().code]).toEqual([401, 'INVALID_TOTP']);
    const enrolCode = await freshCode(totp);
    expect((await post('/api/v1/auth/two-factor/confirm', { code: enrolCode }, cookie)).json()).toEqual({ status: 'enabled' });

    const step1 = await signInAs('secadmin');
    expect(step1.json()).toEqual({ status: 'two-factor-required' });
    const pending = cookieOf(step1);
    expect((await get('/api/v1/auth/me', pending)).json().code).toBe('UNAUTHENTICATED'); // not a session yet
    const wrong = await post(
      '/api/v1/auth/two-factor/verify',
      { code: String((Number(totp.generate()) + 1) % 1_000_000).padStart(6, '0') },
      pending,
    );
    expect([wrong.statusCode, wrong.json().code]).toEqual([401, 'INVALID_TOTP']);
    expect(wrong.json().message).toMatch(/动态口令/);
    const notPending = await post('/api/v1/auth/two-factor/verify', { code: totp.generate() });
    expect([notPending.statusCode, notPending.json().code]).toEqual([401, 'TWO_FACTOR_NOT_PENDING']);
    const okCode = await freshCode(totp);
    const ok = await post('/api/v1/auth/two-factor/verify', { code: okCode }, pending);
    expect(ok.json()).toEqual({ status: 'signed-in' });
    expect((await get('/api/v1/staff', cookieOf(ok))).statusCode).toBe(200);

    const trail = await rows<{ result: string; stage: string | null }>(
      p,
      sql`SELECT result, summary->>'stage' AS stage FROM audit_log WHERE action = 'auth.sign-in' AND (summary->>'username' IN ('secadmin', '')) ORDER BY seq`,
    );
    expect(trail.map((r) => `${r.result}:${r.stage}`)).toEqual(['ok:password', 'ok:password', 'failed:totp', 'failed:totp', 'ok:totp']);

    // Each code is taken once: the one that just signed in and the one that confirmed the
    // enrolment are refused within their 30-second window, and open no session.
    const verify = async (code: string) => post('/api/v1/auth/two-factor/verify', { code }, cookieOf(await signInAs('secadmin')));
    for (const used of [okCode, enrolCode]) {
      const sessions = (await sessionsOf('secadmin')).length;
      const replay = await verify(used);
      expect([replay.statusCode, replay.json().code]).toEqual([401, 'TOTP_REPLAYED']);
      expect(replay.json().message).toMatch(/已使用过/);
      expect(String(replay.headers['set-cookie'] ?? '')).not.toMatch(/session_token=[^;]/);
      expect(await sessionsOf('secadmin')).toHaveLength(sessions);
    }
    // Two requests racing with one new code: exactly one signs in.
    const code = await freshCode(totp);
    const [a, b] = await Promise.all([signInAs('secadmin'), signInAs('secadmin')]);
    const race = await Promise.all([a, b].map((step) => post('/api/v1/auth/two-factor/verify', { code }, cookieOf(step))));
    expect(race.map((r) => r.json().status ?? r.json().code).sort()).toEqual(['TOTP_REPLAYED', 'signed-in']);
  });

  it('disables a deactivated account at once: its sessions end and sign-in answers 403 ACCOUNT_DISABLED', async () => {
    const victim = await signIn(p, 'approver');
    await signIn(p, 'approver'); // a second device
    expect(await sessionsOf('approver')).toHaveLength(2);
    const admin = await sysadmin();
    const off = await post(`/api/v1/staff/${ids.staff.approver}/active`, { active: false }, admin);
    expect(off.json()).toMatchObject({ active: false });
    expect(await sessionsOf('approver')).toHaveLength(0);
    expect((await get('/api/v1/auth/me', victim)).json().code).toBe('SESSION_EXPIRED');
    const again = await signInAs('approver');
    expect([again.statusCode, again.json().code]).toEqual([403, 'ACCOUNT_DISABLED']);
    expect((await signInAudit('approver')).at(-1)).toEqual({ result: 'denied', reason: 'disabled' });
  });

  it('audits each read of a staff record and masks mobiles in lists and in the audit trail', async () => {
    const manager = await signIn(p, 'manager');
    const one = await get(`/api/v1/staff/${ids.staff.clerk}`, manager);
    expect(one.json()).toMatchObject({ username: 'clerk', mobile: '13800000001' });
    const reads = await rows<{ actor_id: string; object_id: string }>(
      p,
      sql`SELECT actor_id, object_id FROM audit_log WHERE action = 'staff.read-personal'`,
    );
    expect(reads).toEqual([{ actor_id: ids.staff.manager, object_id: ids.staff.clerk }]);

    const list = (await get('/api/v1/staff?pageSize=200&active=all', manager)).json();
    const mobiles = list.items.map((s: { username: string; mobile: string | null }) => [s.username, s.mobile]);
    expect(mobiles).toContainEqual(['clerk', '138****0001']);
    for (const [, m] of mobiles) if (m !== null) expect(m).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(JSON.stringify(list)).not.toMatch(/1380000\d{4}/);

    // A change of mobile is audited with both numbers masked.
    const patched = await p.app.inject({
      method: 'PATCH',
      url: `/api/v1/staff/${ids.staff['clerk-b']}`,
      payload: { mobile: '13912345678' },
      headers: { cookie: await sysadmin() },
    });
    expect(patched.json()).toMatchObject({ mobile: '139****5678' });
    const [change] = await rows<{ summary: unknown }>(
      p,
      sql`SELECT summary FROM audit_log WHERE action = 'staff.update' AND object_id = ${ids.staff['clerk-b']!}`,
    );
    expect(JSON.stringify(change!.summary)).toContain('139****5678');
    expect(JSON.stringify(change!.summary)).not.toMatch(/13912345678|13800000002/);
  });
});
