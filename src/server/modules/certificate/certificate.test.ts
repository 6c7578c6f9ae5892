import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolTotp, rows, signInWithTotp, type TestPlatform } from '../../../../test/api/helpers.ts';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { pdfCodes } from '../../../../test/pdf-codes.ts';
import { countyItems, fullChecklist, person, pick, walkToLastStep, type DemoItem } from '../case/case.fixture.ts';

// Issue #18, electronic result (decision 0039), through the HTTP API: an approved case's
// e-certificate is signed and printed with a QR code to its verification page; the page says
// valid, revoked or altered; a copy is checked against its own signature and the file issued;
// a rotated key keeps older certificates verifiable.

describe('e-certificates', () => {
  let p: TestPlatform;
  let clerk: string;
  let approver: string;
  let head: string;
  let secadmin: string;
  let township: string;
  let item: DemoItem;
  let centerId: string;
  let n = 0;
  const key = () => `ecert-${++n}-${Math.random()}`;
  const post = (url: string, payload: object, cookie?: string) => p.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
  const get = (url: string, cookie?: string) => p.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  const upload = (pdf: Buffer) => p.app.inject({ method: 'POST', url: '/api/v1/portal/certificates/verify-copy', payload: pdf, headers: { 'content-type': 'application/pdf' } });
  const ok = async (res: ReturnType<typeof post>) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const act = (id: string, body: object, cookie: string) => ok(post(`/api/v1/cases/${id}/actions`, { idempotencyKey: key(), ...body }, cookie));
  const certificate = (i: number) => ({ name: '食品经营许可证', number: `JY16104290${String(i).padStart(5, '0')}`, validUntil: '2031-09-29', issuingBody: '旬邑县市场监督管理局' });

  async function approvedCase(delivery?: { method: string }): Promise<string> {
    const c = (await ok(post('/api/v1/cases/applications', { centerId, applicant: person(8100 + ++n), items: [{ itemId: item.id }], ...(delivery ? { delivery } : {}), idempotencyKey: key() }, clerk))).cases[0];
    await act(c.id, { action: 'intake.accept', checklist: fullChecklist(item) }, clerk);
    await walkToLastStep(p, c.id, approver);
    await act(c.id, { action: 'decide.approve', certificate: certificate(n) }, approver);
    return c.id;
  }

  beforeAll(async () => {
    p = await startTestPlatform();
    [clerk, approver, head, township] = await Promise.all([signIn(p, 'clerk'), signIn(p, 'approver'), signIn(p, 'depthead'), signIn(p, 'tq-clerk')]);
    secadmin = await signInWithTotp(p, 'secadmin', await enrolTotp(p, 'secadmin'));
    item = pick(await countyItems(p), (i) => i.caseType === 'promised', 'a 承诺件');
    centerId = (await rows<{ id: string }>(p, sql`SELECT id FROM center WHERE code = 'XY-COUNTY'`))[0]!.id;
  });
  afterAll(async () => p?.close());

  it('the electronic result chosen at intake: issuing the certificate hands it over and ends the case, in one transaction', async () => {
    const caseId = await approvedCase({ method: 'electronic' });
    const cert = await ok(post('/api/v1/certificates', { caseId }, clerk));
    const page = await ok(get(`/api/v1/cases/${caseId}`, clerk));
    expect(page.state).toBe('concluded');
    const delivery = await ok(get(`/api/v1/cases/${caseId}/delivery`, clerk));
    expect(delivery).toMatchObject({ status: 'handed_out', method: 'electronic', choice: { method: 'electronic' } });
    expect(delivery.history.map((e: { action: string }) => e.action)).toEqual(['electronic.deliver']);
    expect(delivery.allowedActions).toEqual([]);
    const [sms] = await rows<{ text: string }>(p, sql`SELECT text FROM notification_outbox WHERE ref LIKE ${`case-delivery:${caseId}:%`}`);
    expect(sms!.text).toContain(cert.code);
    // A window pickup chosen at intake: the certificate changes nothing of the hand-out.
    const other = await approvedCase();
    await ok(post('/api/v1/certificates', { caseId: other }, clerk));
    expect((await ok(get(`/api/v1/cases/${other}`, clerk))).state).toBe('decided_approved');
  });

  it('issues a signed certificate whose PDF QR opens its verification page, valid; the exact file verifies too', async () => {
    const caseId = await approvedCase();
    const cert = await ok(post('/api/v1/certificates', { caseId }, clerk));
    expect(cert.fields).toMatchObject({ name: '食品经营许可证', issuingBody: '旬邑县市场监督管理局', validUntil: '2031-09-29', item: item.name });
    expect(cert.fields.holderId).toContain('*');
    expect(cert.verifyUrl).toMatch(new RegExp(`/portal/verify/${cert.code}$`));

    const pdfRes = await get(`/api/v1/certificates/${cert.id}/pdf`, clerk);
    expect(pdfRes.statusCode).toBe(200);
    const pdf = pdfRes.rawPayload;
    expect((await pdfCodes(pdf)).qr).toBe(cert.verifyUrl);

    const byCode = await ok(get(`/api/v1/portal/certificates/verify/${cert.code}`));
    expect(byCode).toMatchObject({ verdict: 'valid', reason: null, keyId: cert.keyId, fields: cert.fields });
    expect(await ok(upload(pdf))).toMatchObject({ verdict: 'valid', fields: cert.fields });

    // Audited in the transaction that stored it; a second one is refused while this one stands.
    const [audit] = await rows<{ action: string; object_id: string }>(p, sql`SELECT action, object_id FROM audit_log WHERE action = 'certificate.issue' AND object_id = ${cert.id}`);
    expect(audit).toBeDefined();
    const again = await post('/api/v1/certificates', { caseId }, clerk);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CERTIFICATE_ALREADY_ISSUED');
  });

  it('shows an altered copy as altered: a changed payload fails its signature, a changed file fails the record', async () => {
    const cert = await ok(post('/api/v1/certificates', { caseId: await approvedCase() }, clerk));
    const pdf = (await get(`/api/v1/certificates/${cert.id}/pdf`, clerk)).rawPayload;
    const text = pdf.toString('latin1');
    const m = /\(OWC1\.([A-Za-z0-9_-]+)\./.exec(text)!;
    expect(m).not.toBeNull();
    // Someone extends the validity in the embedded proof (same length, so the file still opens).
    const payloadText = Buffer.from(m[1]!, 'base64url').toString('utf8');
    const forged = Buffer.from(payloadText.replace('2031-09-29', '2039-09-29'), 'utf8').toString('base64url');
    expect(forged.length).toBe(m[1]!.length);
    const tampered = Buffer.from(text.replace(m[1]!, forged), 'latin1');
    expect(await ok(upload(tampered))).toMatchObject({ verdict: 'altered', reason: 'SIGNATURE_MISMATCH', fields: null });

    // The proof left intact but the file changed elsewhere (here: the producer in the metadata).
    const relaid = Buffer.from(text.replace('(OneWindow)', '(OneWindoX)'), 'latin1');
    expect(relaid.equals(pdf)).toBe(false);
    expect(await ok(upload(relaid))).toMatchObject({ verdict: 'altered', reason: 'FILE_CHANGED', fields: cert.fields });

    // A PDF without our proof, and a body that is no PDF at all.
    expect(await ok(upload(Buffer.from('%PDF-1.7\n%%EOF\n')))).toMatchObject({ verdict: 'unknown', reason: 'NO_ENVELOPE' });
    const notPdf = await upload(Buffer.from('hello'));
    expect(notPdf.statusCode).toBe(415);
    expect(notPdf.json().code).toBe('CERTIFICATE_COPY_UNREADABLE');

    // The stored record changed behind the platform's back: its signature no longer matches.
    await p.ctx.db.execute(sql`UPDATE e_certificate SET payload = jsonb_set(payload, '{validUntil}', '"2039-09-29"') WHERE id = ${cert.id}`);
    expect(await ok(get(`/api/v1/portal/certificates/verify/${cert.code}`))).toMatchObject({ verdict: 'altered', reason: 'SIGNATURE_MISMATCH', fields: null });
  });

  it('revocation: by the department head only, with its reason, audited, shown on the page and for the copy', async () => {
    const cert = await ok(post('/api/v1/certificates', { caseId: await approvedCase() }, clerk));
    const pdf = (await get(`/api/v1/certificates/${cert.id}/pdf`, clerk)).rawPayload;
    expect((await post(`/api/v1/certificates/${cert.id}/revoke`, { reason: '持证人申请注销' }, approver)).statusCode).toBe(403);
    const bad = await post(`/api/v1/certificates/${cert.id}/revoke`, { reason: '' }, head);
    expect(bad.statusCode).toBe(400);
    const revoked = await ok(post(`/api/v1/certificates/${cert.id}/revoke`, { reason: '持证人申请注销' }, head));
    expect(revoked).toMatchObject({ revokeReason: '持证人申请注销', revokedBy: expect.any(String) });
    const twice = await post(`/api/v1/certificates/${cert.id}/revoke`, { reason: '持证人申请注销' }, head);
    expect(twice.json().code).toBe('CERTIFICATE_ALREADY_REVOKED');
    expect(await ok(get(`/api/v1/portal/certificates/verify/${cert.code}`))).toMatchObject({ verdict: 'revoked', revokeReason: '持证人申请注销' });
    expect(await ok(upload(pdf))).toMatchObject({ verdict: 'revoked' });
    const [audit] = await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'certificate.revoke' AND object_id = ${cert.id}`);
    expect(audit!.n).toBe(1);
    // A new certificate may follow the revoked one.
    expect((await post('/api/v1/certificates', { caseId: cert.caseId }, clerk)).statusCode).toBe(200);
  });

  it('a revoked licence decision (撤销) voids its certificate on the page', async () => {
    const caseId = await approvedCase();
    const cert = await ok(post('/api/v1/certificates', { caseId }, clerk));
    await act(caseId, { action: 'revoke', ending: { reason: '以欺骗手段取得许可' } }, head);
    expect(await ok(get(`/api/v1/portal/certificates/verify/${cert.code}`))).toMatchObject({ verdict: 'revoked', revokeReason: '行政许可决定已被撤销' });
    const refused = await post('/api/v1/certificates', { caseId }, clerk);
    expect(refused.json().code).toBe('CERTIFICATE_NOT_ISSUABLE');
  });

  it('refuses cases that are not approved, and cases out of scope', async () => {
    const c = (await ok(post('/api/v1/cases/applications', { centerId, applicant: person(8500 + ++n), items: [{ itemId: item.id }], idempotencyKey: key() }, clerk))).cases[0];
    const early = await post('/api/v1/certificates', { caseId: c.id }, clerk);
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe('CERTIFICATE_NOT_ISSUABLE');
    const other = await post('/api/v1/certificates', { caseId: await approvedCase() }, township);
    expect(other.statusCode).toBe(403);
    const missing = await post('/api/v1/certificates', { caseId: '00000000-0000-4000-8000-000000000000' }, clerk);
    expect(missing.statusCode).toBe(404);
  });

  it('rotation: a new active key signs new certificates; the old ones stay verifiable; audited', async () => {
    const before = await ok(post('/api/v1/certificates', { caseId: await approvedCase() }, clerk));
    expect((await post('/api/v1/certificates/keys/rotate', {}, clerk)).statusCode).toBe(403);
    const rotated = await ok(post('/api/v1/certificates/keys/rotate', {}, secadmin));
    expect(rotated).toMatchObject({ active: true, algorithm: 'Ed25519' });
    const after = await ok(post('/api/v1/certificates', { caseId: await approvedCase() }, clerk));
    expect(after.keyId).toBe(rotated.id);
    expect(before.keyId).not.toBe(rotated.id);
    expect((await ok(get(`/api/v1/portal/certificates/verify/${before.code}`))).verdict).toBe('valid');
    expect((await ok(get(`/api/v1/portal/certificates/verify/${after.code}`))).verdict).toBe('valid');
    const keys = (await ok(get('/api/v1/certificates/keys', secadmin))).items as { id: string; active: boolean; retiredAt: string | null }[];
    expect(keys.filter((k) => k.active).map((k) => k.id)).toEqual([rotated.id]);
    expect(keys.find((k) => k.id === before.keyId)).toMatchObject({ active: false, retiredAt: expect.any(String) });
    // The private keys are stored sealed, never as PEM or raw PKCS#8.
    const stored = await rows<{ private_key_sealed: string }>(p, sql`SELECT private_key_sealed FROM certificate_key`);
    for (const s of stored) expect(Buffer.from(s.private_key_sealed, 'base64').subarray(0, 1)[0]).toBe(1);
    const [audit] = await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'certificate.key.rotate' AND object_id = ${rotated.id}`);
    expect(audit!.n).toBe(1);
    const list = await ok(get(`/api/v1/certificates?caseId=${after.caseId}`, clerk));
    expect(list.items.map((c: { id: string }) => c.id)).toEqual([after.id]);
  });
});
