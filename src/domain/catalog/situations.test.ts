import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_BASIC_CODE, fixtureGuide, fixtureMaterials } from './guide.fixture.ts';
import { Situations, type Material, type SituationQuestion } from './guide.ts';
import { checkPublishable } from './publishable.ts';
import { materialsForAnswers, situationAnswerProblems } from './situations.ts';

const materials = (): Material[] => [...fixtureMaterials(), { ...fixtureMaterials()[0]!, name: '授权委托书', required: false, issuingBody: '申请人' }, { ...fixtureMaterials()[0]!, name: '受托人居民身份证', required: false, issuingBody: '公安机关' }];

const whoApplies: SituationQuestion = {
  id: 'who',
  question: '申请人是否本人办理',
  options: [
    { id: 'self', label: '本人办理', requires: [], drops: ['授权委托书', '受托人居民身份证'], conditions: '' },
    { id: 'agent', label: '委托他人办理', requires: ['授权委托书', '受托人居民身份证'], drops: [], conditions: '受托人须持本人有效身份证件' },
  ],
};
const firstTime: SituationQuestion = {
  id: 'first',
  question: '是否首次申领',
  options: [
    { id: 'yes', label: '首次申领', requires: [], drops: [], conditions: '' },
    { id: 'no', label: '再次申领', requires: [], drops: ['收入证明', '授权委托书'], conditions: '上次申领已办结' },
  ],
};
const version = () => ({ situations: [whoApplies, firstTime], materials: materials(), acceptanceConditions: '户籍在本县' });
const names = (ms: { name: string }[]) => ms.map((m) => m.name);

describe('materialsForAnswers (情形引导)', () => {
  it('gives the whole list and the version’s conditions when nothing is answered', () => {
    const r = materialsForAnswers(version(), {});
    expect(names(r.materials)).toEqual(names(materials()));
    expect(r.dropped).toEqual([]);
    expect(r.conditions).toEqual(['户籍在本县']);
  });

  it('drops the mandate when the applicant comes in person, and says why', () => {
    const r = materialsForAnswers(version(), { who: 'self' });
    expect(names(r.materials)).toEqual(['申请书', '申请人居民身份证', '收入证明']);
    expect(r.dropped.map((d) => [d.material.name, d.because])).toEqual([
      ['授权委托书', '情形：申请人是否本人办理 — 本人办理'],
      ['受托人居民身份证', '情形：申请人是否本人办理 — 本人办理'],
    ]);
  });

  it('makes the optional mandate required for an agent and adds the option’s condition', () => {
    const r = materialsForAnswers(version(), { who: 'agent' });
    expect(r.materials.find((m) => m.name === '授权委托书')?.required).toBe(true);
    expect(r.conditions).toEqual(['户籍在本县', '受托人须持本人有效身份证件']);
    expect(r.answered).toEqual([{ questionId: 'who', question: '申请人是否本人办理', optionId: 'agent', option: '委托他人办理' }]);
  });

  it('lets a drop win over a require from another answer', () => {
    const r = materialsForAnswers(version(), { who: 'agent', first: 'no' });
    expect(names(r.materials)).toEqual(['申请书', '申请人居民身份证', '受托人居民身份证']);
  });

  it('ignores answers to questions the version does not have, and the server names them', () => {
    expect(names(materialsForAnswers(version(), { nope: 'x' }).materials)).toEqual(names(materials()));
    expect(situationAnswerProblems(version().situations, { nope: 'x', who: 'maybe', first: 'no' }).map((p) => p.code)).toEqual([
      'SITUATION_QUESTION_UNKNOWN',
      'SITUATION_OPTION_UNKNOWN',
    ]);
  });
});

// Random questions over the version's materials (and some names it does not have).
const materialName = fc.constantFrom(...names(materials()), '不存在的材料');
const option = (id: string) => fc.record({ id: fc.constant(id), label: fc.constant(id), requires: fc.array(materialName, { maxLength: 3 }), drops: fc.array(materialName, { maxLength: 3 }), conditions: fc.constant('') });
const question = (i: number) => fc.record({ id: fc.constant(`q${i}`), question: fc.constant(`问题${i}`), options: fc.tuple(option('a'), option('b'), option('c')) });
const questions = fc.tuple(question(0), question(1), question(2));
const answersFor = fc.array(fc.tuple(fc.constantFrom('q0', 'q1', 'q2'), fc.constantFrom('a', 'b', 'c')), { maxLength: 3 }).map((pairs) => Object.fromEntries(pairs));

describe('materialsForAnswers properties', () => {
  it('never asks for a material the version does not list, and keeps or drops each one exactly once', () => {
    fc.assert(
      fc.property(questions, answersFor, (qs, answers) => {
        const r = materialsForAnswers({ situations: qs, materials: materials() }, answers);
        const listed = new Set(names(materials()));
        expect(r.materials.every((m) => listed.has(m.name))).toBe(true);
        expect(r.materials.length + r.dropped.length).toBe(materials().length);
      }),
    );
  });

  it('answering one more question never brings a material back (dropping is monotone)', () => {
    fc.assert(
      fc.property(questions, answersFor, fc.constantFrom('q0', 'q1', 'q2'), fc.constantFrom('a', 'b', 'c'), (qs, answers, q, o) => {
        if (q in answers) return;
        const before = new Set(names(materialsForAnswers({ situations: qs, materials: materials() }, answers).materials));
        const after = names(materialsForAnswers({ situations: qs, materials: materials() }, { ...answers, [q]: o }).materials);
        expect(after.every((n) => before.has(n))).toBe(true);
      }),
    );
  });

  it('never makes a required material optional', () => {
    fc.assert(
      fc.property(questions, answersFor, (qs, answers) => {
        const r = materialsForAnswers({ situations: qs, materials: materials() }, answers);
        const wasRequired = new Set(materials().filter((m) => m.required).map((m) => m.name));
        expect(r.materials.filter((m) => wasRequired.has(m.name)).every((m) => m.required)).toBe(true);
      }),
    );
  });
});

describe('situations in the guide and the publish checks', () => {
  const publish = (situations: SituationQuestion[]) => checkPublishable({ ...fixtureGuide({ situations }), materials: materials() }, { basicCode: FIXTURE_BASIC_CODE });

  it('publishes questions whose options name listed materials', () => {
    expect(publish([whoApplies, firstTime])).toEqual([]);
  });

  it('refuses an option naming a material the version does not list, with a stable code and field', () => {
    const broken = { ...firstTime, options: [firstTime.options[0]!, { ...firstTime.options[1]!, drops: ['营业执照'] }] };
    const problems = publish([whoApplies, broken]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'SITUATION_MATERIAL_UNKNOWN', severity: 'error', field: 'situations.1.options.1' });
    expect(problems[0]!.message).toContain('营业执照');
  });

  it('refuses an option that both requires and drops one material', () => {
    const both = { ...whoApplies, options: [{ ...whoApplies.options[0]!, requires: ['授权委托书'] }, whoApplies.options[1]!] };
    expect(publish([both]).map((p) => p.code)).toEqual(['SITUATION_MATERIAL_CONFLICT']);
  });

  it('the schema wants two options per question and distinct ids', () => {
    expect(Situations.safeParse([{ id: 'q', question: '问', options: [{ id: 'a', label: '甲' }] }]).success).toBe(false);
    expect(Situations.safeParse([whoApplies, { ...firstTime, id: 'who' }]).success).toBe(false);
    const parsed = Situations.parse([{ id: 'q', question: '问', options: [{ id: 'a', label: '甲' }, { id: 'b', label: '乙' }] }]);
    expect(parsed[0]!.options[0]).toEqual({ id: 'a', label: '甲', requires: [], drops: [], conditions: '' });
  });
});
