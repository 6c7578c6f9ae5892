import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { demoIds, type DemoIds, type TestPlatform } from '../../../../test/api/helpers.ts';
import { countyItems, person, type DemoItem } from './case.fixture.ts';

// 情形引导 at the window (decision 0029): the answers given at intake decide which materials
// the case asks for, and the outcome validators follow them for the life of the case.

const PROXY = '授权委托书及受托人居民身份证';
const ILLNESS = '残疾人证、重病诊断证明等';

describe('intake with 情形 answers', () => {
  let p: TestPlatform;
  let ids: DemoIds;
  let clerk: string;
  let dibao: DemoItem;
  let n = 0;
  const key = () => `situations-${Date.now()}-${++n}`;
  const post = (url: string, payload: object) => p.app.inject({ method: 'POST', url, payload, headers: { cookie: clerk } });
  const get = (url: string) => p.app.inject({ method: 'GET', url, headers: { cookie: clerk } });
  const apply = (situationAnswers: Record<string, string> | undefined, checklist: object[] = []) =>
    post('/api/v1/cases/applications', { centerId: ids.center['XY-COUNTY'], applicant: person(500 + ++n), items: [{ itemId: dibao.id, checklist, situationAnswers }], idempotencyKey: key() });
  const accept = (caseId: string, checklist: object[] = []) => post(`/api/v1/cases/${caseId}/actions`, { action: 'intake.accept', idempotencyKey: key(), checklist });
  /** Every named material received in full. */
  const received = (names: string[]) =>
    dibao.materials.filter((m) => names.includes(m.name)).map((m) => ({ materialId: m.id, status: 'received' as const, originals: m.originals, copies: m.copies }));
  const publishedRequired = () => dibao.materials.filter((m) => m.required).map((m) => m.name);

  beforeAll(async () => {
    p = await startTestPlatform();
    ids = await demoIds(p);
    clerk = await signIn(p, 'clerk');
    dibao = (await countyItems(p)).find((i) => i.name === '最低生活保障对象认定')!;
    expect(dibao.materials.map((m) => m.name)).toEqual(expect.arrayContaining([PROXY, ILLNESS]));
  });
  afterAll(async () => p?.close());

  it('an agent must bring the mandate: the tailored list is exactly what acceptance requires', async () => {
    const res = await apply({ 'in-person': 'agent', illness: 'yes' }, received(publishedRequired()));
    expect(res.statusCode, res.body).toBe(200);
    const caseId = res.json().cases[0].id;
    const page = (await get(`/api/v1/cases/${caseId}`)).json();
    const required = page.materials.filter((m: { required: boolean }) => m.required).map((m: { name: string }) => m.name);
    expect(required.sort()).toEqual([...publishedRequired(), PROXY, ILLNESS].sort());
    expect(page.situations.map((s: { option: string }) => s.option)).toEqual(['委托他人办理', '有']);
    expect(page.conditions).toContain('受托人须持本人有效居民身份证，授权委托书须由申请人签字');

    const short = await accept(caseId);
    expect(short.statusCode).toBe(422);
    const missing = short.json().details.problems.map((x: { message: string }) => x.message).join(' ');
    expect(missing).toContain(PROXY);
    expect(missing).toContain(ILLNESS);
    const ok = await accept(caseId, received([PROXY, ILLNESS]));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().state).toBe('accepted');
  });

  it('coming in person drops the mandate: it is not applicable, with the answer as reason, and acceptance does not ask for it', async () => {
    const res = await apply({ 'in-person': 'self', illness: 'no' }, received(publishedRequired()));
    expect(res.statusCode, res.body).toBe(200);
    const caseId = res.json().cases[0].id;
    const page = (await get(`/api/v1/cases/${caseId}`)).json();
    const proxy = page.materials.find((m: { name: string }) => m.name === PROXY);
    expect(proxy).toMatchObject({ required: false, status: 'not_applicable', reason: '情形：申请人是否本人办理 — 本人办理' });
    const ok = await accept(caseId);
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('with no answers the published list applies unchanged', async () => {
    const res = await apply(undefined, received(publishedRequired()));
    const caseId = res.json().cases[0].id;
    const page = (await get(`/api/v1/cases/${caseId}`)).json();
    expect(page.situations).toEqual([]);
    expect(page.materials.filter((m: { required: boolean }) => m.required).map((m: { name: string }) => m.name)).toEqual(publishedRequired());
    expect(page.materials.every((m: { status: string }) => m.status !== 'not_applicable')).toBe(true);
    expect((await accept(caseId)).statusCode).toBe(200);
  });

  it('refuses an answer to a question or with an option the version does not have', async () => {
    for (const answers of [{ nope: 'x' }, { 'in-person': 'maybe' }] as Record<string, string>[]) {
      const res = await apply(answers);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().code).toBe('CASE_SITUATION_INVALID');
    }
  });
});
