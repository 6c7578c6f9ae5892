// Answers of notifications (issue #19): the event table with a center's templates, a preview,
// and the outbox of every channel (addresses masked, secret codes hidden).
import { z } from 'zod';
import { notificationChannels, notificationGroups, notificationLangs } from '../domain/notification/index.ts';
import { page, timestamp, type Json } from './common.ts';

const Text = z.object({ subject: z.string(), body: z.string() });

/** One wording: the center's own (custom) or the event's default. */
export const TemplateSlot = z.object({
  channel: z.enum(notificationChannels),
  lang: z.enum(notificationLangs),
  subject: z.string(),
  body: z.string(),
  custom: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: timestamp.nullable(),
});

export const NotificationEventView = z.object({
  event: z.string(),
  label: z.string(),
  /** 通知分组: what a person chooses channels for in the portal. */
  group: z.enum(notificationGroups),
  groupLabel: z.string(),
  /** The channels the event may go out on (the sign-in code: SMS only). */
  channels: z.array(z.enum(notificationChannels)),
  /** Variables every wording must keep in its body. */
  required: z.array(z.string()),
  /** Variable names with the sample value the preview uses. */
  variables: z.array(z.object({ name: z.string(), sample: z.string() })),
  defaults: z.object({ zh: Text, en: Text }),
  templates: z.array(TemplateSlot),
});
export type NotificationEventView = Json<typeof NotificationEventView>;
export const NotificationEventList = z.object({ items: z.array(NotificationEventView) });

export const TemplatePreview = z.object({ subject: z.string(), body: z.string(), length: z.number().int() });
export type TemplatePreview = Json<typeof TemplatePreview>;

export const NotificationOutboxRow = z.object({
  id: z.string(),
  channel: z.enum(notificationChannels),
  event: z.string().nullable(),
  to: z.string(),
  subject: z.string().nullable(),
  text: z.string(),
  state: z.enum(['pending', 'sent', 'failed']),
  /** The state as staff read it (see outboxStatuses). */
  status: z.enum(['queued', 'failed', 'sent', 'given_up']),
  /** Whether 重发 applies: an SMS or e-mail that failed or was given up. */
  retryable: z.boolean(),
  attempts: z.number().int(),
  nextAttemptAt: timestamp.nullable(),
  lastError: z.string().nullable(),
  createdAt: timestamp,
  sentAt: timestamp.nullable(),
});
export type NotificationOutboxRow = Json<typeof NotificationOutboxRow>;
export const NotificationOutboxPage = page(NotificationOutboxRow);

/** 发送状态 as staff read it: queued (not tried yet), failed (an attempt failed, will retry), sent, given up (after the last attempt). */
export const outboxStatuses = ['queued', 'failed', 'sent', 'given_up'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

// ---- the citizen's own (portal, access 'citizen') ----

/** 通知设置: per group of events, the channels the citizen wants (where the group is a choice). */
export const CitizenNotificationPreferences = z.object({
  /** The number messages go to by SMS, masked (the one the account signs in with). */
  mobile: z.string(),
  email: z.string().nullable(),
  lang: z.enum(notificationLangs),
  groups: z.array(
    z.object({
      group: z.enum(notificationGroups),
      label: z.string(),
      /** false: the channels are fixed (a sign-in code always goes by SMS). */
      choosable: z.boolean(),
      /** The events of the group, for the screen to say what it covers. */
      events: z.array(z.object({ event: z.string(), label: z.string() })),
      channels: z.array(
        z.object({
          channel: z.enum(notificationChannels),
          /** false when there is no address for it (e-mail before one is given). */
          available: z.boolean(),
          enabled: z.boolean(),
        }),
      ),
    }),
  ),
});
export type CitizenNotificationPreferences = Json<typeof CitizenNotificationPreferences>;

/** 站内信: one message of the citizen's inbox. */
export const InboxMessage = z.object({
  id: z.string(),
  event: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: timestamp,
  readAt: timestamp.nullable(),
});
export type InboxMessage = Json<typeof InboxMessage>;
export const CitizenInbox = z.object({ items: z.array(InboxMessage), unread: z.number().int() });
export type CitizenInbox = Json<typeof CitizenInbox>;
export const InboxUnread = z.object({ unread: z.number().int() });
