import { launchBrowser } from './support/browser.ts';
import { startServer } from './support/server.ts';
const server = await startServer();
const browser = await launchBrowser();
try {
  const { items } = await (await fetch(`${server.url}/api/v1/hall/centers`)).json();
  const page = await (await browser.newContext({ viewport: { width: 1080, height: 1920 } })).newPage();
  page.on('console', (m) => console.log('console:', m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.addInitScript(() => (window.print = () => undefined));
  await page.goto(`${server.url}/kiosk?center=${items[0].id}`);
  await page.locator('[data-testid=kiosk-category]').first().click();
  await page.getByTestId('kiosk-take').click();
  await page.getByTestId('kiosk-qr').waitFor();
  await page.waitForTimeout(1000);
  console.log(await page.getByTestId('print-ticket').evaluate((el) => ({ html: el.outerHTML.slice(0, 300), h: (el.lastElementChild as HTMLElement).getBoundingClientRect().height })));
} finally {
  await browser.close();
  await server.stop();
}
