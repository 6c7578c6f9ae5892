import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { pdfText } from '../src/server/modules/case/notices/pdf-text.ts';
import { staffDesks } from './support/browser.ts';
import { idCard, walkToLastStep } from './support/case.ts';
import { startServer, type RunningServer } from './support/server.ts';

// The back office in the browser (issue #17): an approver pauses a case for an expert review
// and asks for the extension; the department head approves it and the legal due date visibly
// moves; a refusal's 决定书 carries the rights to 行政复议 and 行政诉讼.
// The server runs on the real clock, so the pause here starts and ends on one day (it moves
// nothing); a pause over several working days is proven in case.decisions.test.ts.
const county = '旬邑县政务服务中心';

let server: RunningServer;
let browser: Browser;
let clerk: Page;
let approver: Page;
let head: Page;
let centerId: string;


const desks = staffDesks(() => browser, () => server.url);
const signedIn = (username: string) => desks.signIn(username);

/** A 承诺件 taken in and accepted by the clerk through the API the window uses. */
async function acceptedCase(n: number): Promise<string> {
  return clerk.evaluate(
    async ({ center, idNumber, n }) => {
      const items = (await (await fetch(`/api/v1/catalog/items?state=published&centerId=${center}&pageSize=100`)).json()) as { items: { itemId: string; caseType: string }[] };
      for (const i of items.items.filter((x) => x.caseType === 'promised')) {
        const g = (await (await fetch(`/api/v1/portal/items/${i.itemId}`)).json()) as { materials: { id: string; required: boolean; originals: number; copies: number }[] };
        if (!g.materials?.some((m) => m.required)) continue;
        const post = (url: string, body: object) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
        const applicant = { kind: 'person', idType: '111', idNumber, name: `后台${n}`, phone: `1391235${String(n).padStart(4, '0')}` };
        const c = (await post('/api/v1/cases/applications', { centerId: center, applicant, items: [{ itemId: i.itemId }], idempotencyKey: `e2e-dec-${n}-${Date.now()}` })).cases[0];
        const checklist = g.materials.map((m) => ({ materialId: m.id, status: 'received', originals: m.originals ?? 1, copies: m.copies ?? 0 }));
        await post(`/api/v1/cases/${c.id}/actions`, { action: 'intake.accept', checklist, idempotencyKey: `e2e-dec-acc-${n}-${Date.now()}` });
        return c.id as string;
      }
      throw new Error('no promised item with required materials');
    },
    { center: centerId, idNumber: idCard(n), n },
  );
}

async function act(page: Page, action: string, fill?: () => Promise<void>) {
  await page.getByTestId(`action-${action}`).click();
  if (fill) {
    await fill();
    await page.locator('#action-confirm').click();
  }
  await page.getByTestId(`action-${action}`).waitFor({ state: 'detached' });
}

beforeAll(async () => {
  server = await startServer();
  if (!fs.existsSync('/usr/bin/chromium')) throw new Error('/usr/bin/chromium is missing');
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const centers = (await (await fetch(`${server.url}/api/v1/hall/centers`)).json()) as { items: { id: string; name: string }[] };
  centerId = centers.items.find((c) => c.name === county)!.id;
  clerk = await signedIn('clerk');
  approver = await signedIn('approver');
  head = await signedIn('depthead');
}, 180_000);

afterAll(async () => {
  await desks.close();
  await browser?.close();
  await server?.stop();
});

const due = async (page: Page, which: 'legal' | 'promised') => (await page.getByTestId(`case-${which}-due`).innerText()).trim();

describe('the back office: pause, extension, refusal', () => {
  test('an expert-review pause with its notice, then the extension that moves the legal due date', async () => {
    const id = await acceptedCase(801);
    await approver.goto(`${server.url}/workbench/cases/${id}`);
    await approver.getByTestId('case-page').waitFor();
    await act(approver, 'review.start');

    await act(approver, 'pause.start', async () => {
      await approver.getByTestId('pause-reason').fill('申请事项涉及专业技术问题，需组织专家论证');
      await approver.locator('[data-testid="pause-amount"] input, input[data-testid="pause-amount"]').first().fill('10');
    });
    await expect.poll(() => due(approver, 'legal')).toContain('暂停中');
    await approver.getByTestId('notice-reprint-special_procedure').waitFor();
    expect(await approver.getByTestId('case-clock-pause').first().innerText()).toContain('专家评审');
    // Decisions wait while the clock is stopped.
    expect(await approver.getByTestId('action-decide.approve').count()).toBe(0);
    await act(approver, 'pause.end');
    await approver.getByTestId('notice-reprint-special_procedure_end').waitFor();

    const legalBefore = (await due(approver, 'legal')).slice(0, 10);
    const promisedBefore = (await due(approver, 'promised')).slice(0, 10);
    await act(approver, 'extension.request', async () => {
      await approver.getByTestId('extension-reason').fill('需补充现场核查，二十日内不能作出决定');
    });
    await approver.getByTestId('case-flag-extensionPending').waitFor();

    await head.goto(`${server.url}/workbench/cases/${id}`);
    await head.getByTestId('case-page').waitFor();
    await act(head, 'extension.approve', async () => undefined);
    await head.getByTestId('notice-reprint-extension').waitFor();
    await expect.poll(async () => (await due(head, 'legal')).slice(0, 10)).not.toBe(legalBefore);
    const legalAfter = (await due(head, 'legal')).slice(0, 10);
    expect(legalAfter > legalBefore).toBe(true);
    expect((await due(head, 'promised')).slice(0, 10)).toBe(promisedBefore);
    expect(await head.getByTestId('case-clock-extension').innerText()).toContain('延长 10 个工作日');
    // At most once: no second request is offered.
    await approver.reload();
    await approver.getByTestId('case-flag-extended').waitFor();
    expect(await approver.getByTestId('action-extension.request').count()).toBe(0);
  });

  test('a refusal whose 不予行政许可决定书 carries the reasons and the rights', async () => {
    const id = await acceptedCase(802);
    await approver.goto(`${server.url}/workbench/cases/${id}`);
    await approver.getByTestId('case-page').waitFor();
    await act(approver, 'review.start');
    // The decision is offered on the last step only (decision 0033): the earlier steps pass first.
    await walkToLastStep(approver, id);
    await approver.reload();
    await approver.getByTestId('action-decide.refuse').waitFor();
    const popup = approver.context().waitForEvent('page');
    await act(approver, 'decide.refuse', async () => {
      await approver.getByTestId('refusal-reasons').fill('经营场所与有毒有害场所的距离不符合规定');
      await approver.getByTestId('refusal-basis').fill('《中华人民共和国行政许可法》第三十八条第二款');
    });
    await (await popup).close();
    await expect.poll(() => approver.getByTestId('case-state').innerText()).toBe('不予许可');
    await approver.getByTestId('notice-reprint-refusal').waitFor();
    const noticeId = await approver.evaluate(async (caseId) => {
      const c = (await (await fetch(`/api/v1/cases/${caseId}`)).json()) as { notices: { id: string; kind: string }[] };
      return c.notices.find((n) => n.kind === 'refusal')!.id;
    }, id);
    const bytes = await approver.evaluate(async ([caseId, nid]) => Array.from(new Uint8Array(await (await fetch(`/api/v1/cases/${caseId}/notices/${nid}/pdf`)).arrayBuffer())), [id, noticeId] as const);
    const text = (await pdfText(Buffer.from(bytes))).replace(/\s+/g, '');
    expect(text).toContain('不予行政许可决定书');
    expect(text).toContain('经营场所与有毒有害场所的距离不符合规定');
    expect(text).toMatch(/六十日内向.+人民政府申请行政复议/);
    expect(text).toMatch(/六个月内向.+人民法院提起行政诉讼/);

    // The refused case waits at the window as a result to hand out.
    await clerk.goto(`${server.url}/workbench/cases?view=results_ready`);
    await expect.poll(() => clerk.getByTestId('case-list-results_ready').innerText()).toContain('后台802');
  });
});
