import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { centers, windows } from '../org/org.schema.ts';
import { greenChannelClasses, priorities, ticketStates } from '../../../domain/queue/index.ts';
// Text columns name their values (`enum`: types only, no database constraint) so rows match the contract.

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** 取号业务类别: what a visitor picks at the kiosk, and the letter on their ticket. */
export const ticketCategories = pgTable(
  'ticket_category',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    prefix: text('prefix').notNull(),
    name: text('name').notNull(),
    /** Plain words for the kiosk ("办理养老保险、医保报销"), not the catalog's legal names. */
    description: text('description').notNull().default(''),
    icon: text('icon'),
    itemIds: text('item_ids')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    rangeStart: integer('range_start').notNull(),
    rangeEnd: integer('range_end').notNull(),
    dailyQuota: integer('daily_quota').notNull(),
    openingHours: text('opening_hours'),
    /** Ticket hours on a rest day the hall serves (settings.restDayTickets); null: as openingHours. */
    restDayHours: text('rest_day_hours'),
    /** Ticket hours while the hall's summer timetable runs (hall_setting.summer_from/to); null: as openingHours. */
    summerHours: text('summer_hours'),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    /** 绿色通道: choosing this category is the request for priority; every ticket of it gets the green channel. */
    greenChannel: boolean('green_channel').notNull().default(false),
    ...stamps,
  },
  // One prefix per hall, inactive categories included: two "A001" on one display would be read as one.
  (t) => [uniqueIndex('ticket_category_center_prefix_uq').on(t.centerId, t.prefix)],
);

/** Which categories a window calls from. */
export const windowCategories = pgTable(
  'window_category',
  {
    windowId: text('window_id')
      .notNull()
      .references(() => windows.id),
    categoryId: text('category_id')
      .notNull()
      .references(() => ticketCategories.id),
  },
  (t) => [primaryKey({ columns: [t.windowId, t.categoryId] }), index('window_category_category_idx').on(t.categoryId)],
);

/**
 * 排队票. `category_id` issued the number and never changes (the uniqueness of numbers hangs
 * on it); `queue_category_id` is the queue it waits in now, moved by a transfer.
 */
export const tickets = pgTable(
  'ticket',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    categoryId: text('category_id')
      .notNull()
      .references(() => ticketCategories.id),
    queueCategoryId: text('queue_category_id').notNull(),
    serviceDate: date('service_date', { mode: 'string' }).notNull(),
    seq: integer('seq').notNull(),
    number: text('number').notNull(),
    priority: text('priority', { enum: priorities }).notNull(),
    /** Copied from the priority class so call-next sorts in SQL by an index. */
    priorityRank: smallint('priority_rank').notNull(),
    state: text('state', { enum: ticketStates }).notNull(),
    /** The window that called, serves, served or parked it. */
    windowId: text('window_id'),
    /** Only this window may call it (set by a transfer to a window, or a resume). */
    targetWindowId: text('target_window_id'),
    calledCount: integer('called_count').notNull().default(0),
    firstCalledAt: timestamp('first_called_at', { withTimezone: true }),
    lastCalledAt: timestamp('last_called_at', { withTimezone: true }),
    calledBy: text('called_by'),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    servedBy: text('served_by'),
    phone: text('phone'),
    idCard: text('id_card'),
    source: text('source').notNull(),
    caseIds: text('case_ids')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    closeReason: text('close_reason'),
    ...stamps,
  },
  (t) => [
    uniqueIndex('ticket_number_uq').on(t.centerId, t.categoryId, t.serviceDate, t.seq),
    // The call-next scan: only waiting tickets, already in call order.
    index('ticket_callable_idx')
      .on(t.centerId, t.serviceDate, t.priorityRank, t.createdAt, t.id)
      .where(sql`state IN ('waiting', 'transferred')`),
    // The batch call's scan for tickets sent back to one window (parked, transferred there):
    // few rows, so it costs the hot path's updates next to nothing (decision 0014).
    index('ticket_targeted_idx')
      .on(t.targetWindowId, t.priorityRank, t.createdAt, t.id)
      .where(sql`state IN ('waiting', 'transferred') AND target_window_id IS NOT NULL`),
    index('ticket_at_window_idx')
      .on(t.windowId)
      .where(sql`state IN ('called', 'serving')`),
    index('ticket_center_day_idx').on(t.centerId, t.serviceDate),
  ],
);

/** The last number issued per category and day; its row lock serialises issuing, so numbers have no gaps. */
export const ticketCounters = pgTable(
  'ticket_counter',
  {
    centerId: text('center_id').notNull(),
    categoryId: text('category_id').notNull(),
    serviceDate: date('service_date', { mode: 'string' }).notNull(),
    lastSeq: integer('last_seq').notNull(),
    issued: integer('issued').notNull(),
  },
  (t) => [primaryKey({ columns: [t.centerId, t.categoryId, t.serviceDate] })],
);

/** Append-only history of every ticket: what the statistics and any dispute are read from. Database triggers (migration 0012) refuse UPDATE, DELETE and TRUNCATE. */
export const ticketEvents = pgTable(
  'ticket_event',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ticketId: text('ticket_id').notNull(),
    centerId: text('center_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    windowId: text('window_id'),
    staffId: text('staff_id'),
    reason: text('reason'),
    detail: jsonb('detail'),
  },
  (t) => [index('ticket_event_ticket_idx').on(t.ticketId), index('ticket_event_center_at_idx').on(t.centerId, t.at)],
);

/** Whether a window is calling now, and who is at it. */
export const windowSessions = pgTable('window_session', {
  windowId: text('window_id')
    .primaryKey()
    .references(() => windows.id),
  centerId: text('center_id').notNull(),
  staffId: text('staff_id'),
  status: text('status', { enum: ['open', 'paused', 'closed'] }).notNull().default('open'),
  pauseReason: text('pause_reason'),
  since: timestamp('since', { withTimezone: true }).notNull().defaultNow(),
});

/** Per-hall queue settings (FACTS §H: make the conventions configurable). */
export const hallSettings = pgTable('hall_setting', {
  centerId: text('center_id')
    .primaryKey()
    .references(() => centers.id),
  voiceTemplate: text('voice_template').notNull(),
  ledTemplate: text('led_template').notNull(),
  recallIntervalSeconds: integer('recall_interval_seconds').notNull(),
  noShowAfterCalls: integer('no_show_after_calls').notNull(),
  waitSample: integer('wait_sample').notNull(),
  /** The scrolling line at the foot of the display (公告). */
  noticeText: text('notice_text').notNull().default(''),
  /** Whether visitors may take a ticket on their phone before coming (远程取号). */
  remoteTickets: boolean('remote_tickets').notNull().default(true),
  /** At close of day: 'close' open tickets with a reason, or 'keep' them for tomorrow's first calls. */
  endOfDay: text('end_of_day', { enum: ['close', 'keep'] }).notNull().default('close'),
  /** The green-channel classes the kiosk offers (a hall may, say, serve no military desk). */
  greenChannels: text('green_channels', { enum: greenChannelClasses })
    .array()
    .notNull()
    .default(sql`'{elderly,disabled,military,pregnant}'::text[]`),
  /**
   * Whether walk-in and phone tickets are issued on a rest day of the working-day calendar
   * (weekends, holidays; a make-up working day counts as working). Off by default: most halls
   * close then; a hall with weekend service (周末不打烊) turns it on.
   */
  restDayTickets: boolean('rest_day_tickets').notNull().default(false),
  /** The line printed at the foot of every paper ticket; empty = the standard reminder. */
  ticketFooter: text('ticket_footer').notNull().default(''),
  /**
   * 夏季作息: the part of every year ('MM-DD' to 'MM-DD', both included) in which categories
   * take their summer hours. Both null: one timetable all year.
   */
  summerFrom: text('summer_from'),
  summerTo: text('summer_to'),
  /**
   * Whether window screens name the clerk at the window (亮牌服务: staff wear their name at the
   * counter anyway). Off by default: the public board carries no names unless the hall says so.
   */
  screenStaffNames: boolean('screen_staff_names').notNull().default(false),
  updatedBy: text('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
