// SQL of the case core's write side. Reads for the case page and the lists live in read/.
import { and, asc, eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { asOneStatement, commitWith } from '../../platform/db/pipelined.ts';
import type { Db } from '../../platform/db/types.ts';
import { applicantCreditListings, caseActions, caseMaterials, caseNotices, caseNumberCounters, caseRecords, caseVisits } from './case.schema.ts';

export type CaseRow = typeof caseRecords.$inferSelect;
export type MaterialLine = typeof caseMaterials.$inferSelect;
export type NoticeRow = typeof caseNotices.$inferSelect;

/**
 * The next serials of counter scopes, inside the caller's transaction, in one statement: the
 * row locks the upsert takes are held until commit, so two transactions never get the same
 * serial and a rolled-back one gives its serials back (gapless). Scopes are locked in sorted
 * order (two transactions drawing the same pair never deadlock); a scope asked n times
 * advances by n. Answers one serial per entry of `scopes`, in their order. The caller draws
 * last in its transaction and sends only `lastWrites` after it (decision 0026): the counter
 * rows are shared by every intake of an item and day, every notice of a department and year.
 */
export async function drawSerials(tx: Db, scopes: readonly string[]): Promise<number[]> {
  if (!scopes.length) return [];
  const rows = (await tx.execute(sql`
    INSERT INTO ${caseNumberCounters} (scope, last)
    SELECT value, count(*)::int FROM jsonb_array_elements_text(${JSON.stringify(scopes)}::jsonb) GROUP BY value ORDER BY value
    ON CONFLICT (scope) DO UPDATE SET last = ${caseNumberCounters}.last + excluded.last
    RETURNING scope, last`)) as unknown as { rows: { scope: string; last: number | string }[] };
  const next = new Map<string, number>();
  for (const r of rows.rows) next.set(r.scope, Number(r.last) - scopes.filter((s) => s === r.scope).length + 1);
  return scopes.map((s) => {
    const serial = next.get(s)!;
    next.set(s, serial + 1);
    return serial;
  });
}

const oneStatement = asOneStatement;

/** Several writes (INSERT/UPDATE builders or SQL) as one statement: one round trip, run in order. */
export async function lastWrites(tx: Db, writes: readonly SQLWrapper[]): Promise<void> {
  if (writes.length) await tx.execute(oneStatement(writes));
}

/**
 * The transaction's last writes (see lastWrites) with its COMMIT written right behind them
 * (decision 0026, 0047): in a pipelined transaction the database commits, and releases the
 * counter rows, without waiting for this process to read the answer — with 50 requests in
 * flight that wait was a round trip through a busy event loop. A failed statement turns the
 * COMMIT into a rollback, and its error is thrown as before. Elsewhere (PGlite: one
 * connection, nobody waits on its locks; a savepoint inside a caller's transaction) it is
 * lastWrites, and the transaction commits as usual.
 */
export async function lastWritesAndCommit(tx: Db, writes: readonly SQLWrapper[]): Promise<void> {
  if (writes.length) await commitWith(tx, oneStatement(writes));
}

/** The real numbers of cases inserted under a stand-in, as one UPDATE for lastWrites. */
export function numberCases(cases: readonly { id: string; number: string }[]): SQLWrapper {
  return sql`UPDATE ${caseRecords} SET number = v.number FROM jsonb_to_recordset(${JSON.stringify(cases)}::jsonb) AS v(id text, number text) WHERE ${caseRecords}.id = v.id`;
}

export async function lockCase(tx: Db, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await tx.select().from(caseRecords).where(eq(caseRecords.id, caseId)).limit(1).for('update');
  return row;
}

export async function findCase(db: Db, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(caseRecords).where(eq(caseRecords.id, caseId)).limit(1);
  return row;
}

export async function actionByKey(tx: Db, caseId: string, key: string) {
  const [row] = await tx
    .select()
    .from(caseActions)
    .where(and(eq(caseActions.caseId, caseId), eq(caseActions.idempotencyKey, key)))
    .limit(1);
  return row;
}

export async function insertAction(tx: Db, row: typeof caseActions.$inferInsert): Promise<void> {
  await tx.insert(caseActions).values(row);
}

/** Actions as an INSERT not yet sent (several rows in one, or part of lastWrites). */
export function actionsInsert(tx: Db, rows: (typeof caseActions.$inferInsert)[]) {
  return tx.insert(caseActions).values(rows);
}

export function noticesInsert(tx: Db, rows: (typeof caseNotices.$inferInsert)[]) {
  return tx.insert(caseNotices).values(rows);
}

export function materialLines(db: Db, caseId: string): Promise<MaterialLine[]> {
  return db.select().from(caseMaterials).where(eq(caseMaterials.caseId, caseId)).orderBy(asc(caseMaterials.seq));
}

export async function updateMaterialLine(tx: Db, caseId: string, materialId: string, set: Partial<MaterialLine>): Promise<void> {
  await tx
    .update(caseMaterials)
    .set(set)
    .where(and(eq(caseMaterials.caseId, caseId), eq(caseMaterials.materialId, materialId)));
}

export function noticesOf(db: Db, caseId: string): Promise<NoticeRow[]> {
  return db.select().from(caseNotices).where(eq(caseNotices.caseId, caseId)).orderBy(asc(caseNotices.issuedAt), asc(caseNotices.number));
}

/** The projection's update as a statement not yet sent (part of lastWrites). */
export function caseUpdate(tx: Db, caseId: string, set: Partial<CaseRow>) {
  return tx.update(caseRecords).set(set).where(eq(caseRecords.id, caseId));
}

export function visitInsert(tx: Db, row: typeof caseVisits.$inferInsert) {
  return tx.insert(caseVisits).values(row);
}

/** Listed on the center's (or a center above it) bad-credit list and not lifted. */
export async function isBadCredit(db: Db, centerPath: string, idType: string, idNumber: string): Promise<boolean> {
  const ids = centerPath.split('/').filter(Boolean);
  const [row] = await db
    .select({ id: applicantCreditListings.id })
    .from(applicantCreditListings)
    .where(
      and(
        eq(applicantCreditListings.idType, idType),
        eq(applicantCreditListings.idNumber, idNumber),
        sql`${applicantCreditListings.centerId} IN ${ids}`,
        sql`${applicantCreditListings.liftedAt} IS NULL`,
      ),
    )
    .limit(1);
  return !!row;
}
