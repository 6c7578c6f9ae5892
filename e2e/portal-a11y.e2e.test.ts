import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { idCardCheckChar } from '../src/domain/identifiers/index.ts';
import { PHONE, pageProblems, violationsOnPages } from './support/axe.ts';
import { launchBrowser, staffDesks } from './support/browser.ts';
import { idCard, publishedItems } from './support/case.ts';
import { sendTestMessage } from './support/citizen.ts';
import { signInAndBind, takeInAtWindow } from './support/my-cases.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { startSmsGateway, type SmsGateway } from './support/sms.ts';

// WCAG 2.1 AA on every portal page (issue #19): axe-core, run in the page as a browser
// extension would, finds no serious or critical violation, in normal and large text (适老化),
// on the smallest phone the portal serves (360×640), where no page may scroll sideways.
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

/** Signs the page's context in as a real-name verified citizen and makes one draft; its id. */
async function citizenWithDraft(page: Page, mobile: string, itemId: string): Promise<string> {
  await page.goto(`${server.url}/portal/sign-in`);
  await page.getByTestId('citizen-mobile').fill(mobile);
  const before = gateway.texts.length;
  await page.getByTestId('citizen-send-code').click();
  await page.getByTestId('citizen-code').fill(await gateway.codeTo(mobile, before));
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

test('no serious or critical axe violation on any portal page, in both text sizes', async () => {
  const items = (await (await fetch(`${server.url}/api/v1/portal/items?pageSize=1`)).json()) as { items: { itemId?: string; id?: string }[] };
  const item = items.items[0]!;
  const bundles = (await (await fetch(`${server.url}/api/v1/portal/bundles`)).json()) as { items: { id: string; items: { itemId: string }[] }[] };
  const online = (await (await fetch(`${server.url}/api/v1/portal/items?pageSize=100`)).json()) as { items: { itemId: string; online: boolean }[] };
  const onlineItem = online.items.find((i) => i.online)!.itemId;
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
    '/portal/no-such-page',
    `/portal/items/${onlineItem}`,
    '/portal/apply?items=not-an-item',
  ];
  const accountPages = ['/portal/me/messages', '/portal/me/notifications'];
  // issue #19: the online hall's own pages, signed in (the wizard at each step, 我的申请, a draft's page).
  const steps = ['subject', 'forms', 'materials', 'delivery', 'review'];
  const failures: string[] = [];
  for (const large of [false, true]) {
    const context = await browser.newContext(PHONE);
    if (large) await context.addInitScript(() => localStorage.setItem('ow.portal.largeText', '1'));
    const page = await context.newPage();
    failures.push(...(await violationsOnPages(page, server.url, pages, large)));
    const mobile = large ? '13912340002' : '13912340001';
    const draft = await citizenWithDraft(page, mobile, onlineItem);
    for (const path of ['/portal/applications', `/portal/applications/${draft}`, `/portal/apply/${draft}`]) {
      await page.goto(`${server.url}${path}`);
      await page.getByTestId('portal').waitFor();
      await page.waitForLoadState('networkidle');
      if (path.startsWith('/portal/apply/')) {
        // Each step of the wizard it can reach without uploads; where it stops, with the problems shown.
        for (const step of steps) {
          await expect.poll(() => page.getByTestId('apply-wizard').getAttribute('data-step')).toBe(step);
          // The step's save settled: a button in its loading state is dimmed on purpose while it lasts.
          await expect.poll(() => page.locator('.ant-btn-loading').count()).toBe(0);
          failures.push(...(await pageProblems(page, `${path}#${step}${large ? ' [大字]' : ''}`)));
          if (step === 'review') break;
          await page.getByTestId('apply-next').click();
          const stopped = await page
            .getByTestId('apply-problems')
            .waitFor({ timeout: 3000 })
            .then(() => true)
            .catch(() => false);
          if (stopped) {
            await expect.poll(() => page.locator('.ant-btn-loading').count()).toBe(0);
            failures.push(...(await pageProblems(page, `${path}#${step}+problems${large ? ' [大字]' : ''}`)));
            break;
          }
        }
      } else failures.push(...(await pageProblems(page, `${path}${large ? ' [大字]' : ''}`)));
    }
    // A 一件事 draft: the bundle's one form (shared details once, each item's own under its name).
    const bundle = bundles.items[0]!;
    const bundleDraft = await page.evaluate(
      async (b) => {
        const r = await fetch('/api/v1/portal/online/applications', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ itemIds: b.items.map((i) => i.itemId), bundleId: b.id }) });
        return ((await r.json()) as { id: string }).id;
      },
      bundle,
    );
    await page.goto(`${server.url}/portal/apply/${bundleDraft}`);
    await page.getByTestId('apply-wizard').waitFor();
    await page.getByTestId('apply-next').click();
    await page.getByTestId('apply-bundle-form').waitFor();
    await expect.poll(() => page.locator('.ant-btn-loading').count()).toBe(0);
    failures.push(...(await pageProblems(page, `/portal/apply/${bundleDraft}#forms (一件事)${large ? ' [大字]' : ''}`)));
    // With a message in the inbox, so the unread badge and the list are checked too.
    await sendTestMessage(server.url, mobile);
    failures.push(...(await violationsOnPages(page, server.url, accountPages, large)));
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
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signInAndBind(page, server.url, gateway, { mobile: person.phone, name: person.name, idNumber: person.idNumber });
  const payUrl = await page.evaluate(async (id) => {
    const detail = (await (await fetch(`/api/v1/portal/cases/${id}`)).json()) as { fees: { id: string }[] };
    return ((await (await fetch(`/api/v1/portal/cases/${id}/fees/${detail.fees[0]!.id}/payments`, { method: 'POST' })).json()) as { payUrl: string }).payUrl;
  }, c.id);
  const pages = ['/portal/me', '/portal/me/enterprises', '/portal/me/mandates', '/portal/cases', `/portal/cases/${c.id}`, payUrl];
  const failures: string[] = [];
  for (const large of [false, true]) {
    await page.evaluate((on) => localStorage.setItem('ow.portal.largeText', on ? '1' : '0'), large);
    failures.push(...(await violationsOnPages(page, server.url, pages, large)));
  }
  await context.close();
  expect(failures).toEqual([]);
});
