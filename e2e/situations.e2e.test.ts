import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { submitCredentials } from './support/browser.ts';
import { idCard } from './support/case.ts';
import { startServer, type RunningServer } from './support/server.ts';

// 情形引导 in the browser (decision 0029): the clerk answers an item's questions and the
// checklist changes; the case keeps the answers; a citizen on a phone narrows the guide's
// list; the console edits a question and the portal serves it once published.
const county = '旬邑县政务服务中心';
const DIBAO = '最低生活保障对象认定';
const PROXY = '授权委托书及受托人居民身份证';

let server: RunningServer;
let browser: Browser;

interface Guide {
  itemId: string;
  basicCode: string;
  materials: { id: string; name: string }[];
  situations: { id: string; question: string; options: { id: string; label: string }[] }[];
}

async function guideByName(name: string): Promise<Guide> {
  const list = (await (await fetch(`${server.url}/api/v1/portal/items?q=${encodeURIComponent(name)}`)).json()) as { items: { itemId: string; name: string }[] };
  const hit = list.items.find((i) => i.name === name)!;
  const g = (await (await fetch(`${server.url}/api/v1/portal/items/${hit.itemId}`)).json()) as Omit<Guide, 'itemId'>;
  return { ...g, itemId: hit.itemId };
}

async function signedIn(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await submitCredentials(page, server.url, username);
  await page.getByTestId('center-name').waitFor();
  return page;
}


beforeAll(async () => {
  server = await startServer();
  if (!fs.existsSync('/usr/bin/chromium')) throw new Error('/usr/bin/chromium is missing');
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const centers = (await (await fetch(`${server.url}/api/v1/hall/centers`)).json()) as { items: { id: string; name: string }[] };
  expect(centers.items.some((c) => c.name === county)).toBe(true);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('情形引导', () => {
  test('the clerk answers a question and the checklist changes; the case keeps the answers', async () => {
    const dibao = await guideByName(DIBAO);
    const proxy = dibao.materials.find((m) => m.name === PROXY)!;
    const clerk = await signedIn('clerk');
    await clerk.goto(`${server.url}/workbench/intake`);
    await clerk.getByTestId('intake-id-number').fill(idCard(77));
    await clerk.getByTestId('intake-name').fill('情形测试');
    await clerk.getByTestId('intake-phone').fill('13912340077');
    const search = clerk.getByTestId('intake-item-search');
    await search.click();
    await search.locator('input').fill(dibao.basicCode);
    await clerk.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: dibao.basicCode }).first().click();
    const section = clerk.getByTestId(`intake-item-${dibao.itemId}`);
    await section.getByTestId(`material-status-${proxy.id}`).waitFor();

    // In person: the mandate leaves the checklist and is named as not needed.
    await section.getByTestId(`intake-situation-${dibao.itemId}-in-person-self`).click();
    await expect.poll(() => section.getByTestId(`material-status-${proxy.id}`).count()).toBe(0);
    expect(await section.getByTestId(`intake-dropped-${dibao.itemId}`).innerText()).toContain(PROXY);
    // Through an agent: it is back, and the option's condition is shown.
    await section.getByTestId(`intake-situation-${dibao.itemId}-in-person-agent`).click();
    await section.getByTestId(`material-status-${proxy.id}`).waitFor();
    expect(await section.getByTestId('situation-conditions').innerText()).toContain('受托人须持本人有效居民身份证');
    await section.getByTestId(`intake-situation-${dibao.itemId}-illness-no`).click();

    await clerk.getByTestId('intake-submit').click();
    const panel = clerk.getByTestId(`outcome-${dibao.itemId}`);
    await panel.getByText('打开办件').click();
    await clerk.getByTestId('case-page').waitFor();
    const shown = await clerk.getByTestId('case-situations').innerText();
    expect(shown).toContain('申请人是否本人办理：委托他人办理');
    expect(shown).toContain('共同生活的家庭成员是否有残疾或重病：没有');
    await clerk.context().close();
  });

  test('on a phone, the guide’s list narrows to what the visitor’s situation needs', async () => {
    const dibao = await guideByName(DIBAO);
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const phone = await context.newPage();
    await phone.goto(`${server.url}/portal/items/${dibao.itemId}`);
    await phone.getByTestId('guide').waitFor();
    const count = () => phone.getByTestId('guide-material').count();
    expect(await count()).toBe(dibao.materials.length);
    await phone.getByTestId('guide-situation-in-person-self').click();
    await phone.getByTestId('guide-situation-illness-no').click();
    await expect.poll(count).toBe(dibao.materials.length - 2);
    expect(await phone.getByTestId('guide-situation-dropped').innerText()).toContain(PROXY);
    // Nothing spills sideways at 360 pixels.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.getByTestId('guide-situation-clear').click();
    await expect.poll(count).toBe(dibao.materials.length);
    await context.close();
  });

  test('the console edits a question; once published the portal asks it', async () => {
    const name = '食品经营许可（新办）';
    const before = await guideByName(name);
    expect(before.situations[0]!.question).toBe('申请人类型');
    const manager = await signedIn('manager');
    await manager.goto(`${server.url}/console/catalog/${before.itemId}`);
    await manager.getByTestId('action-new-draft').click();
    await manager.getByTestId('guide-form').waitFor();
    await manager.getByTestId('situation-question-0').fill('申请人属于哪一类');
    await manager.getByTestId('situation-option-0-1').fill('机关、学校等单位食堂');
    await manager.getByTestId('draft-publish').click();
    await manager
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /^\s*发\s*布\s*$/ })
      .click();
    await manager.waitForURL(`**/console/catalog/${before.itemId}`);
    await expect.poll(async () => (await guideByName(name)).situations[0]?.question).toBe('申请人属于哪一类');
    const after = await guideByName(name);
    expect(after.situations[0]!.options.map((o) => o.label)).toEqual(['企业或个体工商户', '机关、学校等单位食堂']);
    await manager.context().close();
  });
});
