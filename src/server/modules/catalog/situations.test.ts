import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { FIXTURE_BASIC_CODE, fixtureGuide, fixtureMaterials } from '../../../domain/catalog/guide.fixture.ts';

type Platform = Awaited<ReturnType<typeof startTestPlatform>>;

// 情形引导 through the staff API (decision 0029): saved with the draft, checked at publish,
// copied into the next draft.
describe('catalog: situational questions', () => {
  let p: Platform;
  let manager: string;
  const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    p.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: manager }, ...(payload ? { payload } : {}) });
  const question = (drops: string[]) => ({
    id: 'who',
    question: '申请人是否本人办理',
    options: [
      { id: 'self', label: '本人办理', drops },
      { id: 'agent', label: '委托他人办理', requires: ['授权委托书'], conditions: '受托人持本人身份证' },
    ],
  });

  beforeAll(async () => {
    p = await startTestPlatform();
    manager = await signIn(p, 'manager');
  });
  afterAll(async () => p?.close());

  it('refuses to publish an option naming a material the draft does not list, then publishes and copies the questions', async () => {
    const centers = (await api('GET', '/centers?pageSize=50')).json().items as { id: string; code: string }[];
    const materials = [...fixtureMaterials(), { ...fixtureMaterials()[0]!, name: '授权委托书', required: false }];
    const created = await api('POST', '/catalog/items', { centerId: centers.find((c) => c.code === 'XY-COUNTY')!.id, basicCode: FIXTURE_BASIC_CODE, guide: fixtureGuide({ name: '情形测试事项' }), materials });
    expect(created.statusCode, created.body).toBe(201);
    const versionId = created.json().version.id as string;

    const saved = await api('PATCH', `/catalog/versions/${versionId}`, { situations: [question(['营业执照'])] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().situations[0].options[0]).toEqual({ id: 'self', label: '本人办理', requires: [], drops: ['营业执照'], conditions: '' });
    const refused = await api('POST', `/catalog/versions/${versionId}/publish`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().details.problems).toEqual([expect.objectContaining({ code: 'SITUATION_MATERIAL_UNKNOWN', field: 'situations.0.options.0' })]);

    const bad = await api('PATCH', `/catalog/versions/${versionId}`, { situations: [{ ...question([]), options: [question([]).options[0]] }] });
    expect(bad.statusCode).toBe(400);

    expect((await api('PATCH', `/catalog/versions/${versionId}`, { situations: [question(['授权委托书'])] })).statusCode).toBe(200);
    const published = await api('POST', `/catalog/versions/${versionId}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    const itemId = created.json().item.id as string;
    const portal = (await p.app.inject({ url: `/api/v1/portal/items/${itemId}` })).json();
    expect(portal.situations[0].question).toBe('申请人是否本人办理');

    const draft = await api('POST', `/catalog/items/${itemId}/drafts`);
    expect(draft.statusCode).toBe(201);
    expect(draft.json().version.situations).toEqual(published.json().version.situations);
  });
});
