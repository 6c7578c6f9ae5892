// A case's result as other modules need it (the e-certificate, issue #18): who, what was
// decided and the certificate record decide.approve kept. Read-only; `lock` takes the case
// row's lock inside the caller's transaction, so a result is issued against a state that
// cannot change under it (e.g. a 撤销 in flight).
import type { Db } from '../../../platform/db/types.ts';
import { findCase, lockCase, type CaseRow } from '../case.queries.ts';

export type CaseResult = Pick<
  CaseRow,
  'id' | 'number' | 'centerId' | 'centerPath' | 'departmentId' | 'departmentName' | 'itemName' | 'state' | 'decision' | 'certificate' | 'applicantName' | 'applicantIdType' | 'applicantIdNumber'
>;

export async function caseResultOf(db: Db, caseId: string, opts: { lock?: boolean } = {}): Promise<CaseResult | undefined> {
  const row = opts.lock ? await lockCase(db, caseId) : await findCase(db, caseId);
  if (!row) return undefined;
  const { id, number, centerId, centerPath, departmentId, departmentName, itemName, state, decision, certificate, applicantName, applicantIdType, applicantIdNumber } = row;
  return { id, number, centerId, centerPath, departmentId, departmentName, itemName, state, decision, certificate, applicantName, applicantIdType, applicantIdNumber };
}
