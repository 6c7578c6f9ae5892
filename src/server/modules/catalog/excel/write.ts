// Writing the catalog workbook: 说明 first, then the four data sheets.
import ExcelJS from 'exceljs';
import { feeRows, itemRow, materialRows, stepRows, type ExportItem, type FlatRow } from './rows.ts';
import { dataSheets, feeSheet, itemSheet, materialSheet, stepSheet, type SheetSpec } from './sheets.ts';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const INFO_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };

const generalNotes = [
  '本工作簿用于批量导出、导入事项清单及办事指南。导入时先“仅校验”，确认无误后再正式导入。',
  '各工作表通过“事项键”关联：无业务办理项的为基本编码，有业务办理项的为“基本编码/业务办理项编码”。新增事项的事项键可留空，系统按此规则生成。',
  '导出的是各事项当前发布的版本；尚未发布的事项导出其草稿。',
  '导入时：新事项建为草稿；与当前版本相同的事项不作改动；有改动的事项生成新的草稿版本（已有草稿的，更新该草稿）。全部事项在一个事务中写入，任一行有错则全部不写入。',
  '导入不发布：请在事项清单中检查并发布草稿，发布前会进行完整性检查。',
  '空白单元格表示该项未填写（取默认值）；“是/否”列留空按“否”处理（“是否必备”留空按“是”）。',
  '多值列用“、”分隔；常见问题、中介服务、特别程序、审查细则每条一段，每行“标签：内容”，各条之间空一行。',
  '灰色列仅供阅读，导入时忽略。申请材料、办理流程、收费项目按行的先后顺序导入。',
  '金额单位为元，最多两位小数。编码列为文本格式，请勿改为数字格式，以免丢失开头的 0。',
];

function addGuideSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('说明');
  ws.columns = [
    { header: '工作表', key: 'sheet', width: 12 },
    { header: '列名', key: 'column', width: 26 },
    { header: '填写说明', key: 'hint', width: 90 },
  ];
  for (const n of generalNotes) ws.addRow({ sheet: '总体说明', column: '', hint: n });
  for (const s of dataSheets) {
    ws.addRow({ sheet: s.name, column: '', hint: s.about });
    for (const c of s.columns) ws.addRow({ sheet: s.name, column: c.header + (c.required ? '（必填）' : ''), hint: c.hint });
  }
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = HEADER_FILL;
  ws.getColumn('hint').alignment = { wrapText: true, vertical: 'top' };
}

function addDataSheet(wb: ExcelJS.Workbook, spec: SheetSpec, rows: FlatRow[]) {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  ws.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 14 }));
  spec.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    if (c.asText) column.numFmt = '@';
    column.alignment = { wrapText: true, vertical: 'top' };
    const head = ws.getRow(1).getCell(i + 1);
    head.font = { bold: true };
    head.fill = c.info ? INFO_FILL : HEADER_FILL;
    head.note = c.hint;
  });
  for (const r of rows) {
    const cells: Record<string, string | number | null> = {};
    for (const c of spec.columns) {
      const v = r[c.key];
      cells[c.key] = v === undefined || v === null ? null : c.codec.write(v);
    }
    ws.addRow(cells);
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
}

export async function writeCatalogWorkbook(
  items: readonly ExportItem[],
  departmentName: (id: string) => string | undefined,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OneWindow 一窗通办';
  wb.created = new Date();
  addGuideSheet(wb);
  addDataSheet(
    wb,
    itemSheet,
    items.map((e) => itemRow(e, departmentName)),
  );
  addDataSheet(wb, materialSheet, items.flatMap(materialRows));
  addDataSheet(wb, stepSheet, items.flatMap(stepRows));
  addDataSheet(wb, feeSheet, items.flatMap(feeRows));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
