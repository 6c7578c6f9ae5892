// The phone portal on a slow rural mobile link (issue 15, decision 0024): Chromium with a
// 390 px phone viewport and CDP network emulation (1.6 Mbps down, 150 ms latency, 750 kbps
// up) opens /portal on the real server (demo data) with an empty cache, then once more as a
// returning visitor. Figures: bytes on the wire by kind (script, style, font, page, API) as
// Chromium counts them (encodedDataLength: compressed body plus headers) and the time to
// usable: from navigation start until the home page's search box is on screen and enabled and
// the first service theme (the list, read from the API) is shown.
//
// Baseline in the same run: the same source built as before decision 0024 (`OW_WEB_BASELINE=1
// vite build`: one script for every audience, no .br/.gz beside it) on a second server, so
// only the splitting and the compression differ; both carry the same web font. Rounds
// alternate between the two. The figures are the median over rounds.
//
// Run: node --import tsx bench/portal-load.bench.ts [rounds=3]   (builds both apps first;
// BENCH_SKIP_BUILD=1 uses dist/web and dist/web-baseline as they are). The last line is JSON.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser.ts';
import { startServer, type RunningServer } from '../e2e/support/server.ts';

const ROUNDS = Number(process.argv[2] ?? 3);
const LINK = { downloadKbps: 1600, uploadKbps: 750, latencyMs: 150 };
const GOAL = { scriptKB: 300, usableMs: 3000 };
const root = path.resolve(import.meta.dirname, '..');

interface Visit {
  usableMs: number;
  kB: Record<'script' | 'style' | 'font' | 'page' | 'api' | 'other' | 'total', number>;
  requests: number;
  fontFiles: number;
}

async function build(baseline: boolean) {
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  await promisify(execFile)(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, OW_WEB_BASELINE: baseline ? '1' : '' },
  });
}

// Runs in the page before any script: notes the moment the portal home is usable. A string,
// not a function: tsx would add its name helpers to a function's text, which the page lacks.
const usableProbe = `(() => {
  const shown = (el) => !!el && el.getBoundingClientRect().height > 0;
  const observer = new MutationObserver(() => {
    const box = document.querySelector('#portal-q');
    if (window.__owUsable === undefined && shown(box) && !box.disabled && shown(document.querySelector('[data-testid^="theme-"]'))) {
      window.__owUsable = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

const kindOf: Record<string, keyof Visit['kB']> = {
  Script: 'script',
  Stylesheet: 'style',
  Font: 'font',
  Document: 'page',
  Fetch: 'api',
  XHR: 'api',
};

/** One cold visit and one returning visit of /portal in a fresh browser context. */
async function visitTwice(browser: Browser, url: string): Promise<{ cold: Visit; repeat: Visit }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: usableProbe });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: LINK.latencyMs,
      downloadThroughput: (LINK.downloadKbps * 1000) / 8,
      uploadThroughput: (LINK.uploadKbps * 1000) / 8,
    });
    const kinds = new Map<string, keyof Visit['kB']>();
    let bytes: Record<string, number> = {};
    let requests = 0;
    let fontFiles = 0;
    cdp.on('Network.responseReceived', (e) => kinds.set(e.requestId, kindOf[e.type] ?? 'other'));
    cdp.on('Network.loadingFinished', (e) => {
      const kind = kinds.get(e.requestId) ?? 'other';
      if (e.encodedDataLength > 0) requests += 1;
      if (kind === 'font' && e.encodedDataLength > 0) fontFiles += 1;
      bytes[kind] = (bytes[kind] ?? 0) + e.encodedDataLength;
    });
    const visit = async (): Promise<Visit> => {
      bytes = {};
      requests = 0;
      fontFiles = 0;
      await page.goto(`${url}/portal`, { waitUntil: 'commit' });
      const usable = await page.waitForFunction('window.__owUsable', null, { timeout: 60_000, polling: 50 });
      const usableMs = (await usable.jsonValue()) as number;
      // Let the fonts and any late request finish, so the byte counts are whole.
      await page.waitForLoadState('networkidle', { timeout: 120_000 });
      await page.evaluate('document.fonts.ready.then(() => undefined)');
      await page.waitForTimeout(500);
      const kB = Object.fromEntries(
        (['script', 'style', 'font', 'page', 'api', 'other'] as const).map((k) => [k, round1((bytes[k] ?? 0) / 1000)]),
      ) as Visit['kB'];
      kB.total = round1(Object.values(bytes).reduce((a, b) => a + b, 0) / 1000);
      return { usableMs: Math.round(usableMs), kB, requests, fontFiles };
    };
    const cold = await visit();
    const repeat = await visit();
    return { cold, repeat };
  } finally {
    await context.close();
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The median visit: times as medians, bytes from the round with the median time. */
function summary(visits: Visit[]) {
  const usable = visits.map((v) => v.usableMs);
  const mid = visits.find((v) => v.usableMs === median(usable))!;
  return { ...mid, usableMsAll: usable };
}

async function main() {
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    await build(true);
    await build(false);
  }
  let current: RunningServer | undefined;
  let baseline: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    // One after the other: two first opens of the demo database at once can pass the 90 s
    // start limit on a busy 2-core machine.
    current = await startServer({}, 'dist/web');
    baseline = await startServer({}, 'dist/web-baseline');
    browser = await launchBrowser();
    // One unmeasured visit each: the servers' first answers (demo data caches, JIT) are not the link's.
    await visitTwice(browser, current.url);
    await visitTwice(browser, baseline.url);
    const runs = { current: [] as { cold: Visit; repeat: Visit }[], baseline: [] as { cold: Visit; repeat: Visit }[] };
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 === 0 ? (['current', 'baseline'] as const) : (['baseline', 'current'] as const);
      for (const which of order) {
        const run = await visitTwice(browser, (which === 'current' ? current : baseline).url);
        runs[which].push(run);
        console.log(
          `round ${r + 1} ${which}: usable ${run.cold.usableMs} ms, script ${run.cold.kB.script} kB, font ${run.cold.kB.font} kB (${run.cold.fontFiles} files); returning visit ${run.repeat.usableMs} ms, ${run.repeat.kB.total} kB`,
        );
      }
    }
    const figures = {
      current: { cold: summary(runs.current.map((x) => x.cold)), repeat: summary(runs.current.map((x) => x.repeat)) },
      baseline: { cold: summary(runs.baseline.map((x) => x.cold)), repeat: summary(runs.baseline.map((x) => x.repeat)) },
    };
    const c = figures.current.cold;
    const b = figures.baseline.cold;
    console.log(
      JSON.stringify({
        bench: 'portal-load',
        link: LINK,
        rounds: ROUNDS,
        ...figures,
        ratio: {
          script: round2(c.kB.script / b.kB.script),
          usable: round2(c.usableMs / b.usableMs),
          repeatUsable: round2(figures.current.repeat.usableMs / figures.baseline.repeat.usableMs),
        },
        goal: { ...GOAL, met: c.kB.script <= GOAL.scriptKB && c.usableMs <= GOAL.usableMs },
      }),
    );
  } finally {
    await browser?.close();
    await Promise.all([current?.stop(), baseline?.stop()]);
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;

await main();
