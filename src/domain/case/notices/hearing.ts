// The hearing's two notices (issue #17 special steps, decision 0036; 行政许可法 §47–48): the
// 听证告知书 tells the applicant and the interested parties of their right to ask for a hearing
// within 5 days; the 听证通知书 gives the hearing's time and place 7 days ahead.
import type { IsoDate } from '../../calendar/index.ts';
import { Builder, chineseDate, phoneLine, type NoticeBase } from './builder.ts';
import type { NoticeDocument } from './document.ts';

export interface HearingRightInput extends NoticeBase {
  /** The applicant and the interested parties (利害关系人) told. */
  parties: readonly string[];
  /** Why the licence concerns major interests between the applicant and others. */
  ground: string;
  /** The last day to ask (5 days, moved off a day off). */
  requestBy: IsoDate;
}

export interface HearingNoticeInput extends NoticeBase {
  parties: readonly string[];
  requestedOn: IsoDate;
  requestedBy: string;
  scheduledOn: IsoDate;
  place: string;
}

export type HearingNoticeKindInput = ({ kind: 'hearing_right' } & HearingRightInput) | ({ kind: 'hearing_notice' } & HearingNoticeInput);

const partyLine = (parties: readonly string[]) => {
  if (parties.length === 0) throw new Error('A hearing notice names its parties');
  return `${parties.join('、')}：`;
};

export function hearingRight(i: HearingRightInput): NoticeDocument {
  const b = new Builder('hearing_right', i);
  const by = chineseDate(i.requestBy);
  const right = `自被告知之日起五日内（${by}前）向本机关提出听证申请`;
  b.el('parties', ...i.parties).el('reasons', i.ground).el('hearingRight', right);
  b.p(`你（单位）提出的“${i.item.name}”申请（办件编号：${i.caseNumber}），${i.ground}，直接涉及申请人与他人之间的重大利益关系。`);
  b.p(`根据《中华人民共和国行政许可法》第四十七条的规定，申请人、利害关系人享有要求听证的权利，可以${right}；逾期未提出的，视为放弃听证权利。`);
  b.p(`本机关将在收到听证申请之日起二十日内组织听证，并于举行听证的七日前通知听证的时间、地点。申请人、利害关系人不承担组织听证的费用。${phoneLine(b)}`);
  return b.done(partyLine(i.parties), [b.agencySignature()]);
}

export function hearingNotice(i: HearingNoticeInput): NoticeDocument {
  const b = new Builder('hearing_notice', i);
  const when = chineseDate(i.scheduledOn);
  b.el('parties', ...i.parties).el('hearingTime', when).el('hearingPlace', i.place);
  b.p(`${i.requestedBy}于${chineseDate(i.requestedOn)}就“${i.item.name}”申请（办件编号：${i.caseNumber}）提出听证申请。根据《中华人民共和国行政许可法》第四十八条的规定，本机关定于${when}在${i.place}举行听证。`);
  b.p('听证公开举行（涉及国家秘密、商业秘密或者个人隐私的除外）。申请人、利害关系人可以亲自参加，也可以委托代理人参加，并可以提出证据、进行申辩和质证。');
  b.p(`认为主持人与该行政许可事项有直接利害关系的，有权申请回避。无正当理由不参加听证的，视为放弃听证权利。${phoneLine(b)}`);
  return b.done(partyLine(i.parties), [b.agencySignature()]);
}
