// The e-certificate's use cases (issue #18, decision 0039). Issue: sign the approved case's
// certificate fields with the active key, render the PDF once, then in one transaction lock
// the case row, check the rules again, store and audit. Revoke: lock, check, mark, audit.
import { randomBytes } from 'node:crypto';
import type { CertificateViewData } from '../../../contract/certificate.ts';
import { canIssue, canonicalJson, CODE_ALPHABET, verificationPath, type CertificatePayload } from '../../../domain/certificate/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { auditAs, type AuditWho } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { sha256Hex } from '../../platform/files/index.ts';
import { newId } from '../../platform/ids.ts';
import type { Logger } from 'pino';
import { caseResultOf, deliverElectronically, maskIdNumber, type CaseResult } from '../case/index.ts';
import { pdfFont, renderPdf } from '../guide-pdf/index.ts';
import { assertCenterInScope } from '../org/index.ts';
import { certificateKek, signPayload } from './certificate.crypto.ts';
import { ensureActiveKey, type KeyConfig } from './certificate.keys.ts';
import { certificateDefinition } from './certificate.pdf.ts';
import { certificateById, certificatesOfCase, currentOfCase, insertCertificate, markRevoked, type CertificateRow } from './certificate.queries.ts';

export interface CertificateEnv {
  db: Db;
  config: KeyConfig & { PDF_FONT_PATH?: string | undefined };
  log: Logger;
}

type Who = AuditWho & { actor: Actor };

export function verifyUrlOf(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/$/, '')}${verificationPath(code)}`;
}

function newCode(): string {
  return Array.from(randomBytes(16), (b) => CODE_ALPHABET[b % 32]).join('');
}

async function caseInScope(db: Db, actor: Actor, caseId: string, lock = false): Promise<CaseResult> {
  const c = await caseResultOf(db, caseId, { lock });
  if (!c) throw new DomainError('CASE_NOT_FOUND', { id: caseId });
  if (!c.centerPath.startsWith(actor.centerPath)) throw new DomainError('OUT_OF_SCOPE');
  return c;
}

function assertIssuable(c: CaseResult): NonNullable<CaseResult['certificate']> {
  if (!canIssue({ state: c.state, decision: c.decision, hasCertificateRecord: !!c.certificate })) throw new DomainError('CERTIFICATE_NOT_ISSUABLE', { state: c.state });
  return c.certificate!;
}

export function certificateView(r: Omit<CertificateRow, 'pdf'>, publicUrl: string): CertificateViewData {
  const { v: _v, ...fields } = r.payload;
  return {
    id: r.id,
    code: r.code,
    caseId: r.caseId,
    keyId: r.keyId,
    fields,
    verifyUrl: verifyUrlOf(publicUrl, r.code),
    issuedAt: r.issuedAt,
    issuedBy: r.issuedBy,
    revokedAt: r.revokedAt,
    revokedBy: r.revokedBy,
    revokeReason: r.revokeReason,
  };
}

export async function issueCertificate(env: CertificateEnv, who: Who, caseId: string, publicUrl: string, now = new Date()): Promise<CertificateViewData> {
  const { db } = env;
  const pre = await caseInScope(db, who.actor, caseId);
  const record = assertIssuable(pre);
  if (await currentOfCase(db, caseId)) throw new DomainError('CERTIFICATE_ALREADY_ISSUED');
  const key = await ensureActiveKey(db, env.config, now);

  // Signed and rendered before the transaction (the PDF takes a moment; the case row stays
  // unlocked meanwhile); the transaction checks again that nothing changed.
  const id = newId(now.getTime());
  const code = newCode();
  const payload: CertificatePayload = {
    v: 1,
    certificateId: id,
    code,
    holder: pre.applicantName,
    holderId: maskIdNumber(pre.applicantIdType, pre.applicantIdNumber),
    name: record.name,
    number: record.number,
    issuingBody: record.issuingBody,
    validUntil: record.validUntil,
    item: pre.itemName,
    caseNumber: pre.number,
    issuedAt: now.toISOString(),
  };
  const signature = signPayload(certificateKek(env.config), key, payload);
  const verifyUrl = verifyUrlOf(publicUrl, code);
  const definition = await certificateDefinition(payload, { payloadText: canonicalJson(payload), signature, keyId: key.id }, verifyUrl);
  const pdf = await renderPdf(pdfFont(env.config.PDF_FONT_PATH, env.log), definition);

  return db.transaction(async (tx) => {
    const locked = await caseInScope(tx, who.actor, caseId, true);
    // The record signed must still be the case's (a 撤销 or a correction in between refuses).
    if (canonicalJson(assertIssuable(locked)) !== canonicalJson(record)) throw new DomainError('CERTIFICATE_NOT_ISSUABLE', { state: locked.state });
    if (await currentOfCase(tx, caseId)) throw new DomainError('CERTIFICATE_ALREADY_ISSUED');
    const row = { id, code, caseId, centerId: locked.centerId, payload, signature, keyId: key.id, pdf, pdfSha256: sha256Hex(pdf), issuedAt: now, issuedBy: who.actor.name, revokedAt: null, revokedBy: null, revokeReason: null };
    await insertCertificate(tx, row);
    await auditAs(tx, who, { centerId: locked.centerId, action: 'certificate.issue', objectType: 'eCertificate', objectId: id, summary: { caseNumber: locked.number, number: record.number, code, keyId: key.id } });
    // The applicant chose the electronic result at intake: this certificate is the hand-out, and the case ends with it.
    await deliverElectronically(tx, who, caseId, { code, number: record.number }, { publicUrl, now });
    return certificateView(row, publicUrl);
  });
}

export async function revokeCertificate(db: Db, who: Who, id: string, reason: string, publicUrl: string, now = new Date()): Promise<CertificateViewData> {
  return db.transaction(async (tx) => {
    const row = await certificateById(tx, id, { lock: true });
    if (!row) throw new DomainError('CERTIFICATE_NOT_FOUND', { id });
    await assertCenterInScope(tx, who.actor, row.centerId);
    if (row.revokedAt) throw new DomainError('CERTIFICATE_ALREADY_REVOKED');
    const set = { revokedAt: now, revokedBy: who.actor.name, revokeReason: reason };
    await markRevoked(tx, id, set);
    await auditAs(tx, who, { centerId: row.centerId, action: 'certificate.revoke', objectType: 'eCertificate', objectId: id, summary: { caseNumber: row.payload.caseNumber, number: row.payload.number, reason } });
    return certificateView({ ...row, ...set }, publicUrl);
  });
}

export async function caseCertificates(db: Db, actor: Actor, caseId: string, publicUrl: string) {
  await caseInScope(db, actor, caseId);
  return { items: (await certificatesOfCase(db, caseId)).map((r) => certificateView(r, publicUrl)) };
}

export async function certificatePdf(db: Db, actor: Actor, id: string) {
  const row = await certificateById(db, id);
  if (!row) throw new DomainError('CERTIFICATE_NOT_FOUND', { id });
  await assertCenterInScope(db, actor, row.centerId);
  return { pdf: row.pdf, fileName: `${row.payload.name}-${row.payload.number}.pdf`, asciiName: `e-certificate-${row.code}.pdf` };
}

/** For the archive (归档): every e-certificate of a case with its PDF as issued, oldest first. */
export async function certificatePdfsOfCase(db: Db, caseId: string) {
  const rows = await certificatesOfCase(db, caseId);
  const out = [];
  for (const r of rows) {
    const full = (await certificateById(db, r.id))!;
    out.push({ id: r.id, code: r.code, number: r.payload.number, revoked: !!r.revokedAt, fileName: `${r.payload.name}-${r.payload.number}.pdf`, pdf: full.pdf, sha256: r.pdfSha256 });
  }
  return out;
}

/** 我的办件 (issue #19): a case's e-certificates for its applicant (the caller checked the case is theirs). */
export async function certificatesForApplicant(db: Db, caseId: string) {
  return (await certificatesOfCase(db, caseId)).map((r) => ({ id: r.id, name: r.payload.name, number: r.payload.number, code: r.code, issuedAt: r.issuedAt, revoked: !!r.revokedAt }));
}

/** One e-certificate's PDF as issued, only when it belongs to that case (else 404, as for any guess). */
export async function certificatePdfOfCase(db: Db, caseId: string, id: string) {
  const row = await certificateById(db, id);
  if (!row || row.caseId !== caseId) throw new DomainError('CERTIFICATE_NOT_FOUND', { id });
  return { pdf: row.pdf, fileName: `${row.payload.name}-${row.payload.number}.pdf`, asciiName: `e-certificate-${row.code}.pdf` };
}
