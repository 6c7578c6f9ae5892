// What the public verification page says about a certificate or an uploaded copy.

export const certificateVerdicts = ['valid', 'revoked', 'altered', 'unknown'] as const;
export type CertificateVerdict = (typeof certificateVerdicts)[number];

export const verdictLabels = {
  valid: { zh: '有效', en: 'Valid' },
  revoked: { zh: '已撤销', en: 'Revoked' },
  altered: { zh: '被篡改', en: 'Altered' },
  unknown: { zh: '无法识别', en: 'Not recognised' },
} as const satisfies Record<CertificateVerdict, { zh: string; en: string }>;

/** Why a copy or record is not what the platform signed. */
export const alterationReasons = {
  SIGNATURE_MISMATCH: { zh: '签名与内容不符：证照内容在签发后被改动', en: 'The signature does not match the content: it was changed after signing' },
  UNKNOWN_KEY: { zh: '签名密钥不是本平台的密钥', en: 'The signing key is not one of this platform’s keys' },
  NOT_ON_RECORD: { zh: '本平台没有签发过该证照', en: 'This platform issued no such certificate' },
  RECORD_DIFFERS: { zh: '文件中的证照信息与签发记录不一致', en: 'The certificate in the file differs from the issued record' },
  FILE_CHANGED: { zh: '文件与签发时的文件不一致（内容或版面被改动）', en: 'The file differs from the file issued (content or layout changed)' },
  NO_ENVELOPE: { zh: '文件中没有本平台的电子签名，不是本平台签发的电子证照', en: 'The file carries no signature of this platform' },
} as const;
export type AlterationReason = keyof typeof alterationReasons;

export interface CopyChecks {
  /** The file carries a readable envelope. */
  envelope: boolean;
  /** The key the envelope names is one of the platform's keys. */
  keyKnown: boolean;
  signatureOk: boolean;
  /** A certificate with the payload's id is on record. */
  onRecord: boolean;
  /** The payload equals the record's, field by field. */
  sameAsRecord: boolean;
  /** The file is byte for byte the PDF issued (its SHA-256 is the record's). */
  sameFile: boolean;
  revoked: boolean;
}

/**
 * An uploaded copy: every check must pass for "valid"; the first failing one names the reason.
 * A revoked certificate shows revoked only when the copy itself is genuine.
 */
export function copyVerdict(c: CopyChecks): { verdict: CertificateVerdict; reason: AlterationReason | null } {
  if (!c.envelope) return { verdict: 'unknown', reason: 'NO_ENVELOPE' };
  if (!c.keyKnown) return { verdict: 'altered', reason: 'UNKNOWN_KEY' };
  if (!c.signatureOk) return { verdict: 'altered', reason: 'SIGNATURE_MISMATCH' };
  if (!c.onRecord) return { verdict: 'altered', reason: 'NOT_ON_RECORD' };
  if (!c.sameAsRecord) return { verdict: 'altered', reason: 'RECORD_DIFFERS' };
  if (!c.sameFile) return { verdict: 'altered', reason: 'FILE_CHANGED' };
  return { verdict: c.revoked ? 'revoked' : 'valid', reason: null };
}

/** A record looked up by its code: its stored signature is checked again on every look-up. */
export function recordVerdict(r: { keyKnown: boolean; signatureOk: boolean; revoked: boolean }): { verdict: CertificateVerdict; reason: AlterationReason | null } {
  if (!r.keyKnown) return { verdict: 'altered', reason: 'UNKNOWN_KEY' };
  if (!r.signatureOk) return { verdict: 'altered', reason: 'SIGNATURE_MISMATCH' };
  return { verdict: r.revoked ? 'revoked' : 'valid', reason: null };
}

/** Verification codes: 16 characters of Crockford base32 (no I, L, O, U), grouped for reading aloud. */
export const verificationCodePattern = /^[0-9A-HJKMNP-TV-Z]{16}$/;
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A code typed with spaces, dashes or lower case, back to its stored form. */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
}

/** The path of the public verification page of a code. */
export function verificationPath(code: string): string {
  return `/portal/verify/${code}`;
}
