// temporary screenshot helper (not part of the project)
import { chromium } from 'playwright-core';
const base = process.env.BASE ?? 'http://127.0.0.1:3911';
const user = process.env.USER_NAME ?? 'manager';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
const page = await ctx.newPage();
const logs = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') logs.push(`${m.type()}: ${m.text().slice(0, 300)}`); });
page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
await page.goto(`${base}/login`);
await page.getByTestId('username').fill(user);
await page.getByTestId('password').fill('Demo@2026pass');
await page.getByTestId('sign-in-submit').click();
await page.getByTestId('center-name').waitFor();
const steps = JSON.parse(process.argv[2] ?? '[]');
for (const s of steps) {
  if (s.goto) await page.goto(base + s.goto);
  if (s.click) await page.locator(s.click).first().click();
  if (s.fill) await page.locator(s.fill[0]).first().fill(s.fill[1]);
  if (s.wait) await page.locator(s.wait).first().waitFor({ timeout: 30000 });
  if (s.sleep) await page.waitForTimeout(s.sleep);
  if (s.eval) console.log(await page.evaluate(s.eval));
  if (s.el) await page.locator(s.el[0]).first().screenshot({ path: `/tmp/shots/${s.el[1]}.png` });
  if (s.shot) await page.screenshot({ path: `/tmp/shots/${s.shot}.png`, fullPage: !!s.full });
}
console.log(logs.join('\n'));
await browser.close();
