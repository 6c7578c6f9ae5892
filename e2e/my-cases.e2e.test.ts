import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pdfText } from '../src/server/modules/case/notices/pdf-text.ts';
import { launchBrowser, staffDesks } from './support/browser.ts';
import { idCard, publishedItems } from './support/case.ts';
import { bytesOf, openMyCase, payAndChooseMail, signInAndBind, startSmsGateway, takeInAtWindow, type SmsGateway } from './support/my-cases.ts';
import { startServer, type RunningServer } from './support/server.ts';

// 我的办件 (issue #19) on a 390×844 phone: a citizen, signed in with the code texted to them and
// real-name bound, finds the case the window took in for their ID with a fee, downloads the
// acceptance notice, sees the due date, pays online (the demo payment platform's signed
// callback marks it paid), chooses mail, and withdraws another case not yet decided; the window
// sees it withdrawn.
const county = '旬邑县政务服务中心';
const ID_CARD_ITEM = '居民身份证办理';

let server: RunningServer;
let browser: Browser;
let gateway: SmsGateway;
let clerk: Page;
let centerId: string;
const desks = staffDesks(() => browser, () => server.url);

beforeAll(async () => {
  gateway = await startSmsGateway();
  [server, browser] = await Promise.all([startServer(gateway.env), launchBrowser()]);
  const centers = (await (await fetch(`${server.url}/api/v1/hall/centers`)).json()) as { items: { id: string; name: string }[] };
  centerId = centers.items.find((c) => c.name === county)!.id;
  clerk = await desks.signIn('clerk');
}, 180_000);

afterAll(async () => {
  await desks.close();
  await browser?.close();
  await server?.stop();
  await gateway?.close();
});

test('a citizen follows the window’s case on the phone: acceptance notice, due date, pays, chooses mail; withdraws another', async () => {
  const person = { name: '王建华', idNumber: idCard(611), phone: '13787650611' };
  const items = await publishedItems(clerk, centerId);
  const idCardItem = items.find((i) => i.name === ID_CARD_ITEM && i.materials.some((m) => m.required))!;
  const other = items.find((i) => i.name !== ID_CARD_ITEM && i.caseType !== 'instant' && i.materials.some((m) => m.required))!;
  const paid = await takeInAtWindow(clerk, { centerId, itemId: idCardItem.itemId, applicant: person, fee: true, key: `e2e-my-${Date.now()}-a` });
  const open = await takeInAtWindow(clerk, { centerId, itemId: other.itemId, applicant: person, accept: false, key: `e2e-my-${Date.now()}-b` });

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signInAndBind(page, server.url, gateway, { mobile: person.phone, name: person.name, idNumber: person.idNumber });

  // 我的办件 from the account page: both cases, the fee owed and the promised date on the first.
  await page.getByTestId('citizen-my-cases').click();
  await page.getByTestId('my-cases').waitFor();
  const card = page.locator(`[data-testid="my-case-item"][data-number="${paid.number}"]`);
  await card.waitFor();
  expect(await card.getByTestId('my-case-state').innerText()).toBe('已受理，办理中');
  await card.getByTestId('my-case-owes-fee').waitFor();
  expect(await card.getByTestId('my-case-due').innerText()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await page.locator(`[data-testid="my-case-item"][data-number="${open.number}"]`).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The case: the due date, the progress, the acceptance notice downloaded as a PDF.
  await openMyCase(page, paid.number);
  const due = await page.getByTestId('my-case-due').innerText();
  expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(await page.getByTestId('my-case-timeline').innerText()).toContain('已受理');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('my-case-notice-acceptance').click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const notice = (await pdfText(await bytesOf(page, (await page.getByTestId('my-case-notice-acceptance').getAttribute('href'))!))).replace(/\s+/g, '');
  expect(notice).toContain('受理通知书');
  expect(notice).toContain(paid.number);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // Pay through the payment platform and choose mail (the steps the main journey reuses).
  await payAndChooseMail(page, paid.number, { address: '陕西省咸阳市旬邑县城关街道东大街 12 号', recipient: '', phone: '137 8765 0611' });
  // The window's delivery card shows the applicant's choice.
  const choice = await clerk.evaluate(async (id) => (await (await fetch(`/api/v1/cases/${id}/delivery`)).json()) as { choice: { method: string; address: string } }, paid.id);
  expect(choice.choice).toMatchObject({ method: 'mail', address: '陕西省咸阳市旬邑县城关街道东大街 12 号' });

  // Withdraw the other case, not yet decided, after a confirmation with a reason.
  await page.getByRole('link', { name: /返回我的办件/ }).click();
  await openMyCase(page, open.number);
  await page.getByTestId('my-case-withdraw').click();
  await page.getByTestId('my-case-withdraw-reason').fill('材料没带齐，改日再办');
  await page.getByTestId('my-case-withdraw-confirm').click();
  await page.getByTestId('my-case-withdrawn').waitFor();
  expect(await page.getByTestId('my-case-state').innerText()).toBe('已撤回');
  expect(await page.getByTestId('my-case-withdraw').count()).toBe(0);
  await page.getByTestId('my-case-notice-withdrawal').waitFor();
  const state = await clerk.evaluate(async (id) => ((await (await fetch(`/api/v1/cases/${id}`)).json()) as { state: string }).state, open.id);
  expect(state).toBe('withdrawn');
  await context.close();
});
