// The structured content of a notice: what the PDF renderer draws and what the text check
// reads. A notice's content is fixed when issued (stored as this structure) and reprints
// identically, so everything here is plain data with no formatting decisions left open.
import type { NoticeKind } from './kinds.ts';

export const noticeElements = [
  'agency', // 行政机关名称
  'seal', // 印章 (the seal image is placed at the seal reference)
  'date', // 日期
  'number', // 文书编号
  'caseNumber', // 办件编号
  'applicant', // 申请人
  'item', // 事项名称
  'promisedDate', // 承诺办结日期
  'collection', // 领取方式及地点
  'contactPhone', // 联系电话
  'correctionList', // 需补正的全部材料
  'reasons', // 理由
  'basis', // 依据
  'competentAgency', // 应当向其申请的机关
  'reviewRight', // 行政复议 within 60 days
  'litigationRight', // 行政诉讼 within 6 months
  'waivedList', // 容缺材料
  'waiverFormat', // 补交形式
  'waiverDeadline', // 补交期限
  'overrunConsequence', // 逾期后果
  'applicantSignature', // 申请人签字
  'conditions', // 承诺符合的条件
  'noLongerProven', // 不再提交的证明
  'liability', // 虚假承诺的责任
  'verification', // 事后核查
  'procedure', // 特别程序 (听证、检验、检测、鉴定、专家评审…)
  'timeNeeded', // 所需时间 / 延长期限
  'newDueDate', // 新的办结期限
  'decision', // 决定内容
  'certificate', // 许可证件 (名称、编号、有效期、发证机关)
  'certificateDue', // 发证期限 (§44)
  // issue #17, special steps: the hearing (§47–48)
  'parties', // 申请人、利害关系人
  'hearingRight', // 申请听证的权利和期限 (5 日)
  'hearingTime', // 听证时间
  'hearingPlace', // 听证地点
] as const;
export type NoticeElement = (typeof noticeElements)[number];

export const noticeElementLabels = {
  agency: { zh: '行政机关', en: 'Agency' },
  seal: { zh: '印章', en: 'Seal' },
  date: { zh: '日期', en: 'Date' },
  number: { zh: '文书编号', en: 'Notice number' },
  caseNumber: { zh: '办件编号', en: 'Case number' },
  applicant: { zh: '申请人', en: 'Applicant' },
  item: { zh: '申请事项', en: 'Item' },
  promisedDate: { zh: '承诺办结日期', en: 'Promised completion date' },
  collection: { zh: '结果领取方式和地点', en: 'How and where to collect the result' },
  contactPhone: { zh: '联系电话', en: 'Contact phone' },
  correctionList: { zh: '需补正的全部材料', en: 'Every item to add or correct' },
  reasons: { zh: '理由', en: 'Reasons' },
  basis: { zh: '依据', en: 'Legal basis' },
  competentAgency: { zh: '有权机关', en: 'Competent agency' },
  reviewRight: { zh: '申请行政复议的权利和期限', en: 'Right to administrative review (60 days)' },
  litigationRight: { zh: '提起行政诉讼的权利和期限', en: 'Right to sue (6 months)' },
  waivedList: { zh: '容缺材料', en: 'Waived materials' },
  waiverFormat: { zh: '补交形式', en: 'Form of the waived materials' },
  waiverDeadline: { zh: '补交期限', en: 'Deadline for the waived materials' },
  overrunConsequence: { zh: '逾期未补交的后果', en: 'What happens on overrun' },
  applicantSignature: { zh: '申请人签字', en: 'Applicant’s signature' },
  conditions: { zh: '承诺符合的条件', en: 'What must be true' },
  noLongerProven: { zh: '不再提交的证明材料', en: 'What is no longer proven' },
  liability: { zh: '虚假承诺的法律责任', en: 'Liability for a false commitment' },
  verification: { zh: '事后核查', en: 'Post-verification' },
  procedure: { zh: '特别程序', en: 'Special procedure' },
  timeNeeded: { zh: '所需时间', en: 'Time needed' },
  newDueDate: { zh: '办结期限', en: 'New due date' },
  decision: { zh: '决定', en: 'Decision' },
  certificate: { zh: '许可证件', en: 'Certificate' },
  certificateDue: { zh: '发证期限', en: 'Certificate due' },
  parties: { zh: '申请人、利害关系人', en: 'Applicant and interested parties' },
  hearingRight: { zh: '申请听证的权利和期限', en: 'Right to a hearing and its time limit' },
  hearingTime: { zh: '听证时间', en: 'Hearing date' },
  hearingPlace: { zh: '听证地点', en: 'Hearing place' },
} as const satisfies Record<NoticeElement, { zh: string; en: string }>;

export interface NoticeTable {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

export interface NoticeSignature {
  /** Who signs: the agency (with its seal) or the applicant (承诺书). */
  by: 'agency' | 'applicant';
  lines: readonly string[];
  /** The seal image the renderer places over the agency line (department seal id); null for the applicant. */
  sealRef: string | null;
}

export interface NoticeDocument {
  kind: NoticeKind;
  title: string;
  number: string;
  caseNumber: string;
  /** The line naming whom the notice is addressed to, e.g. "张三：". */
  salutation: string;
  /** Numbered paragraphs, in order (n = 1, 2, …). */
  paragraphs: readonly { n: number; text: string }[];
  table: NoticeTable | null;
  signatures: readonly NoticeSignature[];
  /** Where the QR code points (public tracking page), if any. */
  trackingUrl: string | null;
  /** Each legal element's value(s) as they appear in the text: the checker looks for each one. */
  elements: Readonly<Partial<Record<NoticeElement, readonly string[]>>>;
}

/** The whole text of a notice, in reading order: what a PDF's text extraction should show. */
export function noticeText(doc: NoticeDocument): string {
  const lines = [doc.title, doc.number, `办件编号：${doc.caseNumber}`, doc.salutation];
  lines.push(...doc.paragraphs.map((p) => `${p.n}. ${p.text}`));
  if (doc.table) lines.push(doc.table.caption, doc.table.columns.join(' '), ...doc.table.rows.map((r) => r.join(' ')));
  for (const s of doc.signatures) lines.push(...s.lines);
  return lines.join('\n');
}
