// The papers of a fee: the payment notice (缴款通知书) and the receipt (收据), built from the
// notice's data and stored when issued, so a reprint is the same paper. They have the shape
// the case notices' PDF renderer reads (title, number, paragraphs, a table, the seal).
import type { NoticeSignature, NoticeTable } from '../case/notices/document.ts';
import { yuan, type FeeLine } from './amounts.ts';

export interface FeeDocument {
  title: string;
  number: string;
  caseNumber: string;
  salutation: string;
  paragraphs: readonly { n: number; text: string }[];
  table: NoticeTable | null;
  signatures: readonly NoticeSignature[];
  trackingUrl: string | null;
}

export interface FeePaperFacts {
  number: string;
  caseNumber: string;
  applicantName: string;
  itemName: string;
  /** The collecting agency (the center) and the department the case belongs to. */
  agencyName: string;
  departmentName: string;
  sealRef: string;
  date: string;
  reference: string;
  lines: readonly FeeLine[];
  basis: string;
  trackingUrl: string | null;
}

const linesTable = (lines: readonly FeeLine[]): NoticeTable => ({
  caption: '收费明细',
  columns: ['收费项目', '数量', '单价（元）', '金额（元）'],
  rows: lines.map((l) => [l.item, `${l.quantity}${l.unit}`, yuan(l.unitFen), yuan(l.amountFen)]),
});

const agencySignature = (f: FeePaperFacts): NoticeSignature => ({ by: 'agency', lines: [f.agencyName, f.date], sealRef: f.sealRef });

export function paymentNoticeDocument(f: FeePaperFacts & { amountFen: number; payAt: string }): FeeDocument {
  return {
    title: '缴款通知书',
    number: f.number,
    caseNumber: f.caseNumber,
    salutation: `${f.applicantName}：`,
    paragraphs: [
      { n: 1, text: `您申请的“${f.itemName}”（${f.departmentName}）依据${f.basis || '该事项公布的收费标准'}应缴纳下列费用，合计人民币 ${yuan(f.amountFen)} 元。` },
      { n: 2, text: `缴款码：${f.reference}。请凭本通知书到${f.payAt}缴纳，或凭缴款码通过非税收入缴款平台缴纳。` },
      { n: 3, text: '实行收缴分离：受理窗口工作人员不收取任何费用；缴款后请索取收据。' },
    ],
    table: linesTable(f.lines),
    signatures: [agencySignature(f)],
    trackingUrl: f.trackingUrl,
  };
}

export function receiptDocument(f: FeePaperFacts & { amountFen: number; waivedFen: number; noticeNumber: string; cashier: string; how: string }): FeeDocument {
  return {
    title: '收费收据',
    number: f.number,
    caseNumber: f.caseNumber,
    salutation: `交款人：${f.applicantName}`,
    paragraphs: [
      { n: 1, text: `今收到${f.applicantName}缴纳“${f.itemName}”费用，人民币 ${yuan(f.amountFen)} 元${f.waivedFen > 0 ? `（已减免 ${yuan(f.waivedFen)} 元）` : ''}。` },
      { n: 2, text: `缴款通知书：${f.noticeNumber}；缴款码：${f.reference}；缴款方式：${f.how}。` },
      { n: 3, text: `收款人：${f.cashier}。` },
    ],
    table: linesTable(f.lines),
    signatures: [agencySignature(f)],
    trackingUrl: f.trackingUrl,
  };
}
