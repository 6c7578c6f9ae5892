// The e-certificate's signed content (issue #18, decision 0039): the certificate fields as one
// canonical JSON text — keys sorted at every level, no spaces, UTF-8 — so the signer and every
// verifier (server, a copy's checker, anyone with the public key) hash the same bytes whatever
// order a database or a JSON library hands the fields back in.

/** Version 1 of the signed fields. A new field is a new version: old signatures stay checkable. */
export interface CertificatePayload {
  v: 1;
  /** The e-certificate's id and its public verification code (the QR's path). */
  certificateId: string;
  code: string;
  /** 持证人: the applicant's name and masked identifier (the page is public). */
  holder: string;
  holderId: string;
  /** 证照名称, 证照编号, 发证机关, 有效期至 (null: long-term), as decide.approve recorded them. */
  name: string;
  number: string;
  issuingBody: string;
  validUntil: string | null;
  /** 事项 and 办件编号 the certificate results from. */
  item: string;
  caseNumber: string;
  /** UTC instant of signing, ISO 8601. */
  issuedAt: string;
}

/** The fields a holder reads on paper, in the order the page shows them. */
export const payloadFields = ['holder', 'holderId', 'name', 'number', 'issuingBody', 'validUntil', 'item', 'caseNumber', 'issuedAt', 'certificateId', 'code'] as const satisfies readonly (keyof CertificatePayload)[];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** JSON with keys sorted (by UTF-16 code units, as Array.prototype.sort) at every level. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value as Json));
}

function sortKeys(v: Json): Json {
  if (v === null || typeof v !== 'object') {
    if (typeof v === 'number' && !Number.isFinite(v)) throw new Error('canonicalJson: numbers must be finite');
    if (v === undefined) throw new Error('canonicalJson: undefined has no JSON form');
    return v;
  }
  if (Array.isArray(v)) return v.map(sortKeys);
  const out: { [k: string]: Json } = {};
  for (const k of Object.keys(v).sort()) {
    if (v[k] === undefined) continue; // as JSON.stringify: an absent field and an undefined one sign alike
    out[k] = sortKeys(v[k]!);
  }
  return out;
}

/** The exact bytes the platform signs. */
export function payloadBytes(p: CertificatePayload): Uint8Array {
  return new TextEncoder().encode(canonicalJson(p));
}

/** The payload's fields from untrusted JSON (an uploaded copy), or null when anything is off. */
export function parsePayload(text: string): CertificatePayload | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (o.v !== 1) return null;
  const strings = ['certificateId', 'code', 'holder', 'holderId', 'name', 'number', 'issuingBody', 'item', 'caseNumber', 'issuedAt'] as const;
  if (!strings.every((k) => typeof o[k] === 'string')) return null;
  if (o.validUntil !== null && typeof o.validUntil !== 'string') return null;
  const expected = new Set<string>(['v', ...strings, 'validUntil']);
  if (Object.keys(o).some((k) => !expected.has(k))) return null;
  return o as unknown as CertificatePayload;
}
