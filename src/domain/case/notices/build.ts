// Each window notice's content from case data (FACTS §F). Pure: the server stores the result
// when the notice is issued; the PDF renderer and the text check read the same structure.
import type { IsoDate } from '../../calendar/index.ts';
import type { Shortfall } from '../outcomes.ts';
import { Builder, chineseDate, phoneLine, rights, type NoticeBase } from './builder.ts';
import { approval, extension, refusal, revocation, specialProcedure, specialProcedureEnd, termination, withdrawal, type DecisionNoticeInput } from './decisions.ts';
import type { NoticeDocument } from './document.ts';
import { hearingNotice, hearingRight, type HearingNoticeKindInput } from './hearing.ts';

export { chineseDate, type NoticeBase };

export interface AcceptanceInput extends NoticeBase {
  receivedOn: IsoDate;
  promisedDate: IsoDate;
  /** How and where to collect the result, e.g. 县政务服务中心一楼综合出件窗口领取，或邮寄送达. */
  collection: string;
  materials: readonly { name: string; originals: number; copies: number; how: string }[];
  /** 即办件: decided at the window the same day. */
  instant?: boolean;
}

export interface CorrectionInput extends NoticeBase {
  receivedOn: IsoDate;
  /** Every missing or defective material (outcomes.shortfalls), all in this one notice. */
  shortfalls: readonly Shortfall[];
  /** Where to bring them. */
  submitTo: string;
}

export interface NonAcceptanceInput extends NoticeBase {
  receivedOn: IsoDate;
  reasons: string;
  basis: string;
  competentAgency: string;
  /** 行政复议机关 and the court, named so the applicant knows where to go. */
  reviewBody: string;
  court: string;
}

export interface WaiverInput extends NoticeBase {
  promisedDate: IsoDate;
  waived: readonly { name: string; format: string; deadline: IsoDate }[];
  /** The item's fallback in words, e.g. 终止办理，已受理的申请不再审查. */
  overrun: string;
}

export interface CommitmentInput extends NoticeBase {
  /** What the applicant commits is true. */
  conditions: readonly string[];
  /** Proofs the commitment replaces (names of materials no longer required). */
  noLongerProven: readonly string[];
  verifyBy: IsoDate;
  /** Law the liability rests on; a default cites 国办发〔2020〕42号. */
  liabilityBasis?: string;
}

export type NoticeInput =
  | ({ kind: 'acceptance' } & AcceptanceInput)
  | ({ kind: 'correction' } & CorrectionInput)
  | ({ kind: 'non_acceptance' } & NonAcceptanceInput)
  | ({ kind: 'waiver' } & WaiverInput)
  | ({ kind: 'waiver_pledge' } & WaiverInput)
  | ({ kind: 'commitment' } & CommitmentInput)
  | DecisionNoticeInput
  | HearingNoticeKindInput;

function acceptance(i: AcceptanceInput): NoticeDocument {
  const b = new Builder('acceptance', i);
  const promised = chineseDate(i.promisedDate);
  b.el('promisedDate', promised).el('collection', i.collection);
  b.p(`你（单位）于${chineseDate(i.receivedOn)}提出的“${i.item.name}”申请（办件编号：${i.caseNumber}），申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》第三十二条的规定，决定予以受理。`);
  b.p(i.instant ? `本事项为即办件，已于${promised}当场办结。` : `本机关将于${promised}前办结（法定节假日不计算在内；依法需要听证、检验、检测、鉴定、专家评审的，所需时间不计算在内，届时另行书面告知）。`);
  b.p(`办理结果领取方式及地点：${i.collection}。`);
  b.p(`可凭本通知书的办件编号查询办理进度。${phoneLine(b)}`);
  b.table = { caption: '已收取的申请材料', columns: ['序号', '材料名称', '原件', '复印件', '收取方式'], rows: i.materials.map((m, k) => [String(k + 1), m.name, String(m.originals), String(m.copies), m.how]) };
  return b.done(`${i.applicant.name}：`, [b.agencySignature()]);
}

function correction(i: CorrectionInput): NoticeDocument {
  const b = new Builder('correction', i);
  if (i.shortfalls.length === 0) throw new Error('A correction notice needs at least one item to add or correct');
  const kindText = { missing: '缺少', defective: '需更正', short: '份数不足', waived: '待补交' } as const;
  b.p(`你（单位）于${chineseDate(i.receivedOn)}提出的“${i.item.name}”申请（办件编号：${i.caseNumber}），申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条的规定，现一次性告知需要补正的全部内容（共 ${i.shortfalls.length} 项，见下表）。`);
  b.p(`请按要求补正后向${i.submitTo}提交。补正材料齐全后本机关将予以受理；已收取的材料继续有效，无需重复提交。`);
  b.p(phoneLine(b));
  b.table = {
    caption: '需补正的材料',
    columns: ['序号', '材料名称', '问题', '补正要求'],
    rows: i.shortfalls.map((s, k) => [String(k + 1), s.name, kindText[s.kind], s.detail]),
  };
  b.el('correctionList', ...i.shortfalls.flatMap((s) => [s.name, s.detail].filter((x) => x !== '')));
  return b.done(`${i.applicant.name}：`, [b.agencySignature()]);
}

function nonAcceptance(i: NonAcceptanceInput): NoticeDocument {
  const b = new Builder('non_acceptance', i);
  b.el('reasons', i.reasons).el('basis', i.basis).el('competentAgency', i.competentAgency);
  const { review, suit } = rights(b, i);
  b.p(`你（单位）于${chineseDate(i.receivedOn)}提出的“${i.item.name}”申请（办件编号：${i.caseNumber}），经审查，${i.reasons}。`);
  b.p(`根据${i.basis}的规定，本机关决定不予受理。`);
  b.p(`请向${i.competentAgency}提出申请。`);
  b.p(`如不服本决定，可以${review}，或者${suit}。`);
  b.p(phoneLine(b));
  return b.done(`${i.applicant.name}：`, [b.agencySignature()]);
}

function waiverTable(b: Builder, i: WaiverInput): void {
  if (i.waived.length === 0) throw new Error('A waiver notice needs at least one waived material');
  b.table = { caption: '容缺材料', columns: ['序号', '材料名称', '补交形式', '补交期限'], rows: i.waived.map((w, k) => [String(k + 1), w.name, w.format, chineseDate(w.deadline)]) };
  b.el('waivedList', ...i.waived.map((w) => w.name))
    .el('waiverFormat', ...i.waived.map((w) => w.format))
    .el('waiverDeadline', ...i.waived.map((w) => chineseDate(w.deadline)))
    .el('overrunConsequence', i.overrun);
}

function waiver(i: WaiverInput): NoticeDocument {
  const b = new Builder('waiver', i);
  b.el('promisedDate', chineseDate(i.promisedDate));
  b.p(`你（单位）提出的“${i.item.name}”申请（办件编号：${i.caseNumber}），主要申请材料齐全，部分次要材料（见下表）经你（单位）书面承诺后补交，本机关决定容缺受理。`);
  b.p(`请于表列期限前按表列形式补交容缺材料，补交期限不晚于承诺办结日期${chineseDate(i.promisedDate)}。`);
  b.p(`逾期未补交的，${i.overrun}。`);
  b.p(phoneLine(b));
  waiverTable(b, i);
  return b.done(`${i.applicant.name}：`, [b.agencySignature()]);
}

function waiverPledge(i: WaiverInput): NoticeDocument {
  const b = new Builder('waiver_pledge', i);
  b.p(`承诺人：${i.applicant.name}。`);
  b.p(`本人（单位）申请办理“${i.item.name}”（办件编号：${i.caseNumber}），自愿申请容缺受理，并承诺在下表所列期限前按所列形式补交容缺材料。`);
  b.p(`本人（单位）已知悉：逾期未补交的，${i.overrun}；所作承诺不实的，将依法承担相应责任，并记入信用记录。`);
  b.p(`受理机关：${i.agency.name}。${phoneLine(b)}`);
  waiverTable(b, i);
  b.el('agency', i.agency.name);
  return b.done(`${i.agency.name}：`, [b.applicantSignature()]);
}

const DEFAULT_LIABILITY_BASIS = '《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）';

function commitment(i: CommitmentInput): NoticeDocument {
  const b = new Builder('commitment', i);
  if (i.conditions.length === 0) throw new Error('A commitment needs at least one condition');
  const basis = i.liabilityBasis ?? DEFAULT_LIABILITY_BASIS;
  const liability = `申请人作出不实承诺的，行政机关将责令限期整改、依法撤销已作出的决定，并将虚假承诺情况记入申请人信用记录；构成犯罪的，依法追究刑事责任`;
  const verify = `本机关将于${chineseDate(i.verifyBy)}前对承诺内容进行核查`;
  b.el('conditions', ...i.conditions).el('noLongerProven', ...i.noLongerProven).el('liability', liability).el('verification', verify);
  b.p(`申请事项：“${i.item.name}”（办件编号：${i.caseNumber}）。依据${basis}，本事项实行告知承诺制。`);
  b.p(`申请人应当符合的条件：${i.conditions.map((c, k) => `（${k + 1}）${c}`).join('；')}。`);
  b.p(i.noLongerProven.length > 0 ? `申请人作出承诺后，不再提交以下证明材料：${i.noLongerProven.join('、')}。` : '申请人作出承诺后，不再另行提交证明材料。');
  b.p(`${verify}。${liability}。`);
  b.p(`申请人承诺：已知晓上述告知内容，所填写的信息和承诺真实、准确，愿意承担不实承诺的法律责任。${phoneLine(b)}`);
  return b.done(`${i.applicant.name}：`, [b.agencySignature(), b.applicantSignature()]);
}

/** The content of a notice from the case data it needs. */
export function buildNotice(input: NoticeInput): NoticeDocument {
  switch (input.kind) {
    case 'acceptance':
      return acceptance(input);
    case 'correction':
      return correction(input);
    case 'non_acceptance':
      return nonAcceptance(input);
    case 'waiver':
      return waiver(input);
    case 'waiver_pledge':
      return waiverPledge(input);
    case 'commitment':
      return commitment(input);
    case 'special_procedure':
      return specialProcedure(input);
    case 'special_procedure_end':
      return specialProcedureEnd(input);
    case 'extension':
      return extension(input);
    case 'approval':
      return approval(input);
    case 'refusal':
      return refusal(input);
    case 'withdrawal':
      return withdrawal(input);
    case 'termination':
      return termination(input);
    case 'revocation':
      return revocation(input);
    case 'hearing_right':
      return hearingRight(input);
    case 'hearing_notice':
      return hearingNotice(input);
  }
}
