// The error report as a workbook: the uploaded file itself with every problem cell marked
// red and explained in a note, plus an 导入错误 sheet listing them, so the manager fixes
// the same file and uploads it again (the import ignores the extra sheet and the marks).
import ExcelJS from 'exceljs';
import type { RowError } from './errors.ts';

export const REPORT_SHEET = '导入错误';
const BAD: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };

function headerColumn(ws: ExcelJS.Worksheet, header: string): number | undefined {
  let found: number | undefined;
  ws.getRow(1).eachCell((cell, col) => {
    if (
      found === undefined &&
      String(cell.value ?? '')
        .replace(/（必填）|\*/g, '')
        .trim() === header
    )
      found = col;
  });
  return found;
}

function mark(wb: ExcelJS.Workbook, e: RowError) {
  const ws = e.row > 0 ? wb.getWorksheet(e.sheet) : undefined;
  if (!ws) return;
  const cell = ws.getRow(e.row).getCell((e.column && headerColumn(ws, e.column)) || 1);
  cell.fill = BAD;
  const before = typeof cell.note === 'string' ? `${cell.note}\n` : '';
  cell.note = `${before}${e.message}`;
}

export async function errorReportWorkbook(file: Buffer, errors: readonly RowError[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    // Not a workbook at all: the report is the list alone.
  }
  const old = wb.getWorksheet(REPORT_SHEET);
  if (old) wb.removeWorksheet(old.id);
  for (const e of errors) mark(wb, e);
  const ws = wb.addWorksheet(REPORT_SHEET, { properties: { tabColor: { argb: 'FFFF0000' } } });
  ws.columns = [
    { header: '工作表', key: 'sheet', width: 12 },
    { header: '行号', key: 'row', width: 8 },
    { header: '列', key: 'column', width: 24 },
    { header: '错误说明', key: 'message', width: 80 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const e of errors) ws.addRow({ ...e, row: e.row || '' });
  ws.getColumn('message').alignment = { wrapText: true, vertical: 'top' };
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: wb.worksheets.indexOf(ws), visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
