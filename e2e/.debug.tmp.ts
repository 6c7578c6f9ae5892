import { launchBrowser } from './support/browser.ts';
import { startServer } from './support/server.ts';
const server = await startServer();
const browser = await launchBrowser();
try {
  const { items } = await (await fetch(`${server.url}/api/v1/hall/centers`)).json();
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(`${server.url}/display?center=${items[0].id}&voice=off`);
  await page.getByTestId('display-connection').waitFor({ state: 'detached' });
  console.log('connected');
  await ctx.setOffline(true);
  const t0 = Date.now();
  await page.getByTestId('display-connection').waitFor({ timeout: 20000 }).then(() => console.log('badge after', Date.now() - t0, 'ms', ), (e) => console.log('no badge', e.message));
  console.log(await page.getByTestId('display-connection').innerText().catch(() => 'none'));
  await ctx.setOffline(false);
  const t1 = Date.now();
  await page.getByTestId('display-connection').waitFor({ state: 'detached', timeout: 40000 });
  console.log('reconnected after', Date.now() - t1);
} finally {
  await browser.close();
  await server.stop();
}
