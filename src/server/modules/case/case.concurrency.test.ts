import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCaseNumber } from '../../../domain/case/index.ts';
import { startTestPlatform } from '../../../../test/harness.ts';
import { demoIds, type DemoIds, type TestPlatform } from '../../../../test/api/helpers.ts';
import type { Actor } from '../../platform/context.ts';
import { countyItems, person, type DemoItem } from './case.fixture.ts';
import { intake } from './intake/intake.service.ts';

// Case numbers under load: 200 intakes of one item at once draw 200 distinct serials with no
// gap (the counter row is locked until each intake commits); a retried request creates one case.

describe('case numbers under concurrency', () => {
  let p: TestPlatform;
  let ids: DemoIds;
  let actor: Actor;
  let item: DemoItem;

  beforeAll(async () => {
    p = await startTestPlatform();
    ids = await demoIds(p);
    actor = (await p.ctx.resolveActor(p.ctx.db, ids.staffUser['clerk']!))!;
    item = (await countyItems(p)).find((i) => i.materials.length > 0)!;
  });
  afterAll(async () => p?.close());

  const request = (k: number, key = `load-${k}-key`) => ({
    centerId: ids.center['XY-COUNTY']!,
    applicant: person(k),
    channel: 'window' as const,
    serviceMode: 'standard' as const,
    sharedFields: {},
    items: [{ itemId: item.id, formData: {}, checklist: [] }],
    idempotencyKey: key,
  });

  it('200 intakes at once get 200 distinct consecutive numbers', async () => {
    const results = await Promise.all(Array.from({ length: 200 }, (_, k) => intake(p.ctx.db, { actor, ip: '127.0.0.1' }, request(k))));
    const serials = results.map((r) => parseCaseNumber(r.cases[0]!.number)!.serial).sort((a, b) => a - b);
    expect(new Set(serials).size).toBe(200);
    expect(serials.at(-1)! - serials[0]!).toBe(199);
  }, 120_000);

  it('a request retried with the same idempotency key (even concurrently) creates one case', async () => {
    const [a, b, c] = await Promise.all([0, 1, 2].map(() => intake(p.ctx.db, { actor, ip: '127.0.0.1' }, request(9999, 'same-key-retried'))));
    expect(b!.cases[0]!.id).toBe(a!.cases[0]!.id);
    expect(c!.cases[0]!.number).toBe(a!.cases[0]!.number);
    const next = await intake(p.ctx.db, { actor, ip: '127.0.0.1' }, request(9998));
    expect(parseCaseNumber(next.cases[0]!.number)!.serial).toBe(parseCaseNumber(a!.cases[0]!.number)!.serial + 1);
  }, 60_000);
});
