import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

/**
 * A hall suite's server (demo data) and browser, started together. Settled rather than
 * Promise.all: when one fails to start, the other is stopped before the error is thrown, so a
 * server started beside a missing browser never outlives the run.
 */
export async function startHallSuite(county: string) {
  const [s, b] = await Promise.allSettled([startServer(), launchBrowser()]);
  if (s.status === 'rejected' || b.status === 'rejected') {
    if (s.status === 'fulfilled') await s.value.stop();
    if (b.status === 'fulfilled') await b.value.close();
    throw s.status === 'rejected' ? s.reason : (b as PromiseRejectedResult).reason;
  }
  const res = await fetch(`${s.value.url}/api/v1/hall/centers`);
  const { items } = (await res.json()) as { items: { id: string; name: string }[] };
  return { server: s.value, browser: b.value, centerId: items.find((c) => c.name === county)!.id };
}

/** A page in its own context (own cookies and storage) at the size of the device it stands for. */
export async function newDevicePage(browser: Browser, contexts: BrowserContext[], width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
  contexts.push(context);
  return context.newPage();
}

export async function stopHallSuite(contexts: BrowserContext[], browser?: Browser, server?: RunningServer): Promise<void> {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
}
