import { can } from '../../../../domain/access/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import { nextState, type TicketState } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { assertCenterInScope, findWindowAtPost, type Who } from '../../org/index.ts';
import { findCategory, windowCategoryIds } from '../setup/category.queries.ts';
import type { TransferInput } from '../queue.types.ts';
import { findTicket, ticketAtWindow, type TicketRow } from '../tickets/ticket.queries.ts';
import { staffTicket } from '../tickets/ticket.view.ts';
import { applyAction, enterWindow, type Step } from './window.access.ts';

// 转办: the visitor goes to another category's queue or to one window, keeping the number
// and the place it earned by arrival time (the ticket's created_at does not change).

async function transferStep(tx: Db, step: Step, t: TicketRow, input: TransferInput) {
  const category = input.categoryId ? await findCategory(tx, input.categoryId) : await findCategory(tx, t.queueCategoryId);
  if (!category || category.centerId !== t.centerId) throw new DomainError('NOT_FOUND', { object: 'ticketCategory', id: input.categoryId });
  if (!category.active) throw new DomainError('QUEUE_CATEGORY_UNAVAILABLE', { categoryId: category.id });
  if (input.windowId) {
    const target = await findWindowAtPost(tx, input.windowId);
    if (!target || target.centerId !== t.centerId) throw new DomainError('NOT_FOUND', { object: 'window', id: input.windowId });
    if (!target.active) throw new DomainError('INACTIVE_REFERENCE', { windowId: target.id });
    // Sent to a window that never calls the category, the ticket would wait forever.
    if (!(await windowCategoryIds(tx, target.id)).includes(category.id))
      throw new DomainError('QUEUE_WINDOW_NOT_SERVING_CATEGORY', { windowId: target.id, categoryId: category.id });
  }
  const detail = { fromCategoryId: t.queueCategoryId, toCategoryId: category.id, toWindowId: input.windowId ?? null };
  const set = { queueCategoryId: category.id, targetWindowId: input.windowId ?? null, windowId: null, calledCount: 0 };
  return staffTicket(await applyAction(tx, step, t, 'transfer', { set, reason: input.reason ?? null, detail }));
}

/** The window sends on the ticket it called or serves. */
export function transferFromWindow(db: Db, who: Who, windowId: string, input: TransferInput, now = new Date()) {
  return db.transaction(async (tx) => {
    const w = await enterWindow(tx, who, windowId, now, false);
    const t = await ticketAtWindow(tx, w.window.id);
    if (!t) throw new DomainError('QUEUE_WINDOW_IDLE', { windowId });
    return { ticket: await transferStep(tx, w, t, input) };
  });
}

/** The duty head moves a waiting ticket (a visitor who took the wrong category at the kiosk). */
export function transferWaiting(db: Db, who: Who, ticketId: string, input: TransferInput, now = new Date()) {
  return db.transaction(async (tx) => {
    const t = await findTicket(tx, ticketId, true);
    if (!t) throw new DomainError('NOT_FOUND', { object: 'ticket', id: ticketId });
    await assertCenterInScope(tx, who.actor, t.centerId);
    if (!can(who.actor.roles, 'queue.manage')) throw new DomainError('FORBIDDEN', { permission: 'queue.manage' });
    // Called and serving tickets belong to their window: it transfers them itself.
    if (!nextState(t.state as TicketState, 'transfer', 'manager') || t.state === 'called' || t.state === 'serving') {
      throw new DomainError('QUEUE_TRANSITION', { number: t.number, state: t.state, action: 'transfer' });
    }
    return { ticket: await transferStep(tx, { who, as: 'manager', windowId: null, now }, t, input) };
  });
}
