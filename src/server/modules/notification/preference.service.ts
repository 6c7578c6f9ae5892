import {
  channelsOf,
  isNotificationEvent,
  notificationChannels,
  notificationEventKeys,
  notificationEvents,
  notificationGroupInfo,
  notificationGroups,
  type NotificationChannel,
  type NotificationGroup,
  type NotificationLang,
} from '../../../domain/notification/index.ts';
import { maskMobile } from '../../../domain/identifiers/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { auditBy, recordAudit } from '../../platform/audit/audit.ts';
import type { Citizen } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { citizenKey, groupPreferenceKey, mobileKey } from './enqueue.ts';
import { contactByKey, countUnread, listInbox, markInboxRead, preferencesOf, upsertContact, upsertPreference } from './template.queries.ts';

export interface PreferenceChange {
  /** 'citizen:<accountId>', 'mobile:<number>' or 'email:<address>' (see mobileKey/emailKey). */
  recipientKey: string;
  channel: NotificationChannel;
  /** An event of the table, 'group:<group>' for a group of events, or '*' for every event. */
  event: string;
  optedOut: boolean;
}

const isGroupKey = (event: string) => event.startsWith('group:') && (notificationGroups as readonly string[]).includes(event.slice(6));

/**
 * The one write of a single notification preference (通知偏好), for a recipient without an
 * account (a mobile or an address); the audit row names the person as a visitor, never their address.
 */
export async function setNotificationPreference(db: Db, by: { ip: string }, p: PreferenceChange, now = new Date()): Promise<void> {
  if (!notificationChannels.includes(p.channel)) throw new DomainError('VALIDATION_FAILED', { channel: p.channel });
  if (p.event !== '*' && !isGroupKey(p.event) && !isNotificationEvent(p.event)) throw new DomainError('NOTIFICATION_EVENT_UNKNOWN', { event: p.event });
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

/** The channels the events of a group may go out on (a group of SMS-only events offers only SMS). */
function groupChannels(group: NotificationGroup): NotificationChannel[] {
  const events = notificationEventKeys.filter((k) => notificationEvents[k].group === group);
  return notificationChannels.filter((c) => events.some((k) => channelsOf(k).includes(c)));
}

/** The groups that have events (a group a catalog has not filled yet is not shown). */
const shownGroups = () => notificationGroups.filter((g) => notificationEventKeys.some((k) => notificationEvents[k].group === g));

/**
 * The signed-in account's contact: written at each sign-in, so a message to the mobile reaches
 * the account's inbox (and e-mail, once given) from then on. The citizen module calls it.
 */
export async function registerCitizenContact(tx: Db, citizen: { accountId: string; mobile: string }, now: Date): Promise<void> {
  await upsertContact(tx, { recipientKey: citizenKey(citizen.accountId), mobile: citizen.mobile }, now);
}

/** 通知设置 of the signed-in citizen: per group, the channels and whether each is on. */
export async function citizenPreferences(db: Db, citizen: Citizen, lang: NotificationLang = 'zh') {
  const key = citizenKey(citizen.accountId);
  const [contact, prefs] = await Promise.all([contactByKey(db, key), preferencesOf(db, [key])]);
  const email = contact?.email ?? null;
  const off = (group: NotificationGroup, channel: NotificationChannel) =>
    prefs.some((p) => p.optedOut && p.channel === channel && (p.event === groupPreferenceKey(group) || p.event === '*'));
  return {
    mobile: maskMobile(citizen.mobile),
    email,
    lang: (contact?.lang ?? 'zh') as NotificationLang,
    groups: shownGroups().map((group) => {
      const info = notificationGroupInfo[group];
      return {
        group,
        label: info.label[lang],
        choosable: info.choosable,
        events: notificationEventKeys.filter((k) => notificationEvents[k].group === group).map((event) => ({ event, label: notificationEvents[event].label[lang] })),
        channels: groupChannels(group).map((channel) => ({
          channel,
          available: channel !== 'email' || email !== null,
          enabled: info.choosable ? !off(group, channel) && (channel !== 'email' || email !== null) : true,
        })),
      };
    }),
  };
}

export interface CitizenPreferenceInput {
  email: string | null;
  lang: NotificationLang;
  groups: { group: NotificationGroup; channels: Partial<Record<NotificationChannel, boolean>> }[];
}

/**
 * The citizen's one write of their 通知设置: the e-mail address and language, and per group the
 * channels on or off. A group that is no choice (security) or a channel its events never use
 * is refused (422 NOTIFICATION_CHANNEL_FIXED) before anything is written. Audited without the address.
 */
export async function saveCitizenPreferences(db: Db, citizen: Citizen, input: CitizenPreferenceInput, ip: string, now = new Date()) {
  for (const g of input.groups) {
    const allowed = groupChannels(g.group);
    for (const [channel, on] of Object.entries(g.channels) as [NotificationChannel, boolean | undefined][]) {
      if (on === undefined) continue;
      if (!allowed.includes(channel) || (!notificationGroupInfo[g.group].choosable && !on)) throw new DomainError('NOTIFICATION_CHANNEL_FIXED', { group: g.group, channel });
    }
  }
  const key = citizenKey(citizen.accountId);
  const email = input.email?.trim() || null;
  await db.transaction(async (tx) => {
    await upsertContact(tx, { recipientKey: key, mobile: citizen.mobile, email, lang: input.lang }, now);
    const changes: { group: NotificationGroup; channel: NotificationChannel; on: boolean }[] = [];
    for (const g of input.groups) {
      if (!notificationGroupInfo[g.group].choosable) continue;
      for (const [channel, on] of Object.entries(g.channels) as [NotificationChannel, boolean | undefined][]) {
        if (on === undefined) continue;
        await upsertPreference(tx, { recipientKey: key, channel, event: groupPreferenceKey(g.group), optedOut: !on }, now);
        changes.push({ group: g.group, channel, on });
      }
    }
    await recordAudit(tx, {
      actorId: citizen.accountId,
      actorName: `公众 ${maskMobile(citizen.mobile)}`,
      actorRole: 'citizen',
      ip,
      action: 'notification.preference.set',
      objectType: 'notificationPreference',
      objectId: citizen.accountId,
      summary: { email: email !== null, lang: input.lang, changes },
    });
  });
  return citizenPreferences(db, citizen, input.lang);
}

/** The keys a citizen's messages are kept under: the account, and the mobile it signs in with. */
const inboxKeysOf = (citizen: Citizen) => [citizenKey(citizen.accountId), mobileKey(citizen.mobile)];

/** 站内信 of the signed-in citizen: the latest messages and the unread count. */
export async function citizenInbox(db: Db, citizen: Citizen, limit = 50) {
  const keys = inboxKeysOf(citizen);
  const [items, unread] = await Promise.all([listInbox(db, keys, limit), countUnread(db, keys)]);
  return { items: items.map((m) => ({ id: m.id, event: m.event, subject: m.subject, body: m.body, createdAt: m.createdAt, readAt: m.readAt })), unread };
}

/** Marks one of the citizen's own messages read (another's, or none: 404), or all of them. */
export async function markCitizenInboxRead(db: Db, citizen: Citizen, id: string | null, now = new Date()) {
  const keys = inboxKeysOf(citizen);
  const n = await markInboxRead(db, keys, id, now);
  if (id !== null && n === 0) throw new DomainError('NOTIFICATION_MESSAGE_NOT_FOUND', { id });
  return { unread: await countUnread(db, keys) };
}

/** 站内信: the latest messages of one recipient key. */
export async function inboxOf(db: Db, recipientKey: string, limit = 50) {
  return listInbox(db, [recipientKey], limit);
}
