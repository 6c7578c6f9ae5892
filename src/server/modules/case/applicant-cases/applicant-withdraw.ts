// 我的办件 (issue #19, decision 0045): the applicant withdraws an application not yet decided.
// Whose case it is is checked here; the rest is the case's one write path (actOnCase
// 'withdraw' by the states table's 'applicant'): the lock, the table, the 撤回申请确认书, the
// history, the audit and the SMS; the open back-office step closes with it and the case's event
// tells the window's live screens after commit.
import type { Db } from '../../../platform/db/types.ts';
import type { CaseBy } from '../case.actor.ts';
import { actOnCase, type WriteOptions } from '../case.write.ts';
import { applicantCase, type ApplicantIdentity } from './applicant-cases.read.ts';

/** Who acts online: the account and the name the history shows. */
export interface ApplicantActor {
  accountId: string;
  name: string;
  ip: string;
}

export function applicantBy(a: ApplicantActor): CaseBy {
  return { system: `申请人 ${a.name}（网上办事大厅）`, applicant: { accountId: a.accountId, ip: a.ip } };
}

export async function withdrawByApplicant(db: Db, ids: readonly ApplicantIdentity[], who: ApplicantActor, caseId: string, input: { reason: string; idempotencyKey: string }, opts: WriteOptions) {
  await applicantCase(db, ids, caseId);
  return actOnCase(db, applicantBy(who), caseId, 'withdraw', { ending: { reason: input.reason }, note: input.reason }, `applicant-withdraw:${input.idempotencyKey}`, opts);
}
