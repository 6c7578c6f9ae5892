// The back office's notices (issue #17, FACTS §F): the 特别程序告知书 when a §45 procedure
// stops the clock and its end, the 延长审批期限告知书 (§42), the written decisions (准予 §38 with
// the certificate due within 10 working days §44; 不予 §38 with the rights), and the endings:
// withdrawal, termination and revocation (§69), each with its reason.
import type { IsoDate } from '../../calendar/index.ts';
import { Builder, chineseDate, phoneLine, rights, type NoticeBase, type RightsBodies } from './builder.ts';
import type { NoticeDocument } from './document.ts';

export interface SpecialProcedureInput extends NoticeBase {
  /** The procedure in words, e.g. 专家评审. */
  procedure: string;
  reason: string;
  /** The time needed in words, e.g. 15个工作日. */
  timeNeeded: string;
  startedOn: IsoDate;
}

export interface SpecialProcedureEndInput extends NoticeBase {
  procedure: string;
  endedOn: IsoDate;
  /** Working days the procedure excluded from the clock. */
  pausedWorkdays: number;
  /** The legal due date after the pause (derived by the clock, never typed). */
  newDueDate: IsoDate;
}

export interface ExtensionInput extends NoticeBase {
  reason: string;
  workdays: number;
  previousDueDate: IsoDate;
  newDueDate: IsoDate;
  /** Who approved: 本机关负责人, or for a joint case the government head's approval. */
  approvedBy: string;
}

export interface CertificateRecord {
  /** 证照名称, e.g. 食品经营许可证 */
  name: string;
  /** 证照编号 */
  number: string;
  /** 有效期至; null when it does not expire (长期有效). */
  validUntil: IsoDate | null;
  /** 发证机关 */
  issuingBody: string;
}

export interface ApprovalInput extends NoticeBase {
  decidedOn: IsoDate;
  certificate: CertificateRecord;
  /** decidedOn + 10 working days (§44). */
  certificateDue: IsoDate;
  collection: string;
}

export interface AdverseInput extends NoticeBase, RightsBodies {
  reasons: string;
  basis: string;
}

export interface WithdrawalInput extends NoticeBase {
  reason: string;
}

export type DecisionNoticeInput =
  | ({ kind: 'special_procedure' } & SpecialProcedureInput)
  | ({ kind: 'special_procedure_end' } & SpecialProcedureEndInput)
  | ({ kind: 'extension' } & ExtensionInput)
  | ({ kind: 'approval' } & ApprovalInput)
  | ({ kind: 'refusal' } & AdverseInput)
  | ({ kind: 'withdrawal' } & WithdrawalInput)
  | ({ kind: 'termination' } & AdverseInput)
  | ({ kind: 'revocation' } & AdverseInput);

const applied = (i: NoticeBase) => `你（单位）提出的“${i.item.name}”申请（办件编号：${i.caseNumber}）`;
const nonEmpty = (what: string, v: string) => {
  if (v.trim() === '') throw new Error(`A notice needs its ${what}`);
  return v;
};

export function specialProcedure(i: SpecialProcedureInput): NoticeDocument {
  const b = new Builder('special_procedure', i);
  b.el('procedure', nonEmpty('procedure', i.procedure)).el('reasons', nonEmpty('reason', i.reason)).el('timeNeeded', nonEmpty('time needed', i.timeNeeded));
  b.p(`${applied(i)}，因${i.reason}，需要进行${i.procedure}。`);
  b.p(`根据《中华人民共和国行政许可法》第四十五条的规定，${i.procedure}自${chineseDate(i.startedOn)}开始，所需时间预计为${i.timeNeeded}，该时间不计算在审批期限内。`);
  b.p(`${i.procedure}结束后，本机关将书面告知恢复计算的办理期限。${phoneLine(b)}`);
  return b.done(`${i.applicant.name}：`, [b.agencySignature()]);
}

export function specialProcedureEnd(i: SpecialProcedureEndInput): NoticeDocument {
  const b = new Builder('special_procedure_end', i);
  const due = chineseDate(i.newDueDate);
  b.el('procedure', nonEmpty('procedure', i.procedure)).el('newDueDate', due);
  b.p(`${applied(i)}所需的${i.procedure}已于${chineseDate(i.endedOn)}结束，审批期限自即日起恢复计算。`);
  b.p(`${i.procedure}所用时间共${i.pausedWorkdays}个工作日，依法不计算在审批期限内；本机关将于${due}前作出决定。`);
  b.p(phoneLine(b));
  return b.done(`${i.applicant.name}：`, [b.agencySignature()]);
}

export function extension(i: ExtensionInput): NoticeDocument {
  const b = new Builder('extension', i);
  const due = chineseDate(i.newDueDate);
  const length = `${i.workdays}个工作日`;
  b.el('reasons', nonEmpty('reason', i.reason)).el('timeNeeded', length).el('newDueDate', due);
  b.p(`${applied(i)}，因${i.reason}，不能在${chineseDate(i.previousDueDate)}前作出决定。`);
  b.p(`根据《中华人民共和国行政许可法》第四十二条的规定，经${i.approvedBy}批准，审批期限延长${length}，本机关将于${due}前作出决定。`);
  b.p(phoneLine(b));
  return b.done(`${i.applicant.name}：`, [b.agencySignature()]);
}

export function approval(i: ApprovalInput): NoticeDocument {
  const b = new Builder('approval', i);
  const c = i.certificate;
  const decision = `决定准予行政许可`;
  const validity = c.validUntil ? `有效期至${chineseDate(c.validUntil)}` : '长期有效';
  const certificate = `${nonEmpty('certificate name', c.name)}（编号：${nonEmpty('certificate number', c.number)}，${validity}，发证机关：${nonEmpty('issuing body', c.issuingBody)}）`;
  const due = `本机关将于${chineseDate(i.certificateDue)}前颁发许可证件`;
  b.el('decision', decision).el('certificate', certificate).el('certificateDue', due).el('collection', i.collection);
  b.p(`${applied(i)}，经审查，符合法定条件、标准。根据《中华人民共和国行政许可法》第三十八条第一款的规定，本机关于${chineseDate(i.decidedOn)}${decision}。`);
  b.p(`许可证件：${certificate}。`);
  b.p(`根据《中华人民共和国行政许可法》第四十四条的规定，${due}。领取方式及地点：${i.collection}。`);
  b.p('本决定依法予以公开，公众有权查阅。');
  return b.done(`${i.applicant.name}：`, [b.agencySignature()]);
}

function adverse(kind: 'refusal' | 'termination' | 'revocation', i: AdverseInput, opening: string, decision: string): NoticeDocument {
  const b = new Builder(kind, i);
  b.el('reasons', nonEmpty('reasons', i.reasons)).el('basis', nonEmpty('basis', i.basis));
  const r = rights(b, i);
  b.p(`${opening}，${i.reasons}。`);
  b.p(`根据${i.basis}的规定，本机关决定${decision}。`);
  b.p(r.sentence);
  return b.done(`${i.applicant.name}：`, [b.agencySignature()]);
}

export function refusal(i: AdverseInput): NoticeDocument {
  return adverse('refusal', i, `${applied(i)}，经审查`, '不予行政许可');
}

export function termination(i: AdverseInput): NoticeDocument {
  return adverse('termination', i, `${applied(i)}，因下列原因无法继续办理`, '终止办理该申请');
}

export function revocation(i: AdverseInput): NoticeDocument {
  return adverse('revocation', i, `本机关对${applied(i)}作出的准予行政许可决定，经查`, '撤销该行政许可决定，已颁发的许可证件同时失效');
}

export function withdrawal(i: WithdrawalInput): NoticeDocument {
  const b = new Builder('withdrawal', i);
  b.el('reasons', nonEmpty('reason', i.reason));
  b.p(`${applied(i)}，你（单位）在本机关作出决定前提出撤回申请，理由：${i.reason}。`);
  b.p('本机关同意撤回，该申请终止审查；已提交的申请材料可凭本确认书到窗口领回。撤回后可依法重新提出申请。');
  b.p(phoneLine(b));
  return b.done(`${i.applicant.name}：`, [b.agencySignature()]);
}
