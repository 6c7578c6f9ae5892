import { z } from 'zod';
import { isoDate, timestamp } from './common.ts';

// The citizen's own account in the online hall (issue #19): what the portal is told.

export const CodeSent = z.object({
  /** The number the code went to, masked (138****0000). */
  sentTo: z.string(),
  expiresInSeconds: z.number().int(),
  /** Seconds before the portal offers "send again". */
  resendAfterSeconds: z.number().int(),
});
export type CodeSent = z.infer<typeof CodeSent>;

export const enterpriseRoleValues = ['admin', 'handler'] as const;
export const mandateStateValues = ['offered', 'active', 'expired', 'revoked'] as const;

/**
 * One identity the account may apply for: `ref` goes back in the SubjectRef the online
 * application takes ({kind:'self'} | {kind:'enterprise', enterpriseId: ref} | {kind:'mandate', mandateId: ref}).
 */
export const CitizenSubject = z.object({
  kind: z.enum(['self', 'enterprise', 'mandate']),
  ref: z.string(),
  /** The person's name masked, or the enterprise's name. */
  name: z.string(),
  idMasked: z.string(),
  /** enterprise: the account's role there. */
  role: z.enum(enterpriseRoleValues).optional(),
  /** mandate: whether the principal is a person or an enterprise, the last day, the items (null = all). */
  principalKind: z.enum(['person', 'enterprise']).optional(),
  validUntil: isoDate.optional(),
  itemIds: z.array(z.string()).nullable().optional(),
});
export type CitizenSubject = z.infer<typeof CitizenSubject>;

export const CitizenMe = z.object({
  id: z.string(),
  /** Masked: the account page never shows the whole number or ID. */
  mobile: z.string(),
  realName: z.string().nullable(),
  idNumber: z.string().nullable(),
  verified: z.boolean(),
  verifiedAt: timestamp.nullable(),
  createdAt: timestamp,
  /** Whom the account may act for (decision 0044): itself once verified, its enterprises, the mandates it holds. */
  subjects: z.array(CitizenSubject),
});
export type CitizenMe = z.infer<typeof CitizenMe>;

// ---- enterprise accounts and mandates (issue #19, decision 0044) ----

export const EnterpriseMemberView = z.object({
  id: z.string(),
  /** Masked. */
  mobile: z.string(),
  name: z.string().nullable(),
  role: z.enum(enterpriseRoleValues),
  isMe: z.boolean(),
  createdAt: timestamp,
});

export const EnterpriseView = z.object({
  id: z.string(),
  uscc: z.string(),
  name: z.string(),
  legalRepName: z.string(),
  legalRepIdNumber: z.string(),
  /** Whether the account that registered it is the legal representative (by the bound ID). */
  registrantIsLegalRep: z.boolean(),
  /** 'declared': as the registrant declared it; no registry was asked. */
  verification: z.enum(['declared', 'verified']),
  myRole: z.enum(enterpriseRoleValues),
  createdAt: timestamp,
  /** Every staff member (masked), for admins; only the account itself for a handler. */
  staff: z.array(EnterpriseMemberView),
});
export type EnterpriseView = z.infer<typeof EnterpriseView>;

export const EnterpriseList = z.object({ items: z.array(EnterpriseView) });
export type EnterpriseList = z.infer<typeof EnterpriseList>;

export const MandateView = z.object({
  id: z.string(),
  principal: z.object({ kind: z.enum(['person', 'enterprise']), name: z.string(), idMasked: z.string(), enterpriseId: z.string().nullable() }),
  agent: z.object({ mobile: z.string(), name: z.string().nullable() }),
  itemIds: z.array(z.string()).nullable(),
  validUntil: isoDate,
  text: z.string(),
  state: z.enum(mandateStateValues),
  /** What this account may do with it now. */
  canAccept: z.boolean(),
  canRevoke: z.boolean(),
  createdAt: timestamp,
  acceptedAt: timestamp.nullable(),
  revokedAt: timestamp.nullable(),
});
export type MandateView = z.infer<typeof MandateView>;

export const MandateLists = z.object({ granted: z.array(MandateView), received: z.array(MandateView) });
export type MandateLists = z.infer<typeof MandateLists>;
