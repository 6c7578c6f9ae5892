import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, staffDesks } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// 一件事 (decision 0048): the county catalog manager builds a bundle in the console (two
// items picked by search, put in order, published); on a 390×844 phone the portal's home
// lists it, its page shows the items in that order, the materials once each and 在线申请
// leading to the apply screen with both items and the bundle.
const bundleName = '开办理发店一件事（e2e）';
let server: RunningServer;
let browser: Browser;
const desks = staffDesks(
  () => browser,
  () => server.url,
);

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await desks.close();
  await browser?.close();
  await server?.stop();
});

/** Types into the item picker and takes the option that starts with `label`. */
async function pick(page: Page, search: string, label: string) {
  const box = page.getByRole('combobox', { name: '搜索并添加事项' });
  await box.click();
  await box.fill(search);
  await page.locator('.ant-select-item-option', { hasText: label }).first().click();
}

test('a catalog manager publishes a bundle and a phone shows it with its items and the apply link', async () => {
  const page = await desks.signIn('manager');
  await page.goto(`${server.url}/console/catalog`);
  await page.getByTestId('catalog-bundles').click();
  await page.getByText('开办餐饮店一件事').waitFor(); // the demo bundles are listed
  await page.getByTestId('bundle-create').click();

  await page.getByTestId('bundle-name').fill(bundleName);
  await page.getByTestId('bundle-description').fill('理发店开业：营业执照和公共场所卫生许可一次申请。');
  await pick(page, '公共场所卫生', '公共场所卫生许可（新办）');
  await pick(page, '个体工商户', '个体工商户登记（个体工商户设立登记）');
  await expect.poll(() => page.getByTestId('bundle-items').locator('.ant-list-item').count()).toBe(2);
  // The licence comes first: move it up.
  await page.getByRole('button', { name: '上移 个体工商户登记（个体工商户设立登记）' }).click();
  await expect.poll(() => page.getByTestId('bundle-item-0').innerText()).toContain('个体工商户登记');
  await page.getByTestId('bundle-published').click();
  await page.getByTestId('bundle-save').click();
  await page.waitForURL(/\/console\/catalog\/bundles\/[0-9a-f-]{36}$/);
  const bundleId = page.url().split('/').pop()!;
  await page.getByTestId('bundle-form-preview').waitFor();
  expect(await page.getByTestId('bundle-form-preview').innerText()).toContain('联系电话');

  const items = (await (await fetch(`${server.url}/api/v1/portal/bundles/${bundleId}`)).json()) as { items: { itemId: string; name: string }[] };
  expect(items.items.map((i) => i.name)).toEqual(['个体工商户登记', '公共场所卫生许可（新办）']);

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
  try {
    const p = await phone.newPage();
    await p.goto(`${server.url}/portal`);
    const section = p.getByTestId('home-bundles');
    await section.getByText(bundleName).click();
    await p.getByTestId('bundle-title').waitFor();
    expect(await p.getByTestId('bundle-title').innerText()).toBe(bundleName);
    const names = await p.getByTestId('bundle-items').locator('.ow-item-title').allInnerTexts();
    expect(names).toEqual(['个体工商户登记', '公共场所卫生许可（新办）']);
    const materials = await p.getByTestId('bundle-material').locator('h3').allInnerTexts();
    expect(new Set(materials).size).toBe(materials.length);
    const apply = p.getByTestId('bundle-apply');
    expect(await apply.getAttribute('href')).toBe(`/portal/apply?items=${items.items.map((i) => i.itemId).join(',')}&bundle=${bundleId}`);
    // Nothing runs off the side of the phone.
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await apply.click();
    await p.waitForURL(/\/portal\/apply\?items=/);
    expect(new URL(p.url()).searchParams.get('bundle')).toBe(bundleId);
  } finally {
    await phone.close();
  }
});
