// The cashier's daily reconciliation (日对账单, issue #18): every payment taken and refund paid
// back through the cashier's till on one day (Asia/Shanghai), as an Excel workbook whose
// totals add up (the test reads it back). Amounts in yuan with two decimals, summed in fen.
import ExcelJS from 'exceljs';
import { yuan } from '../../../domain/fee/index.ts';
import { auditAs } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { cashierMovements } from './fee.queries.ts';

const columns = ['时间', '类型', '收据号', '缴款通知书编号', '缴款码', '办件编号', '缴款人', '事项', '金额（元）'];
const time = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

export async function reconciliationWorkbook(db: Db, who: { actor: Actor; ip: string }, date: string): Promise<{ file: Buffer; totals: { collectedFen: number; refundedFen: number; netFen: number; count: number } }> {
  const from = new Date(`${date}T00:00:00+08:00`);
  const to = new Date(from.getTime() + 24 * 3600_000);
  const rows = await cashierMovements(db, who.actor.staffId, from, to);
  const signed = (r: (typeof rows)[number]) => (r.action === 'pay' ? r.amountFen : -r.amountFen);
  const collectedFen = rows.filter((r) => r.action === 'pay').reduce((s, r) => s + r.amountFen, 0);
  const refundedFen = rows.filter((r) => r.action === 'refund.approve').reduce((s, r) => s + r.amountFen, 0);

  const wb = new ExcelJS.Workbook();
  wb.creator = 'OneWindow';
  const ws = wb.addWorksheet('日对账单');
  ws.addRow([`收费日对账单 ${date} 收费员：${who.actor.name}`]);
  ws.addRow(columns).font = { bold: true };
  for (const r of rows) {
    ws.addRow([time.format(r.at), r.action === 'pay' ? '收款' : '退费', r.receiptNumber ?? '', r.noticeNumber, r.reference, r.caseNumber, r.applicantName, r.itemName, signed(r) / 100]);
  }
  ws.addRow([]);
  ws.addRow(['收款笔数', rows.filter((r) => r.action === 'pay').length]);
  ws.addRow(['收款合计', collectedFen / 100]);
  ws.addRow(['退费合计', -refundedFen / 100]);
  ws.addRow(['净额', (collectedFen - refundedFen) / 100]);
  ws.getColumn(9).numFmt = '0.00';
  ws.columns.forEach((c, i) => (c.width = [10, 8, 24, 26, 24, 26, 12, 24, 12][i] ?? 12));
  await auditAs(db, who, { centerId: who.actor.centerId, action: 'fee.reconciliation.export', objectType: 'feeReconciliation', objectId: date, summary: { date, count: rows.length, collected: yuan(collectedFen), refunded: yuan(refundedFen) } });
  return { file: Buffer.from(await wb.xlsx.writeBuffer()), totals: { collectedFen, refundedFen, netFen: collectedFen - refundedFen, count: rows.length } };
}
