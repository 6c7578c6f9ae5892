// Who a signed-in citizen may act for in the online hall (issue #19): themself once real-name
// bound; an enterprise they are staff of; a person or enterprise that gave them a mandate. The
// online application asks here for the applicant of a case, and 我的办件 for the identities whose
// cases the account may see. Only 'self' is known to this file; enterprises and mandates add
// their kinds here (decision 0041).
import type { ApplicantInput, AgentInput } from '../../../contract/case.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Citizen } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { accountById } from './citizen.queries.ts';

/** What the portal sends: the account itself, one of its enterprises, or a mandate it holds. */
export type SubjectRef = { kind: 'self' } | { kind: 'enterprise'; enterpriseId: string } | { kind: 'mandate'; mandateId: string };

/** The applicant of the case and, when acting under a mandate, the agent (the citizen). */
export interface ActingAs {
  applicant: ApplicantInput;
  agent?: AgentInput;
}

/** One identity whose cases the account may see in 我的办件: a resident ID or a USCC. */
export interface SubjectIdentity {
  idType: ApplicantInput['idType'];
  idNumber: string;
  name: string;
  kind: SubjectRef['kind'];
}

async function verifiedAccount(db: Db, citizen: Citizen) {
  const account = await accountById(db, citizen.accountId);
  if (!account?.verifiedAt || !account.idNumber || !account.realName) throw new DomainError('CITIZEN_NOT_VERIFIED');
  return account;
}

/** The applicant (and agent) for a subject the citizen may act for; refused otherwise. */
export async function actingAs(db: Db, citizen: Citizen, subject: SubjectRef): Promise<ActingAs> {
  const account = await verifiedAccount(db, citizen);
  if (subject.kind !== 'self') throw new DomainError('CITIZEN_SUBJECT_NOT_ALLOWED');
  return { applicant: { kind: 'person', idType: '111', idNumber: account.idNumber!, name: account.realName!, phone: account.mobile } };
}

/** Every identity whose cases the account may follow; none before real-name binding. */
export async function subjectIdentities(db: Db, citizen: Citizen): Promise<SubjectIdentity[]> {
  const account = await accountById(db, citizen.accountId);
  if (!account?.verifiedAt || !account.idNumber || !account.realName) return [];
  return [{ idType: '111', idNumber: account.idNumber, name: account.realName, kind: 'self' }];
}
