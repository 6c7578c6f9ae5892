import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, staffDesks } from './support/browser.ts';
import { idCard, walkToLastStep } from './support/case.ts';
import { startServer, type RunningServer } from './support/server.ts';

// 上报件 in the browser (issue #17, decision 0035): 土桥镇's clerk accepts a county 承诺件 at the
// township window and forwards it (上报, with a reason) to the county; the county approver finds
// it in the department inbox marked 上报件 and approves it; the result comes back to 土桥镇's
// results queue (待出件), not the county's; both case pages show the link and the whole timeline,
// and the township hands the result out there.
const countyName = '旬邑县政务服务中心';
const townshipName = '土桥镇便民服务中心';
const applicant = '上报测试';

let server: RunningServer;
let browser: Browser;
let tq: Page;
let clerk: Page;
let approver: Page;
let county: string;
let township: string;

const desks = staffDesks(() => browser, () => server.url);
const signedIn = (username: string) => desks.signIn(username);

async function act(page: Page, action: string, fill?: () => Promise<void>) {
  await page.getByTestId(`action-${action}`).click();
  if (fill) {
    await fill();
    await page.locator('#action-confirm').click();
  }
  await page.getByTestId(`action-${action}`).waitFor({ state: 'detached' });
}

/** A county 承诺件 of 县民政局 (the approver's department), taken in and accepted at 土桥镇's window. */
async function acceptedAtTownship(): Promise<{ id: string; number: string }> {
  const chosen = await clerk.evaluate(async (center) => {
    const list = (await (await fetch(`/api/v1/catalog/items?state=published&centerId=${center}&pageSize=100`)).json()) as { items: { itemId: string; caseType: string; implementingBody: string }[] };
    for (const i of list.items.filter((x) => x.caseType === 'promised' && x.implementingBody.includes('民政'))) {
      const g = (await (await fetch(`/api/v1/portal/items/${i.itemId}`)).json()) as { materials: { id: string; required: boolean; originals?: number; copies?: number }[] };
      if (g.materials?.some((m) => m.required)) return { itemId: i.itemId, materials: g.materials };
    }
    throw new Error('no promised item of 县民政局 with required materials');
  }, county);
  return tq.evaluate(
    async ({ center, itemId, materials, idNumber, name }) => {
      const post = (url: string, body: object) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
      const person = { kind: 'person', idType: '111', idNumber, name, phone: '13912350901' };
      const c = (await post('/api/v1/cases/applications', { centerId: center, applicant: person, items: [{ itemId }], idempotencyKey: `e2e-esc-${Date.now()}` })).cases[0];
      const checklist = materials.map((m) => ({ materialId: m.id, status: 'received', originals: m.originals ?? 1, copies: m.copies ?? 0 }));
      const accepted = await post(`/api/v1/cases/${c.id}/actions`, { action: 'intake.accept', checklist, idempotencyKey: `e2e-esc-acc-${Date.now()}` });
      if (accepted.state !== 'accepted') throw new Error(JSON.stringify(accepted));
      return { id: c.id as string, number: c.number as string };
    },
    { center: township, itemId: chosen.itemId, materials: chosen.materials, idNumber: idCard(901), name: applicant },
  );
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const centers = (await (await fetch(`${server.url}/api/v1/hall/centers`)).json()) as { items: { id: string; name: string }[] };
  county = centers.items.find((c) => c.name === countyName)!.id;
  township = centers.items.find((c) => c.name === townshipName)!.id;
  [tq, clerk, approver] = await Promise.all([signedIn('tq-clerk'), signedIn('clerk'), signedIn('approver')]);
}, 180_000);

afterAll(async () => {
  await desks.close();
  await browser?.close();
  await server?.stop();
});

describe('上报件: from 土桥镇 to the county and back to 土桥镇’s window', () => {
  test('forwarded with a reason, decided at the county, handed out at the township', async () => {
    const origin = await acceptedAtTownship();

    // The township's case page: the §43 clock of its own review, and the 上报 button the table offers.
    await tq.goto(`${server.url}/workbench/cases/${origin.id}`);
    await tq.getByTestId('case-page').waitFor();
    await tq.getByTestId('case-lower-review').waitFor();
    expect(await tq.getByTestId('case-lower-review-due').innerText()).toMatch(/\d{4}-\d{2}-\d{2}/);
    await act(tq, 'escalate', async () => {
      await tq.getByTestId('action-note').fill('本镇初审完毕，材料齐全，报县级审批');
    });
    await expect.poll(() => tq.getByTestId('case-state').innerText()).toBe('已上报');
    expect(await tq.getByTestId('case-escalation-badge').innerText()).toContain(countyName);
    await expect.poll(() => tq.getByTestId('case-escalation-timeline').innerText()).toContain('上报件受理');
    const upperText = await tq.getByTestId('case-escalation-upper').innerText();
    const upperNumber = upperText.split(' · ').at(-1)!.trim();
    expect(upperNumber).not.toBe(origin.number);

    // The township reaches the county's case only through its own: not by number.
    const probe = await tq.evaluate(async (n) => (await fetch(`/api/v1/cases/by-number/${encodeURIComponent(n)}`)).status, upperNumber);
    expect([403, 404]).toContain(probe);

    // The county's department inbox shows it as 上报件.
    await approver.goto(`${server.url}/workbench/inbox`);
    await approver.getByTestId(`inbox-escalated-${upperNumber}`).waitFor();
    const upperId = await approver.evaluate(async (n) => ((await (await fetch(`/api/v1/cases/by-number/${encodeURIComponent(n)}`)).json()) as { id: string }).id, upperNumber);
    await approver.goto(`${server.url}/workbench/cases/${upperId}`);
    await approver.getByTestId('case-page').waitFor();
    expect(await approver.getByTestId('case-escalation-badge').innerText()).toContain(origin.number);
    expect(await approver.getByTestId('case-escalation-origin').innerText()).toContain(townshipName);
    // Through the steps to the last one, where the decision is taken (decision 0033).
    await walkToLastStep(approver, upperId);
    await approver.reload();
    await approver.getByTestId('case-page').waitFor();
    const popup = approver.context().waitForEvent('page');
    await act(approver, 'decide.approve', async () => {
      await approver.getByTestId('cert-name').fill('准予许可决定书');
      await approver.getByTestId('cert-number').fill('XY-E2E-0901');
      await approver.getByTestId('cert-issuing-body').fill('旬邑县民政局');
    });
    await (await popup).close();
    await expect.poll(() => approver.getByTestId('case-state').innerText()).toBe('准予许可');

    // Back at the township's window: the decision shows on the case of origin, in its results queue.
    await tq.goto(`${server.url}/workbench/cases?view=results_ready`);
    await expect.poll(() => tq.getByTestId('case-list-results_ready').innerText()).toContain(applicant);
    // …and not in the county's.
    await clerk.goto(`${server.url}/workbench/cases?view=results_ready`);
    await clerk.getByTestId('case-list-results_ready').waitFor();
    await expect.poll(() => clerk.getByTestId('case-list-results_ready').locator('.ant-spin-spinning').count()).toBe(0);
    expect(await clerk.getByTestId('case-list-results_ready').innerText()).not.toContain(applicant);

    await tq.goto(`${server.url}/workbench/cases/${origin.id}`);
    await expect.poll(() => tq.getByTestId('case-state').innerText()).toBe('准予许可');
    const timeline = await tq.getByTestId('case-escalation-timeline').innerText();
    expect(timeline).toContain(countyName);
    expect(timeline).toContain('准予许可');
    expect(timeline).toContain('上级准予');
    await act(tq, 'conclude', async () => undefined);
    await expect.poll(() => tq.getByTestId('case-state').innerText()).toBe('已办结');
    await expect.poll(() => tq.getByTestId('case-escalation-timeline').innerText()).toContain('原受理窗口已出件');
  }, 90_000);
});
