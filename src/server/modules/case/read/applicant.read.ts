// An applicant seen before, found by ID or USCC at intake: prefill (masked) and the scans of
// earlier cases that may be reused (免提交). The bad-credit flag tells the clerk up front.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/types.ts';
import { isBadCredit } from '../case.queries.ts';
import { caseMaterials, caseRecords } from '../case.schema.ts';
import { maskIdNumber, maskMobile } from './mask.ts';
import { applicantByIdNumber, inScope } from './read.queries.ts';

export async function lookupApplicant(db: Db, who: { actor: Actor; ip: string }, idType: '111' | '414' | 'uscc', idNumberRaw: string) {
  const idNumber = idNumberRaw.trim().toUpperCase();
  const a = await applicantByIdNumber(db, idType, idNumber);
  const badCredit = await isBadCredit(db, who.actor.centerPath, idType, idNumber);
  if (!a) return { applicant: null, badCredit, reusable: [] };
  const reusable = await db
    .select({ caseNumber: caseRecords.number, materialName: caseMaterials.name, scans: caseMaterials.scans, receivedAt: caseRecords.receivedAt })
    .from(caseMaterials)
    .innerJoin(caseRecords, eq(caseRecords.id, caseMaterials.caseId))
    .where(and(eq(caseRecords.applicantId, a.id), inScope(who.actor.centerPath), sql`jsonb_array_length(${caseMaterials.scans}) > 0`))
    .orderBy(desc(caseRecords.receivedAt))
    .limit(50);
  return {
    applicant: {
      id: a.id,
      kind: a.kind,
      idType: a.idType,
      idNumber: maskIdNumber(a.idType, a.idNumber),
      name: a.name,
      legalRepresentative: a.legalRepresentative,
      phone: maskMobile(a.phone),
      address: a.address,
      masked: true,
    },
    badCredit,
    reusable: reusable.flatMap((r) => r.scans.map((s) => ({ caseNumber: r.caseNumber, materialName: r.materialName, sha256: s.sha256, receivedAt: r.receivedAt }))),
  };
}
