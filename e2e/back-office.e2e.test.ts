import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, staffDesks } from './support/browser.ts';
import { idCard } from './support/case.ts';
import { startServer, type RunningServer } from './support/server.ts';

// The back office in the browser (issue #17): an accepted 承诺件 of 县民政局 lands in the
// department's inbox; the approver claims it, checks the review points and passes; the
// department head returns it from the second step with a reason; the approver passes again;
// the last step offers the decision. The window's part is done through the API.
const county = '旬邑县政务服务中心';

let server: RunningServer;
let browser: Browser;


const desks = staffDesks(() => browser, () => server.url);
const signedIn = (username: string) => desks.signIn(username);

/** The clerk applies for and accepts a 承诺件 of 县民政局 (the approver's department); its case number. */
async function acceptedCase(clerk: Page): Promise<string> {
  const number = await clerk.evaluate(
    async ({ county, idNumber }) => {
      const centers = (await (await fetch('/api/v1/hall/centers')).json()) as { items: { id: string; name: string }[] };
      const centerId = centers.items.find((c) => c.name === county)!.id;
      const list = (await (await fetch(`/api/v1/catalog/items?state=published&centerId=${centerId}&pageSize=100`)).json()) as { items: { itemId: string; caseType: string }[] };
      for (const item of list.items.filter((i) => i.caseType === 'promised')) {
        const post = (url: string, body: object) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
        const applied = await post('/api/v1/cases/applications', {
          centerId,
          applicant: { kind: 'person', idType: '111', idNumber, name: '张后台', phone: '13912340001' },
          items: [{ itemId: item.itemId, checklist: [] }],
          idempotencyKey: crypto.randomUUID(),
        });
        const c = applied.cases?.[0];
        if (!c) continue;
        const page = (await (await fetch(`/api/v1/cases/${c.id}`)).json()) as { department: string; materials: { materialId: string; requiredOriginals: number; requiredCopies: number }[] };
        if (page.department !== '县民政局') continue;
        const checklist = page.materials.map((m) => ({ materialId: m.materialId, status: 'received', originals: m.requiredOriginals, copies: m.requiredCopies }));
        const accepted = await post(`/api/v1/cases/${c.id}/actions`, { action: 'intake.accept', checklist, idempotencyKey: crypto.randomUUID() });
        if (accepted.state === 'accepted') return c.number as string;
      }
      return null;
    },
    { county, idNumber: idCard(4242) },
  );
  if (!number) throw new Error('no 承诺件 of 县民政局 could be accepted');
  return number;
}

/** Open the case's task from the inbox (its row links to the step screen). */
async function openTask(page: Page, number: string) {
  await page.goto(`${server.url}/workbench/inbox`);
  await page.getByTestId('task-inbox').waitFor();
  const row = page.locator('tr', { hasText: number });
  await row.waitFor();
  await row.getByRole('link', { name: number }).click();
  await page.getByTestId('step-page').waitFor();
}

async function checkAll(page: Page) {
  const rules = page.getByTestId('review-rule');
  const n = await rules.count();
  for (let i = 0; i < n; i++) await rules.nth(i).locator('input[type=checkbox]').check();
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

describe('back office', () => {
  test('a 承诺件 through two steps with a return to the first; the last step offers the decision', async () => {
    const clerk = await signedIn('clerk');
    const number = await acceptedCase(clerk);

    // The approver's inbox: the case at its first step, unclaimed, with its due date and colour.
    const approver = await signedIn('approver');
    await approver.goto(`${server.url}/workbench`);
    await approver.waitForURL(/\/workbench\/inbox$/);
    const row = approver.locator('tr', { hasText: number });
    await row.waitFor();
    expect(await row.innerText()).toContain('1. 审查');
    expect(await row.getByTestId('task-due').innerText()).toMatch(/\d{4}-\d{2}-\d{2}\s*(正常|黄牌预警|今日到期|已逾期)/);
    expect(await approver.getByTestId('inbox-counts').innerText()).toContain('未认领');

    await openTask(approver, number);
    expect(await approver.getByTestId('step-title').innerText()).toContain('审查');
    await approver.getByTestId('claim').click();
    await approver.getByTestId('action-review.start').click();
    await approver.getByTestId('action-step.pass').waitFor();
    await checkAll(approver);
    await approver.getByTestId('opinion').fill('申请人符合条件，拟同意');
    await approver.getByTestId('action-step.pass').click();
    await approver.getByText('已提交下一环节').waitFor();

    // The department head takes the second step and returns it to the first with a reason.
    const head = await signedIn('depthead');
    await openTask(head, number);
    expect(await head.getByTestId('step-title').innerText()).toContain('决定');
    await head.getByTestId('claim').click();
    await head.getByTestId('action-step.return').click();
    await head.getByTestId('return-reason').fill('家庭收入证明未核实，请补充核查');
    await head.getByTestId('return-confirm').click();
    await head.getByText('已退回').first().waitFor();

    // Back at the first step: the approver sees why, checks again and passes.
    await openTask(approver, number);
    expect(await approver.getByTestId('step-title').innerText()).toContain('审查');
    await approver.getByTestId('claim').click();
    await expect.poll(() => approver.getByTestId('earlier-step').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('家庭收入证明未核实')]));
    await checkAll(approver);
    await approver.getByTestId('opinion').fill('已补充核查收入证明，符合条件');
    await approver.getByTestId('action-step.pass').click();
    await approver.getByText('已提交下一环节').waitFor();

    // The last step offers the decision (准予许可 / 不予许可), and no further pass.
    await openTask(head, number);
    await head.getByTestId('claim').click();
    const decision = head.getByTestId('step-decision');
    await decision.waitFor();
    expect(await decision.getByTestId('action-decide.approve').isVisible()).toBe(true);
    expect(await decision.getByTestId('action-decide.refuse').isVisible()).toBe(true);
    expect(await head.getByTestId('action-step.pass').count()).toBe(0);
    await head.screenshot({ path: '/tmp/back-office-last-step.png', fullPage: true });
  }, 300_000);
});
