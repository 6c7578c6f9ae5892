import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseSerialScope, caseTransitions, parseCaseNumber } from '../../../domain/case/index.ts';
import { validateIdCard, validateUscc } from '../../../domain/identifiers/index.ts';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { demoIds, rows, type DemoIds, type TestPlatform } from '../../../../test/api/helpers.ts';
import { countyItems, fullChecklist, person } from '../../modules/case/case.fixture.ts';
import { seedCases } from './seed-cases.ts';

// The bulk case seed (decision 0027) on a small scale: what it stores must look like what the
// one write path stores, and the lists must find it.

const COUNT = 2_000;

interface Row {
  id: string;
  number: string;
  item_code: string;
  received_at: string | Date;
  state: string;
  row_version: number;
  applicant_id_type: string;
  applicant_id_number: string;
  applicant_name: string;
  center_id: string;
  version_id: string;
}

describe('seed-cases', () => {
  let p: TestPlatform;
  let ids: DemoIds;
  let clerk: string;
  let cases: Row[];
  const progress: number[] = [];

  beforeAll(async () => {
    p = await startTestPlatform();
    ids = await demoIds(p);
    clerk = await signIn(p, 'clerk');
    const r = await seedCases(p.ctx.db, { count: COUNT, batch: 700, onProgress: (done) => progress.push(done) });
    expect(r.cases).toBe(COUNT);
    cases = await rows<Row>(
      p,
      sql`SELECT id, number, item_code, received_at, state, row_version, applicant_id_type, applicant_id_number, applicant_name, center_id, version_id FROM case_record ORDER BY received_at, number`,
    );
  }, 120_000);
  afterAll(async () => p?.close());

  it('stores the cases in batches, reporting progress up to the count', () => {
    expect(cases).toHaveLength(COUNT);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(COUNT);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('numbers cases consecutively per item and day, in the order received, and leaves the counters there', async () => {
    const byScope = new Map<string, { serial: number; at: number }[]>();
    for (const c of cases) {
      const parsed = parseCaseNumber(c.number)!;
      expect(parsed.code).toBe(c.item_code);
      const key = `${parsed.code}|${parsed.date}`;
      byScope.set(key, [...(byScope.get(key) ?? []), { serial: parsed.serial, at: new Date(c.received_at).getTime() }]);
    }
    expect(byScope.size).toBeGreaterThan(100);
    for (const list of byScope.values()) {
      const inTime = [...list].sort((a, b) => a.at - b.at || a.serial - b.serial).map((x) => x.serial);
      expect(inTime).toEqual(list.map((_, i) => i + 1));
    }
    const counters = await rows<{ scope: string; last: number }>(p, sql`SELECT scope, last FROM case_number_counter`);
    const last = new Map(counters.map((c) => [c.scope, Number(c.last)]));
    for (const [key, list] of byScope) {
      const [code, date] = key.split('|') as [string, string];
      expect(last.get(`case|${caseSerialScope({ code, date })}`)).toBe(list.length);
    }
  });

  it('spreads cases over two years up to now, over the centers with clerks, most of them closed', () => {
    const times = cases.map((c) => new Date(c.received_at).getTime());
    expect(Math.max(...times)).toBeLessThanOrEqual(Date.now());
    expect(Date.now() - Math.min(...times)).toBeGreaterThan(700 * 86_400_000);
    const county = cases.filter((c) => c.center_id === ids.center['XY-COUNTY']).length;
    expect(county / COUNT).toBeGreaterThan(0.7);
    expect(new Set(cases.map((c) => c.center_id)).size).toBe(3);
    const closed = cases.filter((c) => ['concluded', 'not_accepted', 'withdrawn'].includes(c.state)).length;
    expect(closed / COUNT).toBeGreaterThan(0.9);
  });

  it('gives every applicant a valid ID number or USCC, some of them returning', () => {
    for (const c of cases) {
      const ok = c.applicant_id_type === 'uscc' ? validateUscc(c.applicant_id_number).ok : validateIdCard(c.applicant_id_number).ok;
      expect(ok, c.applicant_id_number).toBe(true);
      expect(c.applicant_name).toMatch(/^[\u4e00-\u9fff]{2,}/);
    }
    expect(new Set(cases.map((c) => c.applicant_id_number)).size).toBeLessThan(COUNT);
  });

  it('writes each case its history along the state table and a checklist line per material', async () => {
    const actions = await rows<{ case_id: string; seq: number; action: string; from_state: string | null; to_state: string }>(
      p,
      sql`SELECT case_id, seq, action, from_state, to_state FROM case_action ORDER BY case_id, seq`,
    );
    const byCase = new Map<string, typeof actions>();
    for (const a of actions) byCase.set(a.case_id, [...(byCase.get(a.case_id) ?? []), a]);
    const allowed = new Set(caseTransitions.map((t) => `${t.from}|${t.action}|${t.to}`));
    for (const c of cases) {
      const list = byCase.get(c.id)!;
      expect(list.map((a) => a.seq)).toEqual(list.map((_, i) => i + 1));
      expect(list[0]!.action).toBe('create');
      expect(list.at(-1)!.to_state).toBe(c.state);
      expect(list.length).toBe(c.row_version);
      for (const a of list.slice(1)) expect(allowed.has(`${a.from_state}|${a.action}|${a.to_state}`), `${a.from_state} ${a.action} ${a.to_state}`).toBe(true);
    }
    const [mismatch] = await rows<{ n: number }>(
      p,
      sql`SELECT count(*)::int AS n FROM case_record r WHERE (SELECT count(*) FROM case_material m WHERE m.case_id = r.id) <> (SELECT count(*) FROM catalog_material cm WHERE cm.version_id = r.version_id)`,
    );
    expect(mismatch!.n).toBe(0);
  });

  it('answers the window list and the searches through the API', async () => {
    const get = (url: string) => p.app.inject({ method: 'GET', url, headers: { cookie: clerk } });
    // Seeded cases fall in office hours up to now, so before 09:00 in Beijing none is today's:
    // one case taken in at the window now keeps the list's check from passing on nothing.
    const item = (await countyItems(p))[0]!;
    const taken = await p.app.inject({
      method: 'POST',
      url: '/api/v1/cases/applications',
      headers: { cookie: clerk },
      payload: { centerId: ids.center['XY-COUNTY'], applicant: person(1), items: [{ itemId: item.id, checklist: fullChecklist(item) }], idempotencyKey: 'seed-cases-today-1' },
    });
    expect(taken.statusCode, taken.body).toBe(200);
    const [today] = await rows<{ n: number }>(
      p,
      sql`SELECT count(*)::int AS n FROM case_record WHERE center_id = ${ids.center['XY-COUNTY']} AND received_at >= date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai'`,
    );
    const list = (await get('/api/v1/cases?view=window_today&pageSize=100')).json();
    expect(list.total).toBe(today!.n);
    expect(today!.n).toBeGreaterThan(0);
    const c = cases.filter((x) => x.center_id === ids.center['XY-COUNTY']).at(-1)!;
    const byNumber = (await get(`/api/v1/cases?view=search&q=${encodeURIComponent(c.number)}`)).json();
    expect(byNumber.items.map((x: { id: string }) => x.id)).toEqual([c.id]);
    const byId = (await get(`/api/v1/cases?view=search&q=${c.applicant_id_number}`)).json();
    expect(byId.items.map((x: { id: string }) => x.id)).toContain(c.id);
    const byName = (await get(`/api/v1/cases?view=search&q=${encodeURIComponent(c.applicant_name)}&pageSize=100`)).json();
    expect(byName.total).toBeGreaterThan(0);
    expect(byName.items.every((x: { applicantName: string }) => x.applicantName.startsWith(c.applicant_name))).toBe(true);
  });
});
