// Answers of the audit log (/api/v1/audit).
import { z } from 'zod';
import { page, timestamp, type Json } from './common.ts';

export const auditResults = ['ok', 'failed', 'denied'] as const;
export type AuditResult = (typeof auditResults)[number];

/** One row of GET /audit. */
export const AuditRow = z.object({
  seq: z.number().int(),
  at: timestamp,
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  centerId: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  /** The name of the staff member the row is about (objectType 'staff'), else null. */
  objectName: z.string().nullable(),
  result: z.enum(auditResults),
  ip: z.string().nullable(),
  summary: z.unknown(),
  sealed: z.boolean(),
});
export type AuditRow = Json<typeof AuditRow>;
export const AuditPage = page(AuditRow);

export const AuditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  unsealedOld: z.number().int(),
  brokenAt: z.number().int().optional(),
  reason: z.string().optional(),
});
export type AuditVerifyResult = Json<typeof AuditVerifyResult>;
