import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { DEFAULT_LED_TEMPLATE, DEFAULT_VOICE_TEMPLATE, greenChannelClasses, WAIT_SAMPLE } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { hallSettings, ticketCategories, windowCategories } from '../queue.schema.ts';

export type CategoryRow = typeof ticketCategories.$inferSelect;
export type SettingsRow = Omit<typeof hallSettings.$inferSelect, 'updatedAt' | 'updatedBy'>;

export async function findCategory(db: Db, id: string): Promise<CategoryRow | undefined> {
  const [row] = await db.select().from(ticketCategories).where(eq(ticketCategories.id, id)).limit(1);
  return row;
}

export function listCategories(db: Db, centerId: string, includeInactive = false): Promise<CategoryRow[]> {
  return db
    .select()
    .from(ticketCategories)
    .where(and(eq(ticketCategories.centerId, centerId), includeInactive ? undefined : eq(ticketCategories.active, true)))
    .orderBy(asc(ticketCategories.sortOrder), asc(ticketCategories.prefix));
}

export async function insertCategory(db: Db, row: typeof ticketCategories.$inferInsert): Promise<CategoryRow> {
  const [out] = await db.insert(ticketCategories).values(row).returning();
  return out!;
}

export async function updateCategory(db: Db, id: string, patch: Partial<typeof ticketCategories.$inferInsert>): Promise<CategoryRow> {
  const [out] = await db
    .update(ticketCategories)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(ticketCategories.id, id))
    .returning();
  return out!;
}

export async function windowCategoryIds(db: Db, windowId: string): Promise<string[]> {
  const rows = await db.select({ id: windowCategories.categoryId }).from(windowCategories).where(eq(windowCategories.windowId, windowId));
  return rows.map((r) => r.id);
}

export async function replaceWindowCategories(db: Db, windowId: string, categoryIds: readonly string[]): Promise<void> {
  await db.delete(windowCategories).where(eq(windowCategories.windowId, windowId));
  if (categoryIds.length) await db.insert(windowCategories).values(categoryIds.map((categoryId) => ({ windowId, categoryId })));
}

/** Every window ↔ category pair of a center's categories. */
export function listWindowCategories(db: Db, centerId: string): Promise<{ windowId: string; categoryId: string }[]> {
  return db
    .select({ windowId: windowCategories.windowId, categoryId: windowCategories.categoryId })
    .from(windowCategories)
    .innerJoin(ticketCategories, eq(ticketCategories.id, windowCategories.categoryId))
    .where(eq(ticketCategories.centerId, centerId));
}

export function categoriesOfCenter(db: Db, centerId: string, ids: readonly string[]): Promise<CategoryRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(ticketCategories)
    .where(and(eq(ticketCategories.centerId, centerId), inArray(ticketCategories.id, [...ids])));
}

export function defaultSettings(centerId: string): SettingsRow {
  return {
    centerId,
    voiceTemplate: DEFAULT_VOICE_TEMPLATE,
    ledTemplate: DEFAULT_LED_TEMPLATE,
    recallIntervalSeconds: 15,
    noShowAfterCalls: 3,
    waitSample: WAIT_SAMPLE,
    noticeText: '',
    remoteTickets: true,
    restDayTickets: false,
    endOfDay: 'close',
    greenChannels: [...greenChannelClasses],
    ticketFooter: '',
    summerFrom: null,
    summerTo: null,
    screenStaffNames: false,
  };
}

/** The hall's settings, or the defaults of FACTS §H when the manager never changed them. */
export async function findSettings(db: Db, centerId: string): Promise<SettingsRow> {
  const [row] = await db.select().from(hallSettings).where(eq(hallSettings.centerId, centerId)).limit(1);
  if (!row) return defaultSettings(centerId);
  const { updatedAt: _u, updatedBy: _b, ...rest } = row;
  return rest;
}

export async function upsertSettings(db: Db, row: SettingsRow & { updatedBy: string }): Promise<void> {
  const { centerId: _c, ...set } = row;
  await db
    .insert(hallSettings)
    .values(row)
    .onConflictDoUpdate({ target: hallSettings.centerId, set: { ...set, updatedAt: sql`now()` } });
}
