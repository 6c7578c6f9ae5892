import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { rows, type TestPlatform } from '../../../../test/api/helpers.ts';
import { countyItems, fullChecklist, person, pick, type DemoItem } from './case.fixture.ts';
import { recomputeWarningLevels } from './jobs/warning-levels.ts';

// The case-warning-levels job: stored due dates + the center's boundaries on "today" → the
// stored level, set-based, only changed rows written, thresholds per center.

describe('case warning levels job', () => {
  let p: TestPlatform;
  let clerk: string;
  let item: DemoItem;
  let centerId: string;
  let n = 0;
  // Wednesday 2026-10-28, 10:00 in Shanghai.
  const now = new Date('2026-10-28T02:00:00Z');
  const post = (url: string, payload: object) => p.app.inject({ method: 'POST', url, payload, headers: { cookie: clerk } });

  async function accepted(dues: { promised: string | null; legal: string | null; paused?: boolean; state?: string }): Promise<string> {
    const c = (await post('/api/v1/cases/applications', { centerId, applicant: person(700 + ++n), items: [{ itemId: item.id }], idempotencyKey: `warn-${n}-intake` })).json().cases[0];
    const r = await post(`/api/v1/cases/${c.id}/actions`, { action: 'intake.accept', checklist: fullChecklist(item), idempotencyKey: `warn-${n}-accept` });
    expect(r.statusCode, r.body).toBe(200);
    // The due dates a pause or an extension would have stored (the write path is not under test here).
    await p.ctx.db.execute(sql`UPDATE case_record SET promised_due = ${dues.promised}::date, legal_due = ${dues.legal}::date, paused = ${dues.paused ?? false}, state = ${dues.state ?? 'accepted'} WHERE id = ${c.id}`);
    return c.id as string;
  }
  const levels = async (ids: string[]) => {
    const r = await rows<{ id: string; warning_level: string | null }>(p, sql`SELECT id, warning_level FROM case_record WHERE id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`);
    const by = new Map(r.map((x) => [x.id, x.warning_level]));
    return ids.map((i) => by.get(i));
  };

  beforeAll(async () => {
    p = await startTestPlatform();
    clerk = await signIn(p, 'clerk');
    centerId = (await rows<{ id: string }>(p, sql`SELECT id FROM center WHERE code = 'XY-COUNTY'`))[0]!.id;
    item = pick(await countyItems(p), (i) => i.caseType !== 'instant', 'standard');
  });
  afterAll(async () => p?.close());

  it('sets normal / yellow / red / overdue / paused from the earlier due date, clears ended cases, writes only changes', async () => {
    const ids = [
      await accepted({ promised: '2026-10-29', legal: '2026-11-20' }), // 1 working day left → yellow
      await accepted({ promised: '2026-10-28', legal: '2026-11-20' }), // due today → red
      await accepted({ promised: '2026-11-20', legal: '2026-10-27' }), // the legal date has passed → overdue
      await accepted({ promised: '2026-11-02', legal: '2026-11-20' }), // 3 working days left → normal
      await accepted({ promised: null, legal: null, paused: true }), // §45 pause open → paused
      await accepted({ promised: '2026-10-20', legal: '2026-10-26', paused: true }), // ran out before the pause → overdue
      await accepted({ promised: '2026-10-28', legal: '2026-10-28', state: 'concluded' }), // ended: no level
    ];
    await p.ctx.db.execute(sql`UPDATE case_record SET warning_level = 'red' WHERE id = ${ids[6]!}`);
    const first = await recomputeWarningLevels(p.ctx.db, now, { batch: 2 });
    expect(first.today).toBe('2026-10-28');
    expect(first.batches).toBeGreaterThan(2);
    expect(await levels(ids)).toEqual(['yellow', 'red', 'overdue', 'normal', 'paused', 'overdue', null]);
    expect(first.changed).toBeGreaterThanOrEqual(7);
    // Same day again: nothing to write.
    expect((await recomputeWarningLevels(p.ctx.db, now)).changed).toBe(0);
    // Next day (Thursday 10-29): the yellow one turns red, the red one overdue.
    const thursday = await recomputeWarningLevels(p.ctx.db, new Date('2026-10-29T02:00:00Z'));
    expect(await levels(ids.slice(0, 2))).toEqual(['red', 'overdue']);
    expect(thursday.changed).toBeGreaterThanOrEqual(2);
  });

  it('a center that warns 3 working days ahead turns the 11-02 case yellow on 10-28 (Wed: 10-29, 10-30, 11-02 left)', async () => {
    const id = await accepted({ promised: '2026-11-02', legal: '2026-11-20' });
    await recomputeWarningLevels(p.ctx.db, now);
    expect(await levels([id])).toEqual(['normal']);
    await p.ctx.db.execute(sql`INSERT INTO case_warning_setting (center_id, yellow_workdays, updated_by, updated_at) VALUES (${centerId}, 3, 'test', now())`);
    await recomputeWarningLevels(p.ctx.db, now);
    expect(await levels([id])).toEqual(['yellow']);
    const [row] = await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM case_action WHERE case_id = ${id}`);
    expect(row!.n).toBe(2); // intake and accept only: a level is not a case action (decision 0030)
  });

  it('the 预警办件 list: worst first, one level on request, only the reader\'s center; the page colours follow the stored dates', async () => {
    const get = (url: string, cookie = clerk) => p.app.inject({ method: 'GET', url, headers: { cookie } });
    const overdue = await accepted({ promised: '2026-10-01', legal: '2026-10-02' });
    const paused = await accepted({ promised: null, legal: null, paused: true });
    await recomputeWarningLevels(p.ctx.db, now);
    const all = await get('/api/v1/cases?view=warnings&pageSize=100');
    expect(all.statusCode, all.body).toBe(200);
    const levels = all.json().items.map((i: { warningLevel: string }) => i.warningLevel);
    const rank = ['overdue', 'red', 'yellow', 'paused'];
    expect(levels.length).toBeGreaterThanOrEqual(2);
    expect(levels.every((l: string) => rank.includes(l))).toBe(true);
    expect([...levels].sort((a: string, b: string) => rank.indexOf(a) - rank.indexOf(b))).toEqual(levels);
    const ids = all.json().items.map((i: { id: string }) => i.id);
    expect(ids).toContain(overdue);
    expect(ids).toContain(paused);
    const red = (await get('/api/v1/cases?view=warnings&level=paused&pageSize=100')).json();
    expect(red.items.map((i: { id: string }) => i.id)).toContain(paused);
    expect(red.items.every((i: { warningLevel: string }) => i.warningLevel === 'paused')).toBe(true);
    // A township clerk sees none of the county's warned cases, and may not ask for the county.
    const tq = await signIn(p, 'tq-clerk');
    expect((await get('/api/v1/cases?view=warnings', tq)).json().items.map((i: { id: string }) => i.id)).not.toContain(overdue);
    expect((await get(`/api/v1/cases?view=warnings&centerId=${centerId}`, tq)).statusCode).toBe(403);
    // The page computes the same colours live from the stored dates.
    const page = (await get(`/api/v1/cases/${paused}`)).json();
    expect(page.due).toMatchObject({ promised: { due: null, level: 'paused' }, legal: { due: null, level: 'paused' } });
    const late = (await get(`/api/v1/cases/${overdue}`)).json();
    expect(late.due.legal).toEqual({ due: '2026-10-02', level: 'overdue' });
  });
});
