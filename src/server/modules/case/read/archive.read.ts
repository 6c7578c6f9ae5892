// What the archive (issue #18) reads of a case, through the case module's index: the ended
// cases of a center waiting for their batch, and one case's whole file unmasked (the archive
// is the official record; who may read it is the archive module's permission and scope).
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.ts';
import type { Logger } from 'pino';
import { findCenter, findDepartment } from '../../org/index.ts';
import { pdfFont, renderPdf } from '../../guide-pdf/index.ts';
import { loadPinned } from '../case.pinned.ts';
import { findCase, materialLines, noticesOf, type NoticeRow } from '../case.queries.ts';
import { caseRecords } from '../case.schema.ts';
import { noticeDefinition } from '../notices/notice-pdf.ts';
import { tasksOfCase } from '../tasks/task.queries.ts';
import { actionsOf, applicantById, applicationById } from './read.queries.ts';

/** The states the states table archives from (its `archive` rows). */
const endedStates = ['concluded', 'not_accepted', 'withdrawn', 'revoked', 'stopped'] as const;

/** When a case ended: its 办结 (or the ending's) time, else its decision, else its intake. */
const endedAt = sql<Date>`coalesce(${caseRecords.concludedAt}, ${caseRecords.decidedAt}, ${caseRecords.receivedAt})`;

/**
 * Ended, unarchived cases of this center (not those below it: each center hands in its own
 * batch) that ended before `before`, oldest first. Cases whose commitment still awaits its
 * verification are left for a later batch (the states table refuses to archive them).
 */
export function casesToArchive(db: Db, centerId: string, before: Date, limit = 5000) {
  return db
    .select({ id: caseRecords.id, number: caseRecords.number, state: caseRecords.state, endedAt })
    .from(caseRecords)
    .where(and(eq(caseRecords.centerId, centerId), inArray(caseRecords.state, [...endedStates]), eq(caseRecords.commitmentPending, false), lt(endedAt, before)))
    .orderBy(asc(endedAt), asc(caseRecords.number))
    .limit(limit);
}

/** Centers that have cases to archive before `before` (the monthly job's list of batches to build). */
export async function centersWithCasesToArchive(db: Db, before: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ centerId: caseRecords.centerId })
    .from(caseRecords)
    .where(and(inArray(caseRecords.state, [...endedStates]), eq(caseRecords.commitmentPending, false), lt(endedAt, before)));
  return rows.map((r) => r.centerId);
}

/** Everything of one case the archive package holds. */
export async function caseFileForArchive(db: Db, caseId: string) {
  const row = await findCase(db, caseId);
  if (!row) return undefined;
  const [pinned, applicant, application, materials, notices, actions, tasks, center, department] = await Promise.all([
    loadPinned(db, row.versionId, row.situationAnswers),
    applicantById(db, row.applicantId),
    applicationById(db, row.applicationId),
    materialLines(db, caseId),
    noticesOf(db, caseId),
    actionsOf(db, caseId),
    tasksOfCase(db, caseId),
    findCenter(db, row.centerId),
    row.departmentId ? findDepartment(db, row.departmentId) : Promise.resolve(undefined),
  ]);
  const v = pinned.version;
  return {
    case: row,
    applicant: { name: row.applicantName, idType: row.applicantIdType, idNumber: row.applicantIdNumber, phone: row.applicantPhone, legalRepresentative: applicant?.legalRepresentative ?? '' },
    agent: application?.agent ?? null,
    center: { id: row.centerId, code: center?.code ?? '', name: center?.name ?? '', regionCode: center?.regionCode ?? '' },
    department: { name: row.departmentName, uscc: department?.uscc ?? '' },
    item: { implementationCode: v.implementationCode ?? '', retentionPeriod: v.retentionPeriod, resultName: v.resultName, charged: v.fee.charged, express: v.express },
    materials: materials.map((m) => ({ materialId: m.materialId, seq: m.seq, name: m.name, status: m.status, originals: m.originals, copies: m.copies, scans: m.scans, updatedAt: m.updatedAt })),
    notices,
    actions: actions.map((a) => ({ seq: a.seq, action: a.action, fromState: a.fromState, toState: a.toState, actorName: a.actorName, actorRole: a.actorRole, note: a.note, input: a.input, at: a.at })),
    tasks: tasks.map((t) => ({ id: t.id, stepIndex: t.stepIndex, stepName: t.stepName, status: t.status, assigneeName: t.assigneeName, opinion: t.opinion, returnReason: t.returnReason, openedAt: t.openedAt, closedAt: t.closedAt, attachments: t.attachments })),
  };
}
export type CaseFileForArchive = NonNullable<Awaited<ReturnType<typeof caseFileForArchive>>>;

/** A notice as issued, rendered again from its stored document (a reprint is the same document). */
export async function noticePdfOf(notice: NoticeRow, fontSetting: string | undefined, log: Logger): Promise<Buffer> {
  return renderPdf(pdfFont(fontSetting, log), await noticeDefinition({ doc: notice.document, issuedAt: notice.issuedAt }));
}
