import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { rows, testUscc, type TestPlatform } from '../../../../test/api/helpers.ts';
import { countyItems, pick, testIdCard, type DemoItem } from '../case/case.fixture.ts';
import { call, citizenMobile, completeDraft, verifiedCitizen } from './online.fixture.ts';

// Issue #19, done when: an enterprise account applies through one of its staff, and an agent
// applies for a person under a mandate; each case names the right applicant (and agent), and
// the person or staff member follows it in 我的办件.

describe('applying for an enterprise and under a mandate', () => {
  let p: TestPlatform;
  let clerk: string;
  let item: DemoItem;
  const A = '/portal/online/applications';

  beforeAll(async () => {
    p = await startTestPlatform();
    clerk = await signIn(p, 'clerk');
    item = pick(await countyItems(p), (i) => i.caseType !== 'instant' && i.materials.some((m) => m.required), 'an item with materials');
  });
  afterAll(async () => p?.close());

  /** Draft for the subject, completed, submitted, accepted by the window: the case's applicant columns. */
  async function applyAndAccept(cookie: string, subject: object) {
    const made = await call(p, cookie, 'POST', A, { itemIds: [item.id], subject });
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const d = await completeDraft(p, cookie, made.body.id);
    const sent = await call(p, cookie, 'POST', `${A}/${d.id}/submit`, { version: d.version });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const accepted = await call(p, clerk, 'POST', `/online/reviews/${d.id}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const caseId = accepted.body.caseIds[0] as string;
    const [c] = await rows<{ applicant_id_type: string; applicant_id_number: string; agent: { idNumber: string; mandate: string } | null }>(
      p,
      sql`SELECT c.applicant_id_type, c.applicant_id_number, a.agent FROM case_record c JOIN case_application a ON a.id = c.application_id WHERE c.id = ${caseId}`,
    );
    return { caseId, row: c! };
  }

  /** Test person n registers an enterprise as its legal representative and adds person n+1 as its 经办人. */
  async function enterpriseWithHandler(n: number, name: string) {
    const boss = await verifiedCitizen(p, n);
    const e = await call(p, boss, 'POST', '/portal/me/enterprises', { uscc: testUscc(n), name, legalRepName: `李四${n}`, legalRepIdNumber: testIdCard(n) });
    expect(e.status, JSON.stringify(e.body)).toBe(200);
    const handler = await verifiedCitizen(p, n + 1);
    expect((await call(p, boss, 'POST', `/portal/me/enterprises/${e.body.id}/staff`, { mobile: citizenMobile(n + 1), role: 'handler' })).status).toBe(200);
    return { boss, handler, enterpriseId: e.body.id as string };
  }

  const seesCase = async (cookie: string, caseId: string) =>
    ((await call(p, cookie, 'GET', '/portal/cases')).body.items as { id: string }[]).some((i) => i.id === caseId);

  it('an enterprise’s handler applies for it: the case is the enterprise’s (USCC), and the handler follows it', async () => {
    const { boss, handler, enterpriseId } = await enterpriseWithHandler(801, '旬邑县测试餐饮有限公司');
    const { caseId, row } = await applyAndAccept(handler, { kind: 'enterprise', enterpriseId });
    expect(row).toMatchObject({ applicant_id_type: 'uscc', applicant_id_number: testUscc(801) });
    expect(row.agent?.idNumber).toBe(testIdCard(802)); // the handler (经办人) is named
    expect(await seesCase(handler, caseId)).toBe(true);
    expect(await seesCase(boss, caseId)).toBe(true); // the admin sees every case of the enterprise
    // A stranger cannot apply for the enterprise.
    const stranger = await verifiedCitizen(p, 803);
    const refused = await call(p, stranger, 'POST', A, { itemIds: [item.id], subject: { kind: 'enterprise', enterpriseId } });
    expect([refused.status, refused.body.code]).toEqual([403, 'CITIZEN_SUBJECT_NOT_ALLOWED']);
  });

  it('an agent applies for a person under an accepted mandate: the case is the principal’s, the agent named with the mandate', async () => {
    const principal = await verifiedCitizen(p, 811);
    const agent = await verifiedCitizen(p, 812);
    const validUntil = `${new Date().getUTCFullYear() + 1}-06-30`;
    const m = await call(p, principal, 'POST', '/portal/me/mandates', { principal: { kind: 'self' }, agentMobile: citizenMobile(812), itemIds: null, validUntil, text: '委托代为办理' });
    expect(m.status, JSON.stringify(m.body)).toBe(200);
    // Not yet accepted: refused.
    const early = await call(p, agent, 'POST', A, { itemIds: [item.id], subject: { kind: 'mandate', mandateId: m.body.id } });
    expect(early.status).toBeGreaterThanOrEqual(400);
    expect((await call(p, agent, 'POST', `/portal/me/mandates/${m.body.id}/accept`)).status).toBe(200);
    const { caseId, row } = await applyAndAccept(agent, { kind: 'mandate', mandateId: m.body.id });
    expect(row).toMatchObject({ applicant_id_type: '111', applicant_id_number: testIdCard(811) });
    expect(row.agent).toMatchObject({ idNumber: testIdCard(812), mandate: '委托代为办理' });
    expect(await seesCase(principal, caseId)).toBe(true);
    expect(await seesCase(agent, caseId)).toBe(true);
  });

  it('the wizard’s 为谁申请 changes a saved draft’s subject, checked at once: a stranger’s enterprise and a mandate for other items are refused', async () => {
    const { boss, handler, enterpriseId } = await enterpriseWithHandler(821, '旬邑县测试建材有限公司');
    const made = await call(p, handler, 'POST', A, { itemIds: [item.id] });
    expect(made.body.subject).toEqual({ kind: 'self' });
    const d = await completeDraft(p, handler, made.body.id);
    const save = (cookie: string, version: number, subject: object) =>
      call(p, cookie, 'PUT', `${A}/${d.id}`, { version, items: d.itemsDetail.map((i) => ({ itemId: i.itemId, situationAnswers: i.situationAnswers, formData: i.formData })), subject });
    // A mandate the handler holds, but for another item only: refused for this one.
    const other = pick(await countyItems(p), (i) => i.id !== item.id, 'another item');
    const m = await call(p, boss, 'POST', '/portal/me/mandates', { principal: { kind: 'self' }, agentMobile: citizenMobile(822), itemIds: [other.id], validUntil: `${new Date().getUTCFullYear() + 1}-06-30`, text: '委托代为办理其他事项' });
    expect(m.status, JSON.stringify(m.body)).toBe(200);
    expect((await call(p, handler, 'POST', `/portal/me/mandates/${m.body.id}/accept`)).status).toBe(200);
    const outOfScope = await save(handler, d.version, { kind: 'mandate', mandateId: m.body.id });
    expect([outOfScope.status, outOfScope.body.code]).toEqual([403, 'MANDATE_OUT_OF_SCOPE']);
    // The enterprise is taken, kept, and is the case's applicant at submit.
    const saved = await save(handler, d.version, { kind: 'enterprise', enterpriseId });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.subject).toEqual({ kind: 'enterprise', enterpriseId });
    const sent = await call(p, handler, 'POST', `${A}/${d.id}/submit`, { version: saved.body.version });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.applicant).toMatchObject({ kind: 'enterprise', idType: 'uscc', name: '旬邑县测试建材有限公司', agentName: expect.stringMatching(/^李/) });
    // Another account cannot move its own draft onto the enterprise.
    const stranger = await verifiedCitizen(p, 823);
    const own = await call(p, stranger, 'POST', A, { itemIds: [item.id] });
    const refused = await call(p, stranger, 'PUT', `${A}/${own.body.id}`, { version: own.body.version, items: own.body.itemsDetail.map((i: { itemId: string }) => ({ itemId: i.itemId })), subject: { kind: 'enterprise', enterpriseId } });
    expect([refused.status, refused.body.code]).toEqual([403, 'CITIZEN_SUBJECT_NOT_ALLOWED']);
  });
});
