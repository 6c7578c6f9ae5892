// Issuing a notice inside the case's transaction: the next number of its (kind, department,
// year) counter, the document built by the domain, stored as issued. A reprint reads the
// stored document, never the case again, so it is identical whatever changed since.
import {
  buildNotice,
  formatNoticeNumber,
  noticeKindInfo,
  noticeSerialScope,
  type NoticeInput,
  type NoticeKind,
} from '../../../../domain/case/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { newId } from '../../../platform/ids.ts';
import { insertNotice, nextSerial, type CaseRow } from '../case.queries.ts';
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

export async function issueNotice<K extends NoticeKind>(tx: Db, kind: K, ctx: IssueContext, specific: Specific<K>) {
  const { caseRow, place } = ctx;
  const year = Number(ctx.today.slice(0, 4));
  const dept = place.department.abbreviation;
  const serial = await nextSerial(tx, `notice|${noticeSerialScope({ kind, department: dept, year })}`);
  const formatted = formatNoticeNumber({ kind, department: dept, year, serial });
  if (!formatted.ok) throw new DomainError('CASE_NUMBER_INVALID', { kind, reason: formatted.reason });
  const input = {
    ...specific,
    kind,
    noticeNumber: formatted.value,
    caseNumber: caseRow.number,
    issuedOn: ctx.today,
    applicant: { name: caseRow.applicantName },
    item: { name: caseRow.itemName },
    agency: { name: place.department.name, sealRef: sealRefOf(place.department.id), phone: place.center.phone ?? '' },
    trackingUrl: trackingUrlOf(ctx.publicUrl, caseRow.number),
  } as unknown as NoticeInput;
  const document = buildNotice(input);
  const row = { id: newId(ctx.now.getTime()), caseId: caseRow.id, kind, number: formatted.value, department: dept, year, document, issuedAt: ctx.now };
  await insertNotice(tx, row);
  return { id: row.id, kind, title: noticeKindInfo[kind].title, number: row.number, issuedAt: ctx.now };
}
