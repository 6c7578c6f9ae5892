import { z } from 'zod';
import { timestamp } from './common.ts';

// The citizen's own account in the online hall (issue #19): what the portal is told.

export const CodeSent = z.object({
  /** The number the code went to, masked (138****0000). */
  sentTo: z.string(),
  expiresInSeconds: z.number().int(),
  /** Seconds before the portal offers "send again". */
  resendAfterSeconds: z.number().int(),
});
export type CodeSent = z.infer<typeof CodeSent>;

export const CitizenMe = z.object({
  id: z.string(),
  /** Masked: the account page never shows the whole number or ID. */
  mobile: z.string(),
  realName: z.string().nullable(),
  idNumber: z.string().nullable(),
  verified: z.boolean(),
  verifiedAt: timestamp.nullable(),
  createdAt: timestamp,
});
export type CitizenMe = z.infer<typeof CitizenMe>;
