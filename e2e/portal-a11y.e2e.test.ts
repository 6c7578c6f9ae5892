import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { sendTestMessage, signInCitizenIn, startSmsGateway, type SmsGateway } from './support/citizen.ts';
import { startServer, type RunningServer } from './support/server.ts';

// WCAG 2.1 AA on every portal page (issue #19): axe-core, run in the page as a browser
// extension would, finds no serious or critical violation, in normal and large text (适老化),
// on a 390×844 phone; the account's pages (我的、我的消息、通知设置) signed in, with a message
// in the inbox so the unread badge and the list are checked too.
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server: RunningServer;
let browser: Browser;
let gateway: SmsGateway;

beforeAll(async () => {
  gateway = await startSmsGateway();
  [server, browser] = await Promise.all([startServer(gateway.env), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await gateway?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

test('no serious or critical axe violation on any portal page, in both text sizes', async () => {
  const items = (await (await fetch(`${server.url}/api/v1/portal/items?pageSize=1`)).json()) as { items: { itemId?: string; id?: string }[] };
  const item = items.items[0]!;
  const pages = [
    '/portal',
    '/portal/search?q=%E8%BA%AB%E4%BB%BD%E8%AF%81',
    `/portal/items/${item.itemId ?? item.id}`,
    '/portal/track?number=NO-SUCH',
    '/portal/hall',
    '/portal/hall/book',
    '/portal/hall/remote',
    '/portal/hall/mine',
    '/portal/sign-in',
    '/portal/no-such-page',
  ];
  // Signed in (after the pages above, which are a visitor's).
  const accountPages = ['/portal/me', '/portal/me/messages', '/portal/me/notifications'];
  const failures: string[] = [];
  for (const large of [false, true]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    if (large) await context.addInitScript(() => localStorage.setItem('ow.portal.largeText', '1'));
    const page = await context.newPage();
    for (const [i, path] of [...pages, ...accountPages].entries()) {
      if (i === pages.length) {
        const mobile = large ? '13700000702' : '13700000701';
        await signInCitizenIn(context, server.url, gateway, mobile);
        await sendTestMessage(server.url, mobile);
      }
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
