// THE one write path of an online application's status (decision 0043): every status change
// goes through actOnApplication. In one transaction: lock the row, check reach (owner or
// center scope), the state table and the version, run the action's effect (acceptance makes the
// case(s)), append the history, update the row, write the audit row and queue the message to
// the applicant in the outbox (sent after commit by the dispatcher).
import { DomainError } from '../../../domain/errors/index.ts';
import { nextOnlineStatus, type OnlineAction } from '../../../domain/online/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { enqueueNotification, type NotificationRequest } from '../notification/index.ts';
import { actorsOf, assertReach, auditOnline, eventActor, type OnlineBy } from './online.actor.ts';
import { onlineEffects } from './online.effects.ts';
import { appendEvent, findApplication, updateApplication, type ApplicationRow } from './online.queries.ts';
import type { OnlineActInput } from './online.effect-kit.ts';

export type { OnlineActInput } from './online.effect-kit.ts';

export async function actOnApplication(
  ctx: AppContext,
  by: OnlineBy,
  id: string,
  action: OnlineAction,
  input: OnlineActInput,
  now = new Date(),
) {
  return ctx.db.transaction(async (tx) => {
    const row = assertReach(by, await findApplication(tx, id, { lock: true }), id);
    const step = nextOnlineStatus(row.status, action, actorsOf(by), { correctionRounds: row.correctionRounds });
    if (!step.ok) {
      if (step.reason === 'once') throw new DomainError('ONLINE_CORRECTION_ONCE', { id });
      if (step.reason === 'role') throw new DomainError('FORBIDDEN');
      throw new DomainError('ONLINE_ACTION_NOT_ALLOWED', { status: row.status, action });
    }
    if (input.version !== undefined && input.version !== row.version)
      throw new DomainError('ONLINE_STALE_VERSION', { current: row.version });
    const effect = await onlineEffects[action]({ tx, ctx, by, row, input, now });
    const next = { ...effect.set, status: step.status, version: row.version + 1, updatedAt: now };
    await appendEvent(tx, {
      applicationId: id,
      action,
      fromStatus: row.status,
      toStatus: step.status,
      ...eventActor(by),
      detail: effect.detail ?? null,
      at: now,
    });
    await updateApplication(tx, id, next);
    await auditOnline(tx, by, { centerId: row.centerId, action: `online.${action}`, objectId: id, summary: effect.detail });
    if (effect.notify) {
      const to = { mobile: row.applicant?.phone ?? null, inbox: `citizen:${row.accountId}` };
      await enqueueNotification(tx, { ...effect.notify, centerId: row.centerId, to, ref: `online:${id}` } as NotificationRequest, now);
    }
    return { row: { ...row, ...next } as ApplicationRow, result: effect.result };
  });
}
