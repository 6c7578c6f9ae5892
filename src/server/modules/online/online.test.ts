import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { demoIds, rows, type DemoIds, type TestPlatform } from '../../../../test/api/helpers.ts';
import { countyItems, pick, type DemoItem } from '../case/case.fixture.ts';
import { PNG, call, completeDraft, pdfBytes, secondDevice, submittedOnlineApplication, verifiedCitizen } from './online.fixture.ts';

// 网上申报 and 网上预审 through the HTTP routes: the whole life of an application.

describe('online application and pre-review', () => {
  let p: TestPlatform;
  let ids: DemoIds;
  let clerk: string;
  let item: DemoItem;
  const A = '/portal/online/applications';

  beforeAll(async () => {
    p = await startTestPlatform();
    ids = await demoIds(p);
    clerk = await signIn(p, 'clerk');
    item = pick(
      await countyItems(p),
      (i) => i.caseType !== 'instant' && i.materials.filter((m) => m.required).length >= 1,
      'a commitment item',
    );
  });
  afterAll(async () => p?.close());

  it('keeps a draft across devices, corrects once, and becomes a numbered, accepted case', async () => {
    const deviceA = await verifiedCitizen(p, 401);
    const made = await call(p, deviceA, 'POST', A, { itemIds: [item.id] });
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const id = made.body.id as string;
    expect(made.body).toMatchObject({ status: 'draft', version: 1, allowedActions: ['submit', 'withdraw'] });
    // Device B: the same account signed in elsewhere (a second session of the same number).
    const deviceB = await secondDevice(p, 401);
    expect(deviceB).not.toBe(deviceA);
    const d = await completeDraft(p, deviceA, id);
    const stale = await call(p, deviceB, 'PUT', `${A}/${id}`, { version: 1, items: [{ itemId: item.id }], sharedFields: {} });
    expect([stale.status, stale.body.code]).toEqual([409, 'ONLINE_STALE_VERSION']);
    const saved = await call(p, deviceB, 'PUT', `${A}/${id}`, {
      version: d.version,
      items: d.itemsDetail.map((i) => ({ itemId: i.itemId, formData: i.formData })),
      sharedFields: { contact: '李四' },
      delivery: { method: 'mail', address: '旬邑县城关街道1号' },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    // Two uploads for the first required material (a photo and a PDF).
    const m = d.itemsDetail[0]!.materials.find((x) => x.required)!;
    const photo = await call(p, deviceB, 'POST', `${A}/${id}/files?itemId=${item.id}&materialId=${m.materialId}&name=photo.png`, PNG, {
      'content-type': 'image/png',
    });
    expect(photo.status, JSON.stringify(photo.body)).toBe(200);
    expect(photo.body).toMatchObject({ mime: 'image/png', name: 'photo.png' });
    const fake = await call(
      p,
      deviceB,
      'POST',
      `${A}/${id}/files?itemId=${item.id}&materialId=${m.materialId}`,
      Buffer.from('MZ not a pdf'),
      { 'content-type': 'application/pdf' },
    );
    expect([fake.status, fake.body.code]).toEqual([415, 'FILE_TYPE_NOT_ALLOWED']);
    const bytes = await call(p, deviceA, 'GET', `${A}/${id}/files/${photo.body.id}`);
    expect(bytes.raw.rawPayload.equals(PNG)).toBe(true);

    const sent = await call(p, deviceA, 'POST', `${A}/${id}/submit`, { version: saved.body.version });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body).toMatchObject({ status: 'submitted', review: { workingDays: 1 }, allowedActions: ['withdraw'] });
    expect((await call(p, deviceA, 'PUT', `${A}/${id}`, { version: sent.body.version, items: [{ itemId: item.id }] })).body.code).toBe(
      'ONLINE_NOT_EDITABLE',
    );

    // The queue of the county clerk shows it, soonest due first, with its level.
    const queue = await call(p, clerk, 'GET', '/online/reviews');
    expect(queue.status).toBe(200);
    const row = queue.body.items.find((x: { id: string }) => x.id === id);
    expect(row).toMatchObject({ round: 1, status: 'submitted', applicantName: expect.stringContaining('*') });
    expect(['normal', 'yellow', 'red', 'overdue']).toContain(row.review.level);
    expect(queue.body.waiting).toBeGreaterThanOrEqual(1);

    const corr = await call(p, clerk, 'POST', `/online/reviews/${id}/correction`, {
      materials: [{ itemId: item.id, materialId: m.materialId, reason: '照片不清晰' }],
      note: '请重新拍照',
    });
    expect(corr.status, JSON.stringify(corr.body)).toBe(200);
    expect(corr.body).toMatchObject({ status: 'correction_requested', correctionRounds: 1 });
    const [told] = await rows<{ event: string; channel: string }>(
      p,
      sql`SELECT event, channel FROM notification_outbox WHERE ref = ${`online:${id}`} AND channel = 'inbox'`,
    );
    expect(told).toMatchObject({ event: 'online.correction_requested' });

    const mine = await call(p, deviceA, 'GET', `${A}/${id}`);
    expect(mine.body.itemsDetail[0].materials.find((x: { materialId: string }) => x.materialId === m.materialId).correction).toBe(
      '照片不清晰',
    );
    const gone = await call(p, deviceA, 'DELETE', `${A}/${id}/files/${photo.body.id}`);
    expect(gone.status).toBe(204);
    const again = await call(p, deviceA, 'POST', `${A}/${id}/resubmit`, { version: mine.body.version });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    // Only one correction: the second request is refused with a stable code.
    const second = await call(p, clerk, 'POST', `/online/reviews/${id}/correction`, {
      materials: [{ itemId: item.id, materialId: m.materialId, reason: '再补' }],
    });
    expect([second.status, second.body.code]).toEqual([409, 'ONLINE_CORRECTION_ONCE']);
    expect((await call(p, clerk, 'GET', '/online/reviews')).body.items.find((x: { id: string }) => x.id === id).round).toBe(2);

    const accepted = await call(p, clerk, 'POST', `/online/reviews/${id}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.caseNumbers).toHaveLength(1);
    expect(accepted.body.application).toMatchObject({ status: 'accepted', cases: [{ itemId: item.id }] });
    const caseId = accepted.body.caseIds[0];
    const [c] = await rows<{ state: string; channel: string; number: string }>(
      p,
      sql`SELECT state, channel, number FROM case_record WHERE id = ${caseId}`,
    );
    expect(c).toMatchObject({ state: 'accepted', channel: 'online', number: accepted.body.caseNumbers[0] });
    expect(accepted.body.cases[0].due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const notices = await rows<{ kind: string }>(p, sql`SELECT kind FROM case_notice WHERE case_id = ${caseId}`);
    expect(notices.map((x) => x.kind)).toContain('acceptance');
    const scans = await rows<{ n: number }>(
      p,
      sql`SELECT count(*)::int AS n FROM case_material WHERE case_id = ${caseId} AND jsonb_array_length(scans) > 0`,
    );
    expect(scans[0]!.n).toBeGreaterThan(0);
    const history = (await call(p, deviceA, 'GET', `${A}/${id}`)).body.history.map((e: { action: string }) => e.action);
    expect(history).toEqual(['create', 'submit', 'review.request_correction', 'resubmit', 'review.accept']);
    const audit = await rows<{ action: string }>(p, sql`SELECT action FROM audit_log WHERE object_id = ${id} ORDER BY at`);
    expect(audit.map((x) => x.action)).toEqual(
      expect.arrayContaining([
        'online.create',
        'online.save',
        'online.file.add',
        'online.submit',
        'online.review.request_correction',
        'online.resubmit',
        'online.review.accept',
      ]),
    );
    // A decided application takes no more decisions.
    expect((await call(p, clerk, 'POST', `/online/reviews/${id}/refuse`, { reasons: '迟到的拒绝' })).body.code).toBe(
      'ONLINE_ACTION_NOT_ALLOWED',
    );
    // 免提交: the account's earlier files are offered for the next application.
    const reusable = await call(p, deviceA, 'GET', `/portal/online/reusable?materialId=${m.materialId}`);
    expect(reusable.body.items.length).toBeGreaterThan(0);
    const next = (await call(p, deviceA, 'POST', A, { itemIds: [item.id] })).body.id as string;
    const reused = await call(p, deviceA, 'POST', `${A}/${next}/reuse`, {
      itemId: item.id,
      materialId: m.materialId,
      source: { kind: 'file', fileId: reusable.body.items[0].id },
    });
    expect(reused.status, JSON.stringify(reused.body)).toBe(200);
    expect(reused.body.reusedFrom).toMatchObject({ kind: 'file', id: reusable.body.items[0].id });
  });

  it('leaves the application submitted, and writes no case, when the case cannot be accepted', async () => {
    const { application } = await submittedOnlineApplication(p, 407, [item.id]);
    // The file of a required material disappears (as if removed under the window's eyes).
    await p.ctx.db.execute(sql`UPDATE online_application_file SET removed_at = now() WHERE application_id = ${application.id}`);
    const before = await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM case_record`);
    const res = await call(p, clerk, 'POST', `/online/reviews/${application.id}/accept`, {});
    expect([res.status, res.body.code]).toEqual([422, 'ONLINE_CASE_NOT_ACCEPTED']);
    expect((await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM case_record`))[0]!.n).toBe(before[0]!.n);
    const after = (await call(p, clerk, 'GET', `/online/reviews/${application.id}`)).body;
    expect(after).toMatchObject({ status: 'submitted', cases: [] });
    expect(after.history.map((e: { action: string }) => e.action)).toEqual(['create', 'submit']);
  });

  it('refuses with reasons, withdraws, deletes a draft', async () => {
    const { cookie, application } = await submittedOnlineApplication(p, 402, [item.id]);
    const noReason = await call(p, clerk, 'POST', `/online/reviews/${application.id}/refuse`, { reasons: ' ' });
    expect(noReason.status).toBe(400);
    const refused = await call(p, clerk, 'POST', `/online/reviews/${application.id}/refuse`, { reasons: '不属于本中心受理范围' });
    expect(refused.body).toMatchObject({ status: 'refused', refusalReasons: '不属于本中心受理范围' });
    expect((await call(p, cookie, 'POST', `${A}/${application.id}/withdraw`)).body.code).toBe('ONLINE_ACTION_NOT_ALLOWED');

    const other = await submittedOnlineApplication(p, 403, [item.id]);
    const withdrawn = await call(p, other.cookie, 'POST', `${A}/${other.application.id}/withdraw`);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', allowedActions: [] });
    expect((await call(p, clerk, 'POST', `/online/reviews/${other.application.id}/accept`, {})).body.code).toBe(
      'ONLINE_ACTION_NOT_ALLOWED',
    );

    const draft = await call(p, other.cookie, 'POST', A, { itemIds: [item.id] });
    expect((await call(p, other.cookie, 'DELETE', `${A}/${draft.body.id}`)).status).toBe(204);
    expect((await call(p, other.cookie, 'GET', `${A}/${draft.body.id}`)).status).toBe(404);
  });

  it('keeps every application, draft and file to its owner and its center scope (id guessing)', async () => {
    const { cookie, application } = await submittedOnlineApplication(p, 404, [item.id]);
    const fileId = application.files[0]!.id;
    const stranger = await verifiedCitizen(p, 405);
    const draft = (await call(p, cookie, 'POST', A, { itemIds: [item.id] })).body.id as string;
    for (const target of [application.id, draft]) {
      expect((await call(p, stranger, 'GET', `${A}/${target}`)).status).toBe(404);
      expect((await call(p, stranger, 'PUT', `${A}/${target}`, { version: 1, items: [{ itemId: item.id }] })).status).toBe(404);
      expect((await call(p, stranger, 'DELETE', `${A}/${target}`)).status).toBe(404);
      expect((await call(p, stranger, 'POST', `${A}/${target}/withdraw`)).status).toBe(404);
    }
    expect((await call(p, stranger, 'GET', `${A}/${application.id}/files/${fileId}`)).status).toBe(404);
    expect(
      (
        await call(p, stranger, 'POST', `${A}/${draft}/reuse`, {
          itemId: item.id,
          materialId: application.files[0]!.materialId,
          source: { kind: 'file', fileId },
        })
      ).status,
    ).toBe(404);
    // Reusing another account's file into one's own draft: not found either.
    const own = (await call(p, stranger, 'POST', A, { itemIds: [item.id] })).body.id as string;
    const steal = await call(p, stranger, 'POST', `${A}/${own}/reuse`, {
      itemId: item.id,
      materialId: application.files[0]!.materialId,
      source: { kind: 'file', fileId },
    });
    expect(steal.status).toBe(404);
    expect((await call(p, stranger, 'GET', A)).body.items.map((x: { id: string }) => x.id)).toEqual([own]);
    // Staff: a township clerk never reaches the county's application; nobody on staff sees a draft.
    const township = await signIn(p, 'tq-clerk');
    expect((await call(p, township, 'GET', `/online/reviews/${application.id}`)).status).toBe(403);
    expect((await call(p, township, 'POST', `/online/reviews/${application.id}/accept`, {})).status).toBe(403);
    expect((await call(p, township, 'GET', '/online/reviews')).body.items.map((x: { id: string }) => x.id)).not.toContain(application.id);
    expect((await call(p, township, 'GET', `/online/reviews?centerId=${ids.center['XY-COUNTY']}`)).status).toBe(403);
    expect((await call(p, clerk, 'GET', `/online/reviews/${draft}`)).status).toBe(404);
    expect((await call(p, clerk, 'GET', `/online/reviews/${application.id}/files/${fileId}`)).status).toBe(200);
    // A citizen session does not open staff routes, nor a staff session the citizen's.
    expect((await call(p, cookie, 'GET', '/online/reviews')).status).toBe(401);
    expect((await call(p, clerk, 'GET', A)).status).toBe(401);
  });

  it('answers junk with 4xx and writes nothing', async () => {
    const cookie = await verifiedCitizen(p, 406);
    const before = await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM online_application`);
    for (const body of [
      {},
      { itemIds: [] },
      { itemIds: ['x', 'x'] },
      { itemIds: ['00000000-0000-4000-8000-000000000000'] },
      { itemIds: [item.id], subject: { kind: 'enterprise', enterpriseId: 'nope' } },
      { itemIds: [item.id], centerId: ids.center['XY-TUQIAO'] === undefined ? 'x' : 'nope' },
    ]) {
      const res = await call(p, cookie, 'POST', A, body);
      expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
    }
    const unverified = (await import('../../../../test/api/helpers.ts')).signInCitizen;
    const plain = await unverified(p, '13600009999', '10.9.9.9');
    expect((await call(p, plain, 'POST', A, { itemIds: [item.id] })).body.code).toBe('CITIZEN_NOT_VERIFIED');
    const id = (await call(p, cookie, 'POST', A, { itemIds: [item.id] })).body.id as string;
    expect((await call(p, cookie, 'POST', `${A}/${id}/submit`, { version: 1 })).body.code).toBe('ONLINE_INCOMPLETE');
    expect((await call(p, cookie, 'POST', `${A}/${id}/submit`, { version: 'x' })).status).toBe(400);
    expect(
      (await call(p, cookie, 'PUT', `${A}/${id}`, { version: 1, items: [{ itemId: item.id, situationAnswers: { nosuch: 'q' } }] })).status,
    ).toBe(400);
    expect(
      (
        await call(p, cookie, 'POST', `${A}/${id}/files?itemId=${item.id}&materialId=nosuch`, pdfBytes('x'), {
          'content-type': 'application/pdf',
        })
      ).body.code,
    ).toBe('ONLINE_MATERIAL_UNKNOWN');
    expect(
      (await call(p, cookie, 'POST', `${A}/${id}/files?itemId=${item.id}&materialId=nosuch`, 'text', { 'content-type': 'text/plain' }))
        .status,
    ).toBe(415);
    const after = await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM online_application`);
    expect(after[0]!.n).toBe(before[0]!.n + 1);
  });
});
