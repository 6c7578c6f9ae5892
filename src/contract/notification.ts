// Answers of notifications (issue #19): the event table with a center's templates, a preview,
// and the outbox of every channel (addresses masked, secret codes hidden).
import { z } from 'zod';
import { notificationChannels, notificationLangs } from '../domain/notification/index.ts';
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
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: timestamp,
  sentAt: timestamp.nullable(),
});
export type NotificationOutboxRow = Json<typeof NotificationOutboxRow>;
export const NotificationOutboxPage = page(NotificationOutboxRow);
