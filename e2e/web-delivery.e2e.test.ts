import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// How the built web app reaches a browser (decision 0024): compressed copies, a year of cache
// for hashed files and none for the page, each audience its own scripts, and a Chinese font
// that renders on a machine with no Chinese font installed (this one has none).
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A raw GET (no automatic decompression), so the test sees what went over the wire. */
function get(path: string, acceptEncoding?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${server.url}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
  });
}

describe('web app delivery: compression and caching', () => {
  let entry: string;
  beforeAll(async () => {
    const page = await get('/portal');
    entry = page.body.toString().match(/<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/)![1]!;
  });

  test('a hashed script is cached for a year, immutable, and sent as brotli or gzip as accepted', async () => {
    const plain = await get(entry);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const br = await get(entry, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 2);

    const gz = await get(entry, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).equals(plain.body)).toBe(true);
  });

  test('the page itself is never cached without asking, and is compressed too', async () => {
    for (const path of ['/portal', '/display', '/index.html']) {
      const res = await get(path, 'br');
      expect(res.status, path).toBe(200);
      expect(res.headers['cache-control'], path).toBe('no-cache');
      expect(res.headers['content-encoding'], path).toBe('br');
      expect(zlib.brotliDecompressSync(res.body).toString(), path).toContain('<div id="root">');
    }
  });

  test('a font slice is a hashed asset too', async () => {
    const css = (await get('/portal')).body.toString().match(/href="(\/assets\/index-[^"]+\.css)"/)![1]!;
    const slice = (await get(css)).body.toString().match(/url\((\/assets\/noto-sans-sc-[^)]+\.woff2)\)/)![1]!;
    const res = await get(slice, 'br');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('font/woff2');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});

describe('in Chromium', () => {
  test('the phone portal loads its own scripts only, and its Chinese is drawn in Noto Sans SC', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/portal`);
    await page.getByRole('heading', { level: 1, name: '网上办事大厅' }).waitFor();
    await page.locator('[data-testid^=theme-]').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    expect(scripts.some((s) => s.startsWith('/assets/portal-'))).toBe(true);
    expect(scripts.filter((s) => /\/assets\/(console|workbench|supervision|kiosk|display|LoginPage|StaffLayout)-/.test(s))).toEqual([]);
    const fonts = await page.evaluate(() => {
      const faces = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans SC');
      return {
        faces: faces.length,
        loaded: faces.filter((f) => f.status === 'loaded').length,
        check: document.fonts.check('16px "Noto Sans SC"', '政务服务'),
      };
    });
    expect(fonts.faces).toBeGreaterThan(90); // the unicode-range slices of the regular weight
    expect(fonts.loaded).toBeGreaterThan(0);
    expect(fonts.loaded).toBeLessThan(fonts.faces / 2); // only the slices this page needs
    expect(fonts.check).toBe(true);
    await context.close();
  });

  test('the hall display picker draws its hall names (buttons) in the web font', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${server.url}/display`);
    const hall = page.getByRole('button', { name: '旬邑县政务服务中心' });
    await hall.waitFor();
    await page.evaluate(() => document.fonts.ready);
    expect(await hall.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"Noto Sans SC"/);
    expect(await page.evaluate(() => document.fonts.check('24px "Noto Sans SC"', '旬邑县政务服务中心'))).toBe(true);
    await page.close();
  });
});
