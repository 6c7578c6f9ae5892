import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { FIXTURE_BASIC_CODE, fixtureGuide, fixtureMaterials } from '../../../domain/catalog/guide.fixture.ts';
import { auditLog } from '../../platform/audit/audit.schema.ts';
import { catalogBundleItems, catalogBundles } from './bundles.schema.ts';

type Platform = Awaited<ReturnType<typeof startTestPlatform>>;

// 一件事 bundles (decision 0048): the console's CRUD in the center's scope, and the online hall's
// published bundles with their items, the materials once each and the merged form.
describe('catalog bundles (一件事)', () => {
  let p: Platform;
  let manager: string;
  let tqManager: string;
  let centers: Record<string, string>;
  let items: Record<string, string>;
  const api = async (cookie: string | undefined, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    p.app.inject({ method, url: `/api/v1${url}`, headers: cookie ? { cookie } : {}, ...(payload === undefined ? {} : { payload: payload as object }) });
  const itemNamed = async (q: string, pick: (i: { name: string; subItemName: string | null }) => boolean) => {
    const r = await api(manager, 'GET', `/catalog/items?q=${encodeURIComponent(q)}&pageSize=50`);
    return (r.json().items as { itemId: string; name: string; subItemName: string | null }[]).find(pick)!.itemId;
  };
  let serial = 0;
  /** A new item of a center; published unless told otherwise; its form as given. */
  const newItem = async (centerCode: string, formSchema: Record<string, unknown> | null, publish = true) => {
    serial += 1;
    const created = await api(manager, 'POST', '/catalog/items', {
      centerId: centers[centerCode],
      basicCode: FIXTURE_BASIC_CODE,
      guide: fixtureGuide({ name: `一件事测试事项${serial}`, formSchema }),
      materials: fixtureMaterials(),
    });
    expect(created.statusCode, created.body).toBe(201);
    if (publish) expect((await api(manager, 'POST', `/catalog/versions/${created.json().version.id}/publish`)).statusCode).toBe(200);
    return created.json().item.id as string;
  };

  beforeAll(async () => {
    p = await startTestPlatform();
    manager = await signIn(p, 'manager');
    tqManager = await signIn(p, 'tq-manager');
    const list = (await api(manager, 'GET', '/centers?pageSize=50')).json().items as { id: string; code: string }[];
    centers = Object.fromEntries(list.map((c) => [c.code, c.id]));
    items = {
      soleTrader: await itemNamed('个体工商户', (i) => i.subItemName === '个体工商户设立登记'),
      food: await itemNamed('食品经营许可', (i) => i.name === '食品经营许可（新办）'),
      dibao: await itemNamed('低保', (i) => i.name === '最低生活保障对象认定'),
    };
  });
  afterAll(async () => p?.close());

  it('serves the demo bundles to the public with items, materials once each and one merged form', async () => {
    const list = await api(undefined, 'GET', `/portal/bundles?centerId=${centers['XY-COUNTY']}`);
    expect(list.statusCode).toBe(200);
    const restaurant = list.json().items.find((b: { name: string }) => b.name === '开办餐饮店一件事');
    expect(restaurant.items.map((i: { itemId: string }) => i.itemId)).toEqual([items.soleTrader, items.food]);
    expect(list.json().items.map((b: { name: string }) => b.name)).toContain('新生儿出生一件事');

    const one = await api(undefined, 'GET', `/portal/bundles/${restaurant.id}`);
    expect(one.statusCode).toBe(200);
    const b = one.json();
    expect(b.items.map((i: { name: string }) => i.name)).toEqual(['个体工商户登记', '食品经营许可（新办）']);
    const names: string[] = b.materials.map((m: { name: string }) => m.name);
    expect(new Set(names).size).toBe(names.length);
    const keys: string[] = b.form.fields.map((f: { key: string }) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    // The 营业执照 form's fields first (in the order stored: jsonb orders an object's keys), then the 许可's new ones.
    expect(new Set(keys.slice(0, 10))).toEqual(new Set(['tradeName', 'operator', 'idNumber', 'phone', 'address', 'scope', 'capital', 'form', 'employees', 'startDate']));
    expect(new Set(keys.slice(10))).toEqual(new Set(['categories', 'area', 'safetyManager']));
    expect(b.form.fields.find((f: { key: string }) => f.key === 'phone').itemIds).toEqual([items.soleTrader, items.food]);
    expect(b.form.conflicts).toEqual([]);
    expect(b.form.schema.required).toEqual(expect.arrayContaining(['operator', 'phone', 'categories']));

    // 新生儿出生一件事: 医保参保 and 社保卡 both ask for the applicant's ID card; it is listed once.
    const birth = list.json().items.find((x: { name: string }) => x.name === '新生儿出生一件事');
    const bm = (await api(undefined, 'GET', `/portal/bundles/${birth.id}`)).json().materials as { name: string; itemIds: string[] }[];
    expect(bm.filter((m) => m.name === '申请人居民身份证')).toEqual([expect.objectContaining({ itemIds: [birth.items[1].itemId, birth.items[2].itemId] })]);
  });

  it('lets the catalog manager create, reorder, publish and delete a bundle, each write audited', async () => {
    const created = await api(manager, 'POST', '/catalog/bundles', {
      centerId: centers['XY-COUNTY'],
      name: '测试一件事',
      description: '说明',
      itemIds: [items.food, items.soleTrader],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({ published: false, items: [{ itemId: items.food, published: true }, { itemId: items.soleTrader }] });
    expect((await api(undefined, 'GET', `/portal/bundles/${id}`)).statusCode).toBe(404); // not yet published

    const reordered = await api(manager, 'PATCH', `/catalog/bundles/${id}`, { itemIds: [items.soleTrader, items.food, items.dibao], published: true });
    expect(reordered.statusCode, reordered.body).toBe(200);
    expect(reordered.json().items.map((i: { itemId: string }) => i.itemId)).toEqual([items.soleTrader, items.food, items.dibao]);
    expect((await api(undefined, 'GET', `/portal/bundles/${id}`)).json().items).toHaveLength(3);
    expect((await api(manager, 'GET', '/catalog/bundles')).json().items.map((b: { id: string }) => b.id)).toContain(id);

    expect((await api(manager, 'DELETE', `/catalog/bundles/${id}`)).json().code).toBe('CATALOG_BUNDLE_PUBLISHED');
    expect((await api(manager, 'PATCH', `/catalog/bundles/${id}`, { published: false })).statusCode).toBe(200);
    expect((await api(manager, 'DELETE', `/catalog/bundles/${id}`)).statusCode).toBe(204);
    expect(await p.ctx.db.select().from(catalogBundleItems).where(eq(catalogBundleItems.bundleId, id))).toEqual([]);

    const audits = await p.ctx.db.select().from(auditLog).where(eq(auditLog.objectId, id));
    expect(audits.map((a) => a.action).sort()).toEqual(['catalog.bundle.create', 'catalog.bundle.delete', 'catalog.bundle.publish', 'catalog.bundle.unpublish']);
  });

  it('refuses bad item lists with stable codes and writes nothing', async () => {
    const before = (await p.ctx.db.select().from(catalogBundles)).length;
    const post = (body: object, cookie = manager) => api(cookie, 'POST', '/catalog/bundles', { centerId: centers['XY-TUQIAO'], name: '坏的一件事', ...body });
    expect((await post({ itemIds: [items.food] })).json().code).toBe('VALIDATION_FAILED');
    expect((await post({ itemIds: [items.food, items.food] })).json().code).toBe('VALIDATION_FAILED');
    expect((await post({ itemIds: [items.food, '00000000-0000-4000-8000-000000000000'] })).json().code).toBe('CATALOG_BUNDLE_ITEM_INVALID');
    // An item of a sibling township is not of this center nor above it.
    const zhitian = await newItem('XY-ZHITIAN', null);
    const other = await post({ itemIds: [items.food, zhitian] });
    expect([other.statusCode, other.json().code]).toEqual([422, 'CATALOG_BUNDLE_ITEM_INVALID']);
    // A draft-only item may be planned in, not published.
    const draft = await newItem('XY-TUQIAO', null, false);
    const planned = await post({ itemIds: [items.food, draft] });
    expect(planned.statusCode).toBe(201);
    expect((await api(manager, 'PATCH', `/catalog/bundles/${planned.json().id}`, { published: true })).json().code).toBe('CATALOG_BUNDLE_ITEM_UNPUBLISHED');
    expect((await post({ name: '坏的一件事2', itemIds: [items.food, draft], published: true })).json().code).toBe('CATALOG_BUNDLE_ITEM_UNPUBLISHED');
    expect((await post({ itemIds: [items.soleTrader, items.food] })).json().code).toBe('DUPLICATE'); // same name in the center
    expect((await p.ctx.db.select().from(catalogBundles)).length).toBe(before + 1);
  });

  it('reports form fields of one key with different types and refuses to publish them', async () => {
    const a = await newItem('XY-COUNTY', { type: 'object', properties: { phone: { type: 'string' }, area: { type: 'number' } } });
    const b = await newItem('XY-COUNTY', { type: 'object', properties: { area: { type: 'string' }, phone: { type: 'string' } } });
    const created = await api(manager, 'POST', '/catalog/bundles', { centerId: centers['XY-COUNTY'], name: '冲突一件事', itemIds: [a, b] });
    expect(created.statusCode).toBe(201);
    expect(created.json().form.conflicts).toEqual([{ key: 'area', uses: [{ itemId: a, type: 'number' }, { itemId: b, type: 'string' }] }]);
    const pub = await api(manager, 'PATCH', `/catalog/bundles/${created.json().id}`, { published: true });
    expect([pub.statusCode, pub.json().code, pub.json().details]).toEqual([422, 'CATALOG_BUNDLE_FORM_CONFLICT', { keys: ['area'] }]);
  });

  it('keeps a township manager to its own center: county bundles are out of scope, county items usable', async () => {
    const county = (await api(manager, 'GET', `/catalog/bundles?centerId=${centers['XY-COUNTY']}`)).json().items[0];
    expect((await api(tqManager, 'GET', `/catalog/bundles/${county.id}`)).json().code).toBe('OUT_OF_SCOPE');
    expect((await api(tqManager, 'PATCH', `/catalog/bundles/${county.id}`, { published: false })).json().code).toBe('OUT_OF_SCOPE');
    expect((await api(tqManager, 'DELETE', `/catalog/bundles/${county.id}`)).json().code).toBe('OUT_OF_SCOPE');
    expect((await api(tqManager, 'POST', '/catalog/bundles', { centerId: centers['XY-COUNTY'], name: '越权', itemIds: [items.food, items.soleTrader] })).json().code).toBe('OUT_OF_SCOPE');
    const own = await api(tqManager, 'POST', '/catalog/bundles', { centerId: centers['XY-TUQIAO'], name: '土桥镇开店一件事', itemIds: [items.soleTrader, items.food], published: true });
    expect(own.statusCode, own.body).toBe(201);
    const mine = (await api(tqManager, 'GET', '/catalog/bundles')).json().items as { centerId: string }[];
    expect(mine.every((b) => b.centerId === centers['XY-TUQIAO'])).toBe(true);
    const clerk = await signIn(p, 'clerk');
    expect((await api(clerk, 'PATCH', `/catalog/bundles/${own.json().id}`, { published: false })).json().code).toBe('FORBIDDEN');
  });
});
