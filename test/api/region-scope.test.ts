import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../harness.ts';
import { demoIds, enrolTotp, rows, signInWithTotp, testUscc, type DemoIds, type TestPlatform } from './helpers.ts';

// Region scope (issue #15 §1, decision 0019): a township manager may not widen its own scope by
// editing its own center, nor create or use a region outside it, nor staff its windows with
// people of the center above.

describe('region scope and cross-center posts', () => {
  let p: TestPlatform;
  let ids: DemoIds;
  let tq: string;
  let county: string;

  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    p.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const setDay = (cookie: string, region: string) => call(cookie, 'PUT', '/api/v1/calendar/days/2026-06-03', { kind: 'off', name: '越权休息日', region });
  const regionOf = async (code: string) =>
    (await rows<{ region_code: string }>(p, sql`SELECT region_code FROM center WHERE code = ${code}`))[0]!.region_code;
  const overrides = () => rows(p, sql`SELECT region_code FROM calendar_day WHERE name = '越权休息日'`);

  beforeAll(async () => {
    p = await startTestPlatform();
    ids = await demoIds(p);
    tq = await signIn(p, 'tq-manager');
    county = await signIn(p, 'manager');
  });
  afterAll(async () => {
    await p?.close();
  });

  it('refuses a township manager moving its own center to another region, and the calendar of that region stays closed', async () => {
    const own = `/api/v1/centers/${ids.center['XY-TUQIAO']}`;
    for (const region of ['610429101', '610429', '610429100201']) {
      const before = await setDay(tq, region === '610429100201' ? '610429101' : region);
      expect([region, before.statusCode, before.json().code]).toEqual([region, 403, 'OUT_OF_SCOPE']);
      const patch = await call(tq, 'PATCH', own, { regionCode: region });
      expect([region, patch.statusCode, patch.json().code]).toEqual([region, 403, 'OUT_OF_SCOPE']);
      expect(await regionOf('XY-TUQIAO')).toBe('610429100');
      const after = await setDay(tq, region === '610429100201' ? '610429101' : region);
      expect([region, after.statusCode, after.json().code]).toEqual([region, 403, 'OUT_OF_SCOPE']);
    }
    // Saving the edit form unchanged (its region included) still works.
    const same = await call(tq, 'PATCH', own, { regionCode: '610429100', phone: '029-34420009' });
    expect(same.statusCode).toBe(200);
    // Its own region and the villages below stay its to manage.
    expect((await setDay(tq, '610429100')).statusCode).toBe(200);
    expect((await setDay(tq, '610429100201')).statusCode).toBe(200);
    expect((await overrides()).map((r) => r.region_code).sort()).toEqual(['610429100', '610429100201']);
  });

  it('does not trust a region the database already holds out of line (a center outside its parent region has no region scope)', async () => {
    await p.ctx.database.exec(`UPDATE center SET region_code = '610429' WHERE code = 'XY-TUQIAO'`);
    try {
      for (const region of ['610429', '610429101', '610429100']) {
        const res = await setDay(tq, region);
        expect([region, res.statusCode, res.json().code]).toEqual([region, 403, 'OUT_OF_SCOPE']);
      }
    } finally {
      await p.ctx.database.exec(`UPDATE center SET region_code = '610429100' WHERE code = 'XY-TUQIAO'`);
    }
  });

  it('lets a manager above change a center region only inside the parent region and around its children', async () => {
    const t1 = `/api/v1/centers/${ids.center['XY-TUQIAO']}`;
    // 610430100 lies outside the county; 610429101 would leave 土桥's villages outside their parent.
    const outside = await call(county, 'PATCH', t1, { regionCode: '610430100' });
    expect([outside.statusCode, outside.json().code]).toEqual([403, 'OUT_OF_SCOPE']);
    const orphans = await call(county, 'PATCH', t1, { regionCode: '610429101' });
    expect([orphans.statusCode, orphans.json().code]).toEqual([400, 'REGION_OUTSIDE_PARENT']);
    const level = await call(county, 'PATCH', t1, { regionCode: '610429' });
    expect([level.statusCode, level.json().code]).toEqual([400, 'INVALID_REGION_CODE']);
    expect(await regionOf('XY-TUQIAO')).toBe('610429100');
    const village = `/api/v1/centers/${ids.center['XY-TQ-DONG']}`;
    const foreign = await call(tq, 'PATCH', village, { regionCode: '610429101201' });
    expect([foreign.statusCode, foreign.json().code]).toEqual([403, 'OUT_OF_SCOPE']);
    expect(await regionOf('XY-TQ-DONG')).toBe('610429100201');
  });

  it('refuses a village station under the township with a village region of another township', async () => {
    const body = (code: string, regionCode: string) => ({ code, name: `测试站${code}`, level: 'village', regionCode, parentId: ids.center['XY-TUQIAO'] });
    const res = await call(tq, 'POST', '/api/v1/centers', body('T-FOREIGN', '610429101201'));
    expect([res.statusCode, res.json().code]).toEqual([403, 'OUT_OF_SCOPE']);
    expect(await rows(p, sql`SELECT 1 FROM center WHERE code = 'T-FOREIGN'`)).toEqual([]);
    expect((await call(tq, 'POST', '/api/v1/centers', body('T-OWN', '610429100202'))).statusCode).toBe(201);
  });

  it('lets a township manager create regions only below its own region', async () => {
    for (const r of [
      { code: '610429101299', name: '越权村', parentCode: '610429101' },
      { code: '610429109', name: '越权镇', parentCode: '610429' },
      { code: '610430', name: '越权县', parentCode: '610400' },
      { code: '610429100299', name: '挂错上级的村', parentCode: '610429101' },
    ]) {
      const res = await call(tq, 'POST', '/api/v1/regions', r);
      expect([r.code, res.statusCode, res.json().code]).toEqual([r.code, 403, 'OUT_OF_SCOPE']);
    }
    expect(await rows(p, sql`SELECT code FROM region WHERE name LIKE '越权%' OR name = '挂错上级的村'`)).toEqual([]);
    const mine = await call(tq, 'POST', '/api/v1/regions', { code: '610429100299', name: '土桥镇新村', parentCode: '610429100' });
    expect(mine.statusCode).toBe(201);
    const county6 = await call(county, 'POST', '/api/v1/regions', { code: '610429108', name: '县里新设镇', parentCode: '610429' });
    expect(county6.statusCode).toBe(201);
  });

  it('lets only a manager whose scope covers both centers put a staff member on a window post', async () => {
    const window = `/api/v1/windows/${ids.window['XY-TUQIAO/1']}/posts`;
    const countyClerk = await call(tq, 'PUT', window, { post: 'B', staffId: ids.staff['clerk'] });
    expect([countyClerk.statusCode, countyClerk.json().code]).toEqual([403, 'OUT_OF_SCOPE']);
    expect(await rows(p, sql`SELECT 1 FROM window_post WHERE window_id = ${ids.window['XY-TUQIAO/1']} AND post = 'B'`)).toEqual([]);
    // Its own people and those of its village stations: yes.
    expect((await call(tq, 'PUT', window, { post: 'B', staffId: ids.staff['agent'] })).statusCode).toBe(200);
    // The county manager covers both the county clerk's center and the township window.
    expect((await call(county, 'PUT', window, { post: 'B', staffId: ids.staff['clerk-b'] })).statusCode).toBe(200);
    // Nobody puts 职田's clerk on 土桥's window: the two centers do not sit on one line.
    const sideways = await call(county, 'PUT', window, { post: 'B', staffId: ids.staff['zt-clerk'] });
    expect([sideways.statusCode, sideways.json().code]).toEqual([403, 'OUT_OF_SCOPE']);
  });

  it('keeps a staff member in departments of their own center or the centers above it', async () => {
    const dep = await call(county, 'POST', '/api/v1/departments', { centerId: ids.center['XY-ZHITIAN'], name: '职田镇社保所', uscc: testUscc(1901) });
    expect(dep.statusCode).toBe(201);
    // Only the system administrator edits staff (and needs TOTP for it).
    const admin = await signInWithTotp(p, 'sysadmin', await enrolTotp(p, 'sysadmin'));
    const staffUrl = `/api/v1/staff/${ids.staff['tq-clerk']}`;
    const sideways = await call(admin, 'PATCH', staffUrl, { departmentId: dep.json().id });
    expect([sideways.statusCode, sideways.json().code]).toEqual([403, 'OUT_OF_SCOPE']);
    expect((await call(admin, 'PATCH', staffUrl, { departmentId: ids.department['县民政局'] })).statusCode).toBe(200);
    // Moving 职田's clerk into 职田's department is fine; moving them to 土桥 with it is not.
    const zt = `/api/v1/staff/${ids.staff['zt-clerk']}`;
    expect((await call(admin, 'PATCH', zt, { departmentId: dep.json().id })).statusCode).toBe(200);
    const move = await call(admin, 'PATCH', zt, { centerId: ids.center['XY-TUQIAO'] });
    expect([move.statusCode, move.json().code]).toEqual([403, 'OUT_OF_SCOPE']);
  });
});
