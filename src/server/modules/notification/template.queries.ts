import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { notificationInbox, notificationPreference, notificationTemplate } from './notification.schema.ts';

export type TemplateRow = typeof notificationTemplate.$inferSelect;
export type InboxRow = typeof notificationInbox.$inferSelect;

export async function findTemplates(db: Db, centerId: string, event?: string): Promise<TemplateRow[]> {
  const where = event ? and(eq(notificationTemplate.centerId, centerId), eq(notificationTemplate.event, event)) : eq(notificationTemplate.centerId, centerId);
  return db.select().from(notificationTemplate).where(where);
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

/** The opt-outs among these recipient keys that cover this event (or every event, '*'). */
export async function findOptOuts(db: Db, recipientKeys: string[], event: string) {
  if (!recipientKeys.length) return [];
  return db
    .select({ recipientKey: notificationPreference.recipientKey, channel: notificationPreference.channel })
    .from(notificationPreference)
    .where(
      and(
        inArray(notificationPreference.recipientKey, recipientKeys),
        inArray(notificationPreference.event, [event, '*']),
        eq(notificationPreference.optedOut, true),
      ),
    );
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

export async function listInbox(db: Db, recipientKey: string, limit: number): Promise<InboxRow[]> {
  return db.select().from(notificationInbox).where(eq(notificationInbox.recipientKey, recipientKey)).orderBy(desc(notificationInbox.createdAt)).limit(limit);
}
