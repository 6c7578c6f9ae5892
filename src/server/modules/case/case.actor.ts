// Who acts on a case: a staff member (roles and center scope from the session) or a timed job.
import { DomainError } from '../../../domain/errors/index.ts';
import type { CaseActor } from '../../../domain/case/index.ts';
import { auditBy, auditInsertBy } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';

export type CaseBy = { actor: Actor; ip: string } | { system: string };

export function rolesOf(by: CaseBy): CaseActor[] {
  return 'system' in by ? ['system'] : by.actor.roles;
}

export function actorColumns(by: CaseBy) {
  return 'system' in by
    ? { actorId: null, actorName: by.system, actorRole: 'system' }
    : { actorId: by.actor.staffId, actorName: by.actor.name, actorRole: by.actor.roles.join(',') };
}

/** A staff member sees and acts on cases of their center and every center below it. */
export function assertCaseInScope(by: CaseBy, centerPath: string): void {
  if ('system' in by) return;
  if (!centerPath.startsWith(by.actor.centerPath)) throw new DomainError('OUT_OF_SCOPE');
}

export function auditCase(tx: Db, by: CaseBy, entry: { centerId: string; action: string; objectId: string; summary: unknown; objectType?: string }) {
  const who = 'system' in by ? { systemLabel: by.system } : by;
  return auditBy(tx, who, { centerId: entry.centerId, action: entry.action, objectType: entry.objectType ?? 'case', objectId: entry.objectId, summary: entry.summary });
}

/** The audit rows of auditCase as an INSERT not yet sent, for the write path's last statement. */
export function auditCaseInsert(tx: Db, by: CaseBy, entries: readonly { centerId: string; action: string; objectId: string; summary: unknown; objectType?: string }[]) {
  const who = 'system' in by ? { systemLabel: by.system } : by;
  return auditInsertBy(tx, who, entries.map((e) => ({ centerId: e.centerId, action: e.action, objectType: e.objectType ?? 'case', objectId: e.objectId, summary: e.summary })));
}
