import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, staffDesks } from './support/browser.ts';
import { idCard } from './support/case.ts';
import { startServer, type RunningServer } from './support/server.ts';

// 联办件 in the browser (issue #17, decision 0034): the window accepts 残疾人两项补贴 (lead
// 县民政局, joint 县残疾人联合会 and 县卫生健康局); two approvers of the joint departments, each
// in their own inbox, claim their sub-task and give their opinion in parallel; the lead's step
// shows both opinions, offers the decision only once both are in, and decides once.
const county = '旬邑县政务服务中心';
const jointItem = '困难残疾人生活补贴和重度残疾人护理补贴申请';

let server: RunningServer;
let browser: Browser;

const desks = staffDesks(() => browser, () => server.url);
const signedIn = (username: string) => desks.signIn(username);

/** The clerk applies for and accepts the joint item through the API the window uses; its case number. */
async function acceptedJointCase(clerk: Page): Promise<string> {
  return clerk.evaluate(
    async ({ county, idNumber, jointItem }) => {
      const centers = (await (await fetch('/api/v1/hall/centers')).json()) as { items: { id: string; name: string }[] };
      const centerId = centers.items.find((c) => c.name === county)!.id;
      const list = (await (await fetch(`/api/v1/catalog/items?state=published&centerId=${centerId}&pageSize=100`)).json()) as { items: { itemId: string; name: string; caseType: string }[] };
      const item = list.items.find((i) => i.caseType === 'joint' && i.name === jointItem);
      if (!item) throw new Error(`no published joint item ${jointItem}`);
      const post = (url: string, body: object) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
      const applied = await post('/api/v1/cases/applications', {
        centerId,
        applicant: { kind: 'person', idType: '111', idNumber, name: '张联办', phone: '13912340077' },
        items: [{ itemId: item.itemId, checklist: [] }],
        idempotencyKey: crypto.randomUUID(),
      });
      const c = applied.cases[0];
      const page = (await (await fetch(`/api/v1/cases/${c.id}`)).json()) as { materials: { materialId: string; requiredOriginals: number; requiredCopies: number }[] };
      const checklist = page.materials.map((m) => ({ materialId: m.materialId, status: 'received', originals: m.requiredOriginals, copies: m.requiredCopies }));
      const accepted = await post(`/api/v1/cases/${c.id}/actions`, { action: 'intake.accept', checklist, idempotencyKey: crypto.randomUUID() });
      if (accepted.state !== 'accepted') throw new Error(`not accepted: ${JSON.stringify(accepted)}`);
      return c.number as string;
    },
    { county, idNumber: idCard(4343), jointItem },
  );
}

/** Open the case's task from the signed-in person's inbox. */
async function openTask(page: Page, number: string) {
  await page.goto(`${server.url}/workbench/inbox`);
  await page.getByTestId('task-inbox').waitFor();
  const row = page.locator('tr', { hasText: number });
  await row.waitFor();
  await row.getByRole('link', { name: number }).click();
  await page.getByTestId('step-page').waitFor();
}

/** A joint department claims its sub-task and gives its opinion. */
async function giveOpinion(page: Page, number: string, verdict: '同意' | '不同意', opinion: string) {
  await openTask(page, number);
  expect(await page.getByTestId('step-title').innerText()).toContain('联办部门并联审查');
  await page.getByTestId('claim').click();
  await page.getByTestId('joint-submit').waitFor();
  await page.getByTestId('opinion').fill(opinion);
  await page.getByTestId('joint-verdict').getByText(verdict, { exact: true }).click();
  await page.getByTestId('action-joint.opinion').click();
  await page.getByText('联办意见已提交').waitFor();
  await expect.poll(() => page.getByTestId('step-page').innerText()).toContain('本环节已办理完毕');
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await desks.close();
  await browser?.close();
  await server?.stop();
});

describe('joint case (联办件)', () => {
  test('two joint departments give their opinions in parallel; the lead decides once', async () => {
    const clerk = await signedIn('clerk');
    const number = await acceptedJointCase(clerk);

    // Each joint department finds its own sub-task (tagged 联办) in its inbox, with a due date and colour.
    const [dpf, health, lead] = await Promise.all([signedIn('approver-dpf'), signedIn('approver-health'), signedIn('approver')]);
    for (const page of [dpf, health]) {
      await page.goto(`${server.url}/workbench/inbox`);
      const row = page.locator('tr', { hasText: number });
      await row.waitFor();
      expect(await row.innerText()).toContain('联办');
      expect(await row.getByTestId('task-due').innerText()).toMatch(/\d{4}-\d{2}-\d{2}\s*(正常|黄牌预警|今日到期|已逾期)/);
    }

    // The lead takes its step; while the joint departments work, no decision is offered.
    await openTask(lead, number);
    expect(await lead.getByTestId('step-title').innerText()).toContain('牵头部门审查');
    await lead.getByTestId('claim').click();
    await lead.getByTestId('action-review.start').click();
    await expect.poll(() => lead.getByTestId('joint-pending').innerText()).toContain('尚有 2 个联办部门未提交意见');
    expect(await lead.getByTestId('step-decision').count()).toBe(0);

    // The two joint departments work in parallel (two approvers, two browsers).
    await Promise.all([giveOpinion(dpf, number, '同意', '残疾人证真实有效，残疾等级符合补贴条件'), giveOpinion(health, number, '不同意', '护理需求评估未达到重度标准，建议仅发放生活补贴')]);

    // The lead sees both opinions and makes one combined decision.
    await lead.reload();
    const opinions = lead.getByTestId('joint-opinion');
    await expect.poll(() => opinions.count()).toBe(2);
    const texts = (await opinions.allInnerTexts()).join('\n');
    expect(texts).toMatch(/县残疾人联合会\s*同意/);
    expect(texts).toMatch(/县卫生健康局\s*不同意/);
    expect(texts).toContain('护理需求评估未达到重度标准');
    await expect.poll(() => lead.getByTestId('joint-pending').innerText()).toContain('联办部门意见已全部提交');
    await lead.screenshot({ path: '/tmp/joint-case-lead-step.png', fullPage: true });
    const rules = lead.getByTestId('review-rule');
    for (let i = 0; i < (await rules.count()); i++) await rules.nth(i).locator('input[type=checkbox]').check();
    await lead.getByTestId('opinion').fill('综合联办部门意见：准予发放困难残疾人生活补贴');
    const decision = lead.getByTestId('step-decision');
    await decision.getByTestId('action-decide.approve').click();
    await lead.getByTestId('cert-name').fill('残疾人两项补贴核定通知');
    await lead.getByTestId('cert-number').fill(`LB-${number.slice(-6)}`);
    await lead.getByTestId('cert-issuing-body').fill('旬邑县民政局');
    const popup = lead.context().waitForEvent('page', { timeout: 10_000 }).catch(() => null);
    await lead.locator('#action-confirm').click();
    await (await popup)?.close();
    await lead.goto(`${server.url}/workbench/cases/${await lead.evaluate(async (n) => ((await (await fetch(`/api/v1/cases/by-number/${encodeURIComponent(n)}`)).json()) as { id: string }).id, number)}`);
    await expect.poll(() => lead.getByTestId('case-state').innerText()).toBe('准予许可');
    await lead.screenshot({ path: '/tmp/joint-case-decided.png', fullPage: true });
  }, 300_000);
});
