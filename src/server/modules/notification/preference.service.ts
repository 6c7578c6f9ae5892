import { isNotificationEvent, notificationChannels, type NotificationChannel } from '../../../domain/notification/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { auditBy } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/types.ts';
import { listInbox, upsertPreference } from './template.queries.ts';

export interface PreferenceChange {
  /** 'citizen:<accountId>', 'mobile:<number>' or 'email:<address>' (see mobileKey/emailKey). */
  recipientKey: string;
  channel: NotificationChannel;
  /** An event of the table, or '*' for every event. */
  event: string;
  optedOut: boolean;
}

/**
 * The one write of a person's notification preference (通知偏好). The citizen portal calls it
 * for a signed-in account (no HTTP route yet: the citizen accounts land on another branch);
 * the audit row names the person as a visitor, never their address.
 */
export async function setNotificationPreference(db: Db, by: { ip: string }, p: PreferenceChange, now = new Date()): Promise<void> {
  if (!notificationChannels.includes(p.channel)) throw new DomainError('VALIDATION_FAILED', { channel: p.channel });
  if (p.event !== '*' && !isNotificationEvent(p.event)) throw new DomainError('NOTIFICATION_EVENT_UNKNOWN', { event: p.event });
  await db.transaction(async (tx) => {
    await upsertPreference(tx, p, now);
    await auditBy(tx, { ip: by.ip, visitorLabel: '群众（通知偏好）' }, {
      centerId: null,
      action: 'notification.preference.set',
      objectType: 'notificationPreference',
      objectId: p.recipientKey.split(':')[0] ?? 'recipient',
      summary: { channel: p.channel, event: p.event, optedOut: p.optedOut },
    });
  });
}

/** 站内信: the latest messages of one recipient key, for the citizen portal. */
export async function inboxOf(db: Db, recipientKey: string, limit = 50) {
  return listInbox(db, recipientKey, limit);
}
