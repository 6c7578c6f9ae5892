import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, staffDesks } from './support/browser.ts';
import { idCard, publishedItems } from './support/case.ts';
import { signInAndBind, startSmsGateway, takeInAtWindow, type SmsGateway } from './support/my-cases.ts';
import { startServer, type RunningServer } from './support/server.ts';

// WCAG 2.1 AA on every portal page (issue #19): axe-core, run in the page as a browser
// extension would, finds no serious or critical violation, in normal and large text (适老化),
// on a 390×844 phone.
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server: RunningServer;
let browser: Browser;
let gateway: SmsGateway;
const desks = staffDesks(() => browser, () => server.url);

beforeAll(async () => {
  // The SMS gateway receives the citizen's sign-in code for the signed-in pages (我的办件).
  gateway = await startSmsGateway();
  [server, browser] = await Promise.all([startServer(gateway.env), launchBrowser()]);
});
afterAll(async () => {
  await desks.close();
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

/** Each page opened in turn, in the text size expected, with its serious or critical violations. */
async function violationsOnPages(page: Page, pages: readonly string[], large: boolean): Promise<string[]> {
  const failures: string[] = [];
  for (const path of pages) {
    await page.goto(`${server.url}${path}`);
    await page.getByTestId('portal').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('portal').getAttribute('data-large-text')).toBe(large ? 'on' : 'off');
    for (const v of await seriousViolations(page)) failures.push(`${path}${large ? ' [大字]' : ''}: ${v}`);
  }
  return failures;
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
  const failures: string[] = [];
  for (const large of [false, true]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    if (large) await context.addInitScript(() => localStorage.setItem('ow.portal.largeText', '1'));
    const page = await context.newPage();
    failures.push(...(await violationsOnPages(page, pages, large)));
    await context.close();
  }
  expect(failures).toEqual([]);
});

test('no serious or critical axe violation on the signed-in citizen’s pages (我的办件), in both text sizes', async () => {
  const centers = (await (await fetch(`${server.url}/api/v1/hall/centers`)).json()) as { items: { id: string; name: string }[] };
  const centerId = centers.items.find((c) => c.name === '旬邑县政务服务中心')!.id;
  const clerk = await desks.signIn('clerk');
  const item = (await publishedItems(clerk, centerId)).find((i) => i.name === '居民身份证办理' && i.materials.some((m) => m.required))!;
  const person = { name: '赵秀兰', idNumber: idCard(612), phone: '13787650612' };
  const c = await takeInAtWindow(clerk, { centerId, itemId: item.itemId, applicant: person, fee: true, key: `e2e-a11y-${Date.now()}` });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signInAndBind(page, server.url, gateway, { mobile: person.phone, name: person.name, idNumber: person.idNumber });
  const payUrl = await page.evaluate(async (id) => {
    const detail = (await (await fetch(`/api/v1/portal/cases/${id}`)).json()) as { fees: { id: string }[] };
    return ((await (await fetch(`/api/v1/portal/cases/${id}/fees/${detail.fees[0]!.id}/payments`, { method: 'POST' })).json()) as { payUrl: string }).payUrl;
  }, c.id);
  const pages = ['/portal/me', '/portal/cases', `/portal/cases/${c.id}`, payUrl];
  const failures: string[] = [];
  for (const large of [false, true]) {
    await page.evaluate((on) => localStorage.setItem('ow.portal.largeText', on ? '1' : '0'), large);
    failures.push(...(await violationsOnPages(page, pages, large)));
  }
  await context.close();
  expect(failures).toEqual([]);
});
