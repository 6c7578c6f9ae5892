// 大厅统计 as an Excel workbook, for the monthly report a center sends upwards: a summary
// sheet, then one sheet per breakdown. Times are in minutes with one decimal, so the cells
// add up and chart in Excel; an empty cell means nothing was measured. The period's bookings
// (预约) join the summary when the caller has them: the appointment module, which can read
// both, serves the download (the queue cannot import appointments: they depend on it).
import ExcelJS from 'exceljs';
import { rateText, type BookingFigures } from '../../../../domain/appointment/index.ts';
import type { HallStats } from './stats.service.ts';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const minutes = (s: number | null) => (s === null ? null : Math.round(s / 6) / 10);

type Figures = HallStats['total'];
const figureColumns: { header: string; value: (r: Figures) => number | null }[] = [
  { header: '取号数', value: (r) => r.tickets },
  { header: '办结', value: (r) => r.done },
  { header: '过号', value: (r) => r.noShow },
  { header: '取消', value: (r) => r.cancelled },
  { header: '日终关闭', value: (r) => r.closed },
  { header: '等候中位数（分钟）', value: (r) => minutes(r.medianWaitSeconds) },
  { header: '最长等候（分钟）', value: (r) => minutes(r.maxWaitSeconds) },
  { header: '办理中位数（分钟）', value: (r) => minutes(r.medianServiceSeconds) },
];

function addTable(wb: ExcelJS.Workbook, name: string, headers: string[], rows: (string | number | null)[][]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(headers);
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = HEADER_FILL;
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 22 : Math.max(10, headers[i]!.length * 2 + 2)));
}

const bookingRows = (b: BookingFigures): [string, number | string | null][] => [
  ['预约数', b.booked],
  ['待签到', b.waiting],
  ['已签到', b.checkedIn],
  ['已取消', b.cancelled],
  ['爽约', b.noShow],
  ['爽约率', rateText(b.noShowRate)],
];

export async function statsWorkbook(s: HallStats, generatedAt: string, bookings?: BookingFigures): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '一窗通办';
  const summary = wb.addWorksheet('汇总');
  summary.addRow([`${s.centerName} 大厅排队统计`]).font = { bold: true, size: 14 };
  summary.addRow(['统计区间', s.from === s.to ? s.from : `${s.from} 至 ${s.to}`]);
  summary.addRow(['生成时间', generatedAt]);
  summary.addRow([]);
  for (const c of figureColumns) summary.addRow([c.header, c.value(s.total)]);
  if (bookings?.booked) {
    summary.addRow([]);
    summary.addRow(['预约']).font = { bold: true };
    for (const row of bookingRows(bookings)) summary.addRow(row);
  }
  summary.getColumn(1).width = 22;
  summary.getColumn(2).width = 26;

  const figures = figureColumns.map((c) => c.header);
  addTable(
    wb,
    '按类别',
    ['类别', ...figures],
    s.categories.map((c) => [c.prefix ? `${c.prefix} ${c.name}` : '（已删除的类别）', ...figureColumns.map((f) => f.value(c))]),
  );
  addTable(
    wb,
    '按日',
    ['日期', ...figures],
    s.days.map((d) => [d.date, ...figureColumns.map((f) => f.value(d))]),
  );
  const served = ['办结', '过号', '办理中位数（分钟）'];
  addTable(
    wb,
    '按窗口',
    ['窗口', ...served],
    s.windows.map((w) => [w.windowNumber ? `${w.windowNumber} 号窗口` : '（未知窗口）', w.done, w.noShow, minutes(w.medianServiceSeconds)]),
  );
  addTable(
    wb,
    '按人员',
    ['工作人员', ...served],
    s.staff.map((p) => [p.name ?? '（未知）', p.done, p.noShow, minutes(p.medianServiceSeconds)]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
