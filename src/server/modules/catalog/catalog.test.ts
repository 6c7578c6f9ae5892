import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { fixtureGuide, fixtureMaterials } from '../../../domain/catalog/guide.fixture.ts';
import { auditLog } from '../../platform/audit/audit.schema.ts';

type Platform = Awaited<ReturnType<typeof startTestPlatform>>;

describe('catalog module (staff API)', () => {
  let p: Platform;
  let manager: string;
  let centers: Record<string, string>;
  const api = async (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    p.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const findItem = async (cookie: string, q: string) => {
    const r = await api(cookie, 'GET', `/catalog/items?q=${encodeURIComponent(q)}&pageSize=50`);
    return r.json().items as { itemId: string; versionId: string; name: string; subItemName: string | null; owned: boolean; state: string }[];
  };

  beforeAll(async () => {
    p = await startTestPlatform();
    manager = await signIn(p, 'manager');
    const list = (await api(manager, 'GET', '/centers?pageSize=50')).json().items as { id: string; code: string }[];
    centers = Object.fromEntries(list.map((c) => [c.code, c.id]));
  });
  afterAll(async () => p?.close());

  it('serves a demo catalog of at least 40 published items with every case type', async () => {
    const r = await api(manager, 'GET', '/catalog/items?state=published&pageSize=200');
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.total).toBeGreaterThanOrEqual(40);
    expect(new Set(body.items.map((i: { caseType: string }) => i.caseType))).toEqual(new Set(['instant', 'promised', 'joint', 'escalated']));
    expect(body).toMatchObject({ page: 1, pageSize: 200 });
  });

  it('finds items by Chinese name or keyword', async () => {
    expect((await findItem(manager, '低保')).map((i) => i.name)).toContain('最低生活保障对象认定');
    expect((await findItem(manager, '身份证 补领')).map((i) => i.subItemName)).toEqual(['居民身份证补领']);
    expect(await findItem(manager, '%')).toEqual([]);
    const byTheme = (await api(manager, 'GET', '/catalog/items?theme=marriage&audience=person')).json();
    expect(byTheme.items.every((i: { themes: string[] }) => i.themes.includes('marriage'))).toBe(true);
    expect(byTheme.total).toBeGreaterThanOrEqual(2);
  });

  it('lets a clerk read the catalog but not create items', async () => {
    const clerk = await signIn(p, 'clerk');
    expect((await api(clerk, 'GET', '/catalog/items')).statusCode).toBe(200);
    const r = await api(clerk, 'POST', '/catalog/items', { centerId: centers['XY-COUNTY'], basicCode: '050100900000', guide: fixtureGuide() });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('FORBIDDEN');
  });

  it('refuses to publish an incomplete item with the problems in Chinese', async () => {
    const created = await api(manager, 'POST', '/catalog/items', {
      centerId: centers['XY-COUNTY'],
      basicCode: '050100901000',
      guide: { name: '测试未完成事项', itemType: '05', exerciseLevel: '4', caseType: 'promised' },
    });
    expect(created.statusCode).toBe(201);
    const { version } = created.json();
    expect(version).toMatchObject({ state: 'draft', versionNo: 1, channels: ['window'], visits: 1 });
    const r = await api(manager, 'POST', `/catalog/versions/${version.id}/publish`);
    expect(r.statusCode).toBe(422);
    const body = r.json();
    expect(body.code).toBe('CATALOG_NOT_PUBLISHABLE');
    expect(body.message).toContain('办事指南不完整');
    const codes = body.details.problems.map((x: { code: string }) => x.code);
    expect(codes).toEqual(expect.arrayContaining(['LEGAL_BASIS_MISSING', 'LIMIT_MISSING', 'CONDITIONS_MISSING', 'PROCESS_MISSING', 'CONTACT_MISSING']));
    for (const x of body.details.problems) expect(x.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await api(manager, 'GET', `/catalog/versions/${version.id}`)).json().state).toBe('draft');
  });

  it('validates input with Chinese messages', async () => {
    const r = await api(manager, 'POST', '/catalog/items', {
      centerId: centers['XY-COUNTY'],
      basicCode: '基本 编码',
      guide: { ...fixtureGuide(), implementingBodyUscc: '11610429MB00000010', visits: -1 },
    });
    expect(r.statusCode).toBe(400);
    const details = r.json().details as { field: string; message: string }[];
    expect(details.map((d) => d.field).sort()).toEqual(['basicCode', 'guide.implementingBodyUscc', 'guide.visits']);
    expect(details.find((d) => d.field === 'basicCode')!.message).toContain('基本编码');
    expect(details.find((d) => d.field === 'guide.implementingBodyUscc')!.message).toContain('统一社会信用代码');
    for (const d of details) expect(d.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('creates a complete item from a department, fills the body and 实施编码, and publishes it', async () => {
    const deps = (await api(manager, 'GET', '/departments?q=民政')).json().items;
    const created = await api(manager, 'POST', '/catalog/items', {
      centerId: centers['XY-COUNTY'],
      basicCode: '050100902000',
      guide: { ...fixtureGuide({ implementingBody: '', implementingBodyUscc: '', implementationCode: null }), departmentId: deps[0].id },
      materials: fixtureMaterials(),
    });
    expect(created.statusCode).toBe(201);
    const { item, version } = created.json();
    expect(version.implementingBody).toBe('县民政局');
    const published = await api(manager, 'POST', `/catalog/versions/${version.id}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json().warnings).toEqual([]);
    expect(published.json().version.implementationCode).toBe(`${deps[0].uscc}4050100902000`);
    const detail = (await api(manager, 'GET', `/catalog/items/${item.id}`)).json();
    expect(detail.item.currentVersionId).toBe(version.id);
    expect(detail.head.materials).toHaveLength(3);
    const audits = await p.ctx.db.select().from(auditLog).where(like(auditLog.objectId, version.id));
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(['catalog.version.publish']));
  });

  it('edits a published item through a new draft, publishes it and compares the versions', async () => {
    const [item] = await findItem(manager, '殡葬');
    const v1 = item!.versionId;
    const draft = await api(manager, 'POST', `/catalog/items/${item!.itemId}/drafts`);
    expect(draft.statusCode).toBe(201);
    const v2 = draft.json().version;
    expect(v2).toMatchObject({ state: 'draft', versionNo: 2, name: item!.name });
    expect((await api(manager, 'POST', `/catalog/items/${item!.itemId}/drafts`)).json().code).toBe('CATALOG_DRAFT_EXISTS');
    expect((await api(manager, 'PATCH', `/catalog/versions/${v1}`, { visits: 0 })).json().code).toBe('CATALOG_VERSION_STATE');

    const patched = await api(manager, 'PATCH', `/catalog/versions/${v2.id}`, { promisedLimit: { amount: 3, unit: 'workday' }, visits: 0 });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().channels).toEqual(v2.channels); // fields not sent stay as they were
    const added = await api(manager, 'POST', `/catalog/versions/${v2.id}/materials`, { name: '殡葬服务费用结算单', issuingBody: '县殡仪馆', originals: 1 });
    expect(added.statusCode).toBe(201);
    expect(added.json().seq).toBe(draft.json().materials.length + 1);

    // The public still sees version 1 while the draft is being edited.
    const before = (await p.app.inject({ url: `/api/v1/portal/items/${item!.itemId}` })).json();
    expect(before).toMatchObject({ id: v1, versionNo: 1, visits: 1 });

    const published = await api(manager, 'POST', `/catalog/versions/${v2.id}/publish`);
    expect(published.statusCode).toBe(200);
    const old = (await api(manager, 'GET', `/catalog/versions/${v1}`)).json();
    expect(old.state).toBe('retired');
    expect(old.validTo).not.toBeNull();
    expect((await p.app.inject({ url: `/api/v1/portal/items/${item!.itemId}` })).json()).toMatchObject({ id: v2.id, visits: 0 });

    const cmp = await api(manager, 'GET', `/catalog/items/${item!.itemId}/compare?from=${v1}&to=${v2.id}`);
    expect(cmp.statusCode).toBe(200);
    const diff = cmp.json();
    expect(diff.fields.map((f: { field: string }) => f.field).sort()).toEqual(['promisedLimit', 'visits']);
    expect(diff.fields.find((f: { field: string }) => f.field === 'visits')).toMatchObject({ before: 1, after: 0 });
    expect(diff.materials).toEqual([expect.objectContaining({ change: 'added', name: '殡葬服务费用结算单' })]);
    const history = (await api(manager, 'GET', `/catalog/items/${item!.itemId}`)).json().versions;
    expect(history.map((v: { versionNo: number; state: string }) => [v.versionNo, v.state])).toEqual([
      [2, 'published'],
      [1, 'retired'],
    ]);
  });

  it('removes and updates materials of a draft only', async () => {
    const [item] = await findItem(manager, '独生子女');
    const published = (await api(manager, 'GET', `/catalog/items/${item!.itemId}`)).json().head;
    expect((await api(manager, 'DELETE', `/catalog/materials/${published.materials[0].id}`)).json().code).toBe('CATALOG_VERSION_STATE');
    const draft = (await api(manager, 'POST', `/catalog/items/${item!.itemId}/drafts`)).json();
    const m = draft.materials[0];
    expect((await api(manager, 'PATCH', `/catalog/materials/${m.id}`, { copies: 2 })).json()).toMatchObject({ copies: 2, name: m.name });
    expect((await api(manager, 'DELETE', `/catalog/materials/${m.id}`)).statusCode).toBe(204);
    expect((await api(manager, 'GET', `/catalog/versions/${draft.version.id}`)).json().materials).toHaveLength(draft.materials.length - 1);
  });

  it('shows a township its own and delegated items, not the county’s others', async () => {
    const tq = await signIn(p, 'tq-manager');
    const all = (await api(tq, 'GET', '/catalog/items?pageSize=200')).json();
    const names = all.items.map((i: { name: string }) => i.name);
    expect(names).toContain('临时救助（乡镇备用金小额救助）'); // its own
    expect(names).toContain('城乡居民基本养老保险参保登记'); // 下放 by the county
    expect(names).not.toContain('不动产首次登记');
    expect(names).not.toContain('农村土地经营权流转合同备案'); // 职田镇's own
    const pension = all.items.find((i: { name: string }) => i.name === '城乡居民基本养老保险参保登记');
    expect(pension.owned).toBe(false);
    // Delegated items are handled, not edited, by the township.
    expect((await api(tq, 'POST', `/catalog/items/${pension.itemId}/drafts`)).json().code).toBe('OUT_OF_SCOPE');
    const [land] = await findItem(manager, '不动产首次登记');
    expect((await api(tq, 'GET', `/catalog/items/${land!.itemId}`)).statusCode).toBe(403);
  });

  it('delegates a county item to a township and ends the delegation', async () => {
    const tq = await signIn(p, 'tq-manager');
    const [item] = await findItem(manager, '乡村建设规划许可');
    const bad = await api(manager, 'POST', `/catalog/items/${item!.itemId}/delegations`, { toCenterId: centers['XY-COUNTY'], mode: 'devolve' });
    expect(bad.json().code).toBe('CATALOG_DELEGATION_INVALID');
    const d = await api(manager, 'POST', `/catalog/items/${item!.itemId}/delegations`, { toCenterId: centers['XY-TUQIAO'], mode: 'entrust', since: '2026-01-01' });
    expect(d.statusCode).toBe(201);
    expect((await api(manager, 'POST', `/catalog/items/${item!.itemId}/delegations`, { toCenterId: centers['XY-TUQIAO'], mode: 'entrust' })).json().code).toBe('DUPLICATE');
    expect((await findItem(tq, '乡村建设规划许可')).map((i) => i.itemId)).toEqual([item!.itemId]);
    const ended = await api(manager, 'DELETE', `/catalog/items/${item!.itemId}/delegations/${d.json().id}`);
    expect(ended.json()).toMatchObject({ active: false });
    expect(await findItem(tq, '乡村建设规划许可')).toEqual([]);
  });

  it('retires an item: gone from the portal, its versions kept', async () => {
    const [item] = await findItem(manager, '辅助器具');
    const r = await api(manager, 'POST', `/catalog/items/${item!.itemId}/retire`, { reason: '事项调整至县民政局实施' });
    expect(r.json()).toMatchObject({ state: 'retired' });
    expect((await p.app.inject({ url: `/api/v1/portal/items/${item!.itemId}` })).statusCode).toBe(404);
    expect((await api(manager, 'POST', `/catalog/items/${item!.itemId}/retire`, { reason: '重复' })).json().code).toBe('CATALOG_VERSION_STATE');
    expect((await api(manager, 'GET', `/catalog/items/${item!.itemId}`)).json().versions).toHaveLength(1);
  });
});
