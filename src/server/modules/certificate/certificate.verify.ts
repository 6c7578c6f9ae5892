// The public verification (decision 0039). By code (the QR): the stored record's signature is
// checked again against its key, so a record changed in the database shows altered. By an
// uploaded copy: the proof inside the file is checked on its own (signature over the payload
// text), then against the record, then the file against the PDF issued, byte for byte.
import type { VerifyResultData } from '../../../contract/certificate.ts';
import {
  alterationReasons,
  canonicalJson,
  copyVerdict,
  normaliseCode,
  parseEnvelope,
  parsePayload,
  recordVerdict,
  verificationCodePattern,
  type AlterationReason,
  type CertificatePayload,
  type CertificateVerdict,
} from '../../../domain/certificate/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { sha256Hex } from '../../platform/files/index.ts';
import { caseResultOf } from '../case/index.ts';
import { verifyPayload, verifyText } from './certificate.crypto.ts';
import { envelopeLineOf } from './certificate.pdf.ts';
import { certificateByCode, certificateById, keyById, type CertificateRow } from './certificate.queries.ts';

function result(verdict: CertificateVerdict, reason: AlterationReason | null, extra: Partial<VerifyResultData> = {}): VerifyResultData {
  return { verdict, reason, reasonText: reason ? alterationReasons[reason] : null, fields: null, keyId: null, revokedAt: null, revokeReason: null, ...extra };
}

const fieldsOf = ({ v: _v, ...fields }: CertificatePayload) => fields;

/** Revoked on its own, or through the case: a 撤销 of the licence decision voids its certificate. */
async function revocationOf(db: Db, row: CertificateRow): Promise<{ revokedAt: Date | null; revokeReason: string | null }> {
  if (row.revokedAt) return { revokedAt: row.revokedAt, revokeReason: row.revokeReason };
  const c = await caseResultOf(db, row.caseId);
  if (c?.state === 'revoked') return { revokedAt: null, revokeReason: '行政许可决定已被撤销' };
  return { revokedAt: null, revokeReason: null };
}

export async function verifyByCode(db: Db, typed: string): Promise<VerifyResultData> {
  const code = normaliseCode(typed);
  const row = verificationCodePattern.test(code) ? await certificateByCode(db, code) : undefined;
  if (!row) return result('unknown', 'NOT_ON_RECORD');
  const key = await keyById(db, row.keyId);
  const revocation = await revocationOf(db, row);
  const revoked = !!revocation.revokedAt || !!revocation.revokeReason;
  const { verdict, reason } = recordVerdict({ keyKnown: !!key, signatureOk: !!key && verifyPayload(key.publicKey, row.payload, row.signature), revoked });
  // An altered record shows no fields: what it says is exactly what cannot be trusted.
  return result(verdict, reason, verdict === 'altered' ? { keyId: row.keyId } : { fields: fieldsOf(row.payload), keyId: row.keyId, ...revocation });
}

export async function verifyCopy(db: Db, pdf: Buffer): Promise<VerifyResultData> {
  const line = envelopeLineOf(pdf);
  const envelope = line ? parseEnvelope(line) : null;
  const payload = envelope ? parsePayload(envelope.payloadText) : null;
  if (!envelope || !payload) return result('unknown', 'NO_ENVELOPE');
  const key = await keyById(db, envelope.keyId);
  const signatureOk = !!key && verifyText(key.publicKey, envelope.payloadText, envelope.signature) && canonicalJson(payload) === envelope.payloadText;
  const row = signatureOk ? await certificateById(db, payload.certificateId) : undefined;
  const revocation = row ? await revocationOf(db, row) : { revokedAt: null, revokeReason: null };
  const { verdict, reason } = copyVerdict({
    envelope: true,
    keyKnown: !!key,
    signatureOk,
    onRecord: !!row,
    sameAsRecord: !!row && canonicalJson(row.payload) === envelope.payloadText && row.signature === envelope.signature,
    sameFile: !!row && sha256Hex(pdf) === row.pdfSha256,
    revoked: !!revocation.revokedAt || !!revocation.revokeReason,
  });
  if (verdict === 'valid' || verdict === 'revoked') return result(verdict, reason, { fields: fieldsOf(payload), keyId: envelope.keyId, ...revocation });
  // Altered: show what the platform's record says (when the copy names one genuinely), never the copy's claims.
  return result(verdict, reason, { keyId: envelope.keyId, fields: row && reason === 'FILE_CHANGED' ? fieldsOf(row.payload) : null });
}
