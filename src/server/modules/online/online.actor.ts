// Who acts on an online application: the owning citizen account or a staff member of the
// reviewing center's scope. A citizen never learns that another account's application exists
// (404); a clerk outside the center's scope is refused (403), and never sees a draft.
import { DomainError } from '../../../domain/errors/index.ts';
import { maskMobile } from '../../../domain/identifiers/index.ts';
import type { OnlineActor } from '../../../domain/online/index.ts';
import { auditBy, recordAudit } from '../../platform/audit/audit.ts';
import type { Actor, Citizen } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import type { ApplicationRow } from './online.queries.ts';

export type OnlineBy = { citizen: Citizen; ip: string } | { actor: Actor; ip: string };

export function actorsOf(by: OnlineBy): OnlineActor[] {
  if ('citizen' in by) return ['applicant'];
  return by.actor.roles.includes('window_clerk') ? ['window_clerk'] : [];
}

/** The row if `by` may reach it; else 404 (another account's, a deleted draft, a draft for staff) or 403 (outside the scope). */
export function assertReach(by: OnlineBy, row: ApplicationRow | undefined, id: string): ApplicationRow {
  if (!row) throw new DomainError('NOT_FOUND', { object: 'onlineApplication', id });
  if ('citizen' in by) {
    if (row.accountId !== by.citizen.accountId) throw new DomainError('NOT_FOUND', { object: 'onlineApplication', id });
    return row;
  }
  if (!row.submittedAt) throw new DomainError('NOT_FOUND', { object: 'onlineApplication', id });
  if (!row.centerPath.startsWith(by.actor.centerPath)) throw new DomainError('OUT_OF_SCOPE');
  return row;
}

export function eventActor(by: OnlineBy) {
  return 'citizen' in by
    ? { actorKind: 'applicant' as const, actorId: by.citizen.accountId, actorName: `申请人 ${maskMobile(by.citizen.mobile)}` }
    : { actorKind: 'staff' as const, actorId: by.actor.staffId, actorName: by.actor.name };
}

export function auditOnline(
  tx: Db,
  by: OnlineBy,
  entry: { centerId: string; action: string; objectId: string; summary?: unknown; result?: 'ok' | 'failed' },
) {
  const e = {
    centerId: entry.centerId,
    action: entry.action,
    objectType: 'online_application',
    objectId: entry.objectId,
    summary: entry.summary ?? null,
    ...(entry.result ? { result: entry.result } : {}),
  };
  if ('citizen' in by)
    return recordAudit(tx, {
      ...e,
      actorId: by.citizen.accountId,
      actorName: `公众 ${maskMobile(by.citizen.mobile)}`,
      actorRole: 'citizen',
      ip: by.ip,
    });
  return auditBy(tx, by, e);
}
