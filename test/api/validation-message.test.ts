import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../harness.ts';
import { demoIds, rows } from './helpers.ts';

// A refusal names the field (issue #15: an over-long field answered only "输入内容有误"), and
// an over-long catalog name is refused whole, never cut to fit.

describe('validation refusals', () => {
  let p: Awaited<ReturnType<typeof startTestPlatform>>;
  let manager: string;
  let county: string;
  beforeAll(async () => {
    p = await startTestPlatform();
    manager = await signIn(p, 'manager');
    county = (await demoIds(p)).center['XY-COUNTY']!;
  });
  afterAll(async () => p?.close());

  const create = (name: string, lang = 'zh-CN') =>
    p.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/items',
      headers: { cookie: manager, 'accept-language': lang },
      payload: { centerId: county, basicCode: '000100999001', guide: { name, itemType: '10', exerciseLevel: '3', caseType: 'instant' } },
    });

  it('refuses a catalog name over 200 characters, naming the field, and stores nothing', async () => {
    const long = '申'.repeat(201);
    const res = await create(long);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().message).toMatch(/^输入内容有误：guide\.name .*200/);
    expect(res.json().details[0]).toMatchObject({ field: 'guide.name' });
    const en = await create(long, 'en');
    expect(en.json().message).toMatch(/^Invalid input: guide\.name/);
    const stored = await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM catalog_item_version WHERE length(name) >= 200`);
    expect(stored[0]!.n).toBe(0);
    // Exactly 200 is allowed, and kept whole.
    const ok = await create('申'.repeat(200));
    expect(ok.statusCode, ok.body).toBe(201);
  });
});
