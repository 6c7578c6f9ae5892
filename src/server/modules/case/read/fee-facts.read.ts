// What the fee module (issue #18) reads of a case through the case's index: the projection's
// few columns a payment notice prints, the pinned version, and who accepted the case (收缴分离:
// that clerk never confirms its payment).
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.ts';
import { caseActions, caseRecords } from '../case.schema.ts';

/** The actions by which a clerk takes a case in at the window (the acceptance of 收缴分离). */
const acceptingActions = ['intake.accept', 'intake.accept_with_waiver', 'intake.commitment_approve', 'decide_on_spot'] as const;

export interface CaseForFee {
  id: string;
  number: string;
  centerId: string;
  centerPath: string;
  departmentId: string | null;
  departmentName: string;
  versionId: string;
  itemName: string;
  applicantName: string;
  state: string;
  feeDue: boolean;
}

export async function caseForFee(db: Db, caseId: string): Promise<CaseForFee | undefined> {
  const [row] = await db
    .select({
      id: caseRecords.id,
      number: caseRecords.number,
      centerId: caseRecords.centerId,
      centerPath: caseRecords.centerPath,
      departmentId: caseRecords.departmentId,
      departmentName: caseRecords.departmentName,
      versionId: caseRecords.versionId,
      itemName: caseRecords.itemName,
      applicantName: caseRecords.applicantName,
      state: caseRecords.state,
      feeDue: caseRecords.feeDue,
    })
    .from(caseRecords)
    .where(eq(caseRecords.id, caseId))
    .limit(1);
  return row;
}

/** The staff id of the clerk who accepted the case at the window (undefined before acceptance). */
export async function acceptedByOf(db: Db, caseId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ actorId: caseActions.actorId })
    .from(caseActions)
    .where(and(eq(caseActions.caseId, caseId), inArray(caseActions.action, [...acceptingActions]), isNotNull(caseActions.actorId)))
    .orderBy(asc(caseActions.seq))
    .limit(1);
  return row?.actorId ?? undefined;
}
