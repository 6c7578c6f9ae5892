import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../harness.ts';
import { demoIds, enrolTotp, signInWithTotp, type DemoIds } from './helpers.ts';

// The audit log names people instead of showing ids (issue #15: rows read "staff / 01a2…"):
// GET /audit gives the name of the staff member a row is about.

describe('audit log names', () => {
  let p: Awaited<ReturnType<typeof startTestPlatform>>;
  let ids: DemoIds;
  beforeAll(async () => {
    p = await startTestPlatform();
    ids = await demoIds(p);
  });
  afterAll(async () => p?.close());

  it('answers the name of the staff member a row is about, and of its actor', async () => {
    const manager = await signIn(p, 'manager');
    const read = await p.app.inject({ url: `/api/v1/staff/${ids.staff['tq-clerk']}`, headers: { cookie: manager } });
    expect(read.statusCode).toBe(200);
    const auditor = await signInWithTotp(p, 'auditor', await enrolTotp(p, 'auditor'));
    const res = await p.app.inject({ url: '/api/v1/audit?action=staff.read-personal', headers: { cookie: auditor } });
    expect(res.statusCode).toBe(200);
    const row = res.json().items.find((r: { objectId: string }) => r.objectId === ids.staff['tq-clerk']);
    expect(row).toMatchObject({ objectType: 'staff', objectName: '沈娟', actorName: '周志强' });
    const other = (await p.app.inject({ url: '/api/v1/audit?action=seed.demo', headers: { cookie: auditor } })).json().items[0];
    expect(other.objectName).toBeNull();
  });
});
