import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { pdfCodes } from '../test/pdf-codes.ts';
import { enrolTotp, submitCredentials } from './support/browser.ts';
import { approvedWithCertificate, idCard } from './support/case.ts';
import { startServer, type RunningServer } from './support/server.ts';

// The electronic result in the browser (issue #18, decision 0039): the clerk issues the signed
// e-certificate of an approved case; its PDF page is rendered and its QR code decoded here; the
// URL opens the phone-sized verification page showing 有效; a copy whose embedded certificate
// was edited is shown 被篡改; once the department head revokes it, the page shows 已撤销.
const county = '旬邑县政务服务中心';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let clerk: Page;
let approver: Page;
let head: Page;
let centerId: string;

async function signedIn(username: string, admin = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
  contexts.push(context);
  const page = await context.newPage();
  await submitCredentials(page, server.url, username);
  if (admin) await enrolTotp(page);
  await page.getByTestId('center-name').waitFor();
  return page;
}

/** A 承诺件 taken in, accepted and approved with its certificate record (the API the screens use). */
function approvedCase(n: number): Promise<string> {
  const certificate = { name: '食品经营许可证', number: 'JY16104290E2E01', validUntil: '2031-09-29', issuingBody: '旬邑县市场监督管理局' };
  const applicant = { idNumber: idCard(n), name: `证照${n}`, phone: `1391236${String(n).padStart(4, '0')}` };
  return approvedWithCertificate(clerk, approver, { centerId, applicant, certificate, key: `e2e-cert-${n}-${Date.now()}` });
}

beforeAll(async () => {
  server = await startServer();
  if (!fs.existsSync('/usr/bin/chromium')) throw new Error('/usr/bin/chromium is missing');
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const centers = (await (await fetch(`${server.url}/api/v1/hall/centers`)).json()) as { items: { id: string; name: string }[] };
  centerId = centers.items.find((c) => c.name === county)!.id;
  [clerk, approver, head] = await Promise.all([signedIn('clerk'), signedIn('approver'), signedIn('depthead')]);
}, 180_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

describe('the electronic result', () => {
  test('issued, its QR decoded from the rendered PDF opens the page showing valid; an altered copy shows altered; revoked shows revoked', async () => {
    const id = await approvedCase(901);
    await clerk.goto(`${server.url}/workbench/cases/${id}`);
    await clerk.getByTestId('certificate-card').waitFor();
    await clerk.getByTestId('certificate-issue').click();
    await clerk.getByTestId('certificate-item').waitFor();
    const code = (await clerk.getByTestId('certificate-code').innerText()).trim();
    // Issued once: the button goes while a certificate is in force.
    expect(await clerk.getByTestId('certificate-issue').count()).toBe(0);

    const pdfHref = (await clerk.getByTestId('certificate-pdf').getAttribute('href'))!;
    const bytes = Buffer.from(await clerk.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())), pdfHref));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { qr } = await pdfCodes(bytes);
    expect(qr).toBe(`${server.url}/portal/verify/${code}`);

    // A phone opens the QR's URL.
    const phoneContext = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    contexts.push(phoneContext);
    const phone = await phoneContext.newPage();
    await phone.goto(qr!);
    await expect.poll(() => phone.getByTestId('verify-result').getAttribute('data-verdict')).toBe('valid');
    expect(await phone.getByTestId('verify-result-verdict').innerText()).toBe('有效');
    const fields = await phone.getByTestId('verify-result-fields').innerText();
    expect(fields).toContain('食品经营许可证');
    expect(fields).toContain('证照901');
    expect(fields).toContain('2031-09-29');
    // Fits the phone: nothing wider than the screen.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // The genuine file, uploaded, is valid.
    await phone.getByTestId('verify-file').setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: bytes });
    await expect.poll(() => phone.getByTestId('verify-copy').getAttribute('data-verdict')).toBe('valid');

    // Someone extends the validity inside the file's embedded certificate: shown altered.
    const text = bytes.toString('latin1');
    const m = /\(OWC1\.([A-Za-z0-9_-]+)\./.exec(text)!;
    const forged = Buffer.from(Buffer.from(m[1]!, 'base64url').toString('utf8').replace('2031-09-29', '2041-09-29'), 'utf8').toString('base64url');
    const altered = Buffer.from(text.replace(m[1]!, forged), 'latin1');
    await phone.getByTestId('verify-file').setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: altered });
    await expect.poll(() => phone.getByTestId('verify-copy').getAttribute('data-verdict')).toBe('altered');
    expect(await phone.getByTestId('verify-copy-verdict').innerText()).toBe('被篡改');
    expect(await phone.getByTestId('verify-copy').innerText()).not.toContain('2041-09-29');

    // The department head revokes it with a reason; the same QR now shows revoked.
    await head.goto(`${server.url}/workbench/cases/${id}`);
    await head.getByTestId('certificate-revoke').click();
    await head.getByTestId('certificate-revoke-reason').fill('持证人申请注销许可');
    await head.getByTestId('certificate-revoke-ok').click();
    await expect.poll(() => head.getByTestId('certificate-item').innerText()).toContain('已撤销');
    await phone.goto(qr!);
    await expect.poll(() => phone.getByTestId('verify-result').getAttribute('data-verdict')).toBe('revoked');
    expect(await phone.getByTestId('verify-result-verdict').innerText()).toBe('已撤销');
    expect(await phone.getByTestId('verify-result').innerText()).toContain('持证人申请注销许可');
  });

  test('the security administrator rotates the signing key; a certificate signed with the old key still shows valid', async () => {
    const id = await approvedCase(902);
    const issued = await clerk.evaluate(async (caseId) => {
      const r = await fetch('/api/v1/certificates', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ caseId }) });
      return (await r.json()) as { keyId: string; code: string };
    }, id);
    const secadmin = await signedIn('secadmin', true);
    await secadmin.goto(`${server.url}/console/certificate-keys`);
    const table = secadmin.getByTestId('certificate-keys');
    await expect.poll(() => table.innerText()).toContain(issued.keyId);
    await secadmin.getByTestId('certificate-key-rotate').click();
    await secadmin.locator('.ant-popconfirm').getByRole('button').last().click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    expect(await table.locator('tbody tr', { hasText: issued.keyId }).innerText()).toContain('已停用');

    const phone = await (await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'zh-CN' })).newPage();
    contexts.push(phone.context());
    // The code typed from the paper, as people do: lower case, in groups of four.
    await phone.goto(`${server.url}/portal/verify`);
    const codeInput = phone.locator('[data-testid="verify-code"] input, input[data-testid="verify-code"]').first();
    await codeInput.fill(issued.code.toLowerCase().replace(/(.{4})(?!$)/g, '$1-'));
    await codeInput.press('Enter');
    await expect.poll(() => phone.getByTestId('verify-result').getAttribute('data-verdict')).toBe('valid');
    expect(await phone.getByTestId('verify-result-fields').innerText()).toContain(issued.keyId);
  });
});
