import {
  channelsOf,
  groupOf,
  notificationEvents,
  notificationGroupInfo,
  renderTemplate,
  secretEvents,
  type NotificationChannel,
  type EventVars,
  type NotificationEventKey,
  type NotificationGroup,
  type NotificationLang,
  type TemplateText,
} from '../../../domain/notification/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { readOnce, writeLater } from '../../platform/db/pipelined.ts';
import { insertRows } from '../../platform/db/json-rows.ts';
import { newId } from '../../platform/ids.ts';
import { notificationOutbox } from './notification.schema.ts';
import { contactByMobile, findOptOuts, findTemplates, insertInbox, type TemplateRow } from './template.queries.ts';

export interface NotificationRecipient {
  mobile?: string | null | undefined;
  email?: string | null | undefined;
  /** In-app inbox key, e.g. 'citizen:<accountId>' (its preferences cover every channel of the message). */
  inbox?: string | null | undefined;
}

export interface NotificationRequest<E extends NotificationEventKey = NotificationEventKey> {
  centerId: string;
  event: E;
  vars: Readonly<Record<EventVars<E>, string>>;
  to: NotificationRecipient;
  lang?: NotificationLang;
  /** What the message is about, e.g. 'case:<id>'. Sign-in codes get a 'secret:' ref so screens hide their digits. */
  ref: string;
}

export const mobileKey = (mobile: string) => `mobile:${mobile}`;
export const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const citizenKey = (accountId: string) => `citizen:${accountId}`;
/** A preference row for a whole group of events (通知分组), beside per-event rows and '*'. */
export const groupPreferenceKey = (group: NotificationGroup) => `group:${group}`;

/** The center's wording of the event on this channel, else the default of the event table. */
export async function templateFor(db: Db, centerId: string, event: NotificationEventKey, channel: NotificationChannel, lang: NotificationLang): Promise<TemplateText> {
  return templateOf(await findTemplates(db, centerId, event), event, channel, lang);
}

/** Among the center's rows of the event, the one of this channel and language, else the default. */
function templateOf(rows: readonly TemplateRow[], event: NotificationEventKey, channel: NotificationChannel, lang: NotificationLang): TemplateText {
  const own = rows.find((t) => t.channel === channel && t.lang === lang);
  return own ? { subject: own.subject, body: own.body } : notificationEvents[event].templates[lang];
}

/**
 * Called inside the transaction of the change the message reports: renders the center's
 * template (or the default) and writes one outbox row per channel the event allows, the
 * recipient has an address for and did not opt out of. A mobile that belongs to a signed-in
 * citizen (notification_contact) reaches the account's inbox and e-mail too, in its language.
 * SMS and e-mail wait for the dispatcher; the inbox is delivered on write (its outbox row is
 * written as sent, so the outbox lists every message). Events of a group that is no choice
 * (the sign-in code) ignore preferences. Throws TemplateError when a variable is missing.
 */
export async function enqueueNotification<E extends NotificationEventKey>(tx: Db, n: NotificationRequest<E>, now: Date): Promise<NotificationChannel[]> {
  const allowed = channelsOf(n.event);
  const group = groupOf(n.event);
  // The contact, the center's wordings of the event and the opt-outs of the addresses given in
  // one round trip (decision 0053): the step's transaction holds its case row meanwhile. Only
  // the addresses the contact adds (an account's inbox, its e-mail) need a second one.
  // readOnce: the messages of one application's cases ask the same, once (none of them changes these rows).
  const mobile = n.to.mobile && allowed.some((c) => c !== 'sms') ? n.to.mobile : undefined;
  const events = [n.event, groupPreferenceKey(group), '*'];
  const choosable = notificationGroupInfo[group].choosable;
  const optOutsOf = (keys: string[]) => (choosable && keys.length ? readOnce(tx, `notification:opt-outs:${JSON.stringify([keys, events])}`, () => findOptOuts(tx, keys, events)) : Promise.resolve([]));
  const givenKeys = [...new Set([n.to.mobile ? mobileKey(n.to.mobile) : null, n.to.email ? emailKey(n.to.email) : null, n.to.inbox ?? null].filter((k): k is string => !!k))];
  const [contact, own, givenOptOuts] = await Promise.all([
    mobile ? readOnce(tx, `notification:contact:${mobile}`, () => contactByMobile(tx, mobile)) : undefined,
    readOnce(tx, `notification:templates:${n.centerId}:${n.event}`, () => findTemplates(tx, n.centerId, n.event)),
    optOutsOf(givenKeys),
  ]);
  const inboxKey = n.to.inbox ?? contact?.recipientKey ?? null;
  const email = n.to.email ?? contact?.email ?? null;
  const lang = n.lang ?? (contact?.lang as NotificationLang | undefined) ?? 'zh';
  const wanted: { channel: NotificationChannel; to: string; key: string }[] = [];
  if (n.to.mobile) wanted.push({ channel: 'sms', to: n.to.mobile, key: mobileKey(n.to.mobile) });
  if (email) wanted.push({ channel: 'email', to: email.trim(), key: emailKey(email) });
  if (inboxKey) wanted.push({ channel: 'inbox', to: inboxKey, key: inboxKey });
  const addedKeys = [...new Set(wanted.map((w) => w.key))].filter((k) => !givenKeys.includes(k));
  const optOuts = [...givenOptOuts, ...(await optOutsOf(addedKeys))];
  const ref = secretEvents.has(n.event) && !n.ref.startsWith('secret:') ? `secret:${n.ref}` : n.ref;
  const written: NotificationChannel[] = [];
  for (const w of wanted) {
    if (!allowed.includes(w.channel)) continue;
    const out = optOuts.some((o) => o.channel === w.channel && (o.recipientKey === w.key || o.recipientKey === inboxKey));
    if (out) continue;
    const text = renderTemplate(templateOf(own, n.event, w.channel, lang), n.vars);
    const inbox = w.channel === 'inbox';
    if (inbox) await insertInbox(tx, { centerId: n.centerId, recipientKey: w.to, event: n.event, subject: text.subject, body: text.body, ref }, now);
    // Nobody waits for the outbox row: in the case write path's pipelined transaction it goes out with the next statement.
    await writeLater(tx, insertRows(notificationOutbox, [{
      id: newId(now.getTime()),
      centerId: n.centerId,
      channel: w.channel,
      to: w.to,
      text: text.body,
      subject: w.channel === 'sms' ? null : text.subject,
      event: n.event,
      ref,
      createdAt: now,
      nextAttemptAt: now,
      ...(inbox ? { state: 'sent', sentAt: now, attempts: 1 } : {}),
    }]));
    written.push(w.channel);
  }
  return written;
}
