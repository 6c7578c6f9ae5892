import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionSettings } from '../../src/server/platform/http/guard.ts';
import { signIn, startTestPlatform } from '../harness.ts';
import { demoIds, rows, type DemoIds, type TestPlatform } from './helpers.ts';

// The guard reads a live session in one query and hands every other case to better-auth
// (guard.ts). These tests pin where the line runs: the fast path answers only while
// better-auth would neither slide nor end the session, and it caches nothing, so a change
// to the session or the staff record shows on the very next request.
describe('the session check on every staff request', () => {
  let p: TestPlatform;
  let ids: DemoIds;
  let getSession: ReturnType<typeof vi.spyOn>;
  const get = (url: string, cookie: string) => p.app.inject({ url, headers: { cookie } });
  const exec = (q: string) => p.ctx.database.exec(q);
  const sessionOf = async (username: string) =>
    (await rows<{ expires_at: Date }>(p, sql`SELECT expires_at FROM auth_session WHERE user_id = ${ids.staffUser[username]!}`))[0];

  beforeAll(async () => {
    p = await startTestPlatform();
    ids = await demoIds(p);
  });
  afterAll(async () => p?.close());
  beforeEach(() => {
    getSession?.mockRestore();
    getSession = vi.spyOn(p.ctx.auth.api, 'getSession');
  });

  it('answers a live session with one read: better-auth is not asked and no cookie is sent', async () => {
    const cookie = await signIn(p, 'clerk');
    for (let i = 0; i < 3; i++) {
      const me = await get('/api/v1/auth/me', cookie);
      expect([me.statusCode, me.json().username, me.headers['set-cookie']]).toEqual([200, 'clerk', undefined]);
    }
    expect(getSession).not.toHaveBeenCalled();
  });

  it('hands a session due to slide to better-auth, which moves the expiry and sends the cookie', async () => {
    const cookie = await signIn(p, 'clerk-b');
    const { expiresInMs, updateAgeMs } = await sessionSettings(p.ctx);
    // One second past the point where better-auth slides it.
    const due = new Date(Date.now() + expiresInMs - updateAgeMs - 1000).toISOString();
    await exec(`UPDATE auth_session SET expires_at = '${due}' WHERE user_id = '${ids.staffUser['clerk-b']}'`);
    const me = await get('/api/v1/auth/me', cookie);
    expect(me.statusCode).toBe(200);
    expect(getSession).toHaveBeenCalledTimes(1);
    expect(String(me.headers['set-cookie'])).toContain('session_token=');
    expect(new Date((await sessionOf('clerk-b'))!.expires_at).getTime()).toBeGreaterThan(Date.now() + expiresInMs - 5000);
    // …after which the fast path takes the slid session again.
    expect((await get('/api/v1/auth/me', cookie)).headers['set-cookie']).toBeUndefined();
    expect(getSession).toHaveBeenCalledTimes(1);
  });

  it('refuses at once a session signed out, expired, or of a deactivated account', async () => {
    const out = await signIn(p, 'approver');
    await p.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', headers: { cookie: out } });
    expect((await get('/api/v1/auth/me', out)).json().code).toBe('SESSION_EXPIRED');

    const expired = await signIn(p, 'approver');
    await exec(`UPDATE auth_session SET expires_at = now() - interval '1 second' WHERE user_id = '${ids.staffUser.approver}'`);
    expect((await get('/api/v1/auth/me', expired)).json().code).toBe('SESSION_EXPIRED');
    expect(await sessionOf('approver')).toBeUndefined(); // better-auth cleared it

    const inactive = await signIn(p, 'depthead');
    await exec(`UPDATE staff SET active = false WHERE username = 'depthead'`);
    expect((await get('/api/v1/auth/me', inactive)).statusCode).toBe(401);
    await exec(`UPDATE staff SET active = true WHERE username = 'depthead'`);
  });

  it('refuses a session token whose signature is not the server’s, though the token is real', async () => {
    const cookie = await signIn(p, 'manager');
    const [name, value] = [cookie.split('=')[0], decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1))];
    const token = value.slice(0, value.lastIndexOf('.'));
    const forged = `${name}=${encodeURIComponent(`${token}.${'A'.repeat(43)}=`)}`;
    expect((await get('/api/v1/auth/me', forged)).statusCode).toBe(401);
    expect((await get('/api/v1/auth/me', cookie)).statusCode).toBe(200);
  });

  it('sees a change of roles on the next request', async () => {
    const cookie = await signIn(p, 'clerk');
    expect((await get('/api/v1/centers', cookie)).statusCode).toBe(200);
    await exec(`UPDATE staff SET roles = '{}' WHERE username = 'clerk'`);
    expect((await get('/api/v1/centers', cookie)).json().code).toBe('FORBIDDEN');
    await exec(`UPDATE staff SET roles = '{window_clerk}' WHERE username = 'clerk'`);
    expect((await get('/api/v1/centers', cookie)).statusCode).toBe(200);
  });

  it('lets better-auth answer a request carrying a stale session-cache cookie, so it can clear it', async () => {
    const cookie = await signIn(p, 'clerk');
    const { names } = await sessionSettings(p.ctx);
    const me = await get('/api/v1/auth/me', `${cookie}; ${names.data}=stale`);
    expect(me.statusCode).toBe(200);
    expect(getSession).toHaveBeenCalledTimes(1);
    expect(String(me.headers['set-cookie'])).toContain(`${names.data}=;`);
  });
});
