import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signIn, startTestPlatform } from '../../../../../test/harness.ts';
import { auditLog } from '../../../platform/audit/audit.schema.ts';
import type { Actor } from '../../../platform/context.ts';
import { findStaffByUsername } from '../../org/index.ts';
import { guideOf } from '../catalog.access.ts';
import { XLSX_TYPE } from './excel.routes.ts';
import { resolveImport } from './import.plan.ts';
import { parseCatalogFile } from './import.service.ts';

type Platform = Awaited<ReturnType<typeof startTestPlatform>>;

async function edit(file: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const colOf = (ws: ExcelJS.Worksheet, header: string) => (ws.getRow(1).values as unknown[]).indexOf(header);
const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name)!;
function rowWhere(ws: ExcelJS.Worksheet, header: string, value: string): number {
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(colOf(ws, header)).value === value) return r;
  throw new Error(`no row with ${header}=${value}`);
}
function set(ws: ExcelJS.Worksheet, row: number, values: Record<string, ExcelJS.CellValue>) {
  for (const [h, v] of Object.entries(values)) ws.getRow(row).getCell(colOf(ws, h)).value = v;
}
const append = (ws: ExcelJS.Worksheet, values: Record<string, ExcelJS.CellValue>) => set(ws, ws.rowCount + 1, values);

describe('catalog Excel export and import', () => {
  let p: Platform;
  let manager: string;
  let actor: Actor;
  const exportFile = async (cookie = manager) => {
    const r = await p.app.inject({ url: '/api/v1/catalog/export.xlsx', headers: { cookie } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe(XLSX_TYPE);
    return r.rawPayload;
  };
  const upload = (file: Buffer, query = '', cookie = manager) =>
    p.app.inject({ method: 'POST', url: `/api/v1/catalog/import${query}`, headers: { cookie, 'content-type': XLSX_TYPE }, payload: file });
  const counts = async () => {
    const r = await p.ctx.db.execute(
      sql`SELECT (SELECT count(*)::int FROM catalog_item_version) v, (SELECT count(*)::int FROM catalog_material) m, (SELECT count(*)::int FROM audit_log) a`,
    );
    return (r as unknown as { rows: unknown[] }).rows;
  };

  beforeAll(async () => {
    p = await startTestPlatform();
    manager = await signIn(p, 'manager');
    actor = (await p.ctx.resolveActor(p.ctx.db, (await findStaffByUsername(p.ctx.db, 'manager'))!.userId))!;
  });
  afterAll(async () => p?.close());

  it('exports the demo catalog losslessly: parsed guides deep-equal the stored current versions', async () => {
    const file = await exportFile();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', '事项', '申请材料', '办理流程', '收费']);
    const { parsed, errors } = await parseCatalogFile(file);
    expect(errors.sorted()).toEqual([]);
    const resolved = await resolveImport(p.ctx.db, actor, parsed, errors);
    expect(errors.sorted()).toEqual([]);
    expect(resolved.length).toBeGreaterThanOrEqual(53);
    for (const r of resolved) {
      expect(r.head, r.parsed.key).toBeDefined();
      expect(r.guide, r.parsed.key).toEqual(guideOf(r.head!.version));
      expect(r.parsed.materials, r.parsed.key).toEqual(r.headMaterials);
    }
    // The comparison covered every kind of nested element.
    const guides = resolved.map((r) => r.guide);
    expect(guides.some((g) => g.fee.items.some((f) => f.kind === 'perUnit'))).toBe(true);
    expect(guides.some((g) => g.specialProcedures.some((s) => s.limit)) && guides.some((g) => g.faq.length > 0)).toBe(true);
    expect(
      guides.some((g) => g.intermediaryServices.length > 0) && guides.some((g) => g.jointDepartments.some((j) => j.departmentId)),
    ).toBe(true);
    expect(guides.every((g) => g.process.length > 0 && g.process.some((s) => s.reviewRules.length > 0))).toBe(true);
  });

  it('names the file by the day in Beijing, also after midnight there while UTC is still on the day before', async () => {
    // 17:30 UTC (01:30 the next day in Beijing) of the day that puts it nearest the real time (within 12 h).
    const real = Date.now();
    const today = new Date(real).toISOString().slice(0, 10);
    const at = [-1, 0].map((d) => Date.parse(`${today}T17:30:00Z`) + d * 86_400_000).find((t) => Math.abs(t - real) <= 12 * 3_600_000)!;
    const utcDay = new Date(at).toISOString().slice(0, 10);
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(at) });
    try {
      // A session of its own, opened at that hour: the suite's sessions were opened at the real
      // hour, up to a day away, and would have expired by then (or not have begun).
      const clerk = await signIn(p, 'clerk');
      const r = await p.app.inject({ url: '/api/v1/catalog/export.xlsx', headers: { cookie: clerk } });
      expect(r.statusCode).toBe(200);
      const next = new Date(Date.parse(`${utcDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(decodeURIComponent(String(r.headers['content-disposition']))).toContain(`事项清单-${next}.xlsx`);
    } finally {
      vi.useRealTimers();
    }
  });

  it('imports its own export back with a dry run: no errors, no changes', async () => {
    const r = await upload(await exportFile(), '?dryRun=true');
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ ok: true, dryRun: true, errors: [], changes: [], created: 0, newDrafts: 0, updatedDrafts: 0 });
    expect(body.unchanged).toBe(body.items);
  });

  it('reports a broken workbook row by row in Chinese and writes nothing', async () => {
    const before = await counts();
    let feeRow = 0;
    const broken = await edit(await exportFile(), (wb) => {
      const items = sheet(wb, '事项');
      set(items, rowWhere(items, '事项名称', '最低生活保障对象认定'), { 实施主体统一社会信用代码: '11610429MB00000010' });
      set(items, rowWhere(items, '事项名称', '特困人员认定'), { 事项名称: null });
      set(items, rowWhere(items, '事项名称', '乡村建设规划许可证核发'), { 承诺办结时限: '99个工作日' });
      set(items, rowWhere(items, '事项名称', '生育登记'), { 办理时间: '周一至周日 8:00-18:00' }); // a valid change, not written either
      const fees = sheet(wb, '收费');
      feeRow = rowWhere(fees, '收费项目', '居民身份证工本费（补领，每证）');
      set(fees, feeRow, { '金额（元）': -5 });
    });
    const r = await upload(broken);
    expect(r.statusCode).toBe(400);
    const { code, details } = r.json();
    expect(code).toBe('VALIDATION_FAILED');
    expect(details.ok).toBe(false);
    const errors = details.errors as { sheet: string; row: number; column: string; message: string }[];
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          sheet: '事项',
          row: expect.any(Number),
          column: '实施主体统一社会信用代码',
          message: expect.stringContaining('统一社会信用代码不正确'),
        },
        { sheet: '事项', row: expect.any(Number), column: '事项名称', message: '请填写事项名称' },
        { sheet: '事项', row: expect.any(Number), column: '承诺办结时限', message: expect.stringContaining('不得超过法定办结时限') },
        { sheet: '收费', row: feeRow, column: '金额（元）', message: '金额不能为负数' },
      ]),
    );
    expect(errors).toHaveLength(4);
    for (const e of errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await counts()).toEqual(before);

    // The same report as a workbook: the file with its problem cells marked, plus a list.
    const report = await upload(broken, '?dryRun=true&report=xlsx');
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toBe(XLSX_TYPE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('导入错误')!.rowCount).toBe(5);
    // Uploaded again unchanged, the marked file reports the same problems.
    expect((await upload(report.rawPayload, '?dryRun=true')).json().errors).toEqual(errors);
  });

  it('creates new items and new draft versions in one audited transaction, leaving the rest untouched', async () => {
    const file = await edit(await exportFile(), (wb) => {
      const items = sheet(wb, '事项');
      set(items, rowWhere(items, '事项名称', '生育登记'), { 办理时间: '周一至周日 8:00-18:00' });
      append(items, {
        基本编码: '050100999000',
        事项名称: '导入测试补贴',
        事项类型: '05 行政给付',
        行使层级: '4',
        办件类型: '承诺件',
        实施部门: '县民政局',
        是否收费: '是',
        收费依据: '测试依据',
      });
      append(sheet(wb, '申请材料'), { 事项键: '050100999000', 材料名称: '申请书', 出具机构: '申请人', 原件份数: 1 });
      append(sheet(wb, '办理流程'), { 事项键: '050100999000', 环节名称: '受理', 责任岗位: '综合受理窗口', 环节时限: '即办' });
      append(sheet(wb, '收费'), { 事项键: '050100999000', 收费项目: '工本费', 计费方式: '固定金额', '金额（元）': 12.5 });
    });
    const r = await upload(file);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ ok: true, dryRun: false, created: 1, newDrafts: 1, updatedDrafts: 0, errors: [] });
    expect(body.unchanged).toBe(body.items - 2);
    const changed = body.changes.find((c: { action: string }) => c.action === 'newDraft');
    expect(changed).toMatchObject({ name: '生育登记', fields: ['hours'], materialsChanged: false });

    const birth = (await p.app.inject({ url: `/api/v1/catalog/items/${changed.itemId}`, headers: { cookie: manager } })).json();
    expect(birth.versions.map((v: { versionNo: number; state: string }) => [v.versionNo, v.state])).toEqual([
      [2, 'draft'],
      [1, 'published'],
    ]);
    expect(birth.head).toMatchObject({ hours: '周一至周日 8:00-18:00', state: 'draft' });
    const created = body.changes.find((c: { action: string }) => c.action === 'create');
    const fresh = (await p.app.inject({ url: `/api/v1/catalog/items/${created.itemId}`, headers: { cookie: manager } })).json();
    expect(fresh.head).toMatchObject({
      name: '导入测试补贴',
      state: 'draft',
      implementingBody: '县民政局',
      fee: { charged: true, items: [{ kind: 'fixed', amountFen: 1250 }] },
    });
    expect(fresh.head.departmentId).not.toBeNull();
    expect(fresh.head.implementingBodyUscc).toHaveLength(18);
    expect(fresh.head.materials).toHaveLength(1);
    expect(fresh.head.process[0]).toMatchObject({ name: '受理', timeAllowed: { amount: 0, unit: 'instant' } });
    const audits = await p.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'catalog.import'));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.summary).toMatchObject({ created: 1, newDrafts: 1 });

    // Importing the same file again changes nothing: the drafts already say it.
    expect((await upload(file, '?dryRun=true')).json()).toMatchObject({ ok: true, changes: [], created: 0 });
  });

  it('keeps the files a draft already has when an import replaces its materials, and refuses to drop a material with files', async () => {
    const list = (await p.app.inject({ url: `/api/v1/catalog/items?q=${encodeURIComponent('生育登记')}`, headers: { cookie: manager } })).json();
    const itemId = list.items.find((i: { name: string }) => i.name === '生育登记').itemId;
    const draft = (await p.app.inject({ url: `/api/v1/catalog/items/${itemId}`, headers: { cookie: manager } })).json().head;
    expect(draft.state).toBe('draft');
    // A material without demo files of its own, so the file counted is the one uploaded here.
    const material = draft.materials.find((m: { blankFormFile: string; sampleFile: string }) => !m.blankFormFile && !m.sampleFile) as { id: string; name: string };
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n'), Buffer.alloc(64, 0x20), Buffer.from('%%EOF\n')]);
    const up = await p.app.inject({
      method: 'POST',
      url: `/api/v1/catalog/versions/${draft.id}/materials/${material.id}/files?kind=blank&name=${encodeURIComponent('空白表.pdf')}`,
      headers: { cookie: manager, 'content-type': 'application/pdf' },
      payload: pdf,
    });
    expect(up.statusCode).toBe(201);
    const materialRows = (ws: ExcelJS.Worksheet) => {
      const out: number[] = [];
      for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(colOf(ws, '事项名称')).value === '生育登记') out.push(r);
      return out;
    };

    // The materials change (one more copy of the first) but keep their names: the file follows its material.
    const changed = await edit(await exportFile(), (wb) => {
      const ws = sheet(wb, '申请材料');
      const row = materialRows(ws).find((r) => ws.getRow(r).getCell(colOf(ws, '材料名称')).value === material.name)!;
      set(ws, row, { 复印件份数: 7 });
    });
    const applied = (await upload(changed)).json();
    expect(applied).toMatchObject({ ok: true, updatedDrafts: 1 });
    expect(applied.changes[0]).toMatchObject({ name: '生育登记', action: 'updateDraft', materialsChanged: true });
    const after = (await p.app.inject({ url: `/api/v1/catalog/versions/${draft.id}`, headers: { cookie: manager } })).json();
    const renewed = after.materials.find((m: { name: string }) => m.name === material.name);
    expect(renewed.copies).toBe(7);
    expect(renewed.id).not.toBe(material.id);
    const before = (await p.app.inject({ url: `/api/v1/catalog/versions/${draft.id}`, headers: { cookie: manager } })).json().files.length;
    // The draft the earlier import made carries the published version's demo forms too (copied by material name).
    expect(before).toBe(3);
    expect(after.files.filter((f: { fileName: string }) => f.fileName === '空白表.pdf')).toMatchObject([{ materialId: renewed.id, kind: 'blank' }]);

    // Leaving that material out would lose the file: the row is refused, in a dry run too, and nothing is written.
    const dropped = await edit(await exportFile(), (wb) => {
      const ws = sheet(wb, '申请材料');
      const row = materialRows(ws).find((r) => ws.getRow(r).getCell(colOf(ws, '材料名称')).value === material.name)!;
      ws.spliceRows(row, 1);
    });
    for (const query of ['?dryRun=true', '']) {
      const answer = (await upload(dropped, query)).json();
      const refused = query ? answer : answer.details; // a real import answers 400 with the report in its details
      expect(refused.ok).toBe(false);
      expect(refused.errors.map((e: { message: string }) => e.message).join()).toContain(`材料“${material.name}”已上传样表或空白表格`);
    }
    const still = (await p.app.inject({ url: `/api/v1/catalog/versions/${draft.id}`, headers: { cookie: manager } })).json();
    expect(still.files).toHaveLength(before);
    expect(still.files.some((f: { fileName: string }) => f.fileName === '空白表.pdf')).toBe(true);
    expect(still.materials.map((m: { name: string }) => m.name)).toContain(material.name);
  });

  it('lets a clerk export but not import', async () => {
    const clerk = await signIn(p, 'clerk');
    const file = await exportFile(clerk);
    expect((await upload(file, '?dryRun=true', clerk)).statusCode).toBe(403);
    expect((await upload(Buffer.from('not a workbook'), '?dryRun=true')).json().errors[0].message).toContain('不是有效的 Excel 工作簿');
  });
});
