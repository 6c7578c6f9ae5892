import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { enrolTotp, launchBrowser, menuEntries, menuSurfaces, submitCredentials, totpNow } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

const county = '旬邑县政务服务中心';
const tuqiao = '土桥镇便民服务中心';

// Every demo account, the surfaces its roles open and the center its header must name.
const accounts = [
  { username: 'clerk', surfaces: ['workbench'], center: county },
  { username: 'clerk-b', surfaces: ['workbench'], center: county },
  { username: 'approver', surfaces: ['workbench'], center: county },
  { username: 'depthead', surfaces: ['workbench'], center: county },
  { username: 'cashier', surfaces: ['workbench'], center: county },
  { username: 'agent', surfaces: ['workbench'], center: '土桥镇东村便民服务站' },
  { username: 'tq-clerk', surfaces: ['workbench'], center: tuqiao },
  { username: 'zt-clerk', surfaces: ['workbench'], center: '职田镇便民服务中心' },
  { username: 'manager', surfaces: ['console'], center: county },
  { username: 'tq-manager', surfaces: ['console'], center: tuqiao },
  { username: 'duty', surfaces: ['workbench', 'console'], center: county },
  { username: 'supervisor', surfaces: ['supervision'], center: county },
  { username: 'sysadmin', surfaces: ['console'], center: county, admin: true },
  { username: 'secadmin', surfaces: ['console'], center: county, admin: true },
  { username: 'auditor', surfaces: ['supervision'], center: county, admin: true },
];

let server: RunningServer;
let browser: Browser;
const secrets = new Map<string, string>();

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  return context.newPage();
}

describe('each demo role signs in and sees its own surfaces', () => {
  for (const a of accounts) {
    test(`${a.username}: ${a.surfaces.join(' + ')} at ${a.center}`, async () => {
      const page = await freshPage();
      await submitCredentials(page, server.url, a.username);
      if (a.admin) secrets.set(a.username, await enrolTotp(page));
      expect(await menuSurfaces(page)).toEqual(a.surfaces);
      await expect.poll(() => page.getByTestId('center-name').innerText()).toBe(a.center);
      expect(new URL(page.url()).pathname.startsWith(`/${a.surfaces[0]}`)).toBe(true);
      await page.context().close();
    });
  }

  test('the audit administrator sees only the audit log; the supervisor only the overview', async () => {
    const page = await freshPage();
    await submitCredentials(page, server.url, 'supervisor');
    await menuSurfaces(page);
    expect(await menuEntries(page)).toEqual(['supervision.overview']);
    await page.goto(`${server.url}/supervision/audit`);
    await page.getByText('403', { exact: true }).waitFor();
    await page.context().close();
  });
});

describe('second sign-in, audit log, refusals, session loss', () => {
  test('an enrolled administrator signs in with a TOTP code, reads the audit log and verifies the chain', async () => {
    const page = await freshPage();
    await submitCredentials(page, server.url, 'auditor');
    await page.getByTestId('totp-code').fill(await totpNow(secrets.get('auditor')!));
    await page.getByTestId('totp-submit').click();
    expect(await menuSurfaces(page)).toEqual(['supervision']);
    expect(await menuEntries(page)).toEqual(['supervision.audit']);
    await page.locator('[data-testid=audit-table] tbody tr.ant-table-row').first().waitFor();
    await expect.poll(() => page.locator('[data-testid=audit-table]').innerText()).toContain('登录');
    await page.getByTestId('audit-verify').click();
    await expect.poll(() => page.getByTestId('audit-verify-result').innerText()).toContain('审计链完整');
    await page.context().close();
  });

  test('a surface outside the roles answers 403 and a wrong password shows the server message', async () => {
    const page = await freshPage();
    await submitCredentials(page, server.url, 'clerk', 'wrong-password');
    await page.getByText('用户名或密码错误').waitFor();
    await submitCredentials(page, server.url, 'clerk');
    await menuSurfaces(page);
    await page.goto(`${server.url}/console`);
    await page.getByText('您的角色无权使用此页面。').waitFor();
    await page.context().close();
  });

  test('a session that ends on the server sends the user back to sign-in with a notice', async () => {
    const page = await freshPage();
    await submitCredentials(page, server.url, 'manager');
    await menuSurfaces(page);
    await page.context().clearCookies();
    await page.locator('[data-menu-key="console.departments"]').click();
    await page.getByTestId('sign-in-notice').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.context().close();
  });

  test('after idleMinutes without activity the screen signs out by itself', async () => {
    const page = await freshPage();
    await page.clock.install();
    await submitCredentials(page, server.url, 'clerk-b');
    await menuSurfaces(page);
    await page.clock.fastForward('31:00'); // the demo's idle timeout is 30 minutes
    await expect.poll(() => page.getByTestId('sign-in-notice').innerText()).toContain('长时间未操作');
    await page.context().close();
  });

  test('signing out returns to the sign-in page', async () => {
    const page = await freshPage();
    await submitCredentials(page, server.url, 'duty');
    await menuSurfaces(page);
    await page.getByTestId('sign-out').click();
    await expect.poll(() => page.getByTestId('sign-in-notice').innerText()).toContain('已安全退出');
    await page.goto(`${server.url}/workbench`);
    await page.getByTestId('sign-in-submit').waitFor();
    await page.context().close();
  });
});

describe('English', () => {
  test('the language switch turns the sign-in page, the server messages and the shell into English', async () => {
    const page = await freshPage();
    await page.goto(`${server.url}/login`);
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByText('Staff sign-in').waitFor();
    await page.getByTestId('username').fill('nobody');
    await page.getByTestId('password').fill('whatever-password');
    await page.getByTestId('sign-in-submit').click();
    await page.getByText('Wrong username or password').waitFor();
    await page.getByTestId('username').fill('duty');
    await page.getByTestId('password').fill('Demo@2026pass');
    await page.getByTestId('sign-in-submit').click();
    await menuSurfaces(page);
    await expect.poll(() => page.getByTestId('staff-menu').innerText()).toContain('Workbench');
    expect(await page.getByTestId('staff-menu').innerText()).toContain('Console');
    expect(await page.getByTestId('user-roles').innerText()).toContain('Duty head');
    expect(await page.getByTestId('sign-out').innerText()).toContain('Sign out');
    await page.context().close();
  });
});

describe('public surfaces need no account', () => {
  for (const [path, title] of [
    ['/portal', '网上办事大厅'],
    ['/kiosk', '自助取号机'],
    ['/display', '叫号屏'],
    ['/rate', '服务评价器'],
  ] as const) {
    test(`${path} shows ${title}`, async () => {
      const page = await freshPage();
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { name: title }).waitFor();
      expect(new URL(page.url()).pathname).toBe(path);
      await page.context().close();
    });
  }
});
