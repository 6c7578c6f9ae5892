// Cases of given applicant identities (issue #19): the online hall asks which cases belong to
// the subjects an account may act for (免提交 of their e-certificates, 我的办件).
import { and, desc, eq, inArray, ne, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.ts';
import { caseRecords } from '../case.schema.ts';

export async function caseIdsOfApplicants(
  db: Db,
  identities: readonly { idType: string; idNumber: string }[],
  opts: { decisionInForce?: boolean; limit?: number } = {},
): Promise<string[]> {
  if (!identities.length) return [];
  const ofApplicants = or(...identities.map((i) => and(eq(caseRecords.applicantIdType, i.idType), eq(caseRecords.applicantIdNumber, i.idNumber))));
  const rows = await db
    .select({ id: caseRecords.id })
    .from(caseRecords)
    // A revoked decision (撤销) voids what it granted: its certificate is no longer a proof to reuse.
    .where(opts.decisionInForce ? and(ofApplicants, ne(caseRecords.state, 'revoked')) : ofApplicants)
    .orderBy(desc(caseRecords.receivedAt))
    .limit(opts.limit ?? 200);
  return rows.map((r) => r.id);
}

/** The due dates of cases (promised, else legal; null before acceptance or for an immediate case). */
export async function caseDuesOf(db: Db, caseIds: readonly string[]): Promise<Map<string, string | null>> {
  if (!caseIds.length) return new Map();
  const rows = await db.select({ id: caseRecords.id, promisedDue: caseRecords.promisedDue, legalDue: caseRecords.legalDue }).from(caseRecords).where(inArray(caseRecords.id, [...caseIds]));
  return new Map(rows.map((r) => [r.id, r.promisedDue ?? r.legalDue ?? null]));
}
