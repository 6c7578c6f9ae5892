import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';

type Platform = Awaited<ReturnType<typeof startTestPlatform>>;

describe('portal catalog (public API)', () => {
  let p: Platform;
  let manager: string;
  const get = async (url: string) => p.app.inject({ url: `/api/v1${url}` });

  beforeAll(async () => {
    p = await startTestPlatform();
    manager = await signIn(p, 'manager');
  });
  afterAll(async () => p?.close());

  it('searches published guides without signing in', async () => {
    const r = await get(`/portal/items?q=${encodeURIComponent('结婚')}`);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.items.map((i: { subItemName: string }) => i.subItemName)).toContain('内地居民结婚登记');
    expect(body.items[0]).not.toHaveProperty('state');
    expect((await get('/portal/items?audience=enterprise&pageSize=200')).json().items.map((i: { name: string }) => i.name)).toContain('建筑工程施工许可证核发');
    expect((await get('/portal/items?caseType=escalated')).json().total).toBeGreaterThanOrEqual(3);
  });

  it('shows only published versions: a draft neither appears nor leaks its text', async () => {
    const centers = (await p.app.inject({ url: '/api/v1/centers', headers: { cookie: manager } })).json().items as { id: string; code: string }[];
    const county = centers.find((c) => c.code === 'XY-COUNTY')!.id;
    const draftOnly = await p.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/items',
      headers: { cookie: manager },
      payload: { centerId: county, basicCode: 'XY-LOCAL-001', guide: { name: '门户不可见的草稿事项', itemType: '20', exerciseLevel: '4', caseType: 'instant' } },
    });
    expect(draftOnly.statusCode).toBe(201);
    expect((await get(`/portal/items?q=${encodeURIComponent('门户不可见')}`)).json().total).toBe(0);
    expect((await get(`/portal/items/${draftOnly.json().item.id}`)).statusCode).toBe(404);

    const staffList = (await p.app.inject({ url: `/api/v1/catalog/items?q=${encodeURIComponent('生育登记')}`, headers: { cookie: manager } })).json();
    const item = staffList.items.find((i: { name: string }) => i.name === '生育登记');
    const draft = (await p.app.inject({ method: 'POST', url: `/api/v1/catalog/items/${item.itemId}/drafts`, headers: { cookie: manager } })).json();
    await p.app.inject({ method: 'PATCH', url: `/api/v1/catalog/versions/${draft.version.id}`, headers: { cookie: manager }, payload: { name: '生育登记（草稿新名称）' } });
    expect((await get(`/portal/items?q=${encodeURIComponent('草稿新名称')}`)).json().total).toBe(0);
    const guide = (await get(`/portal/items/${item.itemId}`)).json();
    expect(guide).toMatchObject({ name: '生育登记', state: 'published', itemId: item.itemId });
    expect(guide).not.toHaveProperty('createdBy');
    expect(guide).not.toHaveProperty('publishedBy');
  });

  it('returns a full guide with materials, process contacts and fees in fen', async () => {
    const [id] = (await get(`/portal/items?q=${encodeURIComponent('身份证申领')}`)).json().items.map((i: { itemId: string }) => i.itemId);
    const guide = (await get(`/portal/items/${id}`)).json();
    expect(guide.materials.length).toBeGreaterThan(0);
    expect(guide.materials[0]).toHaveProperty('waivable');
    expect(guide.process.every((s: { post: string; phone: string }) => s.post && s.phone)).toBe(true);
    expect(guide.fee).toMatchObject({ charged: true, items: [{ kind: 'fixed', amountFen: 2000 }] });
    expect(guide.implementationCode).toHaveLength(31);
  });

  it('lists themes and departments with counts', async () => {
    const themes = (await get('/portal/items/themes')).json().items as { code: string; zh: string; count: number }[];
    expect(themes.find((t) => t.code === 'socialAssistance')).toMatchObject({ zh: '社会救助' });
    expect(themes.every((t) => t.count > 0)).toBe(true);
    const deps = (await get('/portal/items/departments')).json().items as { name: string; count: number }[];
    expect(deps.map((d) => d.name)).toEqual(expect.arrayContaining(['县民政局', '县公安局', '旬邑县医疗保障局']));
  });

  it('gives a township’s catalog: its own items and those delegated to it', async () => {
    const tq = await signIn(p, 'tq-manager');
    const mine = (await p.app.inject({ url: '/api/v1/centers?pageSize=50', headers: { cookie: tq } })).json().items as { id: string; code: string }[];
    const t1 = mine.find((c) => c.code === 'XY-TUQIAO')!.id;
    const names = (await get(`/portal/items?centerId=${t1}&pageSize=200`)).json().items.map((i: { name: string }) => i.name);
    expect(names).toEqual(expect.arrayContaining(['临时救助（乡镇备用金小额救助）', '城乡居民基本养老保险参保登记', '农村村民宅基地审批']));
    expect(names).not.toContain('不动产首次登记');
    const themes = (await get(`/portal/items/themes?centerId=${t1}`)).json().items.map((t: { code: string }) => t.code);
    expect(themes).toContain('socialAssistance');
    expect(themes).not.toContain('identity'); // no identity-card item is handled in 土桥镇
  });

  it('answers bad input with 400 and unknown ids with 404, never 500', async () => {
    expect((await get('/portal/items?theme=nope')).statusCode).toBe(400);
    expect((await get('/portal/items?pageSize=abc')).statusCode).toBe(400);
    expect((await get('/portal/items/not-a-uuid')).statusCode).toBe(400);
    expect((await get('/portal/items/0190a0a0-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });
});
