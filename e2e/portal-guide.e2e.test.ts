import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// A citizen on a phone finds the guide for 低保, reads what to bring, and keeps the PDF.
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function phone(locale = 'zh-CN'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale, acceptDownloads: true });
  return { context, page: await context.newPage() };
}

describe('portal: search, read a guide, download its PDF (390 px phone)', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await phone());
  });
  afterAll(async () => context?.close());

  test('the citizen searches 低保 from the home page and gets the matching items', async () => {
    await page.goto(`${server.url}/portal`);
    await page.getByRole('heading', { level: 1, name: '网上办事大厅' }).waitFor();
    const box = page.getByLabel('搜索办事事项');
    await box.fill('低保');
    // Live matches appear under the box while typing (debounced).
    await page.getByTestId('portal-suggestions').getByText('最低生活保障对象认定').waitFor();
    await box.press('Enter');
    await page.waitForURL(/\/portal\/search\?q=/);
    const items = page.getByTestId('portal-item');
    await items.first().waitFor();
    await expect.poll(() => items.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('最低生活保障对象认定')]));
    const card = items.filter({ hasText: '最低生活保障对象认定' }).first();
    expect(await card.innerText()).toMatch(/最多跑一次|零跑腿/);
    // Nothing is wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('the guide shows conditions, the materials with their flags, and the steps with phones', async () => {
    await page.getByTestId('portal-item').filter({ hasText: '最低生活保障对象认定' }).first().click();
    await page.waitForURL(/\/portal\/items\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('guide-title').innerText()).toBe('最低生活保障对象认定');
    const materials = page.getByTestId('guide-material');
    expect(await materials.count()).toBeGreaterThanOrEqual(3);
    expect(await materials.first().innerText()).toContain('最低生活保障申请书');
    const section = page.getByTestId('guide-materials');
    expect(await section.innerText()).toContain('可容缺');
    expect(await section.innerText()).toContain('免提交');
    expect(await page.getByTestId('guide-conditions').innerText()).toContain('户籍');
    expect(await page.getByTestId('guide-process').locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('guide-limits').innerText()).toMatch(/20\s*个工作日/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('下载办事指南 PDF downloads the printable guide', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('guide-pdf').click()]);
    expect(download.suggestedFilename()).toBe('办事指南-最低生活保障对象认定.pdf');
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10 * 1024);
  });

  test('the blank form and its filled-in sample are links that download real PDFs', async () => {
    const form = page.getByTestId('guide-material').filter({ hasText: '最低生活保障申请书' }).first();
    const blank = form.locator('[data-testid=guide-material-file][data-kind=blank]');
    expect(await blank.innerText()).toContain('最低生活保障申请书.pdf');
    expect(await form.locator('[data-testid=guide-material-file][data-kind=sample]').innerText()).toContain('最低生活保障申请书（填写样本）.pdf');
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/portal-material-files.png' });
    const [download] = await Promise.all([page.waitForEvent('download'), blank.click()]);
    expect(download.suggestedFilename()).toBe('最低生活保障申请书.pdf');
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(2000);
  });

  test('share shows a QR code of the guide’s address', async () => {
    await page.getByTestId('guide-share').click();
    await page.getByTestId('guide-qr').waitFor();
    expect(await page.getByRole('dialog').innerText()).toContain(page.url());
    await page.keyboard.press('Escape');
  });
});

describe('portal: large text and English', () => {
  test('large-text mode scales the page and is remembered after a reload', async () => {
    const { context, page } = await phone();
    await page.goto(`${server.url}/portal`);
    const heading = page.getByRole('heading', { name: '查办事指南' });
    const before = await heading.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.getByTestId('large-text').click();
    await expect.poll(() => heading.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(before * 1.2);
    await page.reload();
    await expect.poll(() => page.getByTestId('portal').getAttribute('data-large-text')).toBe('on');
    expect(await page.getByTestId('large-text').getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  test('browsing by theme and reading a guide in English', async () => {
    const { context, page } = await phone('en-US');
    await page.goto(`${server.url}/portal`);
    await page.getByText('English', { exact: true }).click();
    await page.getByTestId('theme-identity').click();
    await page.waitForURL(/theme=identity/);
    await page.getByTestId('portal-item').first().click();
    await page.getByTestId('guide-materials').getByRole('heading', { name: /Materials to bring/ }).waitFor();
    expect(await page.getByTestId('guide-fees').innerText()).toMatch(/¥\d+|Free of charge/);
    await context.close();
  });
});

describe('portal: one set of hours in the guide and the booking slots', () => {
  test('a 社保 guide says the county hall’s hours, and booking 社保医保 offers slots cut from the same hours', async () => {
    const { context, page } = await phone();
    const found = (await (await fetch(`${server.url}/api/v1/portal/items?q=${encodeURIComponent('城乡居民基本养老保险参保登记')}`)).json()) as {
      items: { itemId: string; name: string }[];
    };
    const item = found.items.find((i) => i.name === '城乡居民基本养老保险参保登记')!;
    await page.goto(`${server.url}/portal/items/${item.itemId}`);
    await expect.poll(() => page.getByTestId('guide-hours').innerText()).toBe('工作日 09:00-12:00、13:30-17:30（法定节假日除外）');

    const centers = (await (await fetch(`${server.url}/api/v1/hall/centers`)).json()) as { items: { id: string; name: string }[] };
    const county = centers.items.find((c) => c.name === '旬邑县政务服务中心')!.id;
    await page.goto(`${server.url}/portal/hall/book?center=${county}`);
    await page.locator('[data-testid=book-category][data-prefix=B]').click();
    const slots = page.locator('[data-testid=slot]');
    await slots.first().waitFor();
    const starts = await slots.evaluateAll((els) => els.map((e) => e.getAttribute('data-start')));
    expect(starts[0]).toBe('09:00');
    expect(starts).toContain('13:30');
    expect(starts).not.toContain('08:30');
    expect(starts).not.toContain('12:00'); // the lunch break is no slot
    await page.screenshot({ path: '/tmp/portal-slots-hours.png', fullPage: true });
    await context.close();
  });
});
