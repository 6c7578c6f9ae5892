// SQL of the e-certificate module (its own two tables only).
import { and, asc, desc, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { certificateKeys, eCertificates } from './certificate.schema.ts';

export type CertificateRow = typeof eCertificates.$inferSelect;
export type KeyRow = typeof certificateKeys.$inferSelect;

export async function activeKey(db: Db, opts: { lock?: boolean } = {}): Promise<KeyRow | undefined> {
  const q = db.select().from(certificateKeys).where(eq(certificateKeys.active, true)).limit(1);
  const [row] = opts.lock ? await q.for('update') : await q;
  return row;
}

export async function keyById(db: Db, id: string): Promise<KeyRow | undefined> {
  const [row] = await db.select().from(certificateKeys).where(eq(certificateKeys.id, id)).limit(1);
  return row;
}

export function allKeys(db: Db): Promise<KeyRow[]> {
  return db.select().from(certificateKeys).orderBy(desc(certificateKeys.createdAt));
}

export async function insertKey(tx: Db, row: typeof certificateKeys.$inferInsert): Promise<void> {
  await tx.insert(certificateKeys).values(row);
}

export async function retireKey(tx: Db, id: string, at: Date): Promise<void> {
  await tx.update(certificateKeys).set({ active: false, retiredAt: at }).where(eq(certificateKeys.id, id));
}

export async function currentOfCase(db: Db, caseId: string): Promise<CertificateRow | undefined> {
  const [row] = await db
    .select()
    .from(eCertificates)
    .where(and(eq(eCertificates.caseId, caseId), isNull(eCertificates.revokedAt)))
    .limit(1);
  return row;
}

/** A case's certificates, oldest first, without their PDFs. */
export function certificatesOfCase(db: Db, caseId: string) {
  const { pdf: _pdf, ...columns } = getTableColumns(eCertificates);
  return db.select(columns).from(eCertificates).where(eq(eCertificates.caseId, caseId)).orderBy(asc(eCertificates.issuedAt));
}

export async function certificateById(db: Db, id: string, opts: { lock?: boolean } = {}): Promise<CertificateRow | undefined> {
  const q = db.select().from(eCertificates).where(eq(eCertificates.id, id)).limit(1);
  const [row] = opts.lock ? await q.for('update') : await q;
  return row;
}

export async function certificateByCode(db: Db, code: string): Promise<CertificateRow | undefined> {
  const [row] = await db.select().from(eCertificates).where(eq(eCertificates.code, code)).limit(1);
  return row;
}

export async function insertCertificate(tx: Db, row: typeof eCertificates.$inferInsert): Promise<void> {
  await tx.insert(eCertificates).values(row);
}

export async function markRevoked(tx: Db, id: string, set: { revokedAt: Date; revokedBy: string; revokeReason: string }): Promise<void> {
  await tx.update(eCertificates).set(set).where(eq(eCertificates.id, id));
}

/** 免提交 (issue #19): the certificates in force of these cases, without their PDFs, newest first. */
export function currentOfCases(db: Db, caseIds: readonly string[]) {
  const { pdf: _pdf, ...columns } = getTableColumns(eCertificates);
  if (!caseIds.length) return Promise.resolve([]);
  return db
    .select({ ...columns, size: sql<number>`octet_length(${eCertificates.pdf})` })
    .from(eCertificates)
    .where(and(inArray(eCertificates.caseId, [...caseIds]), isNull(eCertificates.revokedAt)))
    .orderBy(desc(eCertificates.issuedAt));
}
