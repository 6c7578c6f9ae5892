import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { usccCheckChar } from '../src/domain/identifiers/index.ts';
import { enrolTotp, launchBrowser, submitCredentials } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// The console's organisation screens in the browser: the county manager sets up a department,
// a window and its A post, then retires the window; a township manager sees only its own line.
const county = '旬邑县政务服务中心';
const department = '县医疗保障局';
const usccBody = '12610429MB4000012';
const uscc = usccBody + usccCheckChar(usccBody);
// Same body, a wrong check character: the form must refuse it before the server does.
const badUscc = usccBody + (usccCheckChar(usccBody) === '0' ? '1' : '0');

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(username: string, admin = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await submitCredentials(page, server.url, username);
  if (admin) await enrolTotp(page);
  await page.getByTestId('center-name').waitFor();
  return page;
}

/** antd puts a space between two CJK characters of a button label ("保 存"). */
const label = (text: string) => new RegExp(`^\\s*${[...text].join('\\s*')}\\s*$`);

/** Opens an antd Select, types to filter, and picks the option showing `text`. */
async function choose(page: Page, select: Locator, text: string) {
  await select.click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

async function toast(page: Page, text: string) {
  await page.locator('.ant-message-notice', { hasText: text }).first().waitFor();
}

describe('console: departments, windows and posts', () => {
  let page: Page;
  beforeAll(async () => {
    page = await signedIn('manager');
  });
  afterAll(async () => {
    await page?.context().close();
  });

  test('the manager creates a department; a wrong USCC check character is refused inline first', async () => {
    await page.goto(`${server.url}/console/departments`);
    await page.getByRole('button', { name: '新建部门' }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, dialog.getByLabel('所属中心'), county);
    await dialog.getByLabel('部门名称').fill(department);
    await dialog.getByLabel('统一社会信用代码').fill(badUscc);
    await dialog.getByRole('button', { name: label('保存') }).click();
    await dialog.getByText('统一社会信用代码校验位不符').waitFor();
    await dialog.getByLabel('统一社会信用代码').fill(uscc.toLowerCase()); // upper-cased as typed
    await dialog.getByRole('button', { name: label('保存') }).click();
    await toast(page, '保存成功');
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row', { name: new RegExp(department) });
    await expect.poll(() => row.innerText()).toContain(uscc);
  });

  test('the manager creates a window serving that department', async () => {
    await page.goto(`${server.url}/console/windows`);
    await page.getByRole('button', { name: '新建窗口' }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, dialog.getByLabel('所属中心'), county);
    await dialog.getByLabel('窗口号').fill('9');
    await dialog.getByLabel('窗口名称').fill('医疗保障窗口');
    await dialog.getByText('专业窗口').click();
    await choose(page, dialog.getByLabel('对应部门'), department);
    await dialog.getByRole('button', { name: label('保存') }).click();
    await toast(page, '保存成功');
    const row = page.getByRole('row', { name: /医疗保障窗口/ });
    await expect.poll(() => row.innerText()).toContain(department);
    expect(await row.innerText()).toContain('无人服务');
  });

  test('the manager assigns the A post, and the window shows who serves', async () => {
    const row = page.getByRole('row', { name: /医疗保障窗口/ });
    await row.getByRole('button', { name: label('岗位') }).click();
    const drawer = page.locator('.ant-drawer-section');
    await choose(page, drawer.getByLabel('为 A 岗选择人员'), '李明');
    await drawer
      .getByRole('button', { name: label('安排') })
      .first()
      .click();
    await toast(page, '已安排 A 岗人员');
    await expect.poll(() => drawer.innerText()).toContain('clerk-b');
    await page.locator('.ant-drawer-close').click();
    await expect.poll(() => row.innerText()).toContain('A 岗服务中 · 李明');
  });

  test('the manager deactivates the window after confirming; it leaves the active list', async () => {
    const row = page.getByRole('row', { name: /医疗保障窗口/ });
    await row.getByRole('button', { name: label('停用') }).click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.locator('.ant-modal-confirm-title', { hasText: '确定停用「9 号窗口」？' }).waitFor();
    await confirm.getByRole('button', { name: label('停用') }).click();
    await toast(page, '已停用「9 号窗口」');
    await row.waitFor({ state: 'detached' });
    // Nothing is deleted: the window is still there among the deactivated ones.
    await page.getByLabel('状态').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '仅停用' }).click();
    await expect.poll(() => page.getByRole('row', { name: /医疗保障窗口/ }).innerText()).toContain('已停用');
  });
});

test("the township manager does not see the county's departments", async () => {
  const page = await signedIn('tq-manager');
  await page.goto(`${server.url}/console/departments`);
  await page.locator('.ant-table-tbody').waitFor();
  await page.locator('.ant-empty').first().waitFor();
  const table = await page.locator('.ant-table').innerText();
  expect(table).not.toContain(department);
  expect(table).not.toContain('县人力资源和社会保障局');
  // The center filter offers only the township's own line, not the county.
  await page.getByLabel('全部中心').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
  const offered = await page.locator('.ant-select-dropdown:visible').innerText();
  expect(offered).toContain('土桥镇便民服务中心');
  expect(offered).not.toContain(county);
  await page.context().close();
});

describe('console: accounts under separated administrators (三权分立)', () => {
  test('the system administrator creates an account but cannot grant administrator roles', async () => {
    const page = await signedIn('sysadmin', true);
    await page.goto(`${server.url}/console/staff`);
    await page.getByRole('button', { name: '新建人员' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill('yb-clerk');
    await dialog.getByLabel('姓名').fill('刘医保');
    await dialog.getByLabel('手机号码').fill('13912345678');
    await choose(page, dialog.getByLabel('所属中心'), county);
    await dialog.getByText('收费员').click();
    expect(await dialog.getByRole('checkbox', { name: '安全管理员' }).count()).toBe(0);
    await dialog.getByRole('button', { name: label('生成') }).click();
    await dialog.getByRole('button', { name: label('保存') }).click();
    await toast(page, '账号已创建');
    const row = page.getByRole('row', { name: /yb-clerk/ });
    await expect.poll(() => row.innerText()).toContain('须修改密码');
    expect(await row.innerText()).toContain('139****5678');
    await row.getByRole('button', { name: label('更多') }).click();
    await page.getByRole('menuitem', { name: '重置密码' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '角色' }).count()).toBe(0);
    await page.context().close();
  });

  test('the security administrator sees the lock, unlocks the account and changes its roles', async () => {
    for (let i = 0; i < 5; i++) {
      await fetch(`${server.url}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'yb-clerk', password: 'not-the-password' }),
      });
    }
    const page = await signedIn('secadmin', true);
    await page.goto(`${server.url}/console/staff`);
    expect(await page.getByRole('button', { name: '新建人员' }).count()).toBe(0);
    const row = page.getByRole('row', { name: /yb-clerk/ });
    await expect.poll(() => row.innerText()).toContain('已锁定');
    await row.getByRole('button', { name: label('更多') }).click();
    await page.getByRole('menuitem', { name: '解锁' }).click();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: label('确定') })
      .click();
    await toast(page, '已解锁');
    await expect.poll(() => row.innerText()).not.toContain('已锁定');
    await row.getByRole('button', { name: label('更多') }).click();
    await page.getByRole('menuitem', { name: '角色' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('值班长').click();
    await dialog.getByRole('button', { name: label('保存') }).click();
    await toast(page, '角色已更新');
    await expect.poll(() => row.innerText()).toContain('值班长');
    await page.context().close();
  });
});
