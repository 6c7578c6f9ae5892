import { sql } from 'drizzle-orm';
import type * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, isAdminRole, roles, type Permission, type Role } from '../../src/domain/access/index.ts';
import { signIn, startTestPlatform } from '../harness.ts';
import { counter, declaredAccess, demoIds, enrolTotp, rows, signInCitizen, signInWithTotp, type DemoIds, type TestPlatform } from './helpers.ts';
import { accountOfRole, openApiOperations, operations, urlOf, type OpenApiOperation } from './operations.ts';

// Every operation × every role (one demo account each) and no session at all; then center
// scope, the separated administrators, and the append-only audit trail.

const guardCodes = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'TWO_FACTOR_SETUP_REQUIRED', 'PASSWORD_CHANGE_REQUIRED']);

describe('permission matrix', () => {
  let p: TestPlatform;
  let ids: DemoIds;
  let all: OpenApiOperation[];
  let ops: OpenApiOperation[];
  let http: ReturnType<typeof counter>;
  const cookies: Record<string, string> = {};
  const totp: Record<string, OTPAuth.TOTP> = {};

  const call = (op: OpenApiOperation, cookie?: string) => {
    const s = operations[op.operationId]!.sample(ids);
    return http.inject({
      method: op.method as 'GET',
      url: urlOf(op.path, s.params, s.query),
      headers: cookie ? { cookie } : {},
      ...(s.body !== undefined ? { payload: s.body as object } : {}),
    });
  };
  const get = (url: string, cookie: string) => http.inject({ url, headers: { cookie } });

  beforeAll(async () => {
    p = await startTestPlatform();
    http = counter(p);
    ids = await demoIds(p);
    all = await openApiOperations(p.app);
    ops = all.filter((o) => o.operationId in operations); // the first test names any the table lacks
    for (const u of Object.values(accountOfRole)) cookies[u] = await signIn(p, u);
    cookies['(citizen)'] = await signInCitizen(p, '13700000009');
  });
  afterAll(async () => {
    console.log(`permission matrix: ${http?.count ?? 0} requests`);
    await p?.close();
  });

  it('has a rule for every operation, equal to what each route declares', async () => {
    expect(all.map((o) => o.operationId).sort()).toEqual(Object.keys(operations).sort());
    const declared = await declaredAccess(p);
    for (const op of ops) expect(declared.get(op.operationId), op.operationId).toBe(operations[op.operationId]!.access);
  });

  it('keeps administrators without TOTP out of everything but their own account (403 TWO_FACTOR_SETUP_REQUIRED)', async () => {
    const onePerPermission = new Map<string, OpenApiOperation>();
    for (const op of ops) {
      const access = operations[op.operationId]!.access;
      if (access !== 'public' && access !== 'signedIn' && access !== 'citizen' && !onePerPermission.has(access)) onePerPermission.set(access, op);
    }
    for (const u of ['sysadmin', 'secadmin', 'auditor']) {
      const me = await get('/api/v1/auth/me', cookies[u]!);
      expect(me.json()).toMatchObject({ twoFactorRequired: true, twoFactorEnabled: false });
      for (const op of onePerPermission.values()) {
        const res = await call(op, cookies[u]);
        expect([u, op.operationId, res.statusCode, res.json().code]).toEqual([u, op.operationId, 403, 'TWO_FACTOR_SETUP_REQUIRED']);
      }
    }
  });

  it('answers every operation for every role by its permission: 401 without a session, 403 without the permission', async () => {
    for (const u of ['sysadmin', 'secadmin', 'auditor']) {
      totp[u] = await enrolTotp(p, u);
      cookies[u] = await signInWithTotp(p, u, totp[u]);
    }
    const failures: string[] = [];
    // Signing out ends the session the other calls use: that one goes last.
    const ordered = [...ops.filter((o) => o.operationId !== 'signOut'), ...ops.filter((o) => o.operationId === 'signOut')];
    for (const op of ordered) {
      const access = operations[op.operationId]!.access;
      // A citizen (online hall, issue #19) is no staff member: only 'citizen' routes open for
      // them, and those open for no staff session.
      const callers: [string, Role | undefined][] = [
        ['(no session)', undefined],
        ['(citizen)', undefined],
        ...roles.map((r): [string, Role] => [accountOfRole[r], r]),
      ];
      const answers = await Promise.all(callers.map(([u]) => call(op, cookies[u])));
      callers.forEach(([u, role], i) => {
        const res = answers[i]!;
        const json = String(res.headers['content-type'] ?? '').startsWith('application/json');
        const code = json ? (res.json().code as string | undefined) : undefined; // 204, .xlsx
        const citizen = u === '(citizen)';
        const allowed =
          access === 'public' ||
          (access === 'citizen' ? citizen : role !== undefined && (access === 'signedIn' || can([role], access as Permission)));
        let ok: boolean;
        if (!allowed && access === 'citizen') ok = res.statusCode === 401 && code === 'CITIZEN_UNAUTHENTICATED';
        else if (!allowed && role === undefined) ok = res.statusCode === 401 && code === 'UNAUTHENTICATED';
        else if (!allowed) ok = res.statusCode === 403 && code === 'FORBIDDEN';
        else ok = res.statusCode < 500 && !guardCodes.has(code ?? '');
        if (!ok)
          failures.push(
            `${op.operationId} as ${u}: ${res.statusCode} ${code ?? ''} (${allowed ? 'allowed' : 'refused'} by rule ${access})`,
          );
      });
    }
    expect(failures).toEqual([]);
  });

  it('never shows a township account county or 职田镇 records in a list', async () => {
    const t1 = ids.centerPath['XY-TUQIAO']!;
    const inT1 = new Set((await rows<{ id: string }>(p, sql`SELECT id FROM center WHERE path LIKE ${`${t1}%`}`)).map((r) => r.id));
    for (const u of ['tq-manager', 'tq-clerk']) {
      const cookie = await signIn(p, u);
      for (const [list, key] of [
        ['centers', 'id'],
        ['departments', 'centerId'],
        ['windows', 'centerId'],
        ['staff', 'centerId'],
      ] as const) {
        for (const filter of ['', `&centerId=${ids.center['XY-COUNTY']}`, `&centerId=${ids.center['XY-ZHITIAN']}`]) {
          const res = await get(`/api/v1/${list}?pageSize=200&active=all${filter}`, cookie);
          if (u === 'tq-clerk' && list === 'staff') {
            expect(res.json().code).toBe('FORBIDDEN');
            continue;
          }
          expect(res.statusCode, `${u} ${list}${filter}`).toBe(200);
          const outside = (res.json().items as Record<string, string>[]).filter((item) => !inT1.has(item[key]!));
          expect(outside, `${u} ${list}${filter}`).toEqual([]);
          if (!filter && list !== 'departments') expect(res.json().items.length, `${u} ${list}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('refuses a township account the records of other centers by id (403 OUT_OF_SCOPE), and changes nothing', async () => {
    const countyDept = ids.department['县民政局']!;
    const countyWindow = ids.window['XY-COUNTY/1']!;
    const attempts = [
      { method: 'GET', url: `/api/v1/centers/${ids.center['XY-ZHITIAN']}`, needs: 'org.read' },
      { method: 'GET', url: `/api/v1/centers/${ids.center['XY-COUNTY']}`, needs: 'org.read' },
      { method: 'PATCH', url: `/api/v1/centers/${ids.center['XY-ZHITIAN']}`, payload: { name: '被改名' }, needs: 'org.manage' },
      { method: 'PATCH', url: `/api/v1/departments/${countyDept}`, payload: { name: '被改名的局' }, needs: 'org.manage' },
      {
        method: 'POST',
        url: '/api/v1/windows',
        payload: { centerId: ids.center['XY-ZHITIAN'], number: '99', name: '越权窗口', kind: 'comprehensive' },
        needs: 'org.manage',
      },
      {
        method: 'PUT',
        url: `/api/v1/windows/${countyWindow}/posts`,
        payload: { post: 'A', staffId: ids.staff['tq-clerk'] },
        needs: 'posts.manage',
      },
      { method: 'POST', url: `/api/v1/windows/${ids.window['XY-ZHITIAN/1']}/serving-post`, payload: { post: 'A' }, needs: 'posts.manage' },
      { method: 'GET', url: `/api/v1/staff/${ids.staff['clerk']}`, needs: 'staff.read' },
      { method: 'GET', url: `/api/v1/staff/${ids.staff['zt-clerk']}`, needs: 'staff.read' },
    ] as const;
    for (const [u, role] of [
      ['tq-manager', 'center_manager'],
      ['tq-clerk', 'window_clerk'],
    ] as const) {
      const cookie = await signIn(p, u);
      for (const a of attempts) {
        const res = await http.inject({
          method: a.method,
          url: a.url,
          headers: { cookie },
          ...('payload' in a ? { payload: a.payload } : {}),
        });
        const expected = can([role], a.needs) ? 'OUT_OF_SCOPE' : 'FORBIDDEN';
        expect([u, a.method, a.url, res.statusCode, res.json().code]).toEqual([u, a.method, a.url, 403, expected]);
      }
    }
    const [dept] = await rows<{ name: string }>(p, sql`SELECT name FROM department WHERE id = ${countyDept}`);
    expect(dept!.name).toBe('县民政局');
    const posts = await rows<{ staff_id: string }>(
      p,
      sql`SELECT staff_id FROM window_post WHERE window_id = ${countyWindow} AND post = 'A'`,
    );
    expect(posts.map((r) => r.staff_id)).toEqual([ids.staff['clerk']]);
    expect(await rows(p, sql`SELECT 1 FROM service_window WHERE name = '越权窗口'`)).toEqual([]);
  });

  it('shows a county supervisor every center, department, window and staffer of the county', async () => {
    const cookie = await signIn(p, 'supervisor');
    const centers = (await get('/api/v1/centers?pageSize=200', cookie)).json();
    expect(centers.items.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(Object.keys(ids.center)));
    const staff = (await get('/api/v1/staff?pageSize=200', cookie)).json();
    expect(staff.items.map((s: { username: string }) => s.username)).toEqual(
      expect.arrayContaining(['zt-clerk', 'tq-clerk', 'agent', 'clerk']),
    );
    const windows = (await get(`/api/v1/windows?pageSize=200&centerId=${ids.center['XY-ZHITIAN']}`, cookie)).json();
    expect(windows.total).toBe(1);
    expect((await get(`/api/v1/staff/${ids.staff['zt-clerk']}`, cookie)).statusCode).toBe(200);
  });

  it('lets the audit administrator read only the audit log, and nobody else read it', async () => {
    const auditor = await signInWithTotp(p, 'auditor', totp.auditor!);
    expect((await get('/api/v1/audit?pageSize=5', auditor)).statusCode).toBe(200);
    for (const url of ['/api/v1/centers', '/api/v1/staff', '/api/v1/departments', `/api/v1/staff/${ids.staff['clerk']}`]) {
      expect((await get(url, auditor)).json().code, url).toBe('FORBIDDEN');
    }
    for (const role of roles.filter((r) => r !== 'audit_admin')) {
      const u = accountOfRole[role];
      const cookie = isAdminRole(role) ? await signInWithTotp(p, u, totp[u]!) : await signIn(p, u);
      const res = await get('/api/v1/audit', cookie);
      expect([u, res.statusCode, res.json().code]).toEqual([u, 403, 'FORBIDDEN']);
    }
  });

  it('offers no way to change audit rows, and the database refuses it too', async () => {
    const auditOps = all.filter((o) => o.path.startsWith('/api/v1/audit')).map((o) => `${o.method} ${o.path}`);
    expect(auditOps.sort()).toEqual(['GET /api/v1/audit', 'POST /api/v1/audit/verify']);
    const auditor = await signInWithTotp(p, 'auditor', totp.auditor!);
    for (const method of ['PATCH', 'PUT', 'DELETE'] as const) {
      const res = await http.inject({ method, url: '/api/v1/audit/1', headers: { cookie: auditor }, payload: { action: 'x' } });
      expect(res.json().code).toBe('ROUTE_NOT_FOUND');
    }
    const before = await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM audit_log`);
    await expect(p.ctx.database.exec(`UPDATE audit_log SET action = 'forged' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(p.ctx.database.exec(`DELETE FROM audit_log WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(p.ctx.database.exec(`TRUNCATE audit_log CASCADE`)).rejects.toThrow(/append-only/);
    await expect(p.ctx.database.exec(`UPDATE audit_seal SET hash = 'x'`)).rejects.toThrow(/append-only/);
    expect(await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM audit_log`)).toEqual(before);
  });
});
