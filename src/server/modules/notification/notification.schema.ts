import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * 短信发件箱: a message is written in the transaction of the change it reports and sent
 * afterwards by the dispatcher, so a rolled-back booking never texts anyone and a gateway
 * outage never loses a message.
 */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id').notNull(),
    channel: text('channel').notNull(),
    to: text('to').notNull(),
    text: text('text').notNull(),
    state: text('state').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    /** What the message is about, e.g. 'appointment:<id>'. */
    ref: text('ref'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** E-mail subject (migration 0036); null for SMS. */
    subject: text('subject'),
    /** The event of src/domain/notification the message reports; null for rows written before decision 0046 (ready-made SMS texts). */
    event: text('event'),
  },
  (t) => [
    index('notification_outbox_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`state = 'pending'`),
    index('notification_outbox_center_idx').on(t.centerId, t.createdAt),
    // restampMessages finds a case's messages by ref (migration 0043).
    index('notification_outbox_ref_idx').on(t.ref),
  ],
);

/** 通知模板: a center's wording of one event on one channel in one language (else the default). */
export const notificationTemplate = pgTable(
  'notification_template',
  {
    centerId: text('center_id').notNull(),
    event: text('event').notNull(),
    channel: text('channel').notNull(),
    lang: text('lang').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'notification_template_pk', columns: [t.centerId, t.event, t.channel, t.lang] })],
);

/** 通知偏好: a person's opt-out of one channel for one event ('*' = every event). */
export const notificationPreference = pgTable(
  'notification_preference',
  {
    recipientKey: text('recipient_key').notNull(),
    channel: text('channel').notNull(),
    event: text('event').notNull(),
    optedOut: boolean('opted_out').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'notification_preference_pk', columns: [t.recipientKey, t.channel, t.event] })],
);

/** 站内信: messages kept per recipient key ('citizen:<accountId>', 'mobile:<number>') for the portal to list. */
export const notificationInbox = pgTable(
  'notification_inbox',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id').notNull(),
    recipientKey: text('recipient_key').notNull(),
    event: text('event').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    ref: text('ref'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notification_inbox_recipient_idx').on(t.recipientKey, t.createdAt),
    index('notification_inbox_unread_idx')
      .on(t.recipientKey)
      .where(sql`read_at IS NULL`),
    index('notification_inbox_ref_idx').on(t.ref),
  ],
);

/**
 * 通知联系方式 (migration 0040): a signed-in citizen's mobile, the e-mail address they gave and
 * the language of their messages. A message to the mobile reaches the account's inbox and
 * e-mail too, as the account's preferences say.
 */
export const notificationContact = pgTable(
  'notification_contact',
  {
    recipientKey: text('recipient_key').primaryKey(),
    mobile: text('mobile').notNull(),
    email: text('email'),
    lang: text('lang').notNull().default('zh'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notification_contact_mobile_idx').on(t.mobile)],
);
