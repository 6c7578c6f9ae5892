import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { rows, type TestPlatform } from '../../../../test/api/helpers.ts';
import { chinaToday } from '../calendar/index.ts';
import { countyItems, fullChecklist, person, pick, type DemoItem } from './case.fixture.ts';
import { runWaiverFallbacks } from './jobs/waiver-fallback.ts';

// 容缺: a deadline that passes without the material stops the case (applicant told); the
// material supplied in time clears the flag and the sweep leaves the case alone.

describe('waiver fallback sweep', () => {
  let p: TestPlatform;
  let clerk: string;
  let item: DemoItem;
  let centerId: string;
  let n = 0;
  const deadline = chinaToday(new Date(Date.now() + 2 * 86_400_000));

  const post = (url: string, payload: object) => p.app.inject({ method: 'POST', url, payload, headers: { cookie: clerk } });
  const waived = () => {
    const w = item.materials.find((m) => m.waivable && m.required)!;
    return fullChecklist(item).map((e) => (e.materialId === w.id ? { ...e, status: 'waived', originals: 0, copies: 0, waiver: { format: '原件', deadline } } : e));
  };
  async function waiverCase(): Promise<string> {
    const c = (await post('/api/v1/cases/applications', { centerId, applicant: person(500 + ++n), items: [{ itemId: item.id }], idempotencyKey: `jobs-${n}-intake` })).json().cases[0];
    const r = await post(`/api/v1/cases/${c.id}/actions`, { action: 'intake.accept_with_waiver', checklist: waived(), idempotencyKey: `jobs-${n}-waiver` });
    expect(r.statusCode, r.body).toBe(200);
    return c.id;
  }

  beforeAll(async () => {
    p = await startTestPlatform();
    clerk = await signIn(p, 'clerk');
    const manager = await signIn(p, 'manager');
    const year = new Date().getUTCFullYear() + 1;
    await p.app.inject({ method: 'POST', url: '/api/v1/calendar/import', headers: { cookie: manager }, payload: { year, days: [{ name: '元旦', date: `${year}-01-01`, isOffDay: true }] } });
    centerId = (await rows<{ id: string }>(p, sql`SELECT id FROM center WHERE code = 'XY-COUNTY'`))[0]!.id;
    item = pick(await countyItems(p), (i) => i.caseType !== 'instant' && i.materials.some((m) => m.waivable && m.required), 'waivable');
  });
  afterAll(async () => p?.close());

  it('stops an overdue case once, tells the applicant, and leaves a case whose material arrived', async () => {
    const overdue = await waiverCase();
    const supplied = await waiverCase();
    const s = await post(`/api/v1/cases/${supplied}/actions`, { action: 'waiver.supply', checklist: fullChecklist(item), idempotencyKey: 'jobs-supply-1' });
    expect(s.statusCode, s.body).toBe(200);
    expect(s.json().flags.waiverPending).toBe(false);

    expect((await runWaiverFallbacks(p.ctx.db, new Date(), { publicUrl: 'http://x' })).stopped).toEqual([]); // not yet due
    const later = new Date(Date.now() + 4 * 86_400_000); // time moved past the deadline
    const run = await runWaiverFallbacks(p.ctx.db, later, { publicUrl: 'http://x' });
    expect(run.stopped).toEqual([overdue]);
    expect((await runWaiverFallbacks(p.ctx.db, later, { publicUrl: 'http://x' })).stopped).toEqual([]);

    const [o] = await rows<{ state: string; waiver_pending: boolean }>(p, sql`SELECT state, waiver_pending FROM case_record WHERE id = ${overdue}`);
    expect(o).toEqual({ state: 'stopped', waiver_pending: false });
    const [k] = await rows<{ state: string }>(p, sql`SELECT state FROM case_record WHERE id = ${supplied}`);
    expect(k!.state).toBe('accepted');
    const actions = await rows<{ action: string; actor_role: string }>(p, sql`SELECT action, actor_role FROM case_action WHERE case_id = ${overdue} ORDER BY seq`);
    expect(actions.at(-1)).toEqual({ action: 'waiver.fallback', actor_role: 'system' });
    const sms = await rows<{ text: string }>(p, sql`SELECT text FROM notification_outbox WHERE ref LIKE ${`case:${overdue}:%`} ORDER BY created_at`);
    expect(sms.at(-1)!.text).toContain('终止办理');
  });
});
