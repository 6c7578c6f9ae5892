// SQL of the online application module (its own three tables only).
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, like, ne, sql } from 'drizzle-orm';
import type { OnlineStatus } from '../../../domain/online/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { onlineApplicationEvents, onlineApplicationFiles, onlineApplications } from './online.schema.ts';

export type ApplicationRow = typeof onlineApplications.$inferSelect;
export type EventRow = typeof onlineApplicationEvents.$inferSelect;
export type FileRow = typeof onlineApplicationFiles.$inferSelect;

const live = isNull(onlineApplications.deletedAt);

export async function insertApplication(tx: Db, row: typeof onlineApplications.$inferInsert): Promise<void> {
  await tx.insert(onlineApplications).values(row);
}

export async function findApplication(db: Db, id: string, opts: { lock?: boolean } = {}): Promise<ApplicationRow | undefined> {
  const q = db
    .select()
    .from(onlineApplications)
    .where(and(eq(onlineApplications.id, id), live))
    .limit(1);
  const [row] = opts.lock ? await q.for('update') : await q;
  return row;
}

export async function updateApplication(tx: Db, id: string, set: Partial<typeof onlineApplications.$inferInsert>): Promise<void> {
  await tx.update(onlineApplications).set(set).where(eq(onlineApplications.id, id));
}

export function applicationsOfAccount(db: Db, accountId: string) {
  return db
    .select()
    .from(onlineApplications)
    .where(and(eq(onlineApplications.accountId, accountId), live))
    .orderBy(desc(onlineApplications.updatedAt))
    .limit(200);
}

/** The pre-review queue of a center subtree: soonest due first, then the earliest submitted. */
export async function queueOf(db: Db, centerPath: string, status: OnlineStatus, page: { limit: number; offset: number }) {
  const where = and(
    live,
    isNotNull(onlineApplications.submittedAt),
    eq(onlineApplications.status, status),
    like(onlineApplications.centerPath, `${centerPath}%`),
  );
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(onlineApplications)
      .where(where)
      .orderBy(asc(onlineApplications.reviewDue), asc(onlineApplications.submittedAt), asc(onlineApplications.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(onlineApplications).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0) };
}

export async function waitingIn(db: Db, centerPath: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(onlineApplications)
    .where(and(live, eq(onlineApplications.status, 'submitted'), like(onlineApplications.centerPath, `${centerPath}%`)));
  return Number(row?.n ?? 0);
}

// ---- history ----

export async function appendEvent(tx: Db, e: Omit<typeof onlineApplicationEvents.$inferInsert, 'seq'>): Promise<void> {
  const seq = sql<number>`(SELECT coalesce(max(${onlineApplicationEvents.seq}), 0) + 1 FROM ${onlineApplicationEvents} WHERE ${onlineApplicationEvents.applicationId} = ${e.applicationId})`;
  await tx.insert(onlineApplicationEvents).values({ ...e, seq });
}

export function eventsOf(db: Db, applicationId: string) {
  return db
    .select()
    .from(onlineApplicationEvents)
    .where(eq(onlineApplicationEvents.applicationId, applicationId))
    .orderBy(asc(onlineApplicationEvents.seq));
}

// ---- files ----

export async function insertFile(tx: Db, row: typeof onlineApplicationFiles.$inferInsert): Promise<void> {
  await tx.insert(onlineApplicationFiles).values(row);
}

export function filesOf(db: Db, applicationId: string) {
  return db
    .select()
    .from(onlineApplicationFiles)
    .where(and(eq(onlineApplicationFiles.applicationId, applicationId), isNull(onlineApplicationFiles.removedAt)))
    .orderBy(asc(onlineApplicationFiles.createdAt), asc(onlineApplicationFiles.id));
}

export async function findFile(db: Db, applicationId: string, fileId: string): Promise<FileRow | undefined> {
  const [row] = await db
    .select()
    .from(onlineApplicationFiles)
    .where(
      and(
        eq(onlineApplicationFiles.id, fileId),
        eq(onlineApplicationFiles.applicationId, applicationId),
        isNull(onlineApplicationFiles.removedAt),
      ),
    )
    .limit(1);
  return row;
}

export async function removeFile(tx: Db, fileId: string, at: Date): Promise<void> {
  await tx.update(onlineApplicationFiles).set({ removedAt: at }).where(eq(onlineApplicationFiles.id, fileId));
}

/** A file of the account's other applications (免提交), live or removed from a draft since. */
export async function accountFile(db: Db, accountId: string, fileId: string): Promise<FileRow | undefined> {
  const [row] = await db
    .select()
    .from(onlineApplicationFiles)
    .where(and(eq(onlineApplicationFiles.id, fileId), eq(onlineApplicationFiles.accountId, accountId)))
    .limit(1);
  return row;
}

/** The account's earlier files, newest first, one per content (optionally of one material). */
export async function earlierFiles(db: Db, accountId: string, materialId?: string, exceptApplication?: string) {
  const rows = await db
    .select()
    .from(onlineApplicationFiles)
    .innerJoin(onlineApplications, eq(onlineApplications.id, onlineApplicationFiles.applicationId))
    .where(
      and(
        eq(onlineApplicationFiles.accountId, accountId),
        isNull(onlineApplicationFiles.removedAt),
        ...(materialId ? [eq(onlineApplicationFiles.materialId, materialId)] : []),
        ...(exceptApplication ? [ne(onlineApplicationFiles.applicationId, exceptApplication)] : []),
      ),
    )
    .orderBy(desc(onlineApplicationFiles.createdAt))
    .limit(100);
  const seen = new Set<string>();
  return rows.map((r) => r.online_application_file).filter((f) => (seen.has(f.sha256) ? false : (seen.add(f.sha256), true)));
}

export async function countFiles(db: Db, applicationId: string, itemId: string, materialId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(onlineApplicationFiles)
    .where(
      and(
        eq(onlineApplicationFiles.applicationId, applicationId),
        eq(onlineApplicationFiles.itemId, itemId),
        eq(onlineApplicationFiles.materialId, materialId),
        isNull(onlineApplicationFiles.removedAt),
      ),
    );
  return Number(row?.n ?? 0);
}

export function filesOfApplications(db: Db, ids: readonly string[]) {
  if (!ids.length) return Promise.resolve([] as FileRow[]);
  return db
    .select()
    .from(onlineApplicationFiles)
    .where(and(inArray(onlineApplicationFiles.applicationId, [...ids]), isNull(onlineApplicationFiles.removedAt)));
}
