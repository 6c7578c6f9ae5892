import { launchBrowser, submitCredentials } from './support/browser.ts';
import { startServer } from './support/server.ts';

const out = '/tmp/hall-shots';
const server = await startServer();
const browser = await launchBrowser();
try {
  const api = async (path: string, init?: RequestInit) => (await fetch(`${server.url}/api/v1${path}`, { headers: { 'content-type': 'application/json' }, ...init })).json();
  const { items: centers } = await api('/hall/centers');
  const centerId = centers.find((c: { name: string }) => c.name === '旬邑县政务服务中心').id;
  const { items: cats } = await api(`/hall/${centerId}/categories`);
  for (const [prefix, n, priority] of [['A', 4, 'normal'], ['B', 3, 'normal'], ['V', 1, 'elderly'], ['C', 2, 'normal']] as const) {
    const cat = cats.find((c: { prefix: string }) => c.prefix === prefix);
    for (let i = 0; i < n; i++) await api(`/hall/${centerId}/tickets`, { method: 'POST', body: JSON.stringify({ categoryId: cat.id, priority }) });
  }
  const page = async (w: number, h: number) => (await browser.newContext({ viewport: { width: w, height: h }, locale: 'zh-CN' })).newPage();

  const picker = await page(1080, 1920);
  await picker.goto(`${server.url}/kiosk`);
  await picker.getByTestId('center-choice').first().waitFor();
  await picker.screenshot({ path: `${out}/kiosk-picker.png` });

  const kiosk = await page(1080, 1920);
  await kiosk.addInitScript(() => (window.print = () => undefined));
  await kiosk.goto(`${server.url}/kiosk?center=${centerId}`);
  await kiosk.locator('[data-testid=kiosk-category]').first().waitFor();
  await kiosk.screenshot({ path: `${out}/kiosk-home.png` });
  await kiosk.locator('[data-testid=kiosk-category][data-prefix=B]').click();
  await kiosk.getByTestId('priority-elderly').click();
  await kiosk.getByTestId('contact-idCard').click();
  for (const d of '61042919') await kiosk.getByRole('button', { name: d, exact: true }).click();
  await kiosk.screenshot({ path: `${out}/kiosk-details.png` });
  await kiosk.getByTestId('contact-none').click();
  await kiosk.getByTestId('kiosk-take').click();
  await kiosk.getByTestId('kiosk-qr').waitFor();
  await kiosk.waitForTimeout(500);
  await kiosk.screenshot({ path: `${out}/kiosk-ticket.png` });
  const link = await kiosk.getByTestId('kiosk-qr').getAttribute('data-qr-value');
  await kiosk.emulateMedia({ media: 'print' });
  await kiosk.screenshot({ path: `${out}/kiosk-print80.png` });
  await kiosk.pdf({ path: `${out}/kiosk-print80.pdf`, preferCSSPageSize: true });
  await kiosk.evaluate(() => localStorage.setItem('ow.kiosk.settings', JSON.stringify({ paper: '58', autoPrint: false })));
  console.log('height80', await kiosk.getByTestId('print-ticket').getAttribute('data-height-mm'));
  await kiosk.emulateMedia({ media: 'screen' });
  await kiosk.reload();
  await kiosk.locator('[data-testid=kiosk-category]').first().waitFor();
    await kiosk.locator('[data-testid=kiosk-category][data-prefix=A]').click();
  await kiosk.getByTestId('kiosk-take').click();
  await kiosk.getByTestId('kiosk-qr').waitFor();
  await kiosk.waitForTimeout(500);
  await kiosk.emulateMedia({ media: 'print' });
  await kiosk.pdf({ path: `${out}/kiosk-print58.pdf`, preferCSSPageSize: true });
  console.log('height58', await kiosk.getByTestId('print-ticket').getAttribute('data-height-mm'));
  await kiosk.screenshot({ path: `${out}/kiosk-print58.png` });

  const display = await page(1920, 1080);
  await display.goto(`${server.url}/display?center=${centerId}`);
  await display.getByTestId('enable-voice').waitFor();
  await display.screenshot({ path: `${out}/display-overlay.png` });
  await display.getByTestId('enable-voice').click();

  const clerk = await page(1440, 900);
  await submitCredentials(clerk, server.url, 'clerk');
  await clerk.getByTestId('center-name').waitFor();
  await clerk.goto(`${server.url}/workbench/queue`);
  await clerk.getByTestId('queue-call-next').waitFor();
  await clerk.waitForTimeout(1000);
  await clerk.screenshot({ path: `${out}/workbench-idle.png` });
  await clerk.getByTestId('queue-call-next').click();
  await clerk.getByTestId('queue-current-number').waitFor();
  await clerk.waitForTimeout(500);
  await clerk.screenshot({ path: `${out}/workbench-called.png` });

  const phone = await page(390, 844);
  await phone.goto(link!);
  await phone.getByTestId('phone-number').waitFor();
  await phone.waitForTimeout(800);
  await phone.screenshot({ path: `${out}/phone.png` });

  await display.waitForTimeout(1500);
  await display.screenshot({ path: `${out}/display.png` });

  const manager = await page(1440, 900);
  await submitCredentials(manager, server.url, 'manager');
  await manager.getByTestId('center-name').waitFor();
  for (const tab of ['categories', 'windows', 'settings', 'stats']) {
    await manager.goto(`${server.url}/console/hall?tab=${tab}`);
    await manager.waitForTimeout(1500);
    await manager.screenshot({ path: `${out}/console-${tab}.png`, fullPage: true });
  }
  await manager.goto(`${server.url}/console/hall?tab=categories`);
  await manager.getByRole('button', { name: /新建类别/ }).click();
  await manager.waitForTimeout(800);
  await manager.screenshot({ path: `${out}/console-category-form.png` });
  await clerk.evaluate(() => localStorage.setItem('ow.lang', 'en'));
  await clerk.reload();
  await clerk.getByTestId('queue-current-number').waitFor();
  await clerk.waitForTimeout(800);
  await clerk.screenshot({ path: `${out}/workbench-en.png` });
  const kioskEn = await page(1080, 1920);
  await kioskEn.addInitScript(() => localStorage.setItem('ow.lang', 'en'));
  await kioskEn.goto(`${server.url}/kiosk?center=${centerId}`);
  await kioskEn.locator('[data-testid=kiosk-category]').first().waitFor();
  await kioskEn.screenshot({ path: `${out}/kiosk-en.png` });
  await display.evaluate(() => localStorage.setItem('ow.lang', 'en'));
} finally {
  await browser.close();
  await server.stop();
}
