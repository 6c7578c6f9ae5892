// Issuing a notice inside the case's transaction: the next number of its (kind, department,
// year) counter (drawn by the write path with its other counters, last), the document built
// by the domain, stored as issued. A reprint reads the
// stored document, never the case again, so it is identical whatever changed since.
import {
  buildNotice,
  noticeKindInfo,
  noticeNumberTemplate,
  noticeSerialScope,
  type NumberTemplate,
  type NoticeInput,
  type NoticeKind,
} from '../../../../domain/case/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import { newId } from '../../../platform/ids.ts';
import type { CaseRow } from '../case.queries.ts';
import type { Place } from '../case.pinned.ts';

export type Specific<K extends NoticeKind> = Omit<Extract<NoticeInput, { kind: K }>, 'kind' | 'noticeNumber' | 'caseNumber' | 'issuedOn' | 'applicant' | 'item' | 'agency' | 'trackingUrl'>;

/** A notice an action will issue: numbered last in the transaction (see actOnCase). */
export type PendingNotice = { [K in NoticeKind]: { kind: K; specific: Specific<K> } }[NoticeKind];

export interface IssueContext {
  caseRow: CaseRow;
  place: Place;
  today: string;
  now: Date;
  publicUrl: string;
}

export function trackingUrlOf(publicUrl: string, caseNumber: string): string {
  return `${publicUrl.replace(/\/$/, '')}/portal/track?number=${encodeURIComponent(caseNumber)}`;
}

export function sealRefOf(departmentId: string): string {
  return `department:${departmentId}`;
}

/** The counter a notice of `kind` draws from: per kind, department (its 机关代字) and year. */
export function noticeScopeOf(kind: NoticeKind, ctx: IssueContext): string {
  return `notice|${noticeSerialScope({ kind, department: ctx.place.department.abbreviation, year: Number(ctx.today.slice(0, 4)) })}`;
}

/** What a notice of `kind` draws (see drawAndCommit): its counter and its number's template. */
export function noticeDrawOf(kind: NoticeKind, ctx: IssueContext): { scope: string; template: NumberTemplate } {
  const template = noticeNumberTemplate({ kind, department: ctx.place.department.abbreviation, year: Number(ctx.today.slice(0, 4)) });
  if (!template.ok) throw new DomainError('CASE_NUMBER_INVALID', { kind, reason: template.reason });
  return { scope: noticeScopeOf(kind, ctx), template: template.value };
}

/**
 * The notice numbered `number`: the document built by the domain, and the row to store as
 * issued. The write path passes a stand-in (numberToken) that the statement drawing the
 * serial replaces in every row it writes (decision 0047).
 */
export function numberedNotice<K extends NoticeKind>(kind: K, ctx: IssueContext, specific: Specific<K>, number: string) {
  const { caseRow, place } = ctx;
  const year = Number(ctx.today.slice(0, 4));
  const dept = place.department.abbreviation;
  const input = {
    ...specific,
    kind,
    noticeNumber: number,
    caseNumber: caseRow.number,
    issuedOn: ctx.today,
    applicant: { name: caseRow.applicantName },
    item: { name: caseRow.itemName },
    agency: { name: place.department.name, sealRef: sealRefOf(place.department.id), phone: place.center.phone ?? '' },
    trackingUrl: trackingUrlOf(ctx.publicUrl, caseRow.number),
  } as unknown as NoticeInput;
  const document = buildNotice(input);
  const row = { id: newId(ctx.now.getTime()), caseId: caseRow.id, kind, number, department: dept, year, document, issuedAt: ctx.now };
  return { row, issued: { id: row.id, kind, title: noticeKindInfo[kind].title, number: row.number, issuedAt: ctx.now } };
}
