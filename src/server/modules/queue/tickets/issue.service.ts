import { DomainError } from '../../../../domain/errors/index.ts';
import {
  formatTicketNumber,
  hallDayOf,
  hallTime,
  hoursInText,
  isGreenChannel,
  isOpenAt,
  issuesTicketsOn,
  nextNumber,
  nextState,
  priorityRank,
  servedHours,
  ticketHours,
  ticketPriority,
  type GreenChannel,
  type HallDay,
  type Priority,
  type TicketState,
} from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { newId } from '../../../platform/ids.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { findPublicCenter, findWindowAtPost } from '../../org/index.ts';
import { waitingByCategory } from '../live/board.queries.ts';
import { findCategory, listCategories } from '../setup/category.queries.ts';
import { hasOpenRemoteTicket, lockRemotePhone } from './remote.queries.ts';
import { hallSettings } from '../setup/settings.cache.ts';
import { auditQueue, publishQueueEvent, type Visitor } from '../live/events.ts';
import type { IssueInput } from '../queue.types.ts';
import { advanceCounter, findTicket, insertEvent, insertTicket, lockCounter, updateTicket } from './ticket.queries.ts';
import { positionOf, publicTicket } from './ticket.view.ts';
import { countersOf } from './wait.queries.ts';

/** What the kiosk and the phone send, widened for the appointment check-in (priority 'appointment'). */
export type IssueRequest = Omit<IssueInput, 'priority' | 'source'> & { priority: Priority; source: IssueInput['source'] | 'appointment' };

/**
 * 取号: the next number of the category today, in one transaction with its counter row
 * locked, so two kiosks never print the same number and a refusal (closed, quota, range)
 * uses none.
 */
export async function issueTicket(db: Db, centerId: string, input: IssueRequest, visitor: Visitor, now = new Date()) {
  // Walk-ins and phones follow the calendar (a checked-in appointment was booked for a working
  // day). Read before the transaction: on PGlite's one connection a read through `db` inside
  // it would wait for the transaction itself.
  let day: HallDay = { restDay: false, summer: false };
  if (input.source !== 'appointment') {
    const today = hallTime(now).serviceDate;
    const [center, settings] = await Promise.all([findPublicCenter(db, centerId), hallSettings(db, centerId)]);
    if (!center) throw new DomainError('NOT_FOUND', { object: 'center', id: centerId });
    const calendar = await calendarOf(db, center.regionCode);
    if (!issuesTicketsOn(calendar, today, settings.restDayTickets)) throw new DomainError('QUEUE_HALL_RESTING', { date: today });
    day = hallDayOf(calendar, settings, today);
  }
  const { ticket, categoryName } = await db.transaction(async (tx) => {
    const category = await findCategory(tx, input.categoryId);
    if (!category || category.centerId !== centerId) throw new DomainError('NOT_FOUND', { object: 'ticketCategory', id: input.categoryId });
    if (!category.active) throw new DomainError('QUEUE_CATEGORY_UNAVAILABLE', { categoryId: category.id });
    const { serviceDate, minuteOfDay } = hallTime(now);
    // A booked visitor checks in by the appointment's own window (from before the slot to after
    // it), which may start before the ticket hours open or run past their close.
    const hours = ticketHours(category, day);
    if (input.source !== 'appointment' && !isOpenAt(hours, minuteOfDay))
      throw new DomainError('QUEUE_CATEGORY_CLOSED', { openingHours: hours });
    // A class the visitor names must be one the hall offers; a green-channel category is offered by its existence.
    if (isGreenChannel(input.priority) && !(await hallSettings(tx, centerId)).greenChannels.includes(input.priority as GreenChannel))
      throw new DomainError('QUEUE_PRIORITY_UNAVAILABLE', { priority: input.priority });
    const priority = ticketPriority(input.priority, category.greenChannel);
    if (input.source === 'remote') await assertRemoteAllowed(tx, centerId, serviceDate, input.phone);
    const counter = await lockCounter(tx, centerId, category.id, serviceDate);
    const next = nextNumber(counter.lastSeq || undefined, counter.issued, category);
    if (!next.ok)
      throw new DomainError(next.reason === 'quota' ? 'QUEUE_QUOTA_REACHED' : 'QUEUE_RANGE_EXHAUSTED', {
        categoryId: category.id,
        issued: counter.issued,
      });
    await advanceCounter(tx, centerId, category.id, serviceDate, next.seq);
    const ticket = await insertTicket(tx, {
      id: newId(now.getTime()),
      centerId,
      categoryId: category.id,
      queueCategoryId: category.id,
      serviceDate,
      seq: next.seq,
      number: formatTicketNumber(category.prefix, next.seq, category.rangeEnd),
      priority,
      priorityRank: priorityRank[priority],
      state: 'waiting',
      source: input.source,
      phone: input.phone ?? null,
      idCard: input.idCard ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await insertEvent(tx, {
      ticketId: ticket.id,
      centerId,
      at: now,
      action: 'issue',
      fromState: null,
      toState: 'waiting',
      detail: { priority, source: input.source },
    });
    // The number and category only: the phone and ID stay out of the audit summary.
    await auditQueue(tx, visitor, 'queue.ticket.issue', 'ticket', ticket.id, centerId, {
      number: ticket.number,
      categoryId: category.id,
      priority,
    });
    await publishQueueEvent(tx, { centerId, ticketId: ticket.id, windowId: null, action: 'issue' });
    return { ticket, categoryName: category.name };
  });
  return publicTicket(ticket, categoryName, null, await positionOf(db, ticket));
}

/** 远程取号: only where the hall allows it, with a phone number, one waiting ticket per phone and day. */
async function assertRemoteAllowed(tx: Db, centerId: string, serviceDate: string, phone: string | undefined) {
  if (!(await hallSettings(tx, centerId)).remoteTickets) throw new DomainError('QUEUE_REMOTE_DISABLED', { centerId });
  if (!phone) throw new DomainError('QUEUE_REMOTE_PHONE_REQUIRED', {});
  await lockRemotePhone(tx, centerId, phone);
  if (await hasOpenRemoteTicket(tx, centerId, serviceDate, phone)) throw new DomainError('QUEUE_REMOTE_DUPLICATE', {});
}

/** The region's working-day calendar, or none while no year has been imported (the loader refuses an empty one). */
function calendarOf(db: Db, regionCode: string) {
  return loadWorkCalendar(db, regionCode).catch((err: unknown) => {
    if (err instanceof DomainError && err.code === 'CALENDAR_YEAR_MISSING') return undefined;
    throw err;
  });
}

/** The kiosk's and the phone's choices, with the hall's remote-ticket switch and notice line: plain names, whether tickets can be taken now, how many wait, how many are left today. */
export async function listHallCategories(db: Db, centerId: string, now = new Date()) {
  const center = await findPublicCenter(db, centerId);
  if (!center) throw new DomainError('NOT_FOUND', { object: 'center', id: centerId });
  const { serviceDate, minuteOfDay } = hallTime(now);
  const [categories, waiting, counters, settings, calendar] = await Promise.all([
    listCategories(db, centerId),
    waitingByCategory(db, centerId, serviceDate),
    countersOf(db, centerId, serviceDate),
    hallSettings(db, centerId),
    calendarOf(db, center.regionCode),
  ]);
  const day = hallDayOf(calendar, settings, serviceDate);
  const hallHours = hoursInText(center.openingHours);
  const items = categories.map((c) => {
    const issued = counters.find((x) => x.categoryId === c.id)?.issued ?? 0;
    const hours = ticketHours(c, day);
    return {
      id: c.id,
      prefix: c.prefix,
      name: c.name,
      description: c.description,
      icon: c.icon,
      greenChannel: c.greenChannel,
      /** Today's hours (the category's own: a rest day's or the summer timetable's where it has them; else the hall's), as the guide and the booking show them. */
      openingHours: servedHours(hours, hallHours),
      openNow: isOpenAt(hours, minuteOfDay),
      waiting: waiting.find((w) => w.categoryId === c.id)?.waiting ?? 0,
      remainingToday: Math.max(0, Math.min(c.dailyQuota - issued, c.rangeEnd - c.rangeStart + 1 - issued)),
    };
  });
  return {
    items,
    remoteTickets: settings.remoteTickets,
    /** A rest day on which the hall issues no tickets: the kiosk and the phone say so instead of offering them. */
    restingToday: !issuesTicketsOn(calendar, serviceDate, settings.restDayTickets),
    notice: settings.noticeText,
    greenChannels: settings.greenChannels,
    ticketFooter: settings.ticketFooter,
  };
}

/** What the visitor's phone polls: state, people ahead, wait, and the window once called. */
export async function getHallTicket(db: Db, centerId: string, id: string) {
  const ticket = await findTicket(db, id);
  if (!ticket || ticket.centerId !== centerId) throw new DomainError('NOT_FOUND', { object: 'ticket', id });
  const [category, window] = await Promise.all([
    findCategory(db, ticket.queueCategoryId),
    ticket.windowId ? findWindowAtPost(db, ticket.windowId) : undefined,
  ]);
  const shownWindow = ticket.state === 'called' || ticket.state === 'serving' ? (window?.number ?? null) : null;
  return publicTicket(ticket, category?.name ?? '', shownWindow, await positionOf(db, ticket));
}

/** The visitor gives up (from the phone): the ticket leaves the queue so the estimate of everyone behind improves. */
export async function cancelHallTicket(db: Db, centerId: string, id: string, visitor: Visitor, now = new Date()) {
  const ticket = await db.transaction(async (tx) => {
    const t = await findTicket(tx, id, true);
    if (!t || t.centerId !== centerId) throw new DomainError('NOT_FOUND', { object: 'ticket', id });
    const to = nextState(t.state as TicketState, 'cancel', 'visitor');
    if (!to) throw new DomainError('QUEUE_TRANSITION', { state: t.state, action: 'cancel' });
    const row = await updateTicket(tx, id, { state: to, updatedAt: now });
    await insertEvent(tx, { ticketId: id, centerId, at: now, action: 'cancel', fromState: t.state, toState: to, reason: '群众取消' });
    await auditQueue(tx, visitor, 'queue.ticket.cancel', 'ticket', id, centerId, { number: t.number });
    await publishQueueEvent(tx, { centerId, ticketId: id, windowId: null, action: 'cancel' });
    return row;
  });
  const category = await findCategory(db, ticket.queueCategoryId);
  return publicTicket(ticket, category?.name ?? '', null, await positionOf(db, ticket));
}

/**
 * When an item is served in this hall, as the portal's guide shows it: the hours of the hall
 * category that covers the item (on a usual working day), else the hall's own hours.
 */
export async function itemHours(db: Db, centerId: string, itemId: string) {
  const center = await findPublicCenter(db, centerId);
  if (!center) throw new DomainError('NOT_FOUND', { object: 'center', id: centerId });
  const category = (await listCategories(db, centerId)).find((c) => c.itemIds.includes(itemId));
  const usualDay = { restDay: false, summer: false };
  return {
    centerName: center.name,
    categoryName: category?.name ?? null,
    hours: servedHours(category ? ticketHours(category, usualDay) : null, hoursInText(center.openingHours)),
  };
}
