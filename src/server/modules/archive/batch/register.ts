// 归档登记表: the month's register of a center's batch, one row per package, as the archive
// office files it with the batch (Excel; the batch zip carries it beside the packages).
import ExcelJS from 'exceljs';
import { retentionPeriods, type RetentionPeriod } from '../../../../domain/archive/index.ts';

export interface RegisterRow {
  archiveCode: string;
  caseNumber: string;
  itemName: string;
  applicantName: string;
  endState: string;
  endedOn: string;
  retentionPeriod: RetentionPeriod;
  documents: number;
  pages: number;
  archivedOn: string;
  archivedBy: string;
  rootHash: string;
}

export async function registerXlsx(head: { centerName: string; month: string; builtBy: string; rootHashNote?: string }, rows: readonly RegisterRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OneWindow';
  wb.created = new Date(0); // a fixed date: the register's bytes depend on its rows only
  wb.modified = new Date(0);
  const ws = wb.addWorksheet('归档登记表');
  ws.addRow([`${head.centerName} 归档登记表（${head.month}）`]).font = { bold: true, size: 14 };
  ws.addRow([`共 ${rows.length} 件，${rows.reduce((n, r) => n + r.pages, 0)} 页；归档人：${head.builtBy}`]);
  const header = ws.addRow(['序号', '档号', '办件编号', '事项名称', '申请人', '办结状态', '办结日期', '保管期限', '件内文件数', '页数', '归档日期', '归档人', '案卷根摘要（SHA-256）']);
  header.font = { bold: true };
  rows.forEach((r, i) =>
    ws.addRow([i + 1, r.archiveCode, r.caseNumber, r.itemName, r.applicantName, r.endState, r.endedOn, retentionPeriods[r.retentionPeriod].zh, r.documents, r.pages, r.archivedOn, r.archivedBy, r.rootHash]),
  );
  [6, 26, 30, 28, 14, 10, 12, 8, 10, 6, 12, 10, 68].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
