// 我的办件 (issue #19, decision 0045): the cases whose applicant is one of the identities a
// signed-in citizen may follow (the portal asks the citizen module for them). A case of anyone
// else is answered exactly like a case that does not exist (404 CASE_NOT_FOUND): a guessed id
// tells nothing. The history is the applicant's: plain words, no staff notes, no internal steps.
import { and, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { applicantMayChooseDelivery, applicantMayWithdraw, applicantOwes, applicantStateLabels, applicantTimelineLabels, noticeKindInfo, type DeliveryMethod } from '../../../../domain/case/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { loadPinned } from '../case.pinned.ts';
import { findCase, noticesOf, type CaseRow } from '../case.queries.ts';
import { caseRecords } from '../case.schema.ts';
import { applicationOf, findDelivery } from '../delivery/delivery.queries.ts';
import { actionsOf } from '../read/read.queries.ts';

/** An identity whose cases a citizen may follow (a resident ID or a USCC). */
export interface ApplicantIdentity {
  idType: string;
  idNumber: string;
  /** Only these cases of the identity (an enterprise's handler, an agent: what the account applied for itself). */
  onlyCaseIds?: readonly string[];
}

function ofIdentities(ids: readonly ApplicantIdentity[]): SQL | undefined {
  return or(
    ...ids.map((i) =>
      and(eq(caseRecords.applicantIdType, i.idType), eq(caseRecords.applicantIdNumber, i.idNumber.toUpperCase()), i.onlyCaseIds ? (i.onlyCaseIds.length ? inArray(caseRecords.id, [...i.onlyCaseIds]) : sql`false`) : undefined),
    ),
  );
}

const isMine = (row: Pick<CaseRow, 'id' | 'applicantIdType' | 'applicantIdNumber' | 'state'>, ids: readonly ApplicantIdentity[]) =>
  row.state !== 'draft' && ids.some((i) => i.idType === row.applicantIdType && i.idNumber.toUpperCase() === row.applicantIdNumber && (!i.onlyCaseIds || i.onlyCaseIds.includes(row.id)));

function summaryOf(r: CaseRow) {
  return {
    id: r.id,
    number: r.number,
    itemName: r.itemName,
    departmentName: r.departmentName,
    state: r.state,
    stateLabel: applicantStateLabels[r.state],
    receivedAt: r.receivedAt,
    acceptedAt: r.acceptedAt,
    decidedAt: r.decidedAt,
    concludedAt: r.concludedAt,
    promisedDue: r.promisedDue,
    legalDue: r.legalDue,
    warningLevel: r.warningLevel ?? null,
    owes: applicantOwes(r),
  };
}
export type ApplicantCaseSummary = ReturnType<typeof summaryOf>;

/** The applicants' cases, newest first (drafts are the online hall's own list). */
export async function casesOfApplicants(db: Db, ids: readonly ApplicantIdentity[], limit = 200): Promise<ApplicantCaseSummary[]> {
  if (!ids.length) return [];
  const rows = await db
    .select()
    .from(caseRecords)
    .where(and(ofIdentities(ids), ne(caseRecords.state, 'draft')))
    .orderBy(desc(caseRecords.receivedAt), desc(caseRecords.number))
    .limit(limit);
  return rows.map(summaryOf);
}

/** The case when it is one of the applicants'; otherwise 404 as for an unknown id. */
export async function applicantCase(db: Db, ids: readonly ApplicantIdentity[], caseId: string): Promise<CaseRow> {
  const row = await findCase(db, caseId);
  if (!row || !isMine(row, ids)) throw new DomainError('CASE_NOT_FOUND', { id: caseId });
  return row;
}

/** Whether the item's result is a certificate (证照): then the electronic e-certificate may be chosen. */
async function issuesCertificate(db: Db, row: CaseRow): Promise<boolean> {
  const pinned = await loadPinned(db, row.versionId, row.situationAnswers);
  return !!pinned.version.resultName?.trim();
}

/** The delivery methods the applicant may choose for this case. */
export async function deliveryMethodsFor(db: Db, row: CaseRow): Promise<DeliveryMethod[]> {
  return (await issuesCertificate(db, row)) ? ['window', 'mail', 'electronic'] : ['window', 'mail'];
}

/** One of the applicants' cases as they see it: state, dates, history, notices, delivery. */
export async function applicantCaseView(db: Db, ids: readonly ApplicantIdentity[], caseId: string) {
  const row = await applicantCase(db, ids, caseId);
  const [actions, notices, delivery, application, methods] = await Promise.all([actionsOf(db, caseId), noticesOf(db, caseId), findDelivery(db, caseId), applicationOf(db, row.applicationId), deliveryMethodsFor(db, row)]);
  const choice = delivery?.choice ?? application.delivery;
  return {
    ...summaryOf(row),
    applicantName: row.applicantName,
    certificateDue: row.certificateDue,
    waiverDue: row.waiverPending ? row.waiverDue : null,
    timeline: actions.flatMap((a) => {
      const label = applicantTimelineLabels[a.action];
      return label ? [{ seq: a.seq, at: a.at, label, state: a.toState }] : [];
    }),
    notices: notices.map((n) => ({ id: n.id, kind: n.kind, title: noticeKindInfo[n.kind].title, number: n.number, issuedAt: n.issuedAt })),
    delivery: {
      choice: { method: choice?.method ?? 'window', address: choice?.address ?? null, recipient: choice?.recipient ?? null, phone: choice?.phone ?? null },
      status: delivery?.status ?? null,
      courier: delivery?.courier ?? null,
      waybill: delivery?.waybill ?? null,
      handedOutAt: delivery?.handedOutAt ?? null,
      canChange: applicantMayChooseDelivery(row.state, delivery?.status ?? null),
      methods,
    },
    canWithdraw: applicantMayWithdraw(row.state),
  };
}
export type ApplicantCaseView = Awaited<ReturnType<typeof applicantCaseView>>;
