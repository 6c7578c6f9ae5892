import { describe, expect, it } from 'vitest';
import { FIXTURE_BASIC_CODE, fixtureGuide, fixtureMaterials } from './guide.fixture.ts';
import type { Guide, Material } from './guide.ts';
import { errorsOf } from './problems.ts';
import { checkPublishable } from './publishable.ts';

const check = (g: Partial<Guide> = {}, materials: Partial<Material>[] = fixtureMaterials()) =>
  checkPublishable({ ...fixtureGuide(g), materials }, { basicCode: FIXTURE_BASIC_CODE });
const codes = (g: Partial<Guide> = {}, materials?: Partial<Material>[]) => check(g, materials).map((p) => p.code);

describe('checkPublishable (最多跑一次 completeness)', () => {
  it('passes a complete guide without problems', () => {
    expect(check()).toEqual([]);
  });

  it('refuses more than one visit', () => {
    const [p] = check({ visits: 2 });
    expect(p).toMatchObject({ code: 'VISITS_OVER_ONE', severity: 'error', field: 'visits' });
    expect(p!.message).toContain('最多跑一次');
  });

  it('names each material that lacks its source or copies', () => {
    const problems = check({}, [{ name: '户口簿', issuingBody: '', originals: 0, copies: 0 }, ...fixtureMaterials()]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'MATERIAL_INCOMPLETE', field: 'materials.0' });
    expect(problems[0]!.message).toContain('出具机构');
    expect(problems[0]!.message).toContain('份数');
  });

  it('wants conditions, process, address, hours and phones', () => {
    expect(codes({ acceptanceConditions: '', process: [], address: '', hours: ' ', consultPhone: '', complaintPhone: '' })).toEqual([
      'CONDITIONS_MISSING',
      'PROCESS_MISSING',
      'CONTACT_MISSING',
      'CONTACT_MISSING',
      'CONTACT_MISSING',
      'CONTACT_MISSING',
    ]);
  });

  it('wants a post and a phone on every process step', () => {
    const g = fixtureGuide();
    expect(codes({ process: [{ ...g.process[0]!, phone: '' }] })).toEqual(['STEP_CONTACT_MISSING']);
  });

  it('checks the implementing body and the 实施编码 against it', () => {
    expect(codes({ implementingBodyUscc: '11610429MB00000010' })).toContain('BODY_USCC_INVALID');
    expect(codes({ exerciseLevel: '5' })).toEqual(['IMPLEMENTATION_CODE_INVALID']);
    expect(check({ exerciseLevel: '5' })[0]!.message).toContain('行使层级');
    expect(codes({ implementationCode: null })).toEqual(['IMPLEMENTATION_CODE_MISSING']);
  });

  it('applies the case type rules (四件管理制度)', () => {
    expect(codes({ caseType: 'instant' })).toEqual(['INSTANT_NOT_INSTANT']);
    expect(codes({ caseType: 'instant', legalLimit: { amount: 0, unit: 'instant', note: '' }, promisedLimit: { amount: 0, unit: 'instant', note: '' } })).toEqual([]);
    expect(codes({ caseType: 'joint' })).toEqual(['JOINT_DEPARTMENTS_MISSING']);
    // 联办件 (decision 0034): a joint department without a department of the center gets no sub-task (a warning).
    const lead = '00000000-0000-4000-8000-000000000001';
    const linked = { departmentId: '00000000-0000-4000-8000-000000000002', name: '县卫生健康局' };
    expect(codes({ caseType: 'joint', leadDepartmentId: lead, jointDepartments: [linked] })).toEqual([]);
    expect(codes({ caseType: 'joint', leadDepartmentId: lead, jointDepartments: [linked, { departmentId: null, name: '市税务局' }] })).toEqual(['JOINT_DEPARTMENT_UNLINKED']);
    expect(codes({ caseType: 'escalated', undertakingBody: '' })).toEqual(['ESCALATION_BODY_MISSING']);
  });

  it('wants both limits, the promised one not above the legal one', () => {
    expect(codes({ legalLimit: null })).toEqual(['LIMIT_MISSING']);
    expect(codes({ promisedLimit: { amount: 25, unit: 'workday', note: '' } })).toEqual(['PROMISED_EXCEEDS_LEGAL']);
  });

  it('only warns when the promised limit is not 30% shorter', () => {
    const problems = check({ promisedLimit: { amount: 15, unit: 'workday', note: '' } });
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['PROMISED_NOT_SHORTENED', 'warning']]);
    expect(errorsOf(problems)).toEqual([]);
  });

  it('needs the law for a legal limit above 20 working days', () => {
    expect(codes({ legalLimit: { amount: 30, unit: 'workday', note: '' } })).toEqual(['LEGAL_LIMIT_NEEDS_BASIS']);
    expect(codes({ legalLimit: { amount: 30, unit: 'workday', note: '《不动产登记暂行条例》第二十条' } })).toEqual([]);
  });

  it('wants the fee basis and standard of a charged item, and the URL of an online one', () => {
    expect(codes({ fee: { charged: true, basis: '', items: [] } })).toEqual(['FEE_INCOMPLETE']);
    expect(codes({ online: true })).toEqual(['ONLINE_URL_MISSING']);
    expect(codes({ channels: ['window', 'online'] })).toEqual(['ONLINE_URL_MISSING']);
  });

  it('reports every message in Chinese', () => {
    const all = checkPublishable({ materials: [{ name: '' }] });
    expect(all.length).toBeGreaterThan(10);
    for (const p of all) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
