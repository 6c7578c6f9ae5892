// 免提交 (issue #19, decision 0043): the online hall offers an applicant's e-certificates in force
// as materials of a new application, without uploading them again. The holder is decided by
// the case the certificate results from (its applicant is one of the account's subjects): the
// caller passes those cases' ids; this module reads only its own table. Only a certificate in
// force is offered or taken: not revoked and not past its validity (on the Beijing calendar).
import { inForce } from '../../../domain/certificate/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { chinaToday } from '../calendar/index.ts';
import { certificateById, currentOfCases } from './certificate.queries.ts';

export interface ReusableCertificate {
  id: string;
  caseId: string;
  name: string;
  number: string;
  holder: string;
  fileName: string;
  size: number;
  issuedAt: Date;
}

/** The certificates in force of these cases (newest first). */
export async function certificatesOfCases(db: Db, caseIds: readonly string[], now = new Date()): Promise<ReusableCertificate[]> {
  const today = chinaToday(now);
  const rows = (await currentOfCases(db, caseIds)).filter((r) => inForce({ revokedAt: r.revokedAt, validUntil: r.payload.validUntil }, today));
  return rows.map((r) => ({
    id: r.id,
    caseId: r.caseId,
    name: r.payload.name,
    number: r.payload.number,
    holder: r.payload.holder,
    fileName: `${r.payload.name}-${r.payload.number}.pdf`,
    size: Number(r.size),
    issuedAt: r.issuedAt,
  }));
}

/** One certificate's PDF as issued, if it is in force and results from one of these cases. */
export async function certificatePdfForCases(db: Db, certificateId: string, caseIds: readonly string[], now = new Date()) {
  const row = await certificateById(db, certificateId);
  if (!row || !inForce({ revokedAt: row.revokedAt, validUntil: row.payload.validUntil }, chinaToday(now)) || !caseIds.includes(row.caseId)) return undefined;
  return { id: row.id, pdf: row.pdf, fileName: `${row.payload.name}-${row.payload.number}.pdf`, number: row.payload.number, name: row.payload.name };
}
