// When a case's result may be issued as an e-certificate, and the key ids of rotation.

export interface IssuableCase {
  state: string;
  decision: 'approved' | 'refused' | null;
  /** decide.approve recorded the certificate's name, number, validity and issuing body. */
  hasCertificateRecord: boolean;
}

/** 准予 and still in force (decided, or concluded after the result was handed out), with its certificate record. */
export function canIssue(c: IssuableCase): boolean {
  return c.decision === 'approved' && (c.state === 'decided_approved' || c.state === 'concluded') && c.hasCertificateRecord;
}

/** A signing key's id: `k` + the UTC date + a random suffix, e.g. `k20261206-3fa9c1`. */
export function signingKeyId(now: Date, suffix: string): string {
  return `k${now.toISOString().slice(0, 10).replace(/-/g, '')}-${suffix.toLowerCase()}`;
}

/**
 * 在有效期内: not revoked, and its validity (a Beijing date, the last day included; none = 长期有效)
 * not past `today`. Only a certificate in force stands in for a material (免提交).
 */
export function inForce(c: { revokedAt: Date | null; validUntil: string | null }, today: string): boolean {
  return !c.revokedAt && (!c.validUntil || c.validUntil >= today);
}
