// Reading the workbook: each data sheet's rows as flat objects, cell by cell through the
// column codecs. Problems come back per cell, in Chinese, with the sheet and Excel row.
import ExcelJS from 'exceljs';
import { isBlank, type Raw } from './cells.ts';
import type { ErrorSink } from './errors.ts';
import type { FlatRow } from './rows.ts';
import { dataSheets, type SheetSpec } from './sheets.ts';

export interface SheetRow {
  row: number;
  values: FlatRow;
}

export type SheetRows = Record<string, SheetRow[]>;

/** exceljs cell values (rich text, formulas, hyperlinks, dates) as plain values. */
function rawOf(v: ExcelJS.CellValue): Raw {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.replace(/\r\n?/g, '\n');
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return rawOf((v.result ?? null) as ExcelJS.CellValue);
  if ('text' in v && typeof v.text === 'string') return v.text;
  if ('error' in v) return String(v.error);
  return null;
}

function readSheet(ws: ExcelJS.Worksheet, spec: SheetSpec, errors: ErrorSink): SheetRow[] {
  const positions = new Map<string, number>();
  ws.getRow(1).eachCell((cell, colNo) => {
    const h = String(rawOf(cell.value) ?? '')
      .replace(/（必填）|\*/g, '')
      .trim();
    if (h && !positions.has(h)) positions.set(h, colNo);
  });
  const missing = spec.columns.filter((c) => !c.info && !positions.has(c.header));
  for (const c of missing) errors.add(spec.name, 1, c.header, `缺少“${c.header}”列，请使用导出的模板`);
  if (missing.length) return [];

  const out: SheetRow[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const raws = spec.columns.map((c) => (positions.has(c.header) ? rawOf(row.getCell(positions.get(c.header)!).value) : null));
    if (raws.every(isBlank)) continue;
    const values: FlatRow = {};
    spec.columns.forEach((c, i) => {
      const raw = raws[i]!;
      const problem = (message: string) => errors.add(spec.name, r, c.header, message);
      if (c.info) return;
      if (isBlank(raw)) return c.required ? problem(`请填写${c.header}`) : undefined;
      const parsed = c.codec.read(raw);
      if ('error' in parsed) problem(parsed.error);
      else values[c.key] = parsed.value;
    });
    out.push({ row: r, values });
  }
  return out;
}

/** All four data sheets, or the errors that stop the import before any row is looked at. */
export async function readCatalogWorkbook(file: Buffer, errors: ErrorSink): Promise<SheetRows | undefined> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    errors.add('', 0, '', '文件不是有效的 Excel 工作簿（.xlsx），请使用导出的模板');
    return undefined;
  }
  const sheets: SheetRows = {};
  for (const spec of dataSheets) {
    const ws = wb.getWorksheet(spec.name);
    if (!ws) errors.add(spec.name, 0, '', `缺少“${spec.name}”工作表，请使用导出的模板`);
    else sheets[spec.name] = readSheet(ws, spec, errors);
  }
  return sheets;
}
