// SQL of the archive: its two tables, and the audit rows of a case (through the platform's search).
import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { searchAudit } from '../../platform/audit/audit.ts';
import { archiveBatches, archivePackages } from './archive.schema.ts';

export type BatchRow = typeof archiveBatches.$inferSelect;
export type PackageRow = typeof archivePackages.$inferSelect;

export async function findBatch(db: Db, id: string): Promise<BatchRow | undefined> {
  const [row] = await db.select().from(archiveBatches).where(eq(archiveBatches.id, id)).limit(1);
  return row;
}

export async function batchOf(db: Db, centerId: string, month: string): Promise<BatchRow | undefined> {
  const [row] = await db
    .select()
    .from(archiveBatches)
    .where(and(eq(archiveBatches.centerId, centerId), eq(archiveBatches.month, month)))
    .limit(1);
  return row;
}

export function listBatches(db: Db, where: SQL, limit: number, offset: number) {
  return db.select().from(archiveBatches).where(where).orderBy(desc(archiveBatches.month), asc(archiveBatches.centerId)).limit(limit).offset(offset);
}

export async function countBatches(db: Db, where: SQL): Promise<number> {
  const [row] = await db.select({ n: count() }).from(archiveBatches).where(where);
  return Number(row?.n ?? 0);
}

export function packagesOf(db: Db, batchId: string): Promise<PackageRow[]> {
  return db.select().from(archivePackages).where(eq(archivePackages.batchId, batchId)).orderBy(asc(archivePackages.retentionPeriod), asc(archivePackages.itemNo));
}

export async function findPackage(db: Db, id: string): Promise<PackageRow | undefined> {
  const [row] = await db.select().from(archivePackages).where(eq(archivePackages.id, id)).limit(1);
  return row;
}

export { archiveBatches };

export async function insertBatch(tx: Db, batch: typeof archiveBatches.$inferInsert, packages: (typeof archivePackages.$inferInsert)[]): Promise<void> {
  await tx.insert(archiveBatches).values(batch);
  if (packages.length) await tx.insert(archivePackages).values(packages);
}

/** The audit rows about a case and about its tasks, oldest first. */
export async function auditOfCase(db: Db, caseId: string, taskIds: readonly string[]) {
  const all = await Promise.all([
    searchAudit(db, { objectId: caseId, limit: 5000, offset: 0 }),
    ...taskIds.map((id) => searchAudit(db, { objectType: 'case_task', objectId: id, limit: 1000, offset: 0 })),
  ]);
  return all.flatMap((r) => r.items).sort((a, b) => Number(a.seq) - Number(b.seq));
}

export async function findPackageByCode(db: Db, archiveCode: string): Promise<PackageRow | undefined> {
  const [row] = await db.select().from(archivePackages).where(eq(archivePackages.archiveCode, archiveCode)).limit(1);
  return row;
}
