// The shared pieces of every notice builder: the base every notice carries, the builder that
// records each legal element beside the text that shows it, Chinese dates, the phone line and
// the rights to 行政复议 and 行政诉讼 (行政复议法 §20, 行政诉讼法 §46).
import { toEpochDay, type IsoDate } from '../../calendar/index.ts';
import type { NoticeDocument, NoticeElement, NoticeSignature, NoticeTable } from './document.ts';
import { noticeKindInfo, type NoticeKind } from './kinds.ts';

/** What every notice carries. */
export interface NoticeBase {
  noticeNumber: string;
  caseNumber: string;
  issuedOn: IsoDate;
  applicant: { name: string };
  item: { name: string };
  agency: {
    name: string;
    /** The department seal whose image the renderer places (stored in the file store). */
    sealRef: string;
    phone: string;
  };
  /** Public tracking page the QR code points to. */
  trackingUrl?: string;
}

/** 2026年9月24日 */
export function chineseDate(date: IsoDate): string {
  toEpochDay(date);
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

type Elements = Partial<Record<NoticeElement, readonly string[]>>;

export class Builder {
  readonly paragraphs: { n: number; text: string }[] = [];
  readonly elements: Elements = {};
  table: NoticeTable | null = null;
  constructor(readonly kind: NoticeKind, readonly base: NoticeBase) {
    this.el('number', base.noticeNumber).el('caseNumber', base.caseNumber).el('applicant', base.applicant.name).el('item', base.item.name);
  }
  el(key: NoticeElement, ...values: string[]): this {
    this.elements[key] = [...(this.elements[key] ?? []), ...values];
    return this;
  }
  p(text: string): this {
    this.paragraphs.push({ n: this.paragraphs.length + 1, text });
    return this;
  }
  agencySignature(): NoticeSignature {
    const date = chineseDate(this.base.issuedOn);
    this.el('agency', this.base.agency.name).el('seal', '（盖章）').el('date', date);
    return { by: 'agency', lines: [`${this.base.agency.name}（盖章）`, date], sealRef: this.base.agency.sealRef };
  }
  applicantSignature(): NoticeSignature {
    const date = chineseDate(this.base.issuedOn);
    this.el('applicantSignature', '申请人（签字）：').el('date', date);
    return { by: 'applicant', lines: ['申请人（签字）：', `日期：${date}`], sealRef: null };
  }
  done(salutation: string, signatures: NoticeSignature[]): NoticeDocument {
    return {
      kind: this.kind,
      title: noticeKindInfo[this.kind].title,
      number: this.base.noticeNumber,
      caseNumber: this.base.caseNumber,
      salutation,
      paragraphs: this.paragraphs,
      table: this.table,
      signatures,
      trackingUrl: this.base.trackingUrl ?? null,
      elements: this.elements,
    };
  }
}

export const phoneLine = (b: Builder) => {
  b.el('contactPhone', b.base.agency.phone);
  return `联系电话：${b.base.agency.phone}。`;
};


/** The bodies an adverse decision names: the review body (行政复议机关) and the court. */
export interface RightsBodies {
  reviewBody: string;
  court: string;
}

/** Both rights with their time windows, recorded as elements; the caller places the sentence. */
export function rights(b: Builder, i: RightsBodies): { review: string; suit: string; sentence: string } {
  const review = `自收到本决定书之日起六十日内向${i.reviewBody}申请行政复议`;
  const suit = `自收到本决定书之日起六个月内向${i.court}提起行政诉讼`;
  b.el('reviewRight', review).el('litigationRight', suit);
  return { review, suit, sentence: `如不服本决定，可以${review}，或者${suit}。` };
}
