import { DomainError } from '../../../../domain/errors/index.ts';
import { eligible, hallTime, ledText, voiceText, type Priority, type TicketState } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import type { Who, WindowAtPost } from '../../org/index.ts';
import { windowCategoryIds, type SettingsRow } from '../setup/category.queries.ts';
import { textTheCall } from './call-sms.ts';
import { auditQueue, publishQueueEvent } from '../live/events.ts';
import { hallSettings } from '../setup/settings.cache.ts';
import { findTicket, setSessionStatus, ticketAtWindow, type TicketRow } from '../tickets/ticket.queries.ts';
import { staffTicket } from '../tickets/ticket.view.ts';
import { applyAction, checkWindowRead, enterWindow, presserOf, type AtWindow } from './window.access.ts';
import { countCall } from '../hot-path/janitor.ts';
import { callNextAtWindow, finishAndCallNextAtWindow, finishAtWindow } from '../hot-path/window-step.queries.ts';

// The window's buttons (SPEC §4): call next, call a chosen ticket, recall, no-show, start,
// finish, park, resume, pause, reopen. Each is one transaction with the window's session row
// locked; transfer lives in transfer.service.ts.

function callResult(window: WindowAtPost, settings: SettingsRow, t: TicketRow) {
  const fields = { ticketNumber: t.number, windowNumber: window.number };
  return {
    ticket: staffTicket(t),
    call: {
      windowId: window.id,
      windowNumber: window.number,
      voiceText: voiceText(fields, settings.voiceTemplate),
      ledText: ledText(fields, settings.ledTemplate),
    },
  };
}

const callSet = (w: AtWindow, t: TicketRow) => ({
  windowId: w.window.id,
  calledCount: t.calledCount + 1,
  firstCalledAt: t.firstCalledAt ?? w.now,
  lastCalledAt: w.now,
  calledBy: w.who.actor.staffId,
});

function assertOpen(w: AtWindow) {
  if (w.session?.status === 'paused') throw new DomainError('QUEUE_WINDOW_PAUSED', { reason: w.session.pauseReason });
}

async function assertFree(tx: Db, w: AtWindow) {
  assertOpen(w);
  const busy = await ticketAtWindow(tx, w.window.id);
  if (busy) throw new DomainError('QUEUE_WINDOW_BUSY', { number: busy.number, state: busy.state });
}

/** The ticket at the window (called or serving), locked; refused when the window is idle. */
async function current(tx: Db, w: AtWindow): Promise<TicketRow> {
  const t = await ticketAtWindow(tx, w.window.id);
  if (!t) throw new DomainError('QUEUE_WINDOW_IDLE', { windowId: w.window.id });
  return t;
}

/** Calls and pauses lock the window's session; steps on the ticket at the window lock that ticket instead. */
function atWindow<T>(
  db: Db,
  who: Who,
  windowId: string,
  now: Date,
  fn: (tx: Db, w: AtWindow) => Promise<T>,
  lockWindow = false,
): Promise<T> {
  return db.transaction(async (tx) => fn(tx, await enterWindow(tx, who, windowId, now, lockWindow)));
}

/** The hall's service date; hallTime formats through Intl, and the date can only change on a minute boundary. */
let dayOfMinute = { minute: Number.NaN, serviceDate: '' };
function serviceDateAt(now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== dayOfMinute.minute) dayOfMinute = { minute, serviceDate: hallTime(now).serviceDate };
  return dayOfMinute.serviceDate;
}

/**
 * 叫号: the first ticket by pickNext's rule; `{ticket: null}` when nobody waits for this window.
 * The hot path of the hall: one round trip (window-step.queries.ts).
 */
export async function callNext(db: Db, who: Who, windowId: string, now = new Date()) {
  const r = await callNextAtWindow(db, windowId, presserOf(who), serviceDateAt(now), now);
  checkWindowRead(who, windowId, r.window, r.allowedAs);
  const window = r.window!;
  if (r.session?.status === 'paused') throw new DomainError('QUEUE_WINDOW_PAUSED', { reason: r.session.pauseReason });
  if (r.busy) throw new DomainError('QUEUE_WINDOW_BUSY', { number: r.busy.number, state: r.busy.state });
  if (!r.found) return { ticket: null, call: null };
  if (!r.ticket) throw new DomainError('QUEUE_TRANSITION', { number: r.found.number, state: r.found.state, action: 'call' });
  await publishQueueEvent(db, { centerId: r.ticket.centerId, ticketId: r.ticket.id, windowId: window.id, action: 'call' });
  countCall(db);
  const result = callResult(window, await hallSettings(db, window.centerId, now.getTime()), r.ticket);
  // After the hot path's commit: the call stands whatever happens to the text.
  await textTheCall(db, r.ticket, result.call, now);
  return result;
}

/**
 * 办结并叫号: the 呼叫器's "next" key. Finishes the visitor at the window (if any, with the
 * cases taken in) and calls the next in one round trip, so a clerk presses once per visitor.
 * Refuses both on a paused window. `finished` is the ticket just done, or null.
 */
export async function finishAndCallNext(db: Db, who: Who, windowId: string, caseIds: readonly string[], now = new Date()) {
  const r = await finishAndCallNextAtWindow(db, windowId, presserOf(who), caseIds, serviceDateAt(now), now);
  checkWindowRead(who, windowId, r.window, r.allowedAs);
  const window = r.window!;
  if (r.session?.status === 'paused') throw new DomainError('QUEUE_WINDOW_PAUSED', { reason: r.session.pauseReason });
  if (r.busy) throw new DomainError('QUEUE_TRANSITION', { number: r.busy.number, state: r.busy.state, action: 'finish' });
  const finished = r.finished ? staffTicket(r.finished) : null;
  if (r.finished)
    await publishQueueEvent(db, { centerId: r.finished.centerId, ticketId: r.finished.id, windowId: window.id, action: 'finish' });
  if (!r.found) return { finished, ticket: null, call: null };
  // Unreachable with today's table (whoever may finish may call); the finish above stands, written whole.
  if (!r.ticket) throw new DomainError('QUEUE_TRANSITION', { number: r.found.number, state: r.found.state, action: 'call' });
  await publishQueueEvent(db, { centerId: r.ticket.centerId, ticketId: r.ticket.id, windowId: window.id, action: 'call' });
  countCall(db);
  const result = callResult(window, await hallSettings(db, window.centerId, now.getTime()), r.ticket);
  await textTheCall(db, r.ticket, result.call, now);
  return { finished, ...result };
}

/** 选号呼叫: a chosen ticket (a visitor who came to the counter). Its row lock makes a second window wait, then refuse. */
export function callTicket(db: Db, who: Who, windowId: string, ticketId: string, now = new Date()) {
  return atWindow(
    db,
    who,
    windowId,
    now,
    async (tx, w) => {
      await assertFree(tx, w);
      const t = await findTicket(tx, ticketId, true);
      if (!t || t.centerId !== w.window.centerId || t.serviceDate !== w.serviceDate)
        throw new DomainError('NOT_FOUND', { object: 'ticket', id: ticketId });
      const categoryIds = await windowCategoryIds(tx, w.window.id);
      const queued = { ...t, priority: t.priority as Priority, state: t.state as TicketState };
      if (!categoryIds.includes(t.queueCategoryId)) throw new DomainError('QUEUE_WINDOW_NOT_SERVING_CATEGORY', { number: t.number });
      if (!eligible(queued, { id: w.window.id, categoryIds }))
        throw new DomainError('QUEUE_TRANSITION', { number: t.number, state: t.state, action: 'call' });
      const result = callResult(w.window, w.settings, await applyAction(tx, w, t, 'call', { set: callSet(w, t) }));
      await textTheCall(tx, { ...t, calledCount: t.calledCount + 1 }, result.call, now);
      return result;
    },
    true,
  );
}

/** 重呼: at most once per the hall's interval (default 15 s), so one window cannot flood the voice channel. */
export function recall(db: Db, who: Who, windowId: string, now = new Date()) {
  return atWindow(db, who, windowId, now, async (tx, w) => {
    const t = await current(tx, w);
    const waitMs = t.lastCalledAt ? t.lastCalledAt.getTime() + w.settings.recallIntervalSeconds * 1000 - now.getTime() : 0;
    if (waitMs > 0)
      throw new DomainError('QUEUE_RECALL_TOO_SOON', {
        retryAfterSeconds: Math.ceil(waitMs / 1000),
        intervalSeconds: w.settings.recallIntervalSeconds,
      });
    return callResult(
      w.window,
      w.settings,
      await applyAction(tx, w, t, 'recall', { set: { calledCount: t.calledCount + 1, lastCalledAt: now } }),
    );
  });
}

/** 过号: only after the hall's number of calls, so a visitor on the way from the toilet is not dropped at the first call. */
export function noShow(db: Db, who: Who, windowId: string, now = new Date()) {
  return atWindow(db, who, windowId, now, async (tx, w) => {
    const t = await current(tx, w);
    if (t.calledCount < w.settings.noShowAfterCalls)
      throw new DomainError('QUEUE_NO_SHOW_TOO_EARLY', { calledCount: t.calledCount, required: w.settings.noShowAfterCalls });
    return { ticket: staffTicket(await applyAction(tx, w, t, 'no_show', { set: { finishedAt: now } })) };
  });
}

export function start(db: Db, who: Who, windowId: string, now = new Date()) {
  return atWindow(db, who, windowId, now, async (tx, w) => {
    const t = await current(tx, w);
    return { ticket: staffTicket(await applyAction(tx, w, t, 'start', { set: { startedAt: now, servedBy: w.who.actor.staffId } })) };
  });
}

/**
 * 办结: links the cases taken in, so the rating tablet and the statistics can follow the visit.
 * One statement (window-step.queries.ts); the ticket's row lock keeps a double click out.
 */
export async function finish(db: Db, who: Who, windowId: string, caseIds: readonly string[], now = new Date()) {
  const r = await finishAtWindow(db, windowId, presserOf(who), caseIds, now);
  checkWindowRead(who, windowId, r.window, r.allowedAs);
  const window = r.window!;
  if (!r.found) throw new DomainError('QUEUE_WINDOW_IDLE', { windowId: window.id });
  if (!r.ticket) throw new DomainError('QUEUE_TRANSITION', { number: r.found.number, state: r.found.state, action: 'finish' });
  await publishQueueEvent(db, { centerId: r.ticket.centerId, ticketId: r.ticket.id, windowId: window.id, action: 'finish' });
  return { ticket: staffTicket(r.ticket) };
}

/** 挂起: the visitor fetches a missing paper; the window serves others meanwhile and keeps the ticket. */
export function park(db: Db, who: Who, windowId: string, reason: string | undefined, now = new Date()) {
  return atWindow(db, who, windowId, now, async (tx, w) => {
    const t = await current(tx, w);
    return { ticket: staffTicket(await applyAction(tx, w, t, 'park', { set: { targetWindowId: w.window.id }, reason })) };
  });
}

/** The parked visitor is back: the ticket waits again, for this window only, at its original place. */
export function resume(db: Db, who: Who, windowId: string, ticketId: string, now = new Date()) {
  return atWindow(db, who, windowId, now, async (tx, w) => {
    const t = await findTicket(tx, ticketId, true);
    if (!t || t.centerId !== w.window.centerId) throw new DomainError('NOT_FOUND', { object: 'ticket', id: ticketId });
    if (t.windowId !== w.window.id)
      throw new DomainError('QUEUE_TRANSITION', { number: t.number, state: t.state, action: 'resume', reason: 'parkedAtAnotherWindow' });
    return { ticket: staffTicket(await applyAction(tx, w, t, 'resume', { set: { targetWindowId: w.window.id, calledCount: 0 } })) };
  });
}

async function setStatus(db: Db, who: Who, windowId: string, status: 'open' | 'paused', reason: string | null, now: Date) {
  return atWindow(
    db,
    who,
    windowId,
    now,
    async (tx, w) => {
      await setSessionStatus(tx, w.window.id, status, reason, now);
      const action = status === 'paused' ? 'pause' : 'reopen';
      await auditQueue(tx, who, `queue.window.${action}`, 'window', w.window.id, w.window.centerId, { reason, before: w.session?.status });
      await publishQueueEvent(tx, { centerId: w.window.centerId, ticketId: null, windowId: w.window.id, action });
      return { windowId: w.window.id, status, pauseReason: reason, since: now };
    },
    true,
  );
}

/** 暂停服务 with a reason (shown on the display); a ticket at the window stays there to be finished. */
export const pause = (db: Db, who: Who, windowId: string, reason: string, now = new Date()) =>
  setStatus(db, who, windowId, 'paused', reason, now);
export const reopen = (db: Db, who: Who, windowId: string, now = new Date()) => setStatus(db, who, windowId, 'open', null, now);
