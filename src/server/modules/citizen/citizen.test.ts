import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCardCheckChar } from '../../../domain/identifiers/index.ts';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { lastSignInCode, rows, signInCitizen, type TestPlatform } from '../../../../test/api/helpers.ts';

// Citizen sign-in by SMS code and real-name binding (issue #19), through the HTTP routes.

const idCard = (n: number) => {
  const first17 = `61042919850101${String(n).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
};

describe('citizen sign-in by SMS code', () => {
  let p: TestPlatform;
  let ipSerial = 0;
  // Each test from an address of its own, so the per-address limit is tested where meant.
  const nextIp = () => `10.0.0.${++ipSerial}`;
  const post = (url: string, payload: object, opts: { ip?: string; cookie?: string; lang?: string } = {}) =>
    p.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      payload,
      remoteAddress: opts.ip ?? '127.0.0.1',
      headers: { ...(opts.cookie ? { cookie: opts.cookie } : {}), ...(opts.lang ? { 'accept-language': opts.lang } : {}) },
    });
  const me = (cookie: string) => p.app.inject({ url: '/api/v1/portal/me', headers: { cookie } });

  beforeAll(async () => {
    p = await startTestPlatform({ CITIZEN_CODE_TTL_SECONDS: '60' });
  });
  afterAll(async () => p?.close());

  it('texts a code through the outbox, signs in with it once, and makes the account on first sign-in', async () => {
    const ip = nextIp();
    const sent = await post('/portal/sign-in/code', { mobile: '139 1000 0001' }, { ip });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toEqual({ sentTo: '139****0001', expiresInSeconds: 60, resendAfterSeconds: 60 });
    const code = await lastSignInCode(p, '13910000001');
    // Only the hash is stored.
    const [stored] = await rows<{ code_hash: string }>(p, sql`SELECT code_hash FROM citizen_sign_in_code WHERE mobile = '13910000001'`);
    expect(stored!.code_hash).not.toContain(code);

    const res = await post('/portal/sign-in', { mobile: '13910000001', code }, { ip });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ mobile: '139****0001', verified: false, realName: null });
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/);
    expect((await me(cookie)).json()).toMatchObject({ mobile: '139****0001' });
    // A used code does not sign in twice.
    const again = await post('/portal/sign-in', { mobile: '13910000001', code }, { ip });
    expect([again.statusCode, again.json().code]).toEqual([401, 'CITIZEN_CODE_MISSING']);
    // Sign-out ends the session.
    await post('/portal/sign-out', {}, { cookie });
    expect((await me(cookie)).json().code).toBe('CITIZEN_UNAUTHENTICATED');
  });

  it('refuses an expired code', async () => {
    const ip = nextIp();
    await post('/portal/sign-in/code', { mobile: '13910000002' }, { ip });
    const code = await lastSignInCode(p, '13910000002');
    await p.ctx.db.execute(sql`UPDATE citizen_sign_in_code SET expires_at = now() - interval '1 second' WHERE mobile = '13910000002'`);
    const res = await post('/portal/sign-in', { mobile: '13910000002', code }, { ip, lang: 'en' });
    expect(res.json()).toMatchObject({ code: 'CITIZEN_CODE_EXPIRED', message: 'The code has expired; ask for a new one' });
  });

  it('the sixth wrong code locks sign-in for the number, even with the right code and a new one', async () => {
    const ip = nextIp();
    await post('/portal/sign-in/code', { mobile: '13910000003' }, { ip });
    const code = await lastSignInCode(p, '13910000003');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 1; i <= 5; i++) {
      const res = await post('/portal/sign-in', { mobile: '13910000003', code: wrong }, { ip });
      expect([res.statusCode, res.json().code, res.json().details]).toEqual([401, 'CITIZEN_CODE_WRONG', { remaining: 5 - i }]);
    }
    const sixth = await post('/portal/sign-in', { mobile: '13910000003', code: wrong }, { ip });
    expect([sixth.statusCode, sixth.json().code]).toEqual([423, 'CITIZEN_LOCKED']);
    expect((await post('/portal/sign-in', { mobile: '13910000003', code }, { ip })).json().code).toBe('CITIZEN_LOCKED');
    expect((await post('/portal/sign-in/code', { mobile: '13910000003' }, { ip })).json().code).toBe('CITIZEN_LOCKED');
    // Another number is not locked by it.
    await signInCitizen(p, '13910000004', ip);
    const audit = await rows<{ action: string; result: string }>(p, sql`SELECT action, result FROM audit_log WHERE action LIKE 'citizen.%' AND object_id = '139****0003' ORDER BY seq`);
    expect(audit.filter((a) => a.result === 'failed').map((a) => a.action)).toEqual([...Array(5).fill('citizen.sign-in'), 'citizen.locked']);
  });

  it('a number may ask for five codes an hour, an address for twenty', async () => {
    const ip = nextIp();
    for (let i = 0; i < 5; i++) expect((await post('/portal/sign-in/code', { mobile: '13910000005' }, { ip })).statusCode).toBe(200);
    const sixth = await post('/portal/sign-in/code', { mobile: '13910000005' }, { ip });
    expect([sixth.statusCode, sixth.json().code, sixth.json().details]).toEqual([429, 'CITIZEN_CODE_LIMIT', { limit: 'mobileLimit' }]);
    const busy = nextIp();
    for (let i = 0; i < 20; i++) expect((await post('/portal/sign-in/code', { mobile: `1392000${String(i).padStart(4, '0')}` }, { ip: busy })).statusCode).toBe(200);
    const over = await post('/portal/sign-in/code', { mobile: '13930000000' }, { ip: busy });
    expect([over.statusCode, over.json().details]).toEqual([429, { limit: 'ipLimit' }]);
  });

  it('many presses at once for one number send no more than the hourly limit', async () => {
    const ip = nextIp();
    const answers = await Promise.all(Array.from({ length: 12 }, () => post('/portal/sign-in/code', { mobile: '13910000006' }, { ip })));
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(5);
    expect(answers.filter((a) => a.statusCode === 429)).toHaveLength(7);
    const [{ n }] = (await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM notification_outbox WHERE "to" = '13910000006'`)) as [{ n: number }];
    expect(n).toBe(5);
  });

  it('binds the real name once, checking the ID number by GB 11643; one ID binds one account', async () => {
    const cookie = await signInCitizen(p, '13910000007', nextIp());
    const bad = await post('/portal/me/real-name', { name: '王小明', idNumber: '610429198501010010' }, { cookie });
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'INVALID_ID_CARD']);
    const ok = await post('/portal/me/real-name', { name: '王小明', idNumber: idCard(7) }, { cookie });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ verified: true, realName: '王*明' });
    expect(ok.json().idNumber).not.toContain(idCard(7).slice(6, 14));
    expect((await post('/portal/me/real-name', { name: '王小明', idNumber: idCard(7) }, { cookie })).json().code).toBe('CITIZEN_ALREADY_VERIFIED');
    const other = await signInCitizen(p, '13910000008', nextIp());
    expect((await post('/portal/me/real-name', { name: '李四', idNumber: idCard(7) }, { cookie: other })).json().code).toBe('CITIZEN_ID_TAKEN');
  });

  it('keeps citizens and staff apart: a staff cookie opens no citizen route, a citizen cookie no staff route; staff see codes hidden', async () => {
    const staff = await signIn(p, 'manager');
    expect((await me(staff)).json().code).toBe('CITIZEN_UNAUTHENTICATED');
    const citizen = await signInCitizen(p, '13910000009', nextIp());
    const res = await p.app.inject({ url: '/api/v1/auth/me', headers: { cookie: citizen } });
    expect(res.statusCode).toBe(401);
    const [center] = await rows<{ center_id: string }>(p, sql`SELECT center_id FROM notification_outbox WHERE "to" = '13910000009' LIMIT 1`);
    const outbox = await p.app.inject({ url: `/api/v1/queue/centers/${center!.center_id}/notifications?pageSize=100`, headers: { cookie: staff } });
    const texts = (outbox.json().items as { to: string; text: string }[]).filter((m) => m.to === '139****0009').map((m) => m.text);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).toMatch(/验证码为\*{6}/);
  });
});
