import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// WCAG 2.1 AA on every portal page (issue #19): axe-core, run in the page as a browser
// extension would, finds no serious or critical violation, in normal and large text (适老化),
// on a 390×844 phone.
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('no serious or critical axe violation on any portal page, in both text sizes', async () => {
  const items = (await (await fetch(`${server.url}/api/v1/portal/items?pageSize=1`)).json()) as { items: { itemId?: string; id?: string }[] };
  const item = items.items[0]!;
  const bundles = (await (await fetch(`${server.url}/api/v1/portal/bundles`)).json()) as { items: { id: string }[] };
  const pages = [
    '/portal',
    '/portal/search?q=%E8%BA%AB%E4%BB%BD%E8%AF%81',
    `/portal/items/${item.itemId ?? item.id}`,
    `/portal/bundles/${bundles.items[0]!.id}`, // 一件事 (decision 0048)
    '/portal/track?number=NO-SUCH',
    '/portal/hall',
    '/portal/hall/book',
    '/portal/hall/remote',
    '/portal/hall/mine',
    '/portal/sign-in',
    // Signed-in pages (decision 0044): signed out they send to sign-in; the journey below signs in.
    '/portal/me/enterprises',
    '/portal/me/mandates',
    '/portal/no-such-page',
  ];
  const failures: string[] = [];
  for (const large of [false, true]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    if (large) await context.addInitScript(() => localStorage.setItem('ow.portal.largeText', '1'));
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(`${server.url}${path}`);
      await page.getByTestId('portal').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getByTestId('portal').getAttribute('data-large-text')).toBe(large ? 'on' : 'off');
      for (const v of await seriousViolations(page)) failures.push(`${path}${large ? ' [大字]' : ''}: ${v}`);
    }
    await context.close();
  }
  expect(failures).toEqual([]);
});
