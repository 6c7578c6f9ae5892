// Cases of given applicant identities (issue #19): the online hall asks which cases belong to
// the subjects an account may act for (免提交 of their e-certificates, 我的办件).
import { and, desc, eq, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.ts';
import { caseRecords } from '../case.schema.ts';

export async function caseIdsOfApplicants(db: Db, identities: readonly { idType: string; idNumber: string }[], limit = 200): Promise<string[]> {
  if (!identities.length) return [];
  const rows = await db
    .select({ id: caseRecords.id })
    .from(caseRecords)
    .where(or(...identities.map((i) => and(eq(caseRecords.applicantIdType, i.idType), eq(caseRecords.applicantIdNumber, i.idNumber)))))
    .orderBy(desc(caseRecords.receivedAt))
    .limit(limit);
  return rows.map((r) => r.id);
}
