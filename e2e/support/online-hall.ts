import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, staffDesks } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { startSmsGateway, type SmsGateway } from './sms.ts';

// The online hall's journeys (issue #19) share one setup: an SMS gateway the server texts the
// sign-in codes to, the server, a browser, the staff's desks, and citizens' phones (390×844).
// Call once at the top of a test file: it registers its own beforeAll/afterAll.

/** A 1×1 PNG and a one-page PDF: what the server's type sniffing takes. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

export function onlineHallJourney() {
  let server: RunningServer;
  let browser: Browser;
  let sms: SmsGateway;
  const contexts: BrowserContext[] = [];
  const desks = staffDesks(
    () => browser,
    () => server.url,
  );
  beforeAll(async () => {
    sms = await startSmsGateway();
    [server, browser] = await Promise.all([startServer(sms.env), launchBrowser()]);
  });
  afterAll(async () => {
    await desks.close();
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
    sms?.close();
  });
  return {
    get url() {
      return server.url;
    },
    get sms() {
      return sms;
    },
    desks,
    /** A new phone (its own browser context: another device). */
    async phone(): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
      contexts.push(context);
      return context.newPage();
    },
  };
}

/** Confirms the open 确认 popover (提交申请, 删除…). */
export async function confirmPop(page: Page) {
  await page.locator('.ant-popover:not(.ant-popover-hidden) .ant-popconfirm-buttons .ant-btn-primary').click();
}
