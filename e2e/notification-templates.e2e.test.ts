import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, submitCredentials } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// 通知模板 in the browser (issue #19): the center manager rewords the e-mail of 办件受理, sees
// the live preview fill the variables with sample values, saves it, sends a test message, and
// the e-mail that reaches a local SMTP server (started here, the server's SMTP_HOST) carries
// the new wording; the outbox tab shows it 已发送 on the 邮件 channel.

let server: RunningServer;
let browser: Browser;
let page: Page;
let smtp: SMTPServer;
const mails: string[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push(Buffer.concat(chunks).toString('utf8'));
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as { port: number }).port;
  server = await startServer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort), SMTP_FROM: 'OneWindow <noreply@onewindow.test>', SMS_DISPATCH_INTERVAL_MS: '1000' });
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
  page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await submitCredentials(page, server.url, 'manager');
  await page.getByTestId('center-name').waitFor();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

/** Subject and body of a single-part message nodemailer wrote (encoded words, base64 body). */
function decode(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw
    .slice(0, split)
    .replace(/\r?\n[ \t]/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?B\?([^?]*)\?=/gi, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
  const body = raw.slice(split).trim();
  return `${head}\n\n${/Content-Transfer-Encoding: base64/i.test(head) ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : body}`;
}

test('the manager rewords a template, sees the preview, and the next e-mail uses it', async () => {
  await page.getByRole('menuitem', { name: '通知管理' }).click();
  await page.getByRole('tab', { name: '通知模板' }).waitFor();
  const row = page.getByRole('row').filter({ hasText: 'case.accepted' });
  await row.getByRole('button', { name: '编辑' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByText('邮件', { exact: true }).click();

  await drawer.getByLabel('标题').fill('【县中心】{itemName}受理通知');
  await drawer.getByLabel('正文').fill('您的办件{caseNo}已受理，请于{promisedDue}后关注结果。');
  const preview = page.getByTestId('template-preview');
  await expect.poll(() => preview.innerText(), { timeout: 10_000 }).toContain('您的办件GS2026120800012已受理，请于2026-12-20后关注结果。');
  await expect.poll(() => preview.innerText()).toContain('【县中心】食品经营许可受理通知');

  // A variable the event does not have: the preview says why, and saving is refused.
  await drawer.getByLabel('正文').fill('您的身份证号{idNumber}');
  await expect.poll(() => preview.innerText(), { timeout: 10_000 }).toContain('通知模板有误');
  await drawer.getByLabel('正文').fill('您的办件{caseNo}已受理，请于{promisedDue}后关注结果。');
  await drawer.getByRole('button', { name: /^保\s*存$/ }).click();
  await page.getByText('模板已保存').waitFor();
  await expect.poll(() => row.innerText()).toContain('邮件 · zh');

  // The message sent afterwards: a test e-mail through the outbox and the dispatcher job.
  await row.getByRole('button', { name: '编辑' }).click();
  await drawer.getByLabel('测试接收手机号或邮箱').fill('manager@example.com');
  await drawer.getByRole('button', { name: '发送测试通知' }).click();
  await page.getByText('测试通知已进入发件箱').waitFor();
  await expect.poll(() => mails.length, { timeout: 20_000 }).toBe(1);
  const mail = decode(mails[0]!);
  expect(mail).toMatch(/^Subject: 【县中心】食品经营许可受理通知$/m);
  expect(mail).toContain('您的办件GS2026120800012已受理，请于2026-12-20后关注结果。');
  expect(mail).toMatch(/^To: manager@example\.com$/m);

  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: '通知发件箱' }).click();
  const sent = page.getByRole('row').filter({ hasText: 'm***@example.com' });
  await expect.poll(() => sent.innerText(), { timeout: 10_000 }).toContain('已发送');
  expect(await sent.innerText()).toContain('邮件');

  // Filtered by status: the given-up messages hold none of it; the sent ones do.
  const status = page.getByLabel('状态', { exact: true });
  await status.click();
  await page.locator('.ant-select-item-option', { hasText: '已放弃' }).click();
  await expect.poll(() => sent.count()).toBe(0);
  await status.click();
  await page.locator('.ant-select-item-option', { hasText: '已发送' }).click();
  await expect.poll(() => sent.count()).toBe(1);
}, 90_000);
