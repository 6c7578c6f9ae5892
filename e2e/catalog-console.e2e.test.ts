import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, submitCredentials } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// The console's catalog screens in the browser: the county manager revises a published item
// (new draft, shorter promised limit, new conditions, publish) and the public portal API
// serves the new text at once; an incomplete draft is refused with the problems listed; a
// township manager reads a delegated county item but cannot change it.
const item = '最低生活保障对象认定';
const conditions = '本县户籍居民，家庭月人均收入低于本县城乡低保标准，且家庭财产状况符合规定。（e2e 修订）';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await submitCredentials(page, server.url, username);
  await page.getByTestId('center-name').waitFor();
  return page;
}

/** antd puts a space between two CJK characters of a button label ("发 布"). */
const label = (text: string) => new RegExp(`^\\s*${[...text].join('\\s*')}\\s*$`);

async function portalGuide(itemId: string) {
  const res = await fetch(`${server.url}/api/v1/portal/items/${itemId}`);
  expect(res.status).toBe(200);
  return (await res.json()) as { versionNo: number; acceptanceConditions: string; promisedLimit: { amount: number; unit: string }; retentionPeriod: string };
}

/** Opens an item from the catalog list by searching for its name; returns its id. */
async function openItem(page: Page, name: string): Promise<string> {
  await page.goto(`${server.url}/console/catalog`);
  await page.getByLabel('搜索事项名称、关键词或编码').fill(name);
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByTestId('guide-view').waitFor();
  return new URL(page.url()).pathname.split('/').pop()!;
}

async function confirmPublish(page: Page) {
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: label('发布') })
    .click();
}

describe('console: service item catalog', () => {
  let page: Page;
  let itemId: string;
  beforeAll(async () => {
    page = await signedIn('manager');
  });
  afterAll(async () => {
    await page?.context().close();
  });

  test('the manager revises a published item and the portal serves the new version', async () => {
    itemId = await openItem(page, item);
    const before = await portalGuide(itemId);
    expect(before.promisedLimit.amount).toBe(20);

    await page.getByTestId('action-new-draft').click();
    await page.getByTestId('guide-form').waitFor();
    await page.getByRole('spinbutton', { name: '承诺办结时限（数值）' }).fill('15');
    await page.getByLabel('受理条件').fill(conditions);
    // 保管期限 (issue #18): the archive keeps this item's files for good.
    await page.getByLabel('档案保管期限').click();
    await page.locator('.ant-select-item-option[title="永久"]').click();
    await page.getByTestId('draft-publish').click();
    await confirmPublish(page);

    await page.waitForURL(`**/console/catalog/${itemId}`);
    await expect.poll(() => page.getByTestId('guide-promised-limit').innerText()).toContain('15个工作日');
    await expect.poll(() => page.getByTestId('guide-view').innerText()).toContain(conditions);
    const after = await portalGuide(itemId);
    expect(after.versionNo).toBe(before.versionNo + 1);
    expect(after.promisedLimit).toMatchObject({ amount: 15, unit: 'workday' });
    expect(after.acceptanceConditions).toBe(conditions);
    expect(after.retentionPeriod).toBe('permanent');
  });

  test('an incomplete draft is refused with the problems in Chinese, and compare shows what changed', async () => {
    await page.goto(`${server.url}/console/catalog/${itemId}`);
    await page.getByTestId('action-new-draft').click();
    await page.getByTestId('guide-form').waitFor();
    await page.getByRole('spinbutton', { name: '承诺办结时限（数值）' }).fill('40');
    await page.getByLabel('办理地点').fill('');
    await page.getByTestId('draft-publish').click();
    await confirmPublish(page);

    const problems = page.getByTestId('publish-problems');
    await expect.poll(() => problems.innerText()).toContain('缺少办理地点');
    expect(await problems.innerText()).toContain('不得超过法定办结时限');
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: label('确定') })
      .click();
    // The same problems stay next to their fields, with what was typed intact.
    await page.getByTestId('form-problems').waitFor();
    await page.locator('.ant-form-item-explain-error', { hasText: '缺少办理地点' }).waitFor();
    expect(await page.getByRole('spinbutton', { name: '承诺办结时限（数值）' }).inputValue()).toBe('40');
    expect((await portalGuide(itemId)).promisedLimit.amount).toBe(15);

    await page.goto(`${server.url}/console/catalog/${itemId}/compare`);
    const diff = page.getByTestId('field-diff');
    await expect.poll(() => diff.innerText()).toContain('承诺办结时限');
    expect(await diff.innerText()).toContain('40个工作日');
    expect(await diff.innerText()).toContain('办理地点');
  });
});

describe('console: a delegated item is read-only for the township', () => {
  test('the township manager sees the county item delegated to it, without edit actions', async () => {
    const page = await signedIn('tq-manager');
    await page.goto(`${server.url}/console/catalog`);
    const row = page.getByRole('row', { name: /农村村民宅基地审批/ });
    await expect.poll(() => row.innerText()).toContain('上级委托');
    await row.getByRole('link', { name: '农村村民宅基地审批' }).click();
    await page.getByTestId('guide-view').waitFor();
    await page.getByText('本事项由上级中心下放至本中心办理').waitFor();
    expect(await page.getByTestId('action-new-draft').count()).toBe(0);
    expect(await page.getByTestId('action-retire').count()).toBe(0);
    await page.context().close();
  });
});

describe('console: catalog Excel round trip', () => {
  test('the manager exports the catalog and the re-import check finds nothing to change', async () => {
    const page = await signedIn('manager');
    await page.goto(`${server.url}/console/catalog`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('catalog-export').click()]);
    const path = await download.path();
    const fs = await import('node:fs');
    const bytes = fs.readFileSync(path);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // an xlsx is a zip
    await page.getByTestId('catalog-import').click();
    await page.locator('.ant-modal input[type=file]').setInputFiles({ name: 'catalog.xlsx', mimeType: 'application/octet-stream', buffer: bytes });
    await page.getByText(/未变化 \d+，新建 0，新草稿 0，更新草稿 0/).waitFor({ timeout: 60_000 });
    await page.context().close();
  });
});
