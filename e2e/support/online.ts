// 网上申报 for the journeys (issue #19): the files a phone uploads, the item the journeys apply
// for, a material's upload through its 选择文件 input, and antd's Popconfirm 确定.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, staffDesks } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { startSmsGateway, type SmsGateway } from './sms.ts';

/**
 * A phone journey's server (demo data, texting through a gateway the test reads), browser and
 * staff desks: started before the file's tests, stopped after. `phone()` is a 390×844 phone in a
 * browser context of its own (its own session).
 */
export function phoneJourney() {
  const started = {} as { server: RunningServer; browser: Browser; sms: SmsGateway };
  const contexts: BrowserContext[] = [];
  const desks = staffDesks(
    () => started.browser,
    () => started.server.url,
  );
  beforeAll(async () => {
    started.sms = await startSmsGateway();
    [started.server, started.browser] = await Promise.all([startServer(started.sms.env), launchBrowser()]);
  });
  afterAll(async () => {
    await desks.close();
    for (const c of contexts) await c.close().catch(() => undefined);
    await started.browser?.close();
    await started.server?.stop();
    started.sms?.close();
  });
  return {
    get server() {
      return started.server;
    },
    get sms() {
      return started.sms;
    },
    desks,
    async phone(): Promise<Page> {
      const context = await started.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
      contexts.push(context);
      return context.newPage();
    },
  };
}

/** A 1×1 PNG and a one-page PDF: what the server's type sniffing takes. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** Uploads a file for the nth material through its 选择文件 button's input. */
export async function upload(page: Page, n: number, file: { name: string; mimeType: string; buffer: Buffer }) {
  const material = page.getByTestId('apply-material').nth(n);
  const before = await material.getByTestId('apply-file').count();
  await material.locator('input[type=file]:not([capture])').setInputFiles(file);
  await expect.poll(() => material.getByTestId('apply-file').count(), { timeout: 20_000 }).toBe(before + 1);
}

/** The 确定 of the Popconfirm open now. */
export async function confirmPop(page: Page) {
  await page.locator('.ant-popover:not(.ant-popover-hidden) .ant-popconfirm-buttons .ant-btn-primary').click();
}

/** 提交 on the wizard's last step, confirmed: the application's page, submitted (else what the page says instead). */
export async function submitApplication(page: Page) {
  await page.getByTestId('apply-submit').click();
  await confirmPop(page);
  await page
    .getByTestId('application-submitted')
    .or(page.getByTestId('apply-error'))
    .or(page.getByTestId('apply-problems'))
    .first()
    .waitFor()
    .catch(async (e: unknown) => {
      throw new Error(`${String(e)}\n${page.url()}\n${await page.locator('main').innerText()}`);
    });
  expect(await page.getByTestId('apply-error').or(page.getByTestId('apply-problems')).count(), await page.locator('main').innerText()).toBe(0);
  expect(await page.getByTestId('application-status').getAttribute('data-status')).toBe('submitted');
}

/**
 * An online item with exactly two required materials and no 情形 questions (无犯罪记录证明开具 in
 * the demo); with `charged`, one that also charges a fee (居民身份证补领).
 */
export async function pickItem(baseUrl: string, want: { charged?: boolean } = {}): Promise<{ id: string; name: string }> {
  const list = (await (await fetch(`${baseUrl}/api/v1/portal/items?pageSize=100`)).json()) as { items: { itemId: string; name: string; online: boolean }[] };
  for (const i of list.items.filter((x) => x.online)) {
    const g = (await (await fetch(`${baseUrl}/api/v1/portal/items/${i.itemId}`)).json()) as {
      materials: { required: boolean }[];
      situations: unknown[];
      formSchema: unknown;
      fee: { charged: boolean };
    };
    if (want.charged !== undefined && g.fee.charged !== want.charged) continue;
    if (g.materials.filter((m) => m.required).length === 2 && g.situations.length === 0 && !g.formSchema) return { id: i.itemId, name: i.name };
  }
  throw new Error(`no online item with two required materials${want.charged ? ' and a fee' : ''}`);
}
