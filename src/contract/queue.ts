// Answers of the hall: the window's buttons (/queue/windows), the public hall (/hall: kiosk,
// phone, displays) and the hall console (/queue/categories, /queue/centers/:id/…).
import { z } from 'zod';
import { greenChannelClasses, priorities, ticketStates } from '../domain/queue/index.ts';
import { isoDate, list, timestamp, type Json } from './common.ts';

const priority = z.enum(priorities);
const state = z.enum(ticketStates);

/** A ticket as staff see it: phone and ID arrive masked. */
export const StaffTicket = z.object({
  id: z.string(),
  number: z.string(),
  categoryId: z.string(),
  queueCategoryId: z.string(),
  serviceDate: isoDate,
  priority,
  priorityLabel: z.string(),
  state,
  stateLabel: z.string(),
  windowId: z.string().nullable(),
  targetWindowId: z.string().nullable(),
  calledCount: z.number().int(),
  firstCalledAt: timestamp.nullable(),
  lastCalledAt: timestamp.nullable(),
  startedAt: timestamp.nullable(),
  finishedAt: timestamp.nullable(),
  source: z.string(),
  phone: z.string().nullable(),
  idCard: z.string().nullable(),
  caseIds: z.array(z.string()),
  closeReason: z.string().nullable(),
  createdAt: timestamp,
});
export type StaffTicket = Json<typeof StaffTicket>;

const sessionStatus = z.enum(['open', 'paused', 'closed']);

/** The workbench's view of one window. */
export const WindowView = z.object({
  window: z.object({ id: z.string(), number: z.string(), name: z.string(), servingPost: z.enum(['A', 'B']) }),
  actingAs: z.enum(['window', 'manager']),
  session: z.object({ status: sessionStatus, pauseReason: z.string().nullable(), staffId: z.string().nullable(), since: timestamp.nullable() }),
  categoryIds: z.array(z.string()),
  rules: z.object({ recallIntervalSeconds: z.number().int(), noShowAfterCalls: z.number().int() }),
  current: StaffTicket.nullable(),
  parked: z.array(StaffTicket),
  waiting: z.array(StaffTicket),
  /** Tickets this window finished today. */
  doneToday: z.number().int(),
});
export type WindowView = Json<typeof WindowView>;

/** A call as the window sees it: the texts the display speaks and shows. */
export const WindowCall = z.object({ windowId: z.string(), windowNumber: z.string(), voiceText: z.string(), ledText: z.string() });

/** The answer of a window's button: the ticket it moved (null: nobody waits), the call made, 办结并叫号's finished ticket. */
export const WindowStep = z.object({
  ticket: StaffTicket.nullable(),
  finished: StaffTicket.nullable().optional(),
  call: WindowCall.nullable().optional(),
});
export type WindowStep = Json<typeof WindowStep>;

/** Pause and reopen. */
export const WindowStatus = z.object({ windowId: z.string(), status: z.enum(['open', 'paused']), pauseReason: z.string().nullable(), since: timestamp });

/** GET /hall/:centerId/categories: the kiosk's choices and the hall's rules for the day. */
export const HallCategory = z.object({
  id: z.string(),
  prefix: z.string(),
  name: z.string(),
  description: z.string(),
  icon: z.string().nullable(),
  /** 绿色通道: choosing it is the request for priority (the kiosk asks nothing more). */
  greenChannel: z.boolean(),
  /** Today's ticket hours: a rest day's or the summer timetable's own where the category has them. */
  openingHours: z.string().nullable(),
  openNow: z.boolean(),
  waiting: z.number().int(),
  remainingToday: z.number().int(),
});
export type HallCategory = Json<typeof HallCategory>;
export const HallInfo = z.object({
  items: z.array(HallCategory),
  remoteTickets: z.boolean(),
  /** A rest day on which the hall issues no tickets. */
  restingToday: z.boolean(),
  notice: z.string(),
  greenChannels: z.array(z.enum(greenChannelClasses)),
  ticketFooter: z.string(),
});
export type HallInfo = Json<typeof HallInfo>;

/** The visitor's ticket (kiosk, phone): nothing personal. */
export const PublicTicket = z.object({
  id: z.string(),
  centerId: z.string(),
  number: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  serviceDate: isoDate,
  priority,
  state,
  stateLabel: z.string(),
  windowNumber: z.string().nullable(),
  createdAt: timestamp,
  ahead: z.number().int(),
  estimatedWaitSeconds: z.number().nullable(),
  estimatedWaitMinutes: z.number().nullable(),
});
export type PublicTicket = Json<typeof PublicTicket>;

/** One call the display announces: voice and LED texts rendered by the server from the hall's templates. */
export const BoardCall = z.object({
  ticketId: z.string(),
  number: z.string(),
  windowId: z.string(),
  windowNumber: z.string(),
  voiceText: z.string(),
  ledText: z.string(),
});
export type BoardCall = Json<typeof BoardCall>;

export const Board = z.object({
  centerId: z.string(),
  centerName: z.string(),
  serviceDate: isoDate,
  at: timestamp,
  current: z.array(BoardCall.extend({ state, calledAt: timestamp.nullable() })),
  recent: z.array(
    z.object({ ticketId: z.string(), number: z.string(), windowNumber: z.string().nullable(), action: z.enum(['call', 'recall']), at: timestamp }),
  ),
  waiting: z.array(z.object({ categoryId: z.string(), prefix: z.string(), name: z.string(), waiting: z.number().int() })),
  windows: z.array(
    z.object({
      windowId: z.string(),
      number: z.string(),
      name: z.string(),
      status: sessionStatus,
      pauseReason: z.string().nullable(),
      /** The categories the window calls, in the hall's order. */
      categoryIds: z.array(z.string()),
      /** The clerk at the window, where the hall shows names on window screens; otherwise null. */
      staffName: z.string().nullable(),
    }),
  ),
});
export type Board = Json<typeof Board>;

/**
 * What the live socket sends (GET /hall/:centerId/live upgraded): the board on connect (and
 * again when the server may have missed changes), each call as soon as it is made, then an
 * update with the board after every change. `announced` marks an update whose calls already
 * came as 'call' messages.
 */
export const LiveMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('board'), board: Board }),
  z.object({ type: z.literal('call'), calls: z.array(BoardCall) }),
  z.object({
    type: z.literal('update'),
    events: z.array(z.object({ action: z.string(), ticketId: z.string().nullable(), windowId: z.string().nullable() })),
    calls: z.array(BoardCall),
    announced: z.boolean().optional(),
    board: Board,
  }),
  z.object({ type: z.literal('error'), code: z.string() }),
]);
export type LiveMessage = Json<typeof LiveMessage>;

export const TicketCategory = z.object({
  id: z.string(),
  centerId: z.string(),
  prefix: z.string(),
  name: z.string(),
  description: z.string(),
  icon: z.string().nullable(),
  itemIds: z.array(z.string()),
  rangeStart: z.number().int(),
  rangeEnd: z.number().int(),
  dailyQuota: z.number().int(),
  openingHours: z.string().nullable(),
  /** On rest days the hall serves; null: as openingHours. */
  restDayHours: z.string().nullable(),
  /** While the hall's summer timetable runs; null: as openingHours. */
  summerHours: z.string().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  /** 绿色通道: every ticket of this category is called first, without asking the visitor again. */
  greenChannel: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type TicketCategory = Json<typeof TicketCategory>;
export const TicketCategories = list(TicketCategory);

export const WindowCategoryPair = z.object({ windowId: z.string(), categoryId: z.string() });
export const WindowCategories = list(WindowCategoryPair);
export const WindowCategoriesSet = z.object({ windowId: z.string(), categoryIds: z.array(z.string()) });

export const HallSettings = z.object({
  centerId: z.string(),
  voiceTemplate: z.string(),
  ledTemplate: z.string(),
  recallIntervalSeconds: z.number().int(),
  noShowAfterCalls: z.number().int(),
  waitSample: z.number().int(),
  noticeText: z.string(),
  remoteTickets: z.boolean(),
  restDayTickets: z.boolean(),
  endOfDay: z.enum(['close', 'keep']),
  greenChannels: z.array(z.enum(greenChannelClasses)),
  ticketFooter: z.string(),
  /** 夏季作息: 'MM-DD' to 'MM-DD'; both null: one timetable all year. */
  summerFrom: z.string().nullable(),
  summerTo: z.string().nullable(),
  /** Window screens name the clerk at the window (亮牌服务). */
  screenStaffNames: z.boolean(),
});
export type HallSettings = Json<typeof HallSettings>;

export const DayClosed = z.object({ centerId: z.string(), date: isoDate, closed: z.number().int(), byState: z.record(z.string(), z.number().int()) });

/** Issued, served, no-shows, cancelled, closed; median and longest wait, median service (seconds). */
const ticketFigures = {
  tickets: z.number().int(),
  done: z.number().int(),
  noShow: z.number().int(),
  cancelled: z.number().int(),
  closed: z.number().int(),
  medianWaitSeconds: z.number().nullable(),
  maxWaitSeconds: z.number().nullable(),
  medianServiceSeconds: z.number().nullable(),
};
export const TicketFigures = z.object(ticketFigures);
export type TicketFigures = Json<typeof TicketFigures>;
const servedFigures = { done: z.number().int(), noShow: z.number().int(), medianServiceSeconds: z.number().nullable() };

export const HallStats = z.object({
  centerId: z.string(),
  centerName: z.string(),
  from: isoDate,
  to: isoDate,
  /** The first day, for clients written when statistics covered one day. */
  date: isoDate,
  total: TicketFigures,
  categories: z.array(z.object({ ...ticketFigures, categoryId: z.string(), prefix: z.string().nullable(), name: z.string().nullable() })),
  days: z.array(z.object({ ...ticketFigures, date: isoDate })),
  windows: z.array(z.object({ ...servedFigures, windowId: z.string().nullable(), windowNumber: z.string().nullable() })),
  staff: z.array(z.object({ ...servedFigures, staffId: z.string().nullable(), name: z.string().nullable() })),
});
export type HallStats = Json<typeof HallStats>;

/** GET /hall/:centerId/item-hours: when an item is served in this hall (the guide shows it; booking slots cut the same hours). */
export const ItemHours = z.object({
  centerName: z.string(),
  /** The ticket category that covers the item, if any. */
  categoryName: z.string().nullable(),
  /** The category's hours, else the hall's (the center's 办公时间); null: not stated anywhere. */
  hours: z.string().nullable(),
});
export type ItemHours = Json<typeof ItemHours>;
