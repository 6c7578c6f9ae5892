import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { demoIds, rows, type DemoIds, type TestPlatform } from '../../../../test/api/helpers.ts';
import type { Actor } from '../../platform/context.ts';
import { countyItems, fullChecklist, person, pick, type DemoItem } from './case.fixture.ts';
import { listVerifications } from './read/verification.read.ts';

// 承诺核查: the post-verification tasks of 告知承诺, soonest due first, gone once verified,
// never shown outside the center scope.

describe('commitment verification tasks', () => {
  let p: TestPlatform;
  let ids: DemoIds;
  let clerk: string;
  let approver: string;
  let item: DemoItem;
  let n = 0;
  const post = (url: string, payload: object, cookie = clerk) => p.app.inject({ method: 'POST', url, payload, headers: { cookie } });
  const list = async (cookie: string) => {
    const res = await p.app.inject({ url: '/api/v1/cases/verifications', headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { total: number; items: { id: string; verifyDue: string; overdue: boolean; flags: { commitmentPending: boolean } }[] };
  };
  async function committed(verifyBy: string): Promise<string> {
    const made = await post('/api/v1/cases/applications', { centerId: ids.center['XY-COUNTY'], applicant: person(8300 + ++n), items: [{ itemId: item.id, checklist: fullChecklist(item) }], idempotencyKey: `verification-task-${n}` });
    expect(made.statusCode, made.body).toBe(200);
    const c = made.json().cases[0];
    const res = await post(`/api/v1/cases/${c.id}/actions`, {
      action: 'intake.commitment_approve',
      commitment: { conditions: ['申请人具备相应条件'], replacedMaterialIds: [], verifyBy },
      idempotencyKey: `verification-task-${n}-approve`,
    });
    expect(res.statusCode, res.body).toBe(200);
    return c.id;
  }

  beforeAll(async () => {
    p = await startTestPlatform();
    ids = await demoIds(p);
    clerk = await signIn(p, 'clerk');
    approver = await signIn(p, 'approver');
    item = pick(await countyItems(p), (i) => i.commitment, 'commitment');
  });
  afterAll(async () => p?.close());

  it('lists open verifications soonest due first, flags the overdue, drops the verified, and keeps to the scope', async () => {
    const later = await committed('2099-06-30');
    const sooner = await committed('2099-01-31');
    const open = await list(approver);
    expect(open.items.map((i) => [i.id, i.verifyDue])).toEqual([
      [sooner, '2099-01-31'],
      [later, '2099-06-30'],
    ]);
    expect(open.total).toBe(2);
    expect(open.items.every((i) => i.flags.commitmentPending && !i.overdue)).toBe(true);
    // On 2099-02-01 the first one is overdue.
    const [county] = await rows<{ path: string }>(p, sql`SELECT path FROM center WHERE code = 'XY-COUNTY'`);
    const then = await listVerifications(p.ctx.db, { centerPath: county!.path } as Actor, { page: 1, pageSize: 20 }, new Date('2099-02-01T04:00:00Z'));
    expect(then.items.map((i) => i.overdue)).toEqual([true, false]);

    const verified = await post(`/api/v1/cases/${sooner}/actions`, { action: 'commitment.verify', idempotencyKey: 'verification-task-verify' }, approver);
    expect(verified.statusCode, verified.body).toBe(200);
    expect((await list(approver)).items.map((i) => i.id)).toEqual([later]);

    const township = await signIn(p, 'tq-clerk');
    expect(await list(township)).toMatchObject({ total: 0, items: [] });
  });
});
