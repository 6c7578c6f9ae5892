// The e-certificate API (issue #18, decision 0039): staff issue, list, print and revoke a
// case's 电子证照; security administrators rotate the signing key; anyone verifies one by its
// code or by uploading a copy.
import { z } from 'zod';
import { certificateVerdicts } from '../domain/certificate/index.ts';
import { list, timestamp, type Json } from './common.ts';

/** The signed fields as the verification page shows them. */
export const CertificateFields = z.object({
  certificateId: z.string(),
  code: z.string(),
  holder: z.string(),
  holderId: z.string(),
  name: z.string(),
  number: z.string(),
  issuingBody: z.string(),
  validUntil: z.string().nullable(),
  item: z.string(),
  caseNumber: z.string(),
  issuedAt: z.string(),
});

export const IssueCertificateRequest = z.object({ caseId: z.string().min(1).max(60) });

export const RevokeCertificateRequest = z.object({ reason: z.string().trim().min(2, '请填写撤销原因').max(500) });

export const CertificateView = z.object({
  id: z.string(),
  code: z.string(),
  caseId: z.string(),
  keyId: z.string(),
  fields: CertificateFields,
  /** The public verification page the PDF's QR code leads to. */
  verifyUrl: z.string(),
  issuedAt: timestamp,
  issuedBy: z.string(),
  revokedAt: timestamp.nullable(),
  revokedBy: z.string().nullable(),
  revokeReason: z.string().nullable(),
});

export const CertificateList = list(CertificateView);

export const SigningKeyView = z.object({
  id: z.string(),
  algorithm: z.literal('Ed25519'),
  /** SPKI DER, base64. */
  publicKey: z.string(),
  active: z.boolean(),
  createdAt: timestamp,
  createdBy: z.string(),
  retiredAt: timestamp.nullable(),
});
export const SigningKeyList = list(SigningKeyView);

/** The 16-character code, as printed or typed (dashes, spaces, lower case allowed). */
export const VerifyCodeParams = z.object({ code: z.string().trim().regex(/^[0-9A-Za-z -]{16,24}$/, '核验码为 16 位字母和数字') });

/** What the public page shows: the verdict, why, and the signed fields when they are genuine. */
export const VerifyResult = z.object({
  verdict: z.enum(certificateVerdicts),
  reason: z.string().nullable(),
  reasonText: z.object({ zh: z.string(), en: z.string() }).nullable(),
  fields: CertificateFields.nullable(),
  keyId: z.string().nullable(),
  revokedAt: timestamp.nullable(),
  revokeReason: z.string().nullable(),
});

export type CertificateView = Json<typeof CertificateView>;
export type CertificateList = Json<typeof CertificateList>;
export type SigningKeyView = Json<typeof SigningKeyView>;
export type SigningKeyList = Json<typeof SigningKeyList>;
export type VerifyResult = Json<typeof VerifyResult>;
export type CertificateViewData = z.output<typeof CertificateView>;
export type VerifyResultData = z.output<typeof VerifyResult>;
export type SigningKeyViewData = z.output<typeof SigningKeyView>;
