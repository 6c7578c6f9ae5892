import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
