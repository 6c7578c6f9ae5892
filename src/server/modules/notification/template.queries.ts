import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { shaped } from '../../platform/db/shaped.ts';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { notificationContact, notificationInbox, notificationPreference, notificationTemplate } from './notification.schema.ts';

export type TemplateRow = typeof notificationTemplate.$inferSelect;
export type InboxRow = typeof notificationInbox.$inferSelect;
export type ContactRow = typeof notificationContact.$inferSelect;

// Every message a write path queues reads these (decision 0053: built once, prepared per connection).
const templatesOfCenter = shaped<TemplateRow>('notification_templates_of_center', (db) => db.select().from(notificationTemplate).where(eq(notificationTemplate.centerId, sql.placeholder('centerId'))));
const templatesOfEvent = shaped<TemplateRow>('notification_templates_of_event', (db) =>
  db.select().from(notificationTemplate).where(and(eq(notificationTemplate.centerId, sql.placeholder('centerId')), eq(notificationTemplate.event, sql.placeholder('event')))),
);
const optOutsOf = shaped<{ recipientKey: string; channel: string }>('notification_opt_outs', (db) =>
  db
    .select({ recipientKey: notificationPreference.recipientKey, channel: notificationPreference.channel })
    .from(notificationPreference)
    .where(and(sql`${notificationPreference.recipientKey} = ANY(${sql.placeholder('keys')}::text[])`, sql`${notificationPreference.event} = ANY(${sql.placeholder('events')}::text[])`, eq(notificationPreference.optedOut, true))),
);
const contactOfMobile = shaped<ContactRow>('notification_contact_by_mobile', (db) =>
  db.select().from(notificationContact).where(eq(notificationContact.mobile, sql.placeholder('mobile'))).orderBy(desc(notificationContact.updatedAt)).limit(1),
);

export async function findTemplates(db: Db, centerId: string, event?: string): Promise<TemplateRow[]> {
  return event ? templatesOfEvent(db, { centerId, event }) : templatesOfCenter(db, { centerId });
}

export async function upsertTemplate(db: Db, row: TemplateRow): Promise<void> {
  await db
    .insert(notificationTemplate)
    .values(row)
    .onConflictDoUpdate({
      target: [notificationTemplate.centerId, notificationTemplate.event, notificationTemplate.channel, notificationTemplate.lang],
      set: { subject: row.subject, body: row.body, updatedBy: row.updatedBy, updatedAt: row.updatedAt },
    });
}

export async function deleteTemplate(db: Db, key: { centerId: string; event: string; channel: string; lang: string }): Promise<TemplateRow | undefined> {
  const [gone] = await db
    .delete(notificationTemplate)
    .where(
      and(
        eq(notificationTemplate.centerId, key.centerId),
        eq(notificationTemplate.event, key.event),
        eq(notificationTemplate.channel, key.channel),
        eq(notificationTemplate.lang, key.lang),
      ),
    )
    .returning();
  return gone;
}

/** The opt-outs among these recipient keys that cover one of these events (the event, its group 'group:<g>', or '*'). */
export async function findOptOuts(db: Db, recipientKeys: string[], events: string[]) {
  if (!recipientKeys.length) return [];
  return optOutsOf(db, { keys: recipientKeys, events });
}

export async function upsertPreference(db: Db, p: { recipientKey: string; channel: string; event: string; optedOut: boolean }, now: Date): Promise<void> {
  await db
    .insert(notificationPreference)
    .values({ ...p, updatedAt: now })
    .onConflictDoUpdate({
      target: [notificationPreference.recipientKey, notificationPreference.channel, notificationPreference.event],
      set: { optedOut: p.optedOut, updatedAt: now },
    });
}

export async function insertInbox(db: Db, m: Omit<InboxRow, 'id' | 'readAt' | 'createdAt'>, now: Date): Promise<void> {
  await db.insert(notificationInbox).values({ id: newId(now.getTime()), ...m, createdAt: now });
}

export async function listInbox(db: Db, recipientKeys: string[], limit: number): Promise<InboxRow[]> {
  return db
    .select()
    .from(notificationInbox)
    .where(inArray(notificationInbox.recipientKey, recipientKeys))
    .orderBy(desc(notificationInbox.createdAt), desc(notificationInbox.id))
    .limit(limit);
}

export async function countUnread(db: Db, recipientKeys: string[]): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(notificationInbox)
    .where(and(inArray(notificationInbox.recipientKey, recipientKeys), isNull(notificationInbox.readAt)));
  return Number(r?.n ?? 0);
}

/** Marks read one message of these keys (undefined: not theirs or not there), or all of them (id null). */
export async function markInboxRead(db: Db, recipientKeys: string[], id: string | null, now: Date): Promise<number> {
  const mine = inArray(notificationInbox.recipientKey, recipientKeys);
  if (id !== null) {
    const [row] = await db.select({ id: notificationInbox.id, readAt: notificationInbox.readAt }).from(notificationInbox).where(and(mine, eq(notificationInbox.id, id)));
    if (!row) return 0;
    if (!row.readAt) await db.update(notificationInbox).set({ readAt: now }).where(eq(notificationInbox.id, id));
    return 1;
  }
  const done = await db
    .update(notificationInbox)
    .set({ readAt: now })
    .where(and(mine, isNull(notificationInbox.readAt)))
    .returning({ id: notificationInbox.id });
  return done.length;
}

export async function contactByKey(db: Db, recipientKey: string): Promise<ContactRow | undefined> {
  const [row] = await db.select().from(notificationContact).where(eq(notificationContact.recipientKey, recipientKey));
  return row;
}

/** The signed-in account behind a mobile number, if any (the latest to sign in with it). */
export async function contactByMobile(db: Db, mobile: string): Promise<ContactRow | undefined> {
  const [row] = await contactOfMobile(db, { mobile });
  return row;
}

/** Writes the contact; `email`/`lang` undefined keep what is there (sign-in only refreshes the mobile). */
export async function upsertContact(db: Db, c: { recipientKey: string; mobile: string; email?: string | null | undefined; lang?: string | undefined }, now: Date): Promise<void> {
  await db
    .insert(notificationContact)
    .values({ recipientKey: c.recipientKey, mobile: c.mobile, email: c.email ?? null, lang: c.lang ?? 'zh', updatedAt: now })
    .onConflictDoUpdate({
      target: notificationContact.recipientKey,
      set: { mobile: c.mobile, updatedAt: now, ...(c.email !== undefined ? { email: c.email } : {}), ...(c.lang !== undefined ? { lang: c.lang } : {}) },
    });
}

export async function preferencesOf(db: Db, recipientKeys: string[]) {
  if (!recipientKeys.length) return [];
  return db.select().from(notificationPreference).where(inArray(notificationPreference.recipientKey, recipientKeys));
}
