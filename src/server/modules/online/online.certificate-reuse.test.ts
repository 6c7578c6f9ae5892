import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { rows, type TestPlatform } from '../../../../test/api/helpers.ts';
import { countyItems, fullChecklist, person, pick, walkToLastStep, type DemoItem } from '../case/case.fixture.ts';
import { call, completeDraft, verifiedCitizen } from './online.fixture.ts';

// 免提交 of an e-certificate (issue #19, decision 0043): an account whose subject holds an
// e-certificate in force reuses it for a material of a new application — the certificate's own
// PDF is the file, its source is recorded, and the case made at acceptance names it on its
// checklist line. Someone else's certificate, a revoked one and an expired one are refused as
// unknown (404) and never offered.

describe('reusing an e-certificate for a material (免提交)', () => {
  let p: TestPlatform;
  let clerk: string;
  let approver: string;
  let head: string;
  let issuing: DemoItem;
  let applying: DemoItem;
  let centerId: string;
  const A = '/portal/online/applications';

  const ok = async (cookie: string, method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const r = await call(p, cookie, method, url, payload);
    expect(r.status, `${method} ${url}: ${JSON.stringify(r.body)}`).toBe(200);
    return r.body;
  };

  /** A case of test person n taken in at the window, approved with a certificate record, and its e-certificate issued. */
  async function certificateOf(n: number): Promise<{ id: string; number: string; caseId: string }> {
    const applicant = { ...person(n), name: `李四${n}` };
    const c = (await ok(clerk, 'POST', '/cases/applications', { centerId, applicant, items: [{ itemId: issuing.id }], idempotencyKey: `reuse-in-${n}` })).cases[0];
    await ok(clerk, 'POST', `/cases/${c.id}/actions`, { action: 'intake.accept', checklist: fullChecklist(issuing), idempotencyKey: `reuse-acc-${n}` });
    await walkToLastStep(p, c.id, approver);
    const number = `JY1610429${String(n).padStart(7, '0')}`;
    const certificate = { name: '食品经营许可证', number, validUntil: '2031-09-29', issuingBody: '旬邑县市场监督管理局' };
    await ok(approver, 'POST', `/cases/${c.id}/actions`, { action: 'decide.approve', certificate, idempotencyKey: `reuse-dec-${n}` });
    const cert = await ok(clerk, 'POST', '/certificates', { caseId: c.id });
    return { id: cert.id, number, caseId: c.id };
  }

  /** A new draft of the account for the applying item, and its first required material. */
  async function draftOf(cookie: string) {
    const d = await ok(cookie, 'POST', A, { itemIds: [applying.id] });
    const material = d.itemsDetail[0].materials.find((m: { required: boolean }) => m.required) as { materialId: string };
    return { id: d.id as string, materialId: material.materialId };
  }

  const reuseCertificate = (cookie: string, draft: { id: string; materialId: string }, certificateId: string) =>
    call(p, cookie, 'POST', `${A}/${draft.id}/reuse`, { itemId: applying.id, materialId: draft.materialId, source: { kind: 'certificate', certificateId } });

  const offered = async (cookie: string) =>
    ((await ok(cookie, 'GET', '/portal/online/reusable')).items as { kind: string; id: string }[]).filter((i) => i.kind === 'certificate').map((i) => i.id);

  beforeAll(async () => {
    p = await startTestPlatform();
    [clerk, approver, head] = await Promise.all([signIn(p, 'clerk'), signIn(p, 'approver'), signIn(p, 'depthead')]);
    const items = await countyItems(p);
    issuing = pick(items, (i) => i.caseType === 'promised', 'a 承诺件 whose result is a certificate');
    applying = pick(items, (i) => i.caseType === 'promised' && i.id !== issuing.id, 'another 承诺件 to apply for online');
    centerId = (await rows<{ id: string }>(p, sql`SELECT id FROM center WHERE code = 'XY-COUNTY'`))[0]!.id;
  });
  afterAll(async () => p?.close());

  it('takes the certificate’s own PDF for the material, records where it came from, and the case’s checklist line names it', async () => {
    const cookie = await verifiedCitizen(p, 921);
    const cert = await certificateOf(921);
    expect(await offered(cookie)).toContain(cert.id);

    const draft = await draftOf(cookie);
    const reused = await reuseCertificate(cookie, draft, cert.id);
    expect(reused.status, JSON.stringify(reused.body)).toBe(200);
    expect(reused.body).toMatchObject({
      materialId: draft.materialId,
      mime: 'application/pdf',
      name: `食品经营许可证-${cert.number}.pdf`,
      reusedFrom: { kind: 'certificate', id: cert.id, label: cert.number },
    });
    // The file is the certificate as issued (the same bytes the certificate office hands out).
    const bytes = (await call(p, cookie, 'GET', `${A}/${draft.id}/files/${reused.body.id}`)).raw.rawPayload;
    const issued = (await call(p, clerk, 'GET', `/certificates/${cert.id}/pdf`)).raw.rawPayload;
    expect(bytes.equals(issued)).toBe(true);
    const [audit] = await rows<{ summary: { reusedFrom: { kind: string; id: string } } }>(
      p,
      sql`SELECT summary FROM audit_log WHERE action = 'online.file.reuse' AND object_id = ${draft.id}`,
    );
    expect(audit!.summary.reusedFrom).toMatchObject({ kind: 'certificate', id: cert.id });

    // The rest uploaded, submitted, accepted: the case's line for the material says 免提交 from the certificate.
    const d = await completeDraft(p, cookie, draft.id);
    await ok(cookie, 'POST', `${A}/${d.id}/submit`, { version: d.version });
    const accepted = await ok(clerk, 'POST', `/online/reviews/${d.id}/accept`, {});
    const view = await ok(clerk, 'GET', `/cases/${accepted.caseIds[0]}`);
    const line = (view.materials as { materialId: string; status: string; reusedFrom: string | null; scans: { sha256: string }[] }[]).find(
      (m) => m.materialId === draft.materialId,
    )!;
    expect(line).toMatchObject({ status: 'received', reusedFrom: `电子证照 ${cert.number}` });
    expect(line.scans.map((s) => s.sha256)).toEqual([reused.body.sha256]);
  });

  it('refuses someone else’s certificate, a revoked one and an expired one as unknown, and offers none of them', async () => {
    const owner = await verifiedCitizen(p, 922);
    const stranger = await verifiedCitizen(p, 923);
    const [theirs, revoked, expired] = [await certificateOf(922), await certificateOf(924), await certificateOf(925)];
    const ownerOf924 = await verifiedCitizen(p, 924);
    const ownerOf925 = await verifiedCitizen(p, 925);

    // Another account's certificate: not offered, and reusing it by id is "not found".
    const strangerDraft = await draftOf(stranger);
    expect(await offered(stranger)).not.toContain(theirs.id);
    const stolen = await reuseCertificate(stranger, strangerDraft, theirs.id);
    expect([stolen.status, stolen.body.code]).toEqual([404, 'NOT_FOUND']);
    expect(await offered(owner)).toContain(theirs.id); // the owner still may

    // Revoked by the department head: no longer in force.
    await ok(head, 'POST', `/certificates/${revoked.id}/revoke`, { reason: '持证人申请注销' });
    expect(await offered(ownerOf924)).not.toContain(revoked.id);
    const revokedDraft = await draftOf(ownerOf924);
    expect((await reuseCertificate(ownerOf924, revokedDraft, revoked.id)).status).toBe(404);

    // Past its validity (as if the years had run out): no longer in force either.
    await p.ctx.db.execute(sql`UPDATE e_certificate SET payload = jsonb_set(payload, '{validUntil}', '"2020-01-01"') WHERE id = ${expired.id}`);
    expect(await offered(ownerOf925)).not.toContain(expired.id);
    const expiredDraft = await draftOf(ownerOf925);
    expect((await reuseCertificate(ownerOf925, expiredDraft, expired.id)).status).toBe(404);

    // The licence decision itself revoked (撤销): its certificate no longer proves anything.
    const voided = await certificateOf(926);
    const ownerOf926 = await verifiedCitizen(p, 926);
    expect(await offered(ownerOf926)).toContain(voided.id);
    await ok(head, 'POST', `/cases/${voided.caseId}/actions`, { action: 'revoke', ending: { reason: '以欺骗手段取得许可' }, idempotencyKey: 'reuse-revoke-926' });
    expect(await offered(ownerOf926)).not.toContain(voided.id);
    const voidedDraft = await draftOf(ownerOf926);
    expect((await reuseCertificate(ownerOf926, voidedDraft, voided.id)).status).toBe(404);

    // Nothing was written for any refusal.
    for (const draft of [strangerDraft, revokedDraft, expiredDraft, voidedDraft]) {
      const files = await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM online_application_file WHERE application_id = ${draft.id}`);
      expect(files[0]!.n).toBe(0);
    }
  });
});
