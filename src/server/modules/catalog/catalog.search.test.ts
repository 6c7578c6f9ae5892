import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform } from '../../../../test/harness.ts';

type Platform = Awaited<ReturnType<typeof startTestPlatform>>;

// The search takes its total from the page's own rows (count(*) OVER ()), plain LIKE for
// words without case and code prefixes only for code-like words: these keep the answers.
describe('catalog search answers', () => {
  let p: Platform;
  const search = async (query: string) =>
    (await p.app.inject({ url: `/api/v1/portal/items?${query}` })).json() as { items: { name: string; themes: string[] }[]; total: number };

  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(async () => p?.close());

  it('gives the same total on every page, past the last one too', async () => {
    const first = await search('q=登记&pageSize=5');
    expect(first.total).toBeGreaterThan(5);
    expect(first.items).toHaveLength(5);
    const last = await search(`q=登记&pageSize=5&page=${Math.ceil(first.total / 5)}`);
    expect(last.total).toBe(first.total);
    expect(last.items.length).toBeGreaterThan(0);
    expect(await search('q=登记&pageSize=5&page=999')).toEqual({ items: [], total: first.total, page: 999, pageSize: 5 });
    expect(await search('q=不存在的事项名称')).toMatchObject({ items: [], total: 0 });
  });

  it('matches codes by prefix in any case, and themes through their index', async () => {
    const upper = await search('q=11610429MB&pageSize=100');
    expect(upper.total).toBeGreaterThan(40);
    expect((await search('q=11610429mb&pageSize=100')).total).toBe(upper.total);
    const marriage = await search('theme=marriage&pageSize=100');
    expect(marriage.total).toBeGreaterThanOrEqual(2);
    expect(marriage.items.every((i) => i.themes.includes('marriage'))).toBe(true);
  });
});
