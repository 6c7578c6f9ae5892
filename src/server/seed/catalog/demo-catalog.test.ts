import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { caseTypes, checkPublishable, errorsOf, materialsForAnswers, validateImplementationCode } from '../../../domain/catalog/index.ts';
import { demoDepartments } from '../demo-org.ts';
import { expandDemoCatalog } from './index.ts';

// The demo data checked without a database: it must stay publishable as the rules grow.
const items = expandDemoCatalog(new Map(demoDepartments.map((d) => [d.name, randomUUID()])));

describe('demo catalog data', () => {
  it('has at least 40 items covering every case type', () => {
    expect(items.length).toBeGreaterThanOrEqual(40);
    for (const t of Object.keys(caseTypes)) expect(items.some((i) => i.guide.caseType === t), t).toBe(true);
  });

  it('passes the publish checks (warnings allowed, no errors)', () => {
    for (const i of items) {
      const errors = errorsOf(checkPublishable({ ...i.guide, materials: i.materials }, { basicCode: i.basicCode }));
      expect(errors, `${i.seed.key}: ${errors.map((e) => e.message).join('; ')}`).toEqual([]);
    }
  });

  it('gives a few items 情形引导 that tailor their checklist', () => {
    const withSituations = items.filter((i) => i.guide.situations.length > 0);
    expect(withSituations.map((i) => i.seed.key)).toEqual(expect.arrayContaining(['dibao', 'id-card-first', 'food-licence']));
    const dibao = items.find((i) => i.seed.key === 'dibao')!;
    const self = materialsForAnswers({ ...dibao.guide, materials: dibao.materials }, { 'in-person': 'self' });
    expect(self.dropped.map((d) => d.material.name)).toEqual(['授权委托书及受托人居民身份证']);
  });

  it('keeps most promised limits 30% under the legal ones', () => {
    const warned = items.filter((i) => checkPublishable({ ...i.guide, materials: i.materials }).some((p) => p.code === 'PROMISED_NOT_SHORTENED'));
    expect(warned.length).toBeLessThan(items.length / 10);
  });

  it('has joint items with a lead department and joint departments, and escalated items with the upper body', () => {
    const joint = items.filter((i) => i.guide.caseType === 'joint');
    expect(joint.length).toBeGreaterThanOrEqual(3);
    for (const j of joint) {
      expect(j.guide.leadDepartmentId).not.toBeNull();
      expect(j.guide.jointDepartments.length).toBeGreaterThan(0);
    }
    expect(items.filter((i) => i.guide.caseType === 'escalated').every((i) => i.guide.undertakingBody.includes('省') || i.guide.undertakingBody.includes('市'))).toBe(true);
  });

  it('uses the demo departments as implementing bodies and valid 31-character 实施编码', () => {
    const names = new Set(items.map((i) => i.guide.implementingBody));
    for (const d of demoDepartments) expect(names.has(d.name), d.name).toBe(true);
    for (const i of items) {
      expect(i.guide.implementationCode).toHaveLength(31);
      expect(validateImplementationCode(i.guide.implementationCode!, { uscc: i.guide.implementingBodyUscc, basicCode: i.basicCode }).ok).toBe(true);
    }
  });

  it('marks waivable (可容缺) and shared (免提交) materials, and charges fees in fen on a few items', () => {
    expect(items.some((i) => i.materials.some((m) => m.waivable))).toBe(true);
    expect(items.some((i) => i.materials.some((m) => m.exemptWhenShared))).toBe(true);
    const charged = items.filter((i) => i.guide.fee.charged);
    expect(charged.length).toBeGreaterThanOrEqual(2);
    expect(charged.length).toBeLessThan(items.length / 4);
  });

  it('delegates county items to the townships', () => {
    const delegated = items.filter((i) => i.seed.delegate);
    expect(delegated.map((i) => i.seed.key)).toContain('pension-enrol');
    expect(delegated.every((i) => (i.seed.owner ?? 'county') === 'county')).toBe(true);
  });
});
