// SQL of the case core's write side. Reads for the case page and the lists live in read/.
import { and, asc, eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { asOneStatement, commitWith } from '../../platform/db/pipelined.ts';
import { insertRows, updateRow } from '../../platform/db/json-rows.ts';
import { shaped } from '../../platform/db/shaped.ts';
import type { Db } from '../../platform/db/types.ts';
import type { NumberTemplate } from '../../../domain/case/index.ts';
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
 * last in its transaction and sends only its last statement after it (decision 0026): the
 * counter rows are shared by every intake of an item and day, every notice of a department
 * and year. The write path's own numbers are drawn inside its last statement (drawAndCommit);
 * this is for the rarer numbers (special procedures, an escalated case above).
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

/**
 * The transaction's last writes as one statement (asOneStatement) with its COMMIT written
 * right behind them (decisions 0026, 0047): in a pipelined transaction the database commits,
 * and releases its locks, without waiting for this process to read the answer — with 50
 * requests in flight that wait was a round trip through a busy event loop. A failed statement turns the
 * COMMIT into a rollback, and its error is thrown as before. Elsewhere (PGlite: one
 * connection, nobody waits on its locks; a savepoint inside a caller's transaction) it is
 * the plain statement, and the transaction commits as usual.
 */
export async function lastWritesAndCommit(tx: Db, writes: readonly SQLWrapper[]): Promise<void> {
  if (writes.length) await commitWith(tx, asOneStatement(writes));
}

/** Stands for the i-th number of drawAndCommit in the rows built before the draw (never stored: the statement replaces it). */
export const numberToken = (i: number) => `⟦ow-number-${i}⟧`;

/** What the statement of drawAndCommit writes drawn numbers with. */
export interface Stamp {
  /** The i-th drawn number (text). */
  number(i: number): SQL;
  /** `value` as jsonb, each numberToken in it replaced by its drawn number. */
  json(value: unknown): SQL;
  /** The same for JSON already written as text (insertRows' parameter). */
  jsonText(text: string): SQL;
  /** A text column's value with every numberToken in it replaced (a message rendered with a stand-in, rewritten in place). */
  text(column: SQL): SQL;
}

/** encodeURIComponent in SQL: every character but A–Z a–z 0–9 - _ . ! ~ * ' ( ) as %XX of its UTF-8 bytes. */
function uriEncoded(text: SQL): SQL {
  return sql`(SELECT coalesce(string_agg(CASE WHEN ch ~ '^[A-Za-z0-9_.!~*''()-]$' THEN ch ELSE upper(regexp_replace(encode(convert_to(ch, 'UTF8'), 'hex'), '(..)', '%\\1', 'g')) END, '' ORDER BY ord), '') FROM regexp_split_to_table(${text}, '') WITH ORDINALITY AS t(ch, ord))`;
}

const OUT_OF_RANGE = 'CASE_SERIAL_OUT_OF_RANGE:';

/**
 * The transaction's last statement with the counters drawn inside it, COMMIT right behind it
 * (decision 0047): every counter of `draws` is advanced as drawSerials does (one upsert, scopes
 * in sorted order, a scope asked n times advances by n, gapless since the row locks are held
 * until commit), each number is written from its template (numberTemplate: the same text
 * formatNumber gives) into the rows `writes` builds with `stamp`, and the numbers are answered
 * in the order of `draws`. No round trip through this process happens while a counter row is
 * locked: on PostgreSQL the row is held for this one statement and the commit. A serial beyond
 * its width fails the statement (nothing is written) and `outOfRange(i)` is thrown.
 */
export async function drawAndCommit(
  tx: Db,
  draws: readonly { scope: string; template: NumberTemplate }[],
  writes: (stamp: Stamp) => readonly SQLWrapper[],
  outOfRange: (i: number) => Error,
): Promise<string[]> {
  const count = new Map<string, number>();
  for (const d of draws) count.set(d.scope, (count.get(d.scope) ?? 0) + 1);
  const seen = new Map<string, number>();
  const entries = draws.map((d, i) => {
    const rank = (seen.get(d.scope) ?? 0) + 1;
    seen.set(d.scope, rank);
    // serial = the counter's new last value − back (the last entry of a scope gets `last`).
    return { i, scope: d.scope, prefix: d.template.prefix, width: d.template.width, suffix: d.template.suffix, back: count.get(d.scope)! - rank, max: Number('9'.repeat(d.template.width)) };
  });
  const drawn = (i: number) => sql`(SELECT number FROM drawn WHERE i = ${i}::int)`;
  const stamp: Stamp = {
    number: drawn,
    json(value) {
      return stamp.jsonText(JSON.stringify(value));
    },
    jsonText(text) {
      let out = sql`${text}::text`;
      entries.forEach(({ i }) => {
        // Inside a JSON string: the number JSON-escaped, without its quotes.
        if (text.includes(numberToken(i))) out = sql`replace(${out}, ${numberToken(i)}, (SELECT substr(to_json(number)::text, 2, length(to_json(number)::text) - 2) FROM drawn WHERE i = ${i}::int))`;
        // Inside a URL (a notice's tracking link, built before the draw): the number as encodeURIComponent writes it.
        const encoded = encodeURIComponent(numberToken(i));
        if (text.includes(encoded)) out = sql`replace(${out}, ${encoded}, (SELECT ${uriEncoded(sql.raw('number'))} FROM drawn WHERE i = ${i}::int))`;
      });
      return sql`(${out})::jsonb`;
    },
    text(column) {
      return entries.reduce((out, { i }) => sql`replace(${out}, ${numberToken(i)}, ${drawn(i)})`, column);
    },
  };
  const parts = writes(stamp).map((w, i) => sql`${sql.raw(`w${i}`)} AS (${w.getSQL()})`);
  const statement = sql`
    WITH counted AS (
      INSERT INTO ${caseNumberCounters} (scope, last)
      SELECT value, count(*)::int FROM jsonb_array_elements_text(${JSON.stringify(draws.map((d) => d.scope))}::jsonb) GROUP BY value ORDER BY value
      ON CONFLICT (scope) DO UPDATE SET last = ${caseNumberCounters}.last + excluded.last
      RETURNING scope, last),
    drawn AS (
      SELECT e.i, CASE WHEN c.last - e.back > e.max THEN (${OUT_OF_RANGE}::text || e.i::text)::int::text
        ELSE e.prefix || lpad((c.last - e.back)::text, e.width, '0') || e.suffix END AS number
      FROM jsonb_to_recordset(${JSON.stringify(entries)}::jsonb) AS e(i int, scope text, prefix text, width int, suffix text, back int, max bigint)
      JOIN counted c ON c.scope = e.scope)${parts.length ? sql`, ${sql.join(parts, sql`, `)}` : sql``}
    SELECT i, number FROM drawn ORDER BY i`;
  let rows: { i: number; number: string }[];
  try {
    rows = await commitWith(tx, statement);
  } catch (e) {
    for (let x = e, depth = 0; x && depth < 4; x = (x as { cause?: unknown }).cause, depth++) {
      const m = new RegExp(`${OUT_OF_RANGE}(\\d+)`).exec(String((x as { message?: unknown }).message ?? ''));
      if (m) throw outOfRange(Number(m[1]));
    }
    throw e;
  }
  return rows.map((r) => r.number);
}

/** The real numbers of cases inserted under a stand-in (drawn numbers of drawAndCommit), as one UPDATE. */
export function numberCases(cases: readonly { id: string; number: SQL }[]): SQLWrapper {
  const rows = sql.join(cases.map((c) => sql`(${c.id}::text, ${c.number})`), sql`, `);
  return sql`UPDATE ${caseRecords} SET number = v.number FROM (VALUES ${rows}) AS v(id, number) WHERE ${caseRecords}.id = v.id`;
}

// The write path's reads, built once (decision 0053: drizzle's building of these 50-column
// selects was a large part of this process's CPU per action).
const caseIdParam = sql.placeholder('caseId');
const lockCaseShaped = shaped<CaseRow>('case_lock', (db) => db.select().from(caseRecords).where(eq(caseRecords.id, caseIdParam)).limit(1).for('update'));

export async function lockCase(tx: Db, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await lockCaseShaped(tx, { caseId });
  return row;
}

const caseHeadColumns = { centerPath: caseRecords.centerPath, versionId: caseRecords.versionId, situationAnswers: caseRecords.situationAnswers, centerId: caseRecords.centerId, departmentId: caseRecords.departmentId };
type CaseHead = { [K in keyof typeof caseHeadColumns]: CaseRow[K] };
const caseHeadShaped = shaped<CaseHead>('case_head', (db) => db.select(caseHeadColumns).from(caseRecords).where(eq(caseRecords.id, caseIdParam)).limit(1));

/** What the write path reads before its transaction (scope, pinned version, place): five columns, not the whole row. */
export async function findCaseHead(db: Db, caseId: string): Promise<CaseHead | undefined> {
  const [row] = await caseHeadShaped(db, { caseId });
  return row;
}

export async function findCase(db: Db, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(caseRecords).where(eq(caseRecords.id, caseId)).limit(1);
  return row;
}

const actionByKeyShaped = shaped<typeof caseActions.$inferSelect>('case_action_by_key', (db) =>
  db
    .select()
    .from(caseActions)
    .where(and(eq(caseActions.caseId, caseIdParam), eq(caseActions.idempotencyKey, sql.placeholder('key'))))
    .limit(1),
);

export async function actionByKey(tx: Db, caseId: string, key: string) {
  const [row] = await actionByKeyShaped(tx, { caseId, key });
  return row;
}

export async function insertAction(tx: Db, row: typeof caseActions.$inferInsert): Promise<void> {
  await tx.insert(caseActions).values(row);
}

/**
 * Actions as an INSERT not yet sent (several rows in one, or part of the last statement), as
 * one JSON parameter (insertRows, decision 0053); `asJsonb` is drawAndCommit's stamp.jsonText
 * when the rows carry number stand-ins.
 */
export function actionsInsert(rows: (typeof caseActions.$inferInsert)[], asJsonb?: (text: string) => SQL) {
  return insertRows(caseActions, rows, asJsonb);
}

export function noticesInsert(rows: (typeof caseNotices.$inferInsert)[], asJsonb?: (text: string) => SQL) {
  return insertRows(caseNotices, rows, asJsonb);
}

const materialLinesShaped = shaped<MaterialLine>('case_material_lines', (db) => db.select().from(caseMaterials).where(eq(caseMaterials.caseId, caseIdParam)).orderBy(asc(caseMaterials.seq)));

export function materialLines(db: Db, caseId: string): Promise<MaterialLine[]> {
  return materialLinesShaped(db, { caseId });
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

/** The projection's update as a statement not yet sent (part of the last statement). */
export function caseUpdate(tx: Db, caseId: string, set: Partial<CaseRow>): SQLWrapper {
  return updateRow(caseRecords, set, sql`id = ${caseId}`) ?? tx.update(caseRecords).set(set).where(eq(caseRecords.id, caseId));
}

export function visitInsert(row: typeof caseVisits.$inferInsert) {
  return insertRows(caseVisits, [row]);
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
