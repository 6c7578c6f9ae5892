import { expect, test } from 'vitest';
import { approvedWithCertificate, idCard } from './support/case.ts';
import { signInAndBind } from './support/my-cases.ts';
import { phoneJourney } from './support/online.ts';

// 免提交 on a 390×844 phone (issue #19, decision 0043): a citizen whose earlier case ended in an
// e-certificate applies online and, at the materials step, uses the certificate (使用已有材料)
// instead of uploading a photo; the file is the certificate, marked 复用, its source recorded.
const county = '旬邑县政务服务中心';

const journey = phoneJourney();

/** An online item without a form or 情形 questions: the wizard goes straight to the materials. */
async function plainOnlineItem(): Promise<string> {
  const list = (await (await fetch(`${journey.server.url}/api/v1/portal/items?pageSize=100`)).json()) as { items: { itemId: string; online: boolean }[] };
  for (const i of list.items.filter((x) => x.online)) {
    const g = (await (await fetch(`${journey.server.url}/api/v1/portal/items/${i.itemId}`)).json()) as { situations: unknown[]; formSchema: unknown };
    if (g.situations.length === 0 && !g.formSchema) return i.itemId;
  }
  throw new Error('no online item without a form');
}

test('an e-certificate in force is used for a material of a new online application', async () => {
  const centers = (await (await fetch(`${journey.server.url}/api/v1/hall/centers`)).json()) as { items: { id: string; name: string }[] };
  const centerId = centers.items.find((c) => c.name === county)!.id;
  const [clerk, approver] = [await journey.desks.signIn('clerk'), await journey.desks.signIn('approver')];
  const who = { idNumber: idCard(931), name: '赵桂芳', phone: '13787650931' };
  const certificate = { name: '食品经营许可证', number: 'JY16104290E2E31', validUntil: '2031-09-29', issuingBody: '旬邑县市场监督管理局' };
  const caseId = await approvedWithCertificate(clerk, approver, { centerId, applicant: who, certificate, key: `e2e-reuse-${Date.now()}` });
  const issued = await clerk.evaluate(async (id) => {
    const r = await fetch('/api/v1/certificates', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ caseId: id }) });
    if (!r.ok) throw new Error(await r.text());
    return ((await r.json()) as { id: string }).id;
  }, caseId);

  const page = await journey.phone();
  await signInAndBind(page, journey.server.url, journey.sms, { mobile: who.phone, name: who.name, idNumber: who.idNumber });
  await page.goto(`${journey.server.url}/portal/items/${await plainOnlineItem()}`);
  await page.getByTestId('guide-apply').first().click();
  await page.getByTestId('apply-wizard').waitFor();
  const applicationId = /\/portal\/apply\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await page.getByTestId('apply-next').click(); // → 填写表单
  await expect.poll(() => page.getByTestId('apply-wizard').getAttribute('data-step')).toBe('forms');
  await page.getByTestId('apply-next').click(); // → 上传材料
  await expect.poll(() => page.getByTestId('apply-wizard').getAttribute('data-step')).toBe('materials');

  // 使用已有材料 on the first material: the certificate is offered, and used.
  const material = page.getByTestId('apply-material').first();
  await material.getByTestId('apply-reuse-open').click();
  const drawer = page.getByTestId('apply-reuse');
  const offer = drawer.locator('.ant-list-item', { hasText: `电子证照 ${certificate.number}` });
  await offer.waitFor();
  await offer.getByTestId('apply-reuse-use').click();
  await expect.poll(() => material.getByTestId('apply-file').count(), { timeout: 20_000 }).toBe(1);
  expect(await material.getByTestId('apply-file').innerText()).toContain(`${certificate.name}-${certificate.number}.pdf`);
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 391).map((e) => `${e.tagName}.${e.className}`).slice(0, 5).join(' '),
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth), wide).toBeLessThanOrEqual(390);
  const files = await page.evaluate(async (id) => ((await (await fetch(`/api/v1/portal/online/applications/${id}`)).json()) as { files: { reusedFrom: { kind: string; id: string } | null }[] }).files, applicationId);
  expect(files.map((f) => f.reusedFrom)).toEqual([expect.objectContaining({ kind: 'certificate', id: issued })]);
});
