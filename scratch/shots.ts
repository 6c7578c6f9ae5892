import { chromium } from 'playwright-core';
const base = 'http://localhost:3300';
const centers = await (await fetch(`${base}/api/v1/hall/centers`)).json();
const c = centers.items[0].id;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
async function shot(url: string, w: number, h: number, file: string, act?: (p: any) => Promise<void>) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: 'zh-CN' });
  const p = await ctx.newPage();
  await p.goto(base + url);
  await p.waitForTimeout(2500);
  if (act) await act(p);
  await p.screenshot({ path: `/tmp/shot-${file}.png` });
  await ctx.close();
}
await shot(`/kiosk?center=${c}`, 1080, 1920, 'kiosk');
await shot(`/kiosk?center=${c}`, 1080, 1920, 'kiosk-ticket', async (p) => {
  await p.locator('[data-testid=kiosk-category][data-prefix=A]').click();
  await p.getByTestId('contact-none').click();
  await p.getByTestId('kiosk-take').click();
  await p.waitForTimeout(1500);
});
await shot(`/display?center=${c}`, 1920, 1080, 'display', async (p) => { await p.getByText('点击启用语音播报').click().catch(() => {}); await p.waitForTimeout(1000); });
await shot(`/portal`, 390, 844, 'portal');
await browser.close();
