import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { demoIds, enrolTotp, rows, signInWithTotp } from '../../../../test/api/helpers.ts';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';

describe('org module', () => {
  let p: Awaited<ReturnType<typeof startTestPlatform>>;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(async () => p?.close());

  it('lists only the centers in the actor scope', async () => {
    const county = await signIn(p, 'manager');
    const township = await signIn(p, 'tq-manager');
    const all = await p.app.inject({ url: '/api/v1/centers?pageSize=50', headers: { cookie: county } });
    const mine = await p.app.inject({ url: '/api/v1/centers?pageSize=50', headers: { cookie: township } });
    expect(all.json().total).toBe(6);
    expect(mine.json().items.map((c: { name: string }) => c.name).sort()).toEqual(['土桥镇东村便民服务站', '土桥镇便民服务中心', '土桥镇西村便民服务站'].sort());
  });

  it('refuses a department with a wrong USCC check character, in Chinese', async () => {
    const cookie = await signIn(p, 'manager');
    const centers = (await p.app.inject({ url: '/api/v1/centers', headers: { cookie } })).json();
    const res = await p.app.inject({
      method: 'POST',
      url: '/api/v1/departments',
      headers: { cookie },
      payload: { centerId: centers.items[0].id, name: '县教育局', uscc: '91350100M000100Y44' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(res.json().details[0].message).toContain('统一社会信用代码');
  });

  it('stores a staff mobile number typed with spaces or +86 as its 11 digits, and still refuses a short one', async () => {
    const ids = await demoIds(p);
    const admin = await signInWithTotp(p, 'sysadmin', await enrolTotp(p, 'sysadmin'));
    const patch = (mobile: string) =>
      p.app.inject({ method: 'PATCH', url: `/api/v1/staff/${ids.staff['zt-clerk']}`, headers: { cookie: admin }, payload: { mobile } });
    for (const typed of ['139 1234 5678', '+86 139-1234-5678', '0086 13912345678']) {
      expect((await patch(typed)).statusCode, typed).toBe(200);
      const [row] = await rows<{ mobile: string }>(p, sql`SELECT mobile FROM staff WHERE username = 'zt-clerk'`);
      expect(row!.mobile).toBe('13912345678');
    }
    const short = await patch('139 1234 567');
    expect([short.statusCode, short.json().code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});

