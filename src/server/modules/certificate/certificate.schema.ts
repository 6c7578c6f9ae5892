import { sql } from 'drizzle-orm';
import { boolean, customType, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { CertificatePayload } from '../../../domain/certificate/index.ts';
import { centers } from '../org/org.schema.ts';

// Electronic certificates (issue #18, decision 0039; migration 0033). Both tables change only
// through certificate.service.ts, one use case per change, each audited in its transaction.

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

/** The platform's Ed25519 signing keys: one active; retired ones stay to verify what they signed. */
export const certificateKeys = pgTable(
  'certificate_key',
  {
    id: text('id').primaryKey(),
    /** SPKI DER, base64: public, shown to anyone who wants to check a signature themselves. */
    publicKey: text('public_key').notNull(),
    /** PKCS#8 DER sealed with CERTIFICATE_KEK (AES-256-GCM, the key id as associated data), base64. */
    privateKeySealed: text('private_key_sealed').notNull(),
    active: boolean('active').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('certificate_key_one_active_uq').on(t.active).where(sql`${t.active}`)],
);

/** 电子证照: the signed result of an approved case, its PDF as issued, and its revocation. */
export const eCertificates = pgTable(
  'e_certificate',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    caseId: text('case_id').notNull(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    payload: jsonb('payload').$type<CertificatePayload>().notNull(),
    /** Ed25519 over the payload's canonical JSON, base64url. */
    signature: text('signature').notNull(),
    keyId: text('key_id')
      .notNull()
      .references(() => certificateKeys.id),
    /** The PDF exactly as issued (an uploaded copy must be this file byte for byte) and its SHA-256. */
    pdf: bytea('pdf').notNull(),
    pdfSha256: text('pdf_sha256').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    issuedBy: text('issued_by').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: text('revoked_by'),
    revokeReason: text('revoke_reason'),
  },
  (t) => [
    uniqueIndex('e_certificate_code_uq').on(t.code),
    // One certificate in force per case: a new one only after the last was revoked.
    uniqueIndex('e_certificate_case_current_uq').on(t.caseId).where(sql`${t.revokedAt} IS NULL`),
    index('e_certificate_case_idx').on(t.caseId, t.issuedAt),
  ],
);
