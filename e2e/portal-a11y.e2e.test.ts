import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { idCardCheckChar } from '../src/domain/identifiers/index.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { startSmsGateway, type SmsGateway } from './support/sms.ts';

// WCAG 2.1 AA on every portal page (issue #19): axe-core, run in the page as a browser
// extension would, finds no serious or critical violation, in normal and large text (适老化),
// on a 390×844 phone.
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server: RunningServer;
let browser: Browser;
// The SMS gateway: the online hall's pages are a signed-in citizen's (issue #19).
let sms: SmsGateway;

beforeAll(async () => {
  sms = await startSmsGateway();
  [server, browser] = await Promise.all([startServer(sms.env), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  sms?.close();
});

/** Signs the page's context in as a real-name verified citizen and makes one draft; its id. */
async function citizenWithDraft(page: Page, mobile: string, itemId: string): Promise<string> {
  await page.goto(`${server.url}/portal/sign-in`);
  await page.getByTestId('citizen-mobile').fill(mobile);
  const before = sms.texts.length;
  await page.getByTestId('citizen-send-code').click();
  await page.getByTestId('citizen-code').fill(await sms.codeTo(mobile, before));
  await page.getByTestId('citizen-sign-in-submit').click();
  await page.getByTestId('citizen-account').waitFor();
  const first17 = `6104291970030300${mobile.at(-1)}`;
  await page.getByTestId('citizen-name').fill('王秀兰');
  await page.getByTestId('citizen-id-number').fill(first17 + idCardCheckChar(first17));
  await page.getByTestId('citizen-bind').click();
  await page.getByTestId('citizen-verified').filter({ hasText: '已实名认证' }).waitFor();
  return page.evaluate(async (id) => {
    const r = await fetch('/api/v1/portal/online/applications', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ itemIds: [id] }) });
    return ((await r.json()) as { id: string }).id;
  }, itemId);
}

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
  const online = (await (await fetch(`${server.url}/api/v1/portal/items?pageSize=100`)).json()) as { items: { itemId: string; online: boolean }[] };
  const onlineItem = online.items.find((i) => i.online)!.itemId;
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
    `/portal/items/${onlineItem}`,
    '/portal/apply?items=not-an-item',
  ];
  // issue #19: the online hall's own pages, signed in (the wizard at each step, 我的申请, a draft's page).
  const steps = ['subject', 'forms', 'materials', 'delivery', 'review'];
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
    const draft = await citizenWithDraft(page, large ? '13912340002' : '13912340001', onlineItem);
    for (const path of ['/portal/applications', `/portal/applications/${draft}`, `/portal/apply/${draft}`]) {
      await page.goto(`${server.url}${path}`);
      await page.getByTestId('portal').waitFor();
      await page.waitForLoadState('networkidle');
      if (path.startsWith('/portal/apply/')) {
        // Each step of the wizard it can reach without uploads; where it stops, with the problems shown.
        for (const step of steps) {
          await expect.poll(() => page.getByTestId('apply-wizard').getAttribute('data-step')).toBe(step);
          for (const v of await seriousViolations(page)) failures.push(`${path}#${step}${large ? ' [大字]' : ''}: ${v}`);
          if (step === 'review') break;
          await page.getByTestId('apply-next').click();
          const stopped = await page
            .getByTestId('apply-problems')
            .waitFor({ timeout: 3000 })
            .then(() => true)
            .catch(() => false);
          if (stopped) {
            for (const v of await seriousViolations(page)) failures.push(`${path}#${step}+problems${large ? ' [大字]' : ''}: ${v}`);
            break;
          }
        }
      } else for (const v of await seriousViolations(page)) failures.push(`${path}${large ? ' [大字]' : ''}: ${v}`);
    }
    await context.close();
  }
  expect(failures).toEqual([]);
});
