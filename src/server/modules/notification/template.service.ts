import {
  channelsOf,
  checkTemplate,
  notificationGroupInfo,
  requiredOf,
  isNotificationEvent,
  notificationEventKeys,
  notificationEvents,
  renderTemplate,
  TemplateError,
  type NotificationChannel,
  type NotificationEventKey,
  type NotificationLang,
  type TemplateText,
} from '../../../domain/notification/index.ts';
import { maskMobile } from '../../../domain/identifiers/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { auditBy } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/types.ts';
import { offsetOf, type PageQuery } from '../../platform/http/pagination.ts';
import { assertCenterInScope, type Who } from '../org/index.ts';
import { enqueueNotification } from './enqueue.ts';
import { listOutbox, lockOutboxRow, requeue, statusOf, type OutboxFilter, type OutboxRow } from './outbox.queries.ts';
import { deleteTemplate, findTemplates, upsertTemplate, type TemplateRow } from './template.queries.ts';

export interface TemplateKey {
  event: string;
  channel: NotificationChannel;
  lang: NotificationLang;
}

function eventOrThrow(event: string): NotificationEventKey {
  if (!isNotificationEvent(event)) throw new DomainError('NOTIFICATION_EVENT_UNKNOWN', { event });
  return event;
}

function variablesOf(event: NotificationEventKey): Readonly<Record<string, string>> {
  return notificationEvents[event].variables;
}

/** Every event with its variables, defaults and the center's own wordings. */
export async function listTemplates(db: Db, who: Who, centerId: string, lang: NotificationLang = 'zh') {
  await assertCenterInScope(db, who.actor, centerId);
  const own = await findTemplates(db, centerId);
  return {
    items: notificationEventKeys.map((event) => {
      const e = notificationEvents[event];
      const rows = own.filter((t) => t.event === event);
      return {
        event,
        label: e.label[lang],
        group: e.group,
        groupLabel: notificationGroupInfo[e.group].label[lang],
        channels: [...channelsOf(event)],
        required: [...requiredOf(event)],
        variables: Object.entries(e.variables).map(([name, sample]) => ({ name, sample })),
        defaults: { zh: { ...e.templates.zh }, en: { ...e.templates.en } },
        templates: rows.map((t) => ({
          channel: t.channel as NotificationChannel,
          lang: t.lang as NotificationLang,
          subject: t.subject,
          body: t.body,
          custom: true,
          updatedBy: t.updatedBy,
          updatedAt: t.updatedAt,
        })),
      };
    }),
  };
}

function refuse(problem: unknown): never {
  throw new DomainError('NOTIFICATION_TEMPLATE_INVALID', { problem });
}

/** Renders a draft with the event's sample values, as the console shows it while the manager types. */
export async function previewTemplate(db: Db, who: Who, centerId: string, input: { event: string } & TemplateText) {
  await assertCenterInScope(db, who.actor, centerId);
  const event = eventOrThrow(input.event);
  const text = { subject: input.subject, body: input.body };
  const problem = checkTemplate(text, Object.keys(variablesOf(event)), requiredOf(event));
  if (problem) refuse(problem);
  const out = renderTemplate(text, variablesOf(event));
  return { ...out, length: Array.from(out.body).length };
}

/** The one write of a template: checked against the event's variables, audited with before and after. */
export async function saveTemplate(db: Db, who: Who, centerId: string, key: TemplateKey, text: TemplateText, now = new Date()) {
  const event = eventOrThrow(key.event);
  if (!channelsOf(event).includes(key.channel)) throw new DomainError('NOTIFICATION_CHANNEL_FIXED', { event, channel: key.channel });
  const problem = checkTemplate(text, Object.keys(variablesOf(event)), requiredOf(event));
  if (problem) refuse(problem);
  return db.transaction(async (tx) => {
    await assertCenterInScope(tx, who.actor, centerId);
    const before = (await findTemplates(tx, centerId, event)).find((t) => t.channel === key.channel && t.lang === key.lang);
    const row: TemplateRow = { centerId, event, channel: key.channel, lang: key.lang, subject: text.subject, body: text.body, updatedBy: who.actor.username, updatedAt: now };
    await upsertTemplate(tx, row);
    await auditBy(tx, who, {
      centerId,
      action: 'notification.template.save',
      objectType: 'notificationTemplate',
      objectId: `${event}/${key.channel}/${key.lang}`,
      summary: { before: before ? { subject: before.subject, body: before.body } : null, after: text },
    });
    return slotOf(row);
  });
}

/** Drops the center's wording: the event's default applies again. */
export async function resetTemplate(db: Db, who: Who, centerId: string, key: TemplateKey) {
  const event = eventOrThrow(key.event);
  return db.transaction(async (tx) => {
    await assertCenterInScope(tx, who.actor, centerId);
    const gone = await deleteTemplate(tx, { centerId, event, channel: key.channel, lang: key.lang });
    if (gone)
      await auditBy(tx, who, {
        centerId,
        action: 'notification.template.reset',
        objectType: 'notificationTemplate',
        objectId: `${event}/${key.channel}/${key.lang}`,
        summary: { before: { subject: gone.subject, body: gone.body } },
      });
    const d = notificationEvents[event].templates[key.lang];
    return { channel: key.channel, lang: key.lang, subject: d.subject, body: d.body, custom: false, updatedBy: null, updatedAt: null };
  });
}

function slotOf(t: TemplateRow) {
  return { channel: t.channel as NotificationChannel, lang: t.lang as NotificationLang, subject: t.subject, body: t.body, custom: true, updatedBy: t.updatedBy, updatedAt: t.updatedAt };
}

/** An address as staff screens show it: mobile 138****1234, e-mail z***@example.com. */
export function maskRecipient(channel: string, to: string): string {
  if (channel === 'email') return to.replace(/^(.)[^@]*(@.*)$/, '$1***$2');
  if (channel === 'sms') return maskMobile(to);
  return to;
}

/** A sign-in code (ref 'secret:…') is never shown to staff: its digits are hidden. */
export function visibleText(ref: string | null, text: string): string {
  return ref?.startsWith('secret:') ? text.replace(/\d/g, '*') : text;
}

/** SMS and e-mail that failed (or were given up) may be sent again; the inbox is delivered on write. */
const retryable = (m: OutboxRow) => m.channel !== 'inbox' && statusOf(m) !== 'sent' && statusOf(m) !== 'queued';

function outboxView(m: OutboxRow) {
  return {
    id: m.id,
    channel: m.channel as NotificationChannel,
    event: m.event,
    to: maskRecipient(m.channel, m.to),
    subject: m.subject === null ? null : visibleText(m.ref, m.subject),
    text: visibleText(m.ref, m.text),
    state: m.state as 'pending' | 'sent' | 'failed',
    status: statusOf(m),
    retryable: retryable(m),
    attempts: m.attempts,
    nextAttemptAt: m.state === 'pending' ? m.nextAttemptAt : null,
    lastError: m.lastError,
    createdAt: m.createdAt,
    sentAt: m.sentAt,
  };
}

/** 通知发件箱: every channel with its delivery state. */
export async function listCenterOutbox(db: Db, who: Who, centerId: string, q: PageQuery & OutboxFilter) {
  await assertCenterInScope(db, who.actor, centerId);
  const { limit, offset } = offsetOf(q);
  const { items, total } = await listOutbox(db, centerId, limit, offset, { status: q.status, channel: q.channel, event: q.event });
  return { items: items.map(outboxView), total, page: q.page, pageSize: q.pageSize };
}

/** 重发: a failed or given-up SMS or e-mail goes back to the dispatcher now (audited with the attempts it had). */
export async function retryOutboxMessage(db: Db, who: Who, centerId: string, id: string, now = new Date()) {
  return db.transaction(async (tx) => {
    await assertCenterInScope(tx, who.actor, centerId);
    const row = await lockOutboxRow(tx, centerId, id);
    if (!row) throw new DomainError('NOTIFICATION_MESSAGE_NOT_FOUND', { id });
    if (!retryable(row)) throw new DomainError('NOTIFICATION_NOT_RETRYABLE', { status: statusOf(row), channel: row.channel });
    const again = await requeue(tx, id, now);
    await auditBy(tx, who, {
      centerId,
      action: 'notification.outbox.retry',
      objectType: 'notificationOutbox',
      objectId: id,
      summary: { channel: row.channel, event: row.event, attempts: row.attempts, lastError: row.lastError },
    });
    return outboxView(again);
  });
}

/**
 * 发送测试通知: the manager sends an event with its sample values to an address of their own,
 * through the same enqueue and dispatcher as every other message, to see the wording arrive.
 */
export async function sendTestNotification(
  db: Db,
  who: Who,
  centerId: string,
  input: { event: string; lang: NotificationLang; mobile?: string | undefined; email?: string | undefined },
  now = new Date(),
) {
  const event = eventOrThrow(input.event);
  if (!input.mobile && !input.email) throw new DomainError('VALIDATION_FAILED', { to: 'mobile or email' });
  return db.transaction(async (tx) => {
    await assertCenterInScope(tx, who.actor, centerId);
    const channels = await enqueueNotification(
      tx,
      { centerId, event, vars: variablesOf(event) as never, to: { mobile: input.mobile, email: input.email }, lang: input.lang, ref: `test:${who.actor.staffId}` },
      now,
    );
    await auditBy(tx, who, { centerId, action: 'notification.test-send', objectType: 'notificationTemplate', objectId: event, summary: { channels, lang: input.lang } });
    return { channels };
  });
}

export { TemplateError };
