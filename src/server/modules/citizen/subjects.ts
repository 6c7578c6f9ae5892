// Who a signed-in citizen may act for in the online hall (issue #19): themself once real-name
// bound; an enterprise they are staff of; a person or enterprise that gave them a mandate they
// accepted (decisions 0041, 0044). The online application asks here for the applicant of a
// case, and 我的办件 for the identities whose cases the account may see.
import { mandateRefusal, mandateState, seesAllCases } from '../../../domain/citizen/index.ts';
import type { ApplicantInput, AgentInput } from '../../../contract/case.ts';
import type { CitizenSubject } from '../../../contract/citizen.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { maskIdCard, maskName } from '../../../domain/identifiers/index.ts';
import type { Citizen } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { accountById, type CitizenAccountRow } from './citizen.queries.ts';
import { enterpriseById, mandateById, mandatesReceived, membership, membershipsOf, type EnterpriseRow } from './enterprise.queries.ts';
import { principalOf } from './mandate.service.ts';

/** What the portal sends: the account itself, one of its enterprises, or a mandate it holds. */
export type SubjectRef = { kind: 'self' } | { kind: 'enterprise'; enterpriseId: string } | { kind: 'mandate'; mandateId: string };

/** The applicant of the case and, when acting for another, the agent (the citizen). */
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
  /** The enterprise or mandate id (absent for self). */
  ref?: string;
  /**
   * True: only the cases this account itself applied for under this identity (an enterprise's
   * 经办人; an agent under a mandate). False or absent: every case of the identity.
   */
  ownOnly?: boolean;
}

/** Narrows what actingAs checks: the items applied for (a mandate's scope) and the clock. */
export interface ActingAsOptions {
  itemIds?: readonly string[];
  now?: Date;
}

type Verified = CitizenAccountRow & { idNumber: string; realName: string };

async function verifiedAccount(db: Db, citizen: Citizen): Promise<Verified> {
  const account = await accountById(db, citizen.accountId);
  if (!account?.verifiedAt || !account.idNumber || !account.realName) throw new DomainError('CITIZEN_NOT_VERIFIED');
  return account as Verified;
}

const isVerified = (a: CitizenAccountRow | null | undefined): a is Verified => Boolean(a?.verifiedAt && a.idNumber && a.realName);

const personApplicant = (a: Verified): ApplicantInput => ({ kind: 'person', idType: '111', idNumber: a.idNumber, name: a.realName, phone: a.mobile });
const enterpriseApplicant = (e: EnterpriseRow, phone: string): ApplicantInput => ({ kind: 'enterprise', idType: 'uscc', idNumber: e.uscc, name: e.name, legalRepresentative: e.legalRepName, phone });
const agentOf = (a: Verified, mandate: string): AgentInput => ({ idType: '111', idNumber: a.idNumber, name: a.realName, phone: a.mobile, mandate: mandate.slice(0, 500) });

/** The applicant (and agent) for a subject the citizen may act for; refused otherwise. */
export async function actingAs(db: Db, citizen: Citizen, subject: SubjectRef, opts: ActingAsOptions = {}): Promise<ActingAs> {
  const account = await verifiedAccount(db, citizen);
  if (subject.kind === 'self') return { applicant: personApplicant(account) };
  if (subject.kind === 'enterprise') {
    const enterprise = await enterpriseById(db, subject.enterpriseId);
    const mine = enterprise && (await membership(db, enterprise.id, account.id));
    if (!enterprise || !mine) throw new DomainError('CITIZEN_SUBJECT_NOT_ALLOWED');
    const applicant = enterpriseApplicant(enterprise, account.mobile);
    // The legal representative applies as the enterprise; any other staff member is its 经办人.
    if (account.idNumber === enterprise.legalRepIdNumber) return { applicant };
    return { applicant, agent: agentOf(account, `${enterprise.name}企业账号${mine.role === 'admin' ? '管理员' : '经办人'}（网上办事大厅）`) };
  }
  const row = await mandateById(db, subject.mandateId);
  if (!row || row.mandate.agentAccountId !== account.id) throw new DomainError('CITIZEN_SUBJECT_NOT_ALLOWED');
  const refusal = mandateRefusal(row.mandate, opts.now ?? new Date(), opts.itemIds);
  if (refusal) throw new DomainError(refusal);
  if (row.enterprise) return { applicant: enterpriseApplicant(row.enterprise, account.mobile), agent: agentOf(account, row.mandate.text) };
  if (!isVerified(row.principalAccount)) throw new DomainError('CITIZEN_SUBJECT_NOT_ALLOWED');
  return { applicant: personApplicant(row.principalAccount), agent: agentOf(account, row.mandate.text) };
}

/** Every identity whose cases the account may follow; none before real-name binding. */
export async function subjectIdentities(db: Db, citizen: Citizen, now = new Date()): Promise<SubjectIdentity[]> {
  const account = await accountById(db, citizen.accountId);
  if (!isVerified(account)) return [];
  const out: SubjectIdentity[] = [{ idType: '111', idNumber: account.idNumber, name: account.realName, kind: 'self' }];
  for (const m of await membershipsOf(db, account.id)) {
    out.push({ idType: 'uscc', idNumber: m.enterprise.uscc, name: m.enterprise.name, kind: 'enterprise', ref: m.enterprise.id, ownOnly: !seesAllCases(m.role) });
  }
  for (const r of await mandatesReceived(db, account.id)) {
    if (mandateState(r.mandate, now) !== 'active') continue;
    if (r.enterprise) out.push({ idType: 'uscc', idNumber: r.enterprise.uscc, name: r.enterprise.name, kind: 'mandate', ref: r.mandate.id, ownOnly: true });
    else if (isVerified(r.principalAccount)) out.push({ idType: '111', idNumber: r.principalAccount.idNumber, name: r.principalAccount.realName, kind: 'mandate', ref: r.mandate.id, ownOnly: true });
  }
  return out;
}

/** The subjects GET /portal/me lists, masked, for the apply screen to offer. */
export async function subjectsOf(db: Db, account: CitizenAccountRow, now = new Date()): Promise<CitizenSubject[]> {
  const out: CitizenSubject[] = [];
  if (isVerified(account)) out.push({ kind: 'self', ref: account.id, name: maskName(account.realName), idMasked: maskIdCard(account.idNumber) });
  for (const m of await membershipsOf(db, account.id)) out.push({ kind: 'enterprise', ref: m.enterprise.id, name: m.enterprise.name, idMasked: m.enterprise.uscc, role: m.role });
  for (const r of await mandatesReceived(db, account.id)) {
    if (mandateState(r.mandate, now) !== 'active') continue;
    const p = principalOf(r);
    out.push({ kind: 'mandate', ref: r.mandate.id, name: p.name, idMasked: p.idMasked, principalKind: p.kind, validUntil: r.mandate.validUntil, itemIds: r.mandate.itemIds ?? null });
  }
  return out;
}
