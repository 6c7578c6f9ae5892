import { can } from '../../../../domain/access/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import { hallTime, nextState, type QueueActor, type TicketAction, type TicketState } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { assertWindowInScope, findWindowAtPost, type Who, type WindowAtPost } from '../../org/index.ts';
import type { SettingsRow } from '../setup/category.queries.ts';
import { auditQueue, publishQueueEvent } from '../live/events.ts';
import { hallSettings } from '../setup/settings.cache.ts';
import { lockSession, updateWithEvent, type SessionRow, type TicketRow } from '../tickets/ticket.queries.ts';
import type { Presser } from '../hot-path/window-step.queries.ts';

/** Who takes a step on a ticket, where, and when. */
export interface Step {
  who: Who;
  /** 'manager' for the duty head covering any window of their center; 'window' for the clerk at it. */
  as: QueueActor;
  windowId: string | null;
  now: Date;
}

/** Everything a window action needs, with the window's session row locked for the transaction. */
export interface AtWindow extends Step {
  windowId: string;
  window: WindowAtPost;
  /** Locked for calls and pauses; null for steps on the ticket at the window, whose own row lock suffices. */
  session: SessionRow | null;
  settings: SettingsRow;
  serviceDate: string;
}

/**
 * The clerk may act only at the window where they hold the post that serves now (A, or B
 * while A is away); the duty head (queue.manage) at any window of their centers. Scope is
 * checked first, so a clerk of another center learns nothing about this one.
 */
export async function windowAccess(db: Db, who: Who, windowId: string): Promise<{ window: WindowAtPost; as: QueueActor }> {
  const window = await findWindowAtPost(db, windowId);
  return { window: checkWindowAccess(who, windowId, window), as: actingAs(who, window!) };
}

/** The access rule on a window already read: refuses with the first failing check, in this order. */
export function checkWindowAccess(who: Who, windowId: string, window: WindowAtPost | undefined): WindowAtPost {
  if (!window) throw new DomainError('NOT_FOUND', { object: 'window', id: windowId });
  assertWindowInScope(who.actor, window);
  if (window.servingStaffId !== who.actor.staffId && !can(who.actor.roles, 'queue.manage'))
    throw new DomainError('QUEUE_NOT_AT_WINDOW', { windowId, servingPost: window.servingPost });
  return window;
}

const actingAs = (who: Who, window: WindowAtPost): QueueActor => (window.servingStaffId === who.actor.staffId ? 'window' : 'manager');

/**
 * The same rule for the hot path, where one statement read the window and decided whether
 * to act (`allowedAs`): the same refusals, and a guard that the SQL and this rule agree.
 */
export function checkWindowRead(who: Who, windowId: string, window: WindowAtPost | undefined, allowedAs: QueueActor | null): QueueActor {
  const checked = checkWindowAccess(who, windowId, window);
  if (!checked.active) throw new DomainError('INACTIVE_REFERENCE', { windowId });
  const as = actingAs(who, checked);
  if (allowedAs !== as) throw new Error(`window access: SQL allowed ${allowedAs ?? 'nothing'}, the rule ${as}`);
  return as;
}

/** The presser as the hot-path statements take it. */
export function presserOf(who: Who): Presser {
  return {
    staffId: who.actor.staffId,
    name: who.actor.name,
    roles: who.actor.roles.join(','),
    centerPath: who.actor.centerPath,
    manager: can(who.actor.roles, 'queue.manage'),
    ip: who.ip,
  };
}

/**
 * Access checked and settings read; with `lock`, the window's session row is locked until
 * the transaction ends, so calls of one window run one at a time (a double click cannot
 * call two visitors to one counter).
 */
export async function enterWindow(tx: Db, who: Who, windowId: string, now: Date, lock: boolean): Promise<AtWindow> {
  const { window, as } = await windowAccess(tx, who, windowId);
  if (!window.active) throw new DomainError('INACTIVE_REFERENCE', { windowId });
  const session = lock ? await lockSession(tx, window.id, window.centerId, as === 'window' ? who.actor.staffId : null) : null;
  const settings = await hallSettings(tx, window.centerId, now.getTime());
  return { who, window, windowId: window.id, as, session, settings, serviceDate: hallTime(now).serviceDate, now };
}

export interface Change {
  set?: Parameters<typeof updateWithEvent>[2];
  reason?: string | null;
  detail?: unknown;
}

/**
 * One step of the ticket's life: checked against the transition table, then the row, the
 * history event (one statement), and the audit row, all in the caller's transaction; the
 * notification leaves after the commit.
 */
export async function applyAction(tx: Db, w: Step, t: TicketRow, action: TicketAction, change: Change = {}): Promise<TicketRow> {
  const to = nextState(t.state as TicketState, action, w.as);
  if (!to) throw new DomainError('QUEUE_TRANSITION', { number: t.number, state: t.state, action });
  const event = {
    ticketId: t.id,
    centerId: t.centerId,
    at: w.now,
    action,
    fromState: t.state,
    toState: to,
    windowId: w.windowId,
    staffId: w.who.actor.staffId,
    reason: change.reason ?? null,
    detail: change.detail ?? null,
  };
  const row = await updateWithEvent(tx, t.id, { ...change.set, state: to, updatedAt: w.now }, event);
  await publishQueueEvent(tx, { centerId: t.centerId, ticketId: t.id, windowId: w.windowId, action });
  await auditQueue(tx, w.who, `queue.ticket.${action}`, 'ticket', t.id, t.centerId, {
    number: t.number,
    windowId: w.windowId,
    from: t.state,
    to,
    ...(change.detail ? { detail: change.detail } : {}),
  });
  return row;
}
