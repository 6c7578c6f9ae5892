// Answers of sign-in and the session (/api/v1/auth).
import { z } from 'zod';
import { permissions, roles, surfaces } from '../domain/access/index.ts';
import type { Json } from './common.ts';

export const SignInResult = z.object({ status: z.enum(['signed-in', 'two-factor-required']) });
export const SignedIn = z.object({ status: z.literal('signed-in') });
export const SignedOut = z.object({ status: z.literal('signed-out') });
export const PasswordChanged = z.object({ status: z.literal('changed') });
export const TwoFactorEnabled = z.object({ status: z.literal('enabled') });

export const TwoFactorSetup = z.object({
  totpURI: z.string(),
  secret: z.string(),
  backupCodes: z.array(z.string()),
  qrDataUrl: z.string(),
});
export type TwoFactorSetup = Json<typeof TwoFactorSetup>;

/** The signed-in staff member as GET /auth/me describes them. */
export const Me = z.object({
  staffId: z.string(),
  username: z.string(),
  name: z.string(),
  roles: z.array(z.object({ code: z.enum(roles), zh: z.string(), en: z.string() })),
  permissions: z.array(z.enum(permissions)),
  surfaces: z.array(z.enum(surfaces)),
  center: z.object({ id: z.string(), name: z.string(), level: z.string() }),
  mustChangePassword: z.boolean(),
  twoFactorEnabled: z.boolean(),
  twoFactorRequired: z.boolean(),
  idleMinutes: z.number(),
});
export type Me = Json<typeof Me>;
