import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tcpCut } from '../test/resilience/tcp-cut.ts';
import { launchBrowser } from './support/browser.ts';
import { newDevicePage, stopHallSuite } from './support/hall.ts';
import { startServer, type RunningServer } from './support/server.ts';

// Decision 0020 in the browser: the real server on PostgreSQL through a TCP proxy the test
// cuts. The kiosk's press during the outage says 服务暂不可用，请稍候 and is not repeated by
// itself; once the database is back the notice goes by itself and the next press gets a ticket.

const url = process.env.DATABASE_URL;
const county = '旬邑县政务服务中心';

describe.skipIf(!url)('kiosk during a database outage', () => {
  let server: RunningServer;
  let browser: Browser;
  let proxy: Awaited<ReturnType<typeof tcpCut>>;
  let centerId: string;
  const name = `ow_e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const contexts: BrowserContext[] = [];
  let kiosk: Page;

  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    const target = new URL(url!);
    proxy = await tcpCut({ host: target.hostname, port: Number(target.port || 5432) });
    target.host = `127.0.0.1:${proxy.port}`;
    target.pathname = `/${name}`;
    [server, browser] = await Promise.all([startServer({ DATABASE_URL: target.toString() }), launchBrowser()]);
    const { items } = (await (await fetch(`${server.url}/api/v1/hall/centers`)).json()) as { items: { id: string; name: string }[] };
    centerId = items.find((c) => c.name === county)!.id;
  });
  afterAll(async () => {
    await stopHallSuite(contexts, browser, server);
    await proxy?.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
  });

  test('the press says 服务暂不可用，请稍候, the kiosk recovers by itself, the next press gets a ticket', async () => {
    kiosk = await newDevicePage(browser, contexts, 1080, 1920);
    await kiosk.addInitScript(() => (window.print = () => undefined));
    await kiosk.goto(`${server.url}/kiosk?center=${centerId}`);
    await kiosk.locator('[data-testid=kiosk-category][data-prefix=A]').click();
    await kiosk.getByTestId('contact-none').click();

    proxy.cut();
    const presses: number[] = [];
    kiosk.on('request', (r) => r.method() === 'POST' && r.url().includes('/tickets') && presses.push(Date.now()));
    await kiosk.getByTestId('kiosk-take').click();
    await expect.poll(() => kiosk.getByTestId('kiosk-error').innerText()).toBe('服务暂不可用，请稍候');
    await kiosk.getByTestId('service-unavailable').getByText('服务暂不可用，请稍候').waitFor();
    // Not repeated behind the visitor's back: one press, one request.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(presses).toHaveLength(1);
    // The server is still up while the database is away.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    proxy.restore();
    // The notice goes by itself (a /readyz probe after the Retry-After of 5 s).
    await kiosk.getByTestId('service-unavailable').waitFor({ state: 'detached', timeout: 20_000 });
    await kiosk.getByTestId('kiosk-take').click();
    await expect.poll(() => kiosk.getByTestId('kiosk-ticket-number').innerText()).toMatch(/^A\d+/);
    expect(presses).toHaveLength(2);
  });
});
