import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { pageProblems } from './support/axe.ts';
import { idCard } from './support/case.ts';
import { signInAndBind } from './support/my-cases.ts';
import { PDF, confirmPop, phoneJourney } from './support/online.ts';

// 一件事 applied for online with ONE form on a 390×844 phone (issue #19, decision 0050): a citizen
// signed in with the texted code and real-name bound opens 开办餐饮店一件事, fills the shared
// details (经营者, 身份证号, 电话, 经营场所) once and each item's own under its name, leaves and
// comes back to find them, uploads the materials, reviews and submits; the window's 网上预审 shows
// both items, each with the shared values.
const hall = phoneJourney();

const step = (page: Page) => page.getByTestId('apply-wizard').getAttribute('data-step');

/** Picks an option of the antd select labelled `label` (a multiple one is closed again). */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
  await page.keyboard.press('Escape');
}

test('a 一件事 bundle is applied for with one form, its shared details filled once, and pre-reviewed per item', async () => {
  const list = (await (await fetch(`${hall.server.url}/api/v1/portal/bundles`)).json()) as { items: { id: string; name: string; items: { itemId: string; name: string }[] }[] };
  const bundle = list.items.find((b) => b.name === '开办餐饮店一件事')!;
  const person = { mobile: '13712345690', name: '王秀兰', idNumber: idCard(690) };
  const shared = { 经营者姓名: '王秀兰', 公民身份号码: person.idNumber, 联系电话: '13712345678', 经营场所: '旬邑县城关街道东大街 8 号' };

  const page = await hall.phone();
  await signInAndBind(page, hall.server.url, hall.sms, person);
  await page.goto(`${hall.server.url}/portal/bundles/${bundle.id}`);
  await page.getByTestId('bundle-apply').click();
  await page.getByTestId('apply-wizard').waitFor();
  const applicationId = /\/portal\/apply\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await page.getByTestId('apply-next').click(); // → 填写表单
  await expect.poll(() => step(page)).toBe('forms');

  // One form: the shared details once, then each item's own fields under its name.
  await page.getByTestId('apply-bundle-form').waitFor();
  expect(await page.getByTestId('apply-shared-form').count()).toBe(1);
  expect(await page.getByTestId('apply-item-form').locator('h2').allInnerTexts()).toEqual(bundle.items.map((i) => i.name));
  for (const label of Object.keys(shared)) expect(await page.getByLabel(label, { exact: true }).count(), label).toBe(1);
  const sharedForm = page.getByTestId('apply-shared-form');
  for (const [label, value] of Object.entries(shared)) await sharedForm.getByLabel(label, { exact: true }).fill(value);
  // 下一步 with the items' own fields empty is refused on the phone.
  await page.getByTestId('apply-next').click();
  await page.getByTestId('apply-error').waitFor();
  expect(await step(page)).toBe('forms');
  const [trader, food] = [page.getByTestId('apply-item-form').nth(0), page.getByTestId('apply-item-form').nth(1)];
  await trader.getByLabel('个体工商户名称').fill('秀兰小吃店');
  await trader.getByLabel('经营范围').fill('热食类食品制售');
  await trader.getByLabel('资金数额（万元）').fill('5');
  await choose(page, '组成形式', '个人经营');
  await choose(page, '经营项目', '热食类食品制售');
  await food.getByLabel('经营场所面积（平方米）').fill('36');
  await food.getByText('企业或个体工商户').click(); // the 许可's own 情形 question, under its name
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await pageProblems(page, 'bundle forms')).toEqual([]);
  await page.getByTestId('apply-next').click(); // saves the draft, → 上传材料
  await expect
    .poll(() => step(page))
    .toBe('materials')
    .catch(async (e: unknown) => {
      throw new Error(`${String(e)}\n${(await page.locator('.ant-form-item-explain-error, [data-testid=apply-error]').allInnerTexts()).join('\n')}`);
    });

  // The draft resumed (a reload, as on another visit): the one form shows what was saved.
  await page.reload();
  await page.getByTestId('apply-wizard').waitFor();
  await page.getByTestId('apply-next').click();
  await expect.poll(() => step(page)).toBe('forms');
  for (const [label, value] of Object.entries(shared)) expect(await sharedForm.getByLabel(label, { exact: true }).inputValue()).toBe(value);
  expect(await trader.getByLabel('个体工商户名称').inputValue()).toBe('秀兰小吃店');
  await page.getByTestId('apply-next').click();
  await expect.poll(() => step(page)).toBe('materials');

  // Every required material of both items, as a PDF.
  const required = await page.evaluate(async (id) => {
    const d = (await (await fetch(`/api/v1/portal/online/applications/${id}`)).json()) as { itemsDetail: { materials: { materialId: string; required: boolean; status: string }[] }[] };
    return d.itemsDetail.flatMap((i) => i.materials.filter((m) => m.required && m.status === 'missing').map((m) => m.materialId));
  }, applicationId);
  for (const materialId of required) {
    const material = page.locator(`[data-testid=apply-material][data-material-id="${materialId}"]`);
    await material.locator('input[type=file]:not([capture])').setInputFiles({ name: `${materialId.slice(0, 8)}.pdf`, mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => material.getAttribute('data-status'), { timeout: 20_000 }).toBe('uploaded');
  }
  await page.getByTestId('apply-next').click(); // → 领取方式
  await page.getByTestId('apply-delivery').waitFor();
  await page.getByTestId('apply-next').click(); // → 确认提交
  await page.getByTestId('apply-review').waitFor();
  // The review shows the shared details once and each item's own under its name.
  const reviewed = page.getByTestId('apply-review-form');
  expect(await reviewed.count()).toBe(3);
  expect(await page.locator('[data-testid=apply-review-form][data-section=shared]').innerText()).toContain('13712345678');
  expect(await reviewed.nth(1).innerText()).toContain('秀兰小吃店');
  expect(await reviewed.nth(2).innerText()).toContain('36');
  expect(await pageProblems(page, 'bundle review')).toEqual([]);
  await page.getByTestId('apply-submit').click();
  await confirmPop(page);
  await page.getByTestId('application-submitted').or(page.getByTestId('apply-error')).first().waitFor();
  expect(await page.getByTestId('apply-error').count(), await page.locator('main').innerText()).toBe(0);

  // The window's 网上预审: both items, each with the shared details the citizen typed once.
  const clerk = await hall.desks.signIn('clerk');
  await clerk.goto(`${hall.server.url}/workbench/online-reviews/${applicationId}`);
  await clerk.getByTestId('online-review').waitFor();
  await clerk.getByTestId('online-review-bundle').waitFor();
  const forms = clerk.getByTestId('online-review-form');
  expect(await forms.count()).toBe(2);
  for (const i of [0, 1]) {
    const text = await forms.nth(i).innerText();
    expect(text).toContain('13712345678');
    expect(text).toContain('王秀兰');
    expect(text).toContain('旬邑县城关街道东大街 8 号');
  }
  expect(await forms.nth(0).innerText()).toContain('秀兰小吃店');
  expect(await forms.nth(1).innerText()).not.toContain('秀兰小吃店');
});
