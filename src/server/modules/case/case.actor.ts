// Who acts on a case: a staff member (roles and center scope from the session), a timed job, or
// the applicant online (我的办件, issue #19): named like a job (`system` is the label the history
// shows), acting as the states table's 'applicant'; whose case it is was checked by the caller.
import type { SQL } from 'drizzle-orm';
import { DomainError } from '../../../domain/errors/index.ts';
import type { CaseActor } from '../../../domain/case/index.ts';
import { auditBy, auditInsertBy } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';

export type CaseBy = { actor: Actor; ip: string } | { system: string; applicant?: { accountId: string; ip: string } };

export function rolesOf(by: CaseBy): CaseActor[] {
  return 'system' in by ? [by.applicant ? 'applicant' : 'system'] : by.actor.roles;
}

export function actorColumns(by: CaseBy) {
  return 'system' in by
    ? { actorId: null, actorName: by.system, actorRole: by.applicant ? 'applicant' : 'system' }
    : { actorId: by.actor.staffId, actorName: by.actor.name, actorRole: by.actor.roles.join(',') };
}

/** The audit's who: the staff member, the job, or the applicant online (a visitor by their account). */
function auditWhoOf(by: CaseBy) {
  if (!('system' in by)) return by;
  return by.applicant ? { ip: by.applicant.ip, visitorLabel: by.system } : { systemLabel: by.system };
}

/** A staff member sees and acts on cases of their center and every center below it. */
export function assertCaseInScope(by: CaseBy, centerPath: string): void {
  if ('system' in by) return;
  if (!centerPath.startsWith(by.actor.centerPath)) throw new DomainError('OUT_OF_SCOPE');
}

export function auditCase(tx: Db, by: CaseBy, entry: { centerId: string; action: string; objectId: string; summary: unknown; objectType?: string }) {
  return auditBy(tx, auditWhoOf(by), { centerId: entry.centerId, action: entry.action, objectType: entry.objectType ?? 'case', objectId: entry.objectId, summary: entry.summary });
}

/** The audit rows of auditCase as an INSERT not yet sent, for the write path's last statement. */
/** `asJsonb`: drawAndCommit's stamp.jsonText when the summaries carry number stand-ins. */
export function auditCaseInsert(by: CaseBy, entries: readonly { centerId: string; action: string; objectId: string; summary: unknown; objectType?: string }[], asJsonb?: (text: string) => SQL) {
  return auditInsertBy(auditWhoOf(by), entries.map((e) => ({ centerId: e.centerId, action: e.action, objectType: e.objectType ?? 'case', objectId: e.objectId, summary: e.summary })), asJsonb);
}
