import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest, previousMonth, requiredMetadataFields } from '../../../domain/archive/index.ts';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { demoIds, rows, type DemoIds, type TestPlatform } from '../../../../test/api/helpers.ts';
import { chinaToday } from '../calendar/index.ts';
import { countyItems, fullChecklist, person, pick, type DemoItem } from '../case/case.fixture.ts';
import { runMonthlyArchive } from './archive.jobs.ts';

// The archive through the HTTP API: a month's batch built by the archivist, its packages read
// back (metadata fields, hashes, page numbers in the PDFs' text), the batch verified intact and
// an altered copy caught file by file, archived cases refusing every write, and the monthly job.

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  await doc.destroy();
  return pages;
}

async function twoPagePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const t of ['scan page one', 'scan page two']) doc.addPage([595, 842]).drawText(t, { x: 60, y: 400, size: 14, font });
  return Buffer.from(await doc.save());
}

describe('the archive', () => {
  let p: TestPlatform;
  let ids: DemoIds;
  let clerk: string;
  let archivist: string;
  let items: DemoItem[];
  let n = 0;
  const month = previousMonth(chinaToday(new Date()));
  const key = () => `archive-test-${Date.now()}-${++n}`;
  const post = (url: string, payload: object, cookie: string) => p.app.inject({ method: 'POST', url, payload, headers: { cookie } });
  const get = (url: string, cookie: string) => p.app.inject({ method: 'GET', url, headers: { cookie } });
  const act = (caseId: string, body: object, cookie = clerk) => post(`/api/v1/cases/${caseId}/actions`, { idempotencyKey: key(), ...body }, cookie);
  /** Move a case's end into the month being archived (the batch takes months that are over). */
  const endedLastMonth = (caseId: string) => p.ctx.db.execute(sql`UPDATE case_record SET concluded_at = ${`${month}-15T10:00:00+08:00`}::timestamptz WHERE id = ${caseId}`);

  async function concludedCase(centerCode = 'XY-COUNTY', cookie = clerk, withScan = false) {
    const instant = pick(items, (i) => i.caseType === 'instant', 'instant');
    const res = await post('/api/v1/cases/applications', { centerId: ids.center[centerCode], applicant: person(++n + 500), items: [{ itemId: instant.id, checklist: fullChecklist(instant) }], idempotencyKey: key() }, cookie);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json().cases[0] as { id: string; number: string };
    if (withScan) {
      const m = instant.materials[0]!;
      const up = await p.app.inject({ method: 'POST', url: `/api/v1/cases/${c.id}/materials/${m.id}/scans`, payload: await twoPagePdf(), headers: { cookie, 'content-type': 'application/pdf' } });
      expect(up.statusCode, up.body).toBe(200);
    }
    expect((await act(c.id, { action: 'decide_on_spot' }, cookie)).statusCode).toBe(200);
    expect((await act(c.id, { action: 'conclude' }, cookie)).json().state).toBe('concluded');
    await endedLastMonth(c.id);
    return c;
  }

  let scanned: { id: string; number: string };
  let refused: { id: string; number: string };
  let batch: { id: string; rootHash: string; packages: { id: string; caseNumber: string; archiveCode: string; rootHash: string; pages: number; documents: number; sha256: string; retentionPeriod: string }[] };

  beforeAll(async () => {
    p = await startTestPlatform();
    ids = await demoIds(p);
    clerk = await signIn(p, 'clerk');
    archivist = await signIn(p, 'archivist');
    items = await countyItems(p);
    scanned = await concludedCase('XY-COUNTY', clerk, true);
    // What the fee and delivery parts recorded for it (支付 and 物流 of FACTS §D): a notice paid
    // 20 yuan with 5 refunded, and a mailed result signed for.
    await p.ctx.db.execute(sql`INSERT INTO fee_notice (id, center_id, center_path, case_id, case_number, applicant_name, item_name, number, reference, lines, amount_fen, paid_fen, refunded_fen, status, document, issued_by_name, issued_at, issue_key)
      SELECT 'archive-test-fee', center_id, center_path, id, number, applicant_name, item_name, '缴-0001', '61042920261015000017', '[]'::jsonb, 2000, 2000, 500, 'paid', '{}'::jsonb, '王晓燕', now(), 'archive-test' FROM case_record WHERE id = ${scanned.id}`);
    await p.ctx.db.execute(sql`INSERT INTO case_delivery (case_id, center_id, status, method, courier, waybill, updated_at) SELECT id, center_id, 'handed_out', 'mail', '中国邮政 EMS', 'EMS1234567890', now() FROM case_record WHERE id = ${scanned.id}`);
    await p.ctx.db.execute(sql`INSERT INTO case_delivery_event (id, case_id, seq, action, from_status, to_status, detail, actor_name, at) VALUES
      ('archive-test-ev1', ${scanned.id}, 1, 'mail.send', 'ready', 'mailed', '{}'::jsonb, '王晓燕', '2026-10-14T09:00:00+08:00'),
      ('archive-test-ev2', ${scanned.id}, 2, 'mail.signed', 'mailed', 'handed_out', '{}'::jsonb, '王晓燕', '2026-10-16T15:30:00+08:00')`);
    // A refusal at the window: not accepted, its 不予受理决定书 archived with it.
    const standard = pick(items, (i) => i.caseType !== 'instant', 'standard');
    const r = await post('/api/v1/cases/applications', { centerId: ids.center['XY-COUNTY'], applicant: person(++n + 500), items: [{ itemId: standard.id, checklist: [] }], idempotencyKey: key() }, clerk);
    refused = r.json().cases[0];
    const no = await act(refused.id, { action: 'intake.refuse', refusal: { reasons: '不属于本机关职权范围', basis: '《行政许可法》第三十二条', competentAgency: '市场监督管理局' } });
    expect(no.statusCode, no.body).toBe(200);
    await endedLastMonth(refused.id);
  }, 120_000);
  afterAll(async () => p?.close());

  it('refuses a month that is not over, and anyone without the archive permissions', async () => {
    const thisMonth = chinaToday(new Date()).slice(0, 7);
    expect((await post('/api/v1/archive/batches', { month: thisMonth }, archivist)).json().code).toBe('ARCHIVE_MONTH_NOT_OVER');
    expect((await post('/api/v1/archive/batches', { month }, clerk)).statusCode).toBe(403);
    expect((await get('/api/v1/archive/batches', clerk)).statusCode).toBe(403);
  });

  it('builds the month’s batch: one package per ended case, the cases archived through the write path', async () => {
    const res = await post('/api/v1/archive/batches', { month }, archivist);
    expect(res.statusCode, res.body).toBe(200);
    batch = res.json();
    expect(batch).toMatchObject({ month, caseCount: 2, builtByName: '秦雪' });
    expect(batch.packages.map((x) => x.caseNumber).sort()).toEqual([scanned.number, refused.number].sort());
    for (const pk of batch.packages) expect(pk.archiveCode).toMatch(new RegExp(`^XY-COUNTY-${month.replace('-', '')}-D(30|10)-000\\d$`));
    const list = (await get('/api/v1/archive/batches', archivist)).json();
    expect(list.items.map((b: { id: string }) => b.id)).toContain(batch.id);

    const history = await rows<{ action: string; actor_name: string; note: string }>(p, sql`SELECT action, actor_name, note FROM case_action WHERE case_id = ${scanned.id} ORDER BY seq DESC LIMIT 1`);
    expect(history[0]).toMatchObject({ action: 'archive', actor_name: '秦雪' });
    expect(history[0]!.note).toContain(batch.packages.find((x) => x.caseNumber === scanned.number)!.archiveCode);
    expect((await get(`/api/v1/cases/${scanned.id}`, clerk)).json().state).toBe('archived');
    expect((await post('/api/v1/archive/batches', { month }, archivist)).json().code).toBe('ARCHIVE_BATCH_EXISTS');
  }, 120_000);

  it('an archived case refuses every write with CASE_ARCHIVED', async () => {
    const revoke = await act(scanned.id, { action: 'revoke', ending: { reason: '测试' } }, await signIn(p, 'depthead'));
    expect(revoke.statusCode).toBe(409);
    expect(revoke.json().code).toBe('CASE_ARCHIVED');
    const instant = pick(items, (i) => i.caseType === 'instant', 'instant');
    const scan = await p.app.inject({ method: 'POST', url: `/api/v1/cases/${scanned.id}/materials/${instant.materials[0]!.id}/scans`, payload: await twoPagePdf(), headers: { cookie: clerk, 'content-type': 'application/pdf' } });
    expect(scan.json().code).toBe('CASE_ARCHIVED');
    const handover = await post(`/api/v1/cases/${scanned.id}/handovers`, { toDepartment: '县民政局', items: '申请书原件 1 份' }, clerk);
    expect(handover.json().code).toBe('CASE_ARCHIVED');
    expect((await post('/api/v1/cases/handovers/confirm', { caseNumber: scanned.number }, clerk)).json().code).toBe('CASE_ARCHIVED');
  });

  it('a package holds the FACTS §D metadata (JSON and XML), every document with page numbers, the contents list and a manifest of hashes', async () => {
    const pk = batch.packages.find((x) => x.caseNumber === scanned.number)!;
    const res = await get(`/api/v1/archive/packages/${pk.id}/zip`, archivist);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = res.rawPayload;
    expect(sha(zip)).toBe(pk.sha256);
    const files = unzipSync(new Uint8Array(zip));

    // Every file listed with its hash; the root hash is the manifest's own.
    const manifest = parseManifest(Buffer.from(files['manifest.sha256']!).toString('utf8'));
    expect(manifest.malformed).toEqual([]);
    expect(manifest.entries.map((e) => e.path).sort()).toEqual(Object.keys(files).filter((f) => f !== 'manifest.sha256').sort());
    for (const e of manifest.entries) expect(sha(files[e.path]!), e.path).toBe(e.sha256);
    expect(sha(files['manifest.sha256']!)).toBe(pk.rootHash);

    const meta = JSON.parse(Buffer.from(files['metadata.json']!).toString('utf8'));
    for (const [section, fields] of Object.entries(requiredMetadataFields)) for (const f of fields) expect(meta[section], `${section}.${f}`).toHaveProperty(f);
    expect(meta.application.caseNumber).toBe(scanned.number);
    // 支付 and 物流, read from the fee and delivery parts through their indexes.
    expect(meta.payments).toEqual([{ paymentNumber: '61042920261015000017', amount: '15.00' }]);
    expect(meta.logistics).toEqual([{ waybillNumber: 'EMS1234567890', sentAt: '20261014T090000', deliveredAt: '20261016T153000' }]);
    expect(meta.application.applicantIdNumber).toMatch(/^\d{17}[\dX]$/); // unmasked: the archive is the record
    expect(meta.application.appliedAt).toMatch(/^\d{8}T\d{6}$/);
    expect(meta.conclusion.concludedAt).toMatch(new RegExp(`^${month.replace('-', '')}15T100000$`));
    expect(meta.archive).toMatchObject({ archiveCode: pk.archiveCode, archivedBy: '秦雪', batchMonth: month, pages: pk.pages, documents: pk.documents });
    const xml = Buffer.from(files['metadata.xml']!).toString('utf8');
    expect(xml).toContain(`<caseNumber label="办件编号">${scanned.number}</caseNumber>`);
    expect(xml).toContain(`<archiveCode label="档号">${pk.archiveCode}</archiveCode>`);
    expect(xml).toContain('<acceptingUnit label="受理单位">');

    // The contents list numbers the volume; each document's pages carry those numbers.
    const contents = JSON.parse(Buffer.from(files['contents.json']!).toString('utf8')) as { seq: number; title: string; firstPage: number; lastPage: number; path: string }[];
    expect(contents[0]!.title).toBe('办件信息表');
    expect(contents.map((c) => c.title)).toEqual(expect.arrayContaining(['审计记录', '办理过程记录']));
    const scan = contents.find((c) => c.lastPage - c.firstPage === 1 && !['办理过程记录', '审计记录', '办件信息表'].includes(c.title))!;
    expect(scan, JSON.stringify(contents)).toBeTruthy();
    for (const c of contents) {
      const pages = await pdfPages(files[c.path]!);
      expect(pages.length, c.title).toBe(c.lastPage - c.firstPage + 1);
      pages.forEach((text, i) => expect(text.split(/\s+/), `${c.title} page ${i + 1}`).toContain(String(c.firstPage + i)));
    }
    expect(contents.at(-1)!.lastPage).toBe(pk.pages);
    const scanText = await pdfPages(files[scan.path]!);
    expect(scanText[1]).toContain('scan page two');
    const toc = (await pdfPages(files['contents.pdf']!)).join(' ').replace(/\s+/g, '');
    expect(toc).toContain('卷内目录');
    expect(toc).toContain(pk.archiveCode);
    expect(toc).toContain(`${scan.firstPage}-${scan.lastPage}`);
    expect(toc).toContain('目录第1页');
    // The scan as received, byte for byte.
    expect(Object.keys(files).some((f) => f.startsWith('originals/') && f.endsWith('.pdf'))).toBe(true);
    const history = JSON.parse(Buffer.from(files['history.json']!).toString('utf8')) as { action: string }[];
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'material.scan', 'decide_on_spot', 'conclude']));
    const audit = JSON.parse(Buffer.from(files['audit.json']!).toString('utf8')) as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['case.conclude']));

    const other = batch.packages.find((x) => x.caseNumber === refused.number)!;
    const refusedFiles = unzipSync(new Uint8Array((await get(`/api/v1/archive/packages/${other.id}/zip`, archivist)).rawPayload));
    const refusedContents = JSON.parse(Buffer.from(refusedFiles['contents.json']!).toString('utf8')) as { title: string; docNumber: string }[];
    expect(refusedContents.find((c) => c.title === '不予受理决定书')?.docNumber).toBeTruthy();
    expect(JSON.parse(Buffer.from(refusedFiles['metadata.json']!).toString('utf8')).conclusion.endState).toBe('不予受理');
  }, 120_000);

  it('downloads the batch with its register, verifies it intact, and names the file an altered copy broke', async () => {
    const res = await get(`/api/v1/archive/batches/${batch.id}/zip`, archivist);
    expect(res.statusCode).toBe(200);
    const files = unzipSync(new Uint8Array(res.rawPayload));
    expect(Object.keys(files).sort()).toEqual(['batch.json', 'manifest.sha256', 'register.xlsx', ...batch.packages.map((x) => `packages/${x.archiveCode}.zip`)].sort());
    expect(sha(files['manifest.sha256']!)).toBe(batch.rootHash);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(files['register.xlsx']!) as never);
    const sheet = wb.getWorksheet('归档登记表')!;
    const cells = sheet.getSheetValues().flat().map(String);
    for (const pk of batch.packages) {
      expect(cells).toContain(pk.archiveCode);
      expect(cells).toContain(pk.caseNumber);
    }
    expect(cells.join(' ')).toContain('归档登记表');

    const stored = await post(`/api/v1/archive/batches/${batch.id}/verify`, {}, archivist);
    expect(stored.statusCode, stored.body).toBe(200);
    expect(stored.json()).toMatchObject({ source: 'stored', intact: true, rootHash: batch.rootHash, recordedRootHash: batch.rootHash, problems: [] });

    const upload = (bytes: Uint8Array) => p.app.inject({ method: 'POST', url: '/api/v1/archive/verify', payload: Buffer.from(bytes), headers: { cookie: archivist, 'content-type': 'application/zip' } });
    expect((await upload(res.rawPayload)).json()).toMatchObject({ source: 'upload', kind: 'batch', intact: true, batchId: batch.id });

    // Alter one page of one package inside the copy: the verification names that file.
    const pk = batch.packages.find((x) => x.caseNumber === scanned.number)!;
    const inner = unzipSync(files[`packages/${pk.archiveCode}.zip`]!);
    inner['documents/002.pdf'] = new Uint8Array([...inner['documents/002.pdf']!, 0x0a]);
    const altered = zipSync({ ...files, [`packages/${pk.archiveCode}.zip`]: zipSync(inner) });
    const bad = (await upload(altered)).json();
    expect(bad.intact).toBe(false);
    expect(bad.problems).toEqual([{ path: `packages/${pk.archiveCode}.zip`, problem: 'altered' }]);
    const broken = bad.packages.find((x: { archiveCode: string }) => x.archiveCode === pk.archiveCode);
    expect(broken).toMatchObject({ intact: false, problems: [{ path: 'documents/002.pdf', problem: 'altered' }] });
    expect(bad.packages.filter((x: { intact: boolean }) => x.intact)).toHaveLength(batch.packages.length - 1);
    // A single package sent alone is checked against its record too.
    const alone = (await upload(zipSync(inner))).json();
    expect(alone).toMatchObject({ kind: 'package', intact: false, packages: [{ archiveCode: pk.archiveCode, problems: [{ path: 'documents/002.pdf', problem: 'altered' }] }] });
    expect((await upload(Buffer.from('not a zip'))).json().code).toBe('ARCHIVE_FILE_UNREADABLE');
  }, 120_000);

  it('keeps batches to the archivist’s center scope', async () => {
    await p.ctx.db.execute(sql`UPDATE staff SET center_id = ${ids.center['XY-TUQIAO']!} WHERE id = ${ids.staff['archivist']!}`);
    try {
      const township = await signIn(p, 'archivist');
      expect((await get(`/api/v1/archive/batches/${batch.id}`, township)).json().code).toBe('OUT_OF_SCOPE');
      expect((await get(`/api/v1/archive/batches/${batch.id}/zip`, township)).json().code).toBe('OUT_OF_SCOPE');
      expect((await get('/api/v1/archive/batches', township)).json().items).toEqual([]);
      expect((await post('/api/v1/archive/batches', { month, centerId: ids.center['XY-COUNTY'] }, township)).json().code).toBe('OUT_OF_SCOPE');
    } finally {
      await p.ctx.db.execute(sql`UPDATE staff SET center_id = ${ids.center['XY-COUNTY']!} WHERE id = ${ids.staff['archivist']!}`);
    }
  });

  it('the monthly job builds each center’s batch of the previous month, as the system, once', async () => {
    const tq = await signIn(p, 'tq-clerk');
    const c = await concludedCase('XY-TUQIAO', tq);
    const first = await runMonthlyArchive(p.ctx, new Date());
    expect(first.month).toBe(month);
    expect(first.failed).toEqual([]);
    expect(first.built).toHaveLength(1);
    const [row] = await rows<{ center_id: string; case_count: number; built_by_name: string }>(p, sql`SELECT center_id, case_count, built_by_name FROM archive_batch WHERE id = ${first.built[0]!}`);
    expect(row).toMatchObject({ center_id: ids.center['XY-TUQIAO'], case_count: 1, built_by_name: '系统（月度归档任务）' });
    const [action] = await rows<{ action: string; actor_role: string }>(p, sql`SELECT action, actor_role FROM case_action WHERE case_id = ${c.id} ORDER BY seq DESC LIMIT 1`);
    expect(action).toEqual({ action: 'archive', actor_role: 'system' });
    expect((await runMonthlyArchive(p.ctx, new Date())).built).toEqual([]);
    // Written once: the rows refuse changes.
    await expect(p.ctx.db.execute(sql`UPDATE archive_batch SET case_count = 0`)).rejects.toThrow();
  }, 120_000);
});
